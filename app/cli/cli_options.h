// The command line of rnnlab-train, read into Options: the settings it gives on top of a preset
// (as the JSON keys of ExperimentConfig::apply) and what to do with the experiment. This file
// only parses; it does not load data, train or print results (main.cpp does).
#pragma once

#include "train/experiment_config.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace rnncli {

constexpr int exitDone = 0;
constexpr int exitBadInput = 1;
constexpr int exitUsage = 2;

struct Options
{
    // The settings given on the command line (options and --set KEY=VALUE), on top of the preset.
    nlohmann::json overrides = nlohmann::json::object();
    std::string preset; // meaningful when presetGiven
    // Which options were given, whatever their value (--set does not count).
    bool presetGiven = false;
    bool dataGiven = false;
    bool taskGiven = false;
    bool targetGiven = false;

    std::string save; // model file to write after training; empty: none
    std::string load; // model file to evaluate or predict with instead of training; empty: train
    std::string predictFile; // with load: the file to forecast after or whose texts to classify
    std::string reportJson; // where the metrics and baselines go as JSON; empty: nowhere
    std::string
        exportPytorch; // folder for the model as a PyTorch script (after training or --load)
    int generate = 0; // steps of one-to-many continuation after training; 0: none
    bool importance = false; // forecasts: print (and report) each input's permutation importance
    bool quiet = false;
};

// Reads the command line into options. Returns the exit status when the program should stop
// here (help printed: 0; usage error, already reported on stderr: 2), nothing when it goes on.
std::optional<int> parseOptions(int argc, char **argv, const rnn::PresetLibrary &presets,
                                Options &options);

} // namespace rnncli
