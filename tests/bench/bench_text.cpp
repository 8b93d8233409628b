// rnnlab-bench-text: the whole GoEmotions exercise (`rnnlab-train --preset emotions`: read the
// files, build the vocabulary, train, evaluate on the test file) timed end to end, with 1 thread
// and with every core, each repeated; it prints the wall and CPU seconds of every run, the best
// and the median, the accuracy (which must not depend on the thread count) and the load average,
// since this machine is shared. It measures; it never passes or fails.
// Usage: rnnlab-bench-text [REPEATS [PRESET [SEED]]]   (defaults: 3, emotions, the preset's)
#include "allocator.h"
#include "parallel.h"
#include "train/experiment.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

namespace {

double loadAverage()
{
    std::ifstream in("/proc/loadavg");
    double load = -1.0;
    in >> load;
    return load;
}

double cpuSeconds()
{
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    rnn::keepFreedMemory();
    const int repeats = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
    const std::string preset = argc > 2 ? argv[2] : "emotions";
    const rnn::PresetLibrary library
        = rnn::PresetLibrary::load(rnn::resolveResourcePath("presets/presets.json"));
    rnn::ExperimentConfig base = library.preset(preset);
    if (argc > 3)
        base.seed = std::strtoull(argv[3], nullptr, 10);
    const int cores = rnn::resolveThreads(0);
    std::printf("preset %s, seed %llu, %d repeats, %d cores\n", preset.c_str(),
                static_cast<unsigned long long>(base.seed), repeats, cores);
    std::printf("%8s %6s %10s %10s %10s %8s\n", "threads", "run", "wall s", "cpu s", "accuracy",
                "load");
    for (const int threads : { 1, cores }) {
        std::vector<double> walls;
        for (int r = 0; r < repeats; ++r) {
            rnn::ExperimentConfig config = base;
            config.threads = threads;
            const double load = loadAverage();
            const double cpu0 = cpuSeconds();
            const auto start = std::chrono::steady_clock::now();
            rnn::Experiment experiment(config);
            experiment.train();
            const nlohmann::json report = experiment.report();
            const double wall
                = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            walls.push_back(wall);
            std::printf("%8d %6d %10.3f %10.3f %9.1f%% %8.2f\n", threads, r + 1, wall,
                        cpuSeconds() - cpu0, 100.0 * report["test"]["accuracy"].get<double>(),
                        load);
            std::fflush(stdout);
        }
        std::printf("%8d   best %.3f s, median %.3f s\n", threads,
                    *std::min_element(walls.begin(), walls.end()), median(walls));
        if (cores == 1)
            break;
    }
    return 0;
}
