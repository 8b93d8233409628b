// The command line of rnnlab-train: its options with CLI11 (in the order --help lists them),
// and the settings they give as ExperimentConfig keys. See cli_options.h.
#include "cli_options.h"

#include "version.h"

#include <CLI/CLI.hpp>

#include <cstdint>
#include <iostream>
#include <vector>

namespace rnncli {

namespace {

// The values CLI11 writes into, and the options that tell whether each was given.
struct CommandLine
{
    std::string preset, data, testData, target, task, model, textColumn, labelColumn, topology;
    std::string optimizer, scaling, differencing, transform;
    std::vector<std::string> features;
    int hidden = 0, layers = 0, lookback = 0, horizon = 0, epochs = 0, batchSize = 0;
    int patience = 0, season = 0;
    std::uint64_t seed = 0;
    double learningRate = 0.0, clipNorm = 0.0, trainFraction = 0.0, validationFraction = 0.0;
    double weightDecay = 0.0;
    bool bidirectional = false;
    std::vector<std::string> settings; // --set KEY=VALUE

    CLI::Option *presetOption = nullptr, *dataOption = nullptr, *testDataOption = nullptr;
    CLI::Option *targetOption = nullptr, *featuresOption = nullptr, *taskOption = nullptr;
    CLI::Option *modelOption = nullptr, *hiddenOption = nullptr, *layersOption = nullptr;
    CLI::Option *bidirectionalOption = nullptr, *lookbackOption = nullptr;
    CLI::Option *horizonOption = nullptr, *topologyOption = nullptr, *epochsOption = nullptr;
    CLI::Option *batchOption = nullptr, *learningRateOption = nullptr;
    CLI::Option *optimizerOption = nullptr, *weightDecayOption = nullptr, *clipOption = nullptr;
    CLI::Option *patienceOption = nullptr, *trainFractionOption = nullptr;
    CLI::Option *validationOption = nullptr, *scalingOption = nullptr;
    CLI::Option *differencingOption = nullptr, *seasonOption = nullptr, *seedOption = nullptr;
    CLI::Option *textOption = nullptr, *labelOption = nullptr, *transformOption = nullptr;
};

bool given(const CLI::Option *option)
{
    return option->count() > 0;
}

void describeApp(CLI::App &app)
{
    app.get_formatter()->column_width(34);
    app.set_version_flag(
        "--version",
        [] {
            return std::string("rnnlab-train (RNN Lab) ") + rnn::coreVersion()
                + "\nResources: " + rnn::resourcesDirectory();
        },
        "Print the version and the folder of the datasets and presets");
    app.footer("Exit status: 0 done; 1 bad data or configuration (the message names the file, "
               "line and column), or training diverged (NaN/Inf: try a lower --learning-rate or "
               "--clip-norm; --report-json and --save are still written); 2 usage error.");
}

// Where the data come from and what is learnt.
void addDataOptions(CLI::App &app, CommandLine &cl, const rnn::PresetLibrary &presets)
{
    const std::string presetHelp = "Start from a preset (later options override it)";
    cl.presetOption
        = app.add_option("--preset", cl.preset, presetHelp)->check(CLI::IsMember(presets.names()));
    cl.dataOption = app.add_option("--data", cl.data, "CSV file to learn from");
    cl.testDataOption
        = app.add_option("--test-data", cl.testData,
                         "Separate test file (forecast: same columns, scaled as --data; "
                         "classify: texts)");
    cl.targetOption = app.add_option("--target", cl.target, "Column to forecast");
    cl.featuresOption = app.add_option("--features", cl.features,
                                       "Input columns A,B,... (default: the target alone)")
                            ->delimiter(',');
    cl.taskOption = app.add_option("--task", cl.task, "What is learnt")
                        ->check(CLI::IsMember(rnn::taskNames.names()));
}

void addNetworkOptions(CLI::App &app, CommandLine &cl)
{
    cl.modelOption = app.add_option("--model", cl.model,
                                    "Recurrent cell, or mlp: a feed-forward network reading the "
                                    "whole window at once (forecasts only)")
                         ->check(CLI::IsMember(rnn::cellTypeNames.names()));
    cl.hiddenOption = app.add_option("--hidden", cl.hidden, "Hidden units per layer")
                          ->check(CLI::Range(1, 4096));
    cl.layersOption = app.add_option("--layers", cl.layers, "Stacked recurrent layers")
                          ->check(CLI::Range(1, 16));
    cl.bidirectionalOption = app.add_flag("--bidirectional", cl.bidirectional,
                                          "Read the sequences in both directions");
    cl.lookbackOption = app.add_option("--lookback", cl.lookback,
                                       "Input steps per window (default: from the data)")
                            ->check(CLI::Range(1, 100000));
    cl.horizonOption = app.add_option("--horizon", cl.horizon, "Steps forecast at once")
                           ->check(CLI::Range(1, 100000));
    cl.topologyOption = app.add_option("--topology", cl.topology,
                                       "Where inputs enter and outputs feed the loss (forecasts)")
                            ->check(CLI::IsMember(rnn::topologyNames.names()));
}

void addTrainingOptions(CLI::App &app, CommandLine &cl)
{
    cl.epochsOption
        = app.add_option("--epochs", cl.epochs, "Training epochs")->check(CLI::Range(0, 1000000));
    cl.batchOption = app.add_option("--batch-size", cl.batchSize, "Samples per update")
                         ->check(CLI::Range(1, 1000000));
    cl.learningRateOption
        = app.add_option("--learning-rate", cl.learningRate, "Learning rate of the optimizer")
              ->check(CLI::PositiveNumber);
    cl.optimizerOption = app.add_option("--optimizer", cl.optimizer, "Optimizer")
                             ->check(CLI::IsMember(rnn::optimizerKindNames.names()));
    cl.weightDecayOption
        = app.add_option("--weight-decay", cl.weightDecay, "L2 penalty on the weights (0: off)")
              ->check(CLI::NonNegativeNumber);
    cl.clipOption
        = app.add_option("--clip-norm", cl.clipNorm, "Clip gradients to this global norm (0: off)")
              ->check(CLI::NonNegativeNumber);
    cl.patienceOption = app.add_option("--patience", cl.patience,
                                       "Early stopping: epochs without a better validation loss")
                            ->check(CLI::NonNegativeNumber);
    cl.trainFractionOption = app.add_option("--train-fraction", cl.trainFraction,
                                            "Forecast: share of the rows that trains")
                                 ->check(CLI::Range(0.0, 1.0));
    cl.validationOption = app.add_option("--validation-fraction", cl.validationFraction,
                                         "Share held out for validation (early stopping)")
                              ->check(CLI::Range(0.0, 1.0));
}

// How a series is prepared, the seed, and the columns of a text CSV.
void addSeriesAndColumnOptions(CLI::App &app, CommandLine &cl)
{
    cl.scalingOption
        = app.add_option("--scaling", cl.scaling, "Scaling of the series (fitted on train)")
              ->check(CLI::IsMember(rnn::scalerKindNames.names()));
    cl.differencingOption
        = app.add_option("--differencing", cl.differencing,
                         "on: forecast the change instead of the level (default: chosen from "
                         "the training part of --data; given alone: on)")
              ->expected(0, 1)
              ->check(CLI::IsMember({ "on", "off", "" }));
    cl.transformOption
        = app.add_option("--transform", cl.transform,
                         "Transform of the target before differencing and scaling (default: "
                         "chosen from the training part of --data)")
              ->check(CLI::IsMember(rnn::transformKindNames.names()));
    cl.seasonOption
        = app.add_option("--season", cl.season,
                         "Rows per season (seasonal-naive baseline, Holt-Winters; default: "
                         "from the autocorrelation of the training part)")
              ->check(CLI::Range(1, 1000000));
    cl.seedOption = app.add_option("--seed", cl.seed, "Random seed (weights, shuffling, splits)");
    cl.textOption = app.add_option("--text-column", cl.textColumn, "Column with the texts");
    cl.labelOption = app.add_option("--label-column", cl.labelColumn, "Column with the labels");
}

// What to do with the experiment (load, save, predict, report), written straight into options;
// and --set.
void addRunOptions(CLI::App &app, CommandLine &cl, Options &options)
{
    app.add_option("--save", options.save, "Save the trained model (JSON)");
    app.add_option("--load", options.load, "Load a model instead of training one");
    app.add_option("--predict", options.predictFile,
                   "With --load: forecast after the end of FILE, or classify its texts");
    app.add_option("--report-json", options.reportJson, "Write the metrics and baselines as JSON");
    app.add_option("--export-pytorch", options.exportPytorch,
                   "Write the trained (or --load) model into DIR as a PyTorch script, model.py, "
                   "beside its weights, model.json");
    app.add_option("--generate", options.generate,
                   "Forecasts: continue the series N steps, feeding outputs back (one-to-many)")
        ->check(CLI::Range(1, 100000));
    app.add_flag("--importance", options.importance,
                 "Forecasts: which inputs matter (the rise of the test RMSE when each input is "
                 "shuffled across the test windows), printed and in --report-json");
    app.add_flag("--quiet", options.quiet, "No progress output");
    app.add_option("--set", cl.settings,
                   "KEY=VALUE: any setting of a preset (e.g. embedding_size=32), repeatable");
}

void addDataAndNetworkOverrides(const CommandLine &cl, nlohmann::json &overrides)
{
    if (given(cl.dataOption))
        overrides["data_file"] = cl.data;
    if (given(cl.testDataOption))
        overrides["test_data_file"] = cl.testData;
    if (given(cl.targetOption))
        overrides["target"] = cl.target;
    if (given(cl.featuresOption))
        overrides["features"] = cl.features;
    if (given(cl.taskOption))
        overrides["task"] = cl.task;
    if (given(cl.modelOption))
        overrides["model"] = cl.model;
    if (given(cl.hiddenOption))
        overrides["hidden"] = cl.hidden;
    if (given(cl.layersOption))
        overrides["layers"] = cl.layers;
    if (given(cl.bidirectionalOption))
        overrides["bidirectional"] = cl.bidirectional;
    if (given(cl.lookbackOption))
        overrides["lookback"] = cl.lookback;
    if (given(cl.horizonOption))
        overrides["horizon"] = cl.horizon;
    if (given(cl.topologyOption))
        overrides["topology"] = cl.topology;
}

void addTrainingAndSeriesOverrides(const CommandLine &cl, nlohmann::json &overrides)
{
    if (given(cl.epochsOption))
        overrides["epochs"] = cl.epochs;
    if (given(cl.batchOption))
        overrides["batch_size"] = cl.batchSize;
    if (given(cl.learningRateOption))
        overrides["learning_rate"] = cl.learningRate;
    if (given(cl.optimizerOption))
        overrides["optimizer"] = cl.optimizer;
    if (given(cl.weightDecayOption))
        overrides["weight_decay"] = cl.weightDecay;
    if (given(cl.clipOption))
        overrides["clip_norm"] = cl.clipNorm;
    if (given(cl.patienceOption))
        overrides["patience"] = cl.patience;
    if (given(cl.trainFractionOption))
        overrides["train_fraction"] = cl.trainFraction;
    if (given(cl.validationOption)) {
        overrides["validation_fraction"] = cl.validationFraction;
        overrides["validation_holdout"] = cl.validationFraction;
    }
    if (given(cl.scalingOption))
        overrides["scaling"] = cl.scaling;
    if (given(cl.differencingOption))
        overrides["differencing"] = cl.differencing != "off";
    if (given(cl.transformOption))
        overrides["transform"] = cl.transform;
    if (given(cl.seasonOption))
        overrides["season"] = cl.season;
    if (given(cl.seedOption))
        overrides["seed"] = cl.seed;
    if (given(cl.textOption))
        overrides["text_column"] = cl.textColumn;
    if (given(cl.labelOption))
        overrides["label_column"] = cl.labelColumn;
}

// --set KEY=VALUE: VALUE as JSON when it parses (32, true, [1,2]), as a string otherwise.
// Returns false, with the error on stderr, for a setting that is not KEY=VALUE.
bool addSetOverrides(const std::vector<std::string> &settings, nlohmann::json &overrides)
{
    for (const std::string &setting : settings) {
        const auto equals = setting.find('=');
        if (equals == std::string::npos || equals == 0) {
            std::cerr << "rnnlab-train: error: --set needs KEY=VALUE, not \"" << setting << "\"\n";
            return false;
        }
        const std::string value = setting.substr(equals + 1);
        nlohmann::json parsed = nlohmann::json::parse(value, nullptr, false);
        overrides[setting.substr(0, equals)]
            = parsed.is_discarded() ? nlohmann::json(value) : parsed;
    }
    return true;
}

} // namespace

std::optional<int> parseOptions(int argc, char **argv, const rnn::PresetLibrary &presets,
                                Options &options)
{
    CLI::App app { "rnnlab-train: train a recurrent network from the command line (RNN Lab).\n"
                   "Give a preset, or --data FILE and --target COLUMN (forecast) / --task classify "
                   "(texts).",
                   "rnnlab-train" };
    describeApp(app);
    CommandLine cl;
    addDataOptions(app, cl, presets);
    addNetworkOptions(app, cl);
    addTrainingOptions(app, cl);
    addSeriesAndColumnOptions(app, cl);
    addRunOptions(app, cl, options);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp &e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp &e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion &e) {
        return app.exit(e);
    } catch (const CLI::ParseError &e) {
        app.exit(e);
        return exitUsage;
    }
    options.preset = cl.preset;
    options.presetGiven = given(cl.presetOption);
    options.dataGiven = given(cl.dataOption);
    options.taskGiven = given(cl.taskOption);
    options.targetGiven = given(cl.targetOption);
    addDataAndNetworkOverrides(cl, options.overrides);
    addTrainingAndSeriesOverrides(cl, options.overrides);
    if (!addSetOverrides(cl.settings, options.overrides))
        return exitUsage;
    return std::nullopt;
}

} // namespace rnncli
