// Implementation of parallel.h: a fixed interleaving of the pieces over the threads.
#include "parallel.h"

#include <algorithm>
#include <exception>
#include <thread>
#include <vector>

namespace rnn {

int resolveThreads(int threads)
{
    if (threads > 0)
        return threads;
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

void parallelFor(int count, int threads, const std::function<void(int)> &work)
{
    const int used = std::min(std::max(1, threads), count);
    if (used <= 1) {
        for (int i = 0; i < count; ++i)
            work(i);
        return;
    }
    std::vector<std::exception_ptr> errors(static_cast<std::size_t>(count));
    const auto run = [&](int first) {
        for (int i = first; i < count; i += used) {
            try {
                work(i);
            } catch (...) {
                errors[static_cast<std::size_t>(i)] = std::current_exception();
            }
        }
    };
    std::vector<std::thread> helpers;
    helpers.reserve(static_cast<std::size_t>(used - 1));
    for (int k = 1; k < used; ++k)
        helpers.emplace_back(run, k);
    run(0);
    for (std::thread &t : helpers)
        t.join();
    for (const std::exception_ptr &e : errors)
        if (e)
            std::rethrow_exception(e);
}

} // namespace rnn
