// rnnlab-bench-presets: seconds per training epoch of every preset of resources/presets, with
// the preset's own data, network and batch size (a plain program that prints a table; it
// measures, it never passes or fails). Usage: rnnlab-bench-presets [EPOCHS [PRESET...]]
// (default: 2 epochs of every preset; the first epoch is included, there is no warm-up).
#include "train/experiment.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

int main(int argc, char **argv)
{
    const int epochs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 2;
    const rnn::PresetLibrary library
        = rnn::PresetLibrary::load(rnn::resolveResourcePath("presets/presets.json"));
    std::vector<std::string> names;
    for (int i = 2; i < argc; ++i)
        names.emplace_back(argv[i]);
    if (names.empty())
        names = library.names();
    std::printf("%-10s %-6s %7s %9s %6s %10s %12s %10s\n", "preset", "model", "hidden", "samples",
                "steps", "params", "s/epoch", "prepare s");
    for (const std::string &name : names) {
        rnn::ExperimentConfig config = library.preset(name);
        config.epochs = epochs;
        const auto start = std::chrono::steady_clock::now();
        rnn::Experiment experiment(config);
        const double prepare
            = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const rnn::TrainingReport &report = experiment.train();
        double seconds = 0.0;
        for (const auto &record : report.history)
            seconds += record.seconds;
        std::printf("%-10s %-6s %7d %9ld %6d %10ld %12.4f %10.3f\n", name.c_str(),
                    rnn::cellTypeNames.toString(config.model), config.hidden,
                    static_cast<long>(experiment.trainer().trainSet().size()),
                    experiment.trainer().trainSet().steps,
                    static_cast<long>(
                        rnn::parameterScalarCount(experiment.trainer().network().parameters())),
                    seconds / static_cast<double>(std::max<std::size_t>(1, report.history.size())),
                    prepare);
        std::fflush(stdout);
    }
    return 0;
}
