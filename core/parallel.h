// Running independent pieces of work on several cores with std::thread (no Qt, no pool): the
// trainer's gradient slices and prediction groups. The pieces must not share mutable state;
// each writes only its own result, so the results do not depend on how many threads ran them
// or in which order (the callers fix how work is cut, never the thread count).
#pragma once

#include <functional>

namespace rnn {

// The threads to use for `threads` as configured: itself when > 0, else the machine's cores
// (std::thread::hardware_concurrency, at least 1).
int resolveThreads(int threads);

// Calls work(i) for i = 0 .. count-1, on up to `threads` threads (the calling thread is one of
// them); returns when all are done. An exception thrown by a piece is rethrown here (the first
// one, by index) after every thread has finished.
void parallelFor(int count, int threads, const std::function<void(int)> &work);

} // namespace rnn
