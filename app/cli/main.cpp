// rnnlab-train: the command-line trainer. It reads a preset and/or options into an
// ExperimentConfig, runs core's Experiment (data, network, Trainer, evaluation beside the
// baselines), and prints or saves the results. No training logic lives here: this file only
// translates between a terminal and core/train.
//
// Exit status: 0 done, 1 bad data or configuration (the message names file, line and column
// when there is one) or a training run that diverged (NaN/Inf: the report JSON and the model of
// the last finite weights are still written when asked), 2 usage error (unknown option, bad
// option value).
#include "data/csv_reader.h"
#include "data/data_error.h"
#include "train/experiment.h"
#include "train/model_io.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>

namespace {

constexpr int exitDone = 0;
constexpr int exitBadInput = 1;
constexpr int exitUsage = 2;

// Progress on stderr: a bar with an ETA on a terminal, a plain line per few epochs otherwise.
class ProgressPrinter
{
public:
    ProgressPrinter(bool terminal, bool quiet)
        : m_terminal(terminal)
        , m_quiet(quiet)
    { }

    rnn::Progress operator()(const rnn::ProgressInfo &info)
    {
        if (m_quiet)
            return rnn::Progress::Continue;
        const double done = (static_cast<double>(info.epoch - 1)
                             + static_cast<double>(info.batch)
                                 / static_cast<double>(std::max<rnn::Index>(1, info.batches)))
            / static_cast<double>(std::max(1, info.epochs));
        if (m_terminal) {
            if (info.seconds - m_lastDraw < 0.1
                && !(info.epochFinished && info.epoch == info.epochs))
                return rnn::Progress::Continue;
            m_lastDraw = info.seconds;
            constexpr int width = 30;
            const int filled = static_cast<int>(std::round(done * width));
            const double eta = done > 0.0 ? info.seconds * (1.0 - done) / done : 0.0;
            std::fprintf(stderr, "\r[%s%s] epoch %d/%d  loss %.5g  %.1f s  ETA %.1f s   ",
                         std::string(static_cast<std::size_t>(filled), '#').c_str(),
                         std::string(static_cast<std::size_t>(width - filled), '.').c_str(),
                         info.epoch, info.epochs, info.loss, info.seconds, eta);
            m_open = true;
            if (info.epochFinished && info.epoch == info.epochs) {
                std::fputc('\n', stderr);
                m_open = false;
            }
            std::fflush(stderr);
        } else if (info.epochFinished) {
            const int every = std::max(1, info.epochs / 20);
            if (info.epoch % every == 0 || info.epoch == info.epochs || info.epoch == 1) {
                std::fprintf(stderr, "epoch %d/%d  train loss %.6g", info.epoch, info.epochs,
                             info.record.trainLoss);
                if (std::isfinite(info.record.validationLoss))
                    std::fprintf(stderr, "  validation loss %.6g", info.record.validationLoss);
                std::fprintf(stderr, "  %.2f s\n", info.seconds);
            }
        }
        return rnn::Progress::Continue;
    }

    // Ends a bar left open by a run that stopped before its last epoch.
    void finish()
    {
        if (m_open)
            std::fputc('\n', stderr);
        m_open = false;
    }

private:
    bool m_terminal = false;
    bool m_quiet = false;
    double m_lastDraw = -1.0;
    bool m_open = false;
};

void writeJson(const nlohmann::json &json, const std::string &path)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw std::runtime_error(path + ": cannot open the file for writing");
    out << json.dump(2) << '\n';
}

std::string csvQuote(const std::string &text)
{
    std::string quoted = "\"";
    for (char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

int predict(const rnn::Experiment &experiment, const std::string &file)
{
    const rnn::ExperimentConfig &config = experiment.config();
    if (config.task == rnn::Task::Classify && config.generator == rnn::Generator::None) {
        const rnn::CsvDocument document = rnn::CsvReader::readFile(file);
        std::size_t column = document.header.size();
        for (std::size_t i = 0; i < document.header.size(); ++i)
            if (document.header[i] == experiment.config().textColumn)
                column = i;
        if (column == document.header.size())
            throw rnn::DataError(file, document.headerLine, 0,
                                 "there is no column \"" + experiment.config().textColumn
                                     + "\" with the texts to classify");
        std::vector<std::string> texts;
        for (const auto &row : document.rows)
            texts.push_back(row.cells[column]);
        rnn::Matrix probabilities;
        const std::vector<int> classes = experiment.classifyTexts(texts, &probabilities);
        std::cout << "text,predicted,probability\n";
        for (std::size_t i = 0; i < texts.size(); ++i)
            std::cout << csvQuote(texts[i]) << ','
                      << experiment.classNames()[static_cast<std::size_t>(classes[i])] << ','
                      << probabilities(classes[i], static_cast<rnn::Index>(i)) << '\n';
        return exitDone;
    }
    if (config.task == rnn::Task::Forecast && config.generator == rnn::Generator::None) {
        const rnn::Matrix forecast = experiment.forecastAfter(file);
        std::cout << "step_after_end";
        for (rnn::Index y = 0; y < forecast.rows(); ++y)
            std::cout << ','
                      << (y == 0 ? experiment.config().target : "target" + std::to_string(y));
        std::cout << '\n';
        for (rnn::Index k = 0; k < forecast.cols(); ++k) {
            std::cout << k + 1;
            for (rnn::Index y = 0; y < forecast.rows(); ++y)
                std::cout << ',' << forecast(y, k);
            std::cout << '\n';
        }
        return exitDone;
    }
    throw std::invalid_argument("--predict works with models trained on a CSV file, not on a "
                                "synthetic task");
}

} // namespace

int main(int argc, char **argv)
{
    CLI::App app { "rnnlab-train: train a recurrent network from the command line (RNN Lab).\n"
                   "Give a preset, or --data FILE and --target COLUMN (forecast) / --task classify "
                   "(texts).",
                   "rnnlab-train" };
    app.get_formatter()->column_width(34);
    app.footer("Exit status: 0 done; 1 bad data or configuration (the message names the file, "
               "line and column), or training diverged (NaN/Inf: try a lower --learning-rate or "
               "--clip-norm; --report-json and --save are still written); 2 usage error.");

    rnn::PresetLibrary presets;
    std::string presetsPath = rnn::resolveResourcePath("presets/presets.json");
    try {
        presets = rnn::PresetLibrary::load(presetsPath);
    } catch (const std::exception &e) {
        std::cerr << "rnnlab-train: warning: no presets: " << e.what() << '\n';
    }
    const std::string presetHelp = "Start from a preset (later options override it)";

    std::string preset, data, testData, target, task, model, textColumn, labelColumn, topology;
    std::string save, load, predictFile, reportJson, optimizer, scaling;
    std::vector<std::string> features;
    int hidden = 0, layers = 0, lookback = 0, horizon = 0, epochs = 0, batchSize = 0;
    int patience = 0, season = 0;
    std::uint64_t seed = 0;
    double learningRate = 0.0, clipNorm = 0.0, trainFraction = 0.0, validationFraction = 0.0;
    bool bidirectional = false, differencing = false, quiet = false;
    int generate = 0;

    auto *presetOption
        = app.add_option("--preset", preset, presetHelp)->check(CLI::IsMember(presets.names()));
    auto *dataOption = app.add_option("--data", data, "CSV file to learn from");
    auto *testDataOption
        = app.add_option("--test-data", testData,
                         "Separate test file (forecast: same columns, scaled as --data; "
                         "classify: texts)");
    auto *targetOption = app.add_option("--target", target, "Column to forecast");
    auto *featuresOption = app.add_option("--features", features,
                                          "Input columns A,B,... (default: the target alone)")
                               ->delimiter(',');
    auto *taskOption = app.add_option("--task", task, "forecast or classify")
                           ->check(CLI::IsMember({ "forecast", "classify" }));
    auto *modelOption = app.add_option("--model", model, "elman, jordan, lstm or gru")
                            ->check(CLI::IsMember({ "elman", "jordan", "lstm", "gru" }));
    auto *hiddenOption
        = app.add_option("--hidden", hidden, "Hidden units per layer")->check(CLI::Range(1, 4096));
    auto *layersOption
        = app.add_option("--layers", layers, "Stacked recurrent layers")->check(CLI::Range(1, 16));
    auto *bidirectionalOption
        = app.add_flag("--bidirectional", bidirectional, "Read the sequences in both directions");
    auto *lookbackOption
        = app.add_option("--lookback", lookback, "Input steps per window (default: from the data)")
              ->check(CLI::Range(1, 100000));
    auto *horizonOption = app.add_option("--horizon", horizon, "Steps forecast at once")
                              ->check(CLI::Range(1, 100000));
    auto *topologyOption
        = app.add_option("--topology", topology, "many_to_one or encoder_decoder (forecasts)")
              ->check(CLI::IsMember({ "many_to_one", "encoder_decoder" }));
    auto *epochsOption
        = app.add_option("--epochs", epochs, "Training epochs")->check(CLI::Range(0, 1000000));
    auto *batchOption = app.add_option("--batch-size", batchSize, "Samples per update")
                            ->check(CLI::Range(1, 1000000));
    auto *learningRateOption
        = app.add_option("--learning-rate", learningRate, "Learning rate of the optimizer")
              ->check(CLI::PositiveNumber);
    auto *optimizerOption = app.add_option("--optimizer", optimizer, "sgd, momentum or adam")
                                ->check(CLI::IsMember({ "sgd", "momentum", "adam" }));
    double weightDecay = 0.0;
    auto *weightDecayOption
        = app.add_option("--weight-decay", weightDecay, "L2 penalty on the weights (0: off)")
              ->check(CLI::NonNegativeNumber);
    auto *clipOption
        = app.add_option("--clip-norm", clipNorm, "Clip gradients to this global norm (0: off)")
              ->check(CLI::NonNegativeNumber);
    auto *patienceOption = app.add_option("--patience", patience,
                                          "Early stopping: epochs without a better validation loss")
                               ->check(CLI::NonNegativeNumber);
    auto *trainFractionOption = app.add_option("--train-fraction", trainFraction,
                                               "Forecast: share of the rows that trains")
                                    ->check(CLI::Range(0.0, 1.0));
    auto *validationOption = app.add_option("--validation-fraction", validationFraction,
                                            "Share held out for validation (early stopping)")
                                 ->check(CLI::Range(0.0, 1.0));
    auto *scalingOption = app.add_option("--scaling", scaling, "none, minmax01, minmax11, zscore")
                              ->check(CLI::IsMember({ "none", "minmax01", "minmax11", "zscore" }));
    auto *differencingOption
        = app.add_flag("--differencing", differencing, "Forecast the change instead of the level");
    auto *seasonOption
        = app.add_option("--season", season, "Rows per season for the seasonal-naive baseline")
              ->check(CLI::Range(1, 1000000));
    auto *seedOption = app.add_option("--seed", seed, "Random seed (weights, shuffling, splits)");
    auto *textOption = app.add_option("--text-column", textColumn, "Column with the texts");
    auto *labelOption = app.add_option("--label-column", labelColumn, "Column with the labels");
    app.add_option("--save", save, "Save the trained model (JSON)");
    app.add_option("--load", load, "Load a model instead of training one");
    app.add_option("--predict", predictFile,
                   "With --load: forecast after the end of FILE, or classify its texts");
    app.add_option("--report-json", reportJson, "Write the metrics and baselines as JSON");
    app.add_option("--generate", generate,
                   "Forecasts: continue the series N steps, feeding outputs back (one-to-many)")
        ->check(CLI::Range(1, 100000));
    app.add_flag("--quiet", quiet, "No progress output");
    std::vector<std::string> settings;
    app.add_option("--set", settings,
                   "KEY=VALUE: any setting of a preset (e.g. embedding_size=32), repeatable");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp &e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp &e) {
        return app.exit(e);
    } catch (const CLI::ParseError &e) {
        app.exit(e);
        return exitUsage;
    }

    // The settings given on the command line, on top of the preset.
    nlohmann::json overrides = nlohmann::json::object();
    auto given = [](const CLI::Option *option) { return option->count() > 0; };
    if (given(dataOption))
        overrides["data_file"] = data;
    if (given(testDataOption))
        overrides["test_data_file"] = testData;
    if (given(targetOption))
        overrides["target"] = target;
    if (given(featuresOption))
        overrides["features"] = features;
    if (given(taskOption))
        overrides["task"] = task;
    if (given(modelOption))
        overrides["model"] = model;
    if (given(hiddenOption))
        overrides["hidden"] = hidden;
    if (given(layersOption))
        overrides["layers"] = layers;
    if (given(bidirectionalOption))
        overrides["bidirectional"] = bidirectional;
    if (given(lookbackOption))
        overrides["lookback"] = lookback;
    if (given(horizonOption))
        overrides["horizon"] = horizon;
    if (given(topologyOption))
        overrides["topology"] = topology;
    if (given(epochsOption))
        overrides["epochs"] = epochs;
    if (given(batchOption))
        overrides["batch_size"] = batchSize;
    if (given(learningRateOption))
        overrides["learning_rate"] = learningRate;
    if (given(optimizerOption))
        overrides["optimizer"] = optimizer;
    if (given(weightDecayOption))
        overrides["weight_decay"] = weightDecay;
    if (given(clipOption))
        overrides["clip_norm"] = clipNorm;
    if (given(patienceOption))
        overrides["patience"] = patience;
    if (given(trainFractionOption))
        overrides["train_fraction"] = trainFraction;
    if (given(validationOption)) {
        overrides["validation_fraction"] = validationFraction;
        overrides["validation_holdout"] = validationFraction;
    }
    if (given(scalingOption))
        overrides["scaling"] = scaling;
    if (given(differencingOption))
        overrides["differencing"] = differencing;
    if (given(seasonOption))
        overrides["season"] = season;
    if (given(seedOption))
        overrides["seed"] = seed;
    if (given(textOption))
        overrides["text_column"] = textColumn;
    if (given(labelOption))
        overrides["label_column"] = labelColumn;

    for (const std::string &setting : settings) {
        const auto equals = setting.find('=');
        if (equals == std::string::npos || equals == 0) {
            std::cerr << "rnnlab-train: error: --set needs KEY=VALUE, not \"" << setting << "\"\n";
            return exitUsage;
        }
        const std::string value = setting.substr(equals + 1);
        nlohmann::json parsed = nlohmann::json::parse(value, nullptr, false);
        overrides[setting.substr(0, equals)]
            = parsed.is_discarded() ? nlohmann::json(value) : parsed;
    }

    const bool terminal = isatty(STDERR_FILENO) != 0;
    try {
        if (!load.empty()) {
            const rnn::ModelFile modelFile = rnn::loadModel(load);
            nlohmann::json loadOverrides = nlohmann::json::object();
            for (const char *key : { "data_file", "test_data_file", "text_column", "label_column" })
                if (overrides.contains(key))
                    loadOverrides[key] = overrides[key];
            const rnn::Experiment experiment = rnn::Experiment::fromModel(modelFile, loadOverrides);
            if (!predictFile.empty())
                return predict(experiment, predictFile);
            if (!experiment.hasTestData()) {
                const rnn::ExperimentConfig &c = experiment.config();
                std::cerr << "rnnlab-train: error: " << load << ": the model's test data ("
                          << (c.testDataFile.empty() ? c.dataFile : c.testDataFile)
                          << ") are not here. The model file is self-contained for --predict "
                             "FILE; to evaluate it, give --data FILE or --test-data FILE.\n";
                return exitBadInput;
            }
            const rnn::Evaluation evaluation = experiment.evaluate();
            const nlohmann::json report = experiment.report(evaluation);
            std::cout << "Model " << load << " on its test data:\n"
                      << experiment.summary(evaluation);
            if (!reportJson.empty())
                writeJson(report, reportJson);
            return exitDone;
        }
        if (!predictFile.empty()) {
            std::cerr << "rnnlab-train: error: --predict needs a model (--load MODEL.json)\n";
            return exitUsage;
        }
        rnn::ExperimentConfig config;
        if (given(presetOption))
            config = presets.preset(preset);
        else if (!given(taskOption) && !given(targetOption))
            config.task = rnn::Task::Classify; // --data alone: texts and labels
        config.apply(overrides);
        if (!given(presetOption) && !given(dataOption)
            && config.generator == rnn::Generator::None) {
            std::cerr << "rnnlab-train: error: give --preset NAME or --data FILE\n"
                      << "Run with --help for more information.\n";
            return exitUsage;
        }
        if (auto error = config.validate(); !error.empty()) {
            std::cerr << "rnnlab-train: error: " << error << '\n';
            return exitBadInput;
        }
        rnn::Experiment experiment(config);
        if (!quiet)
            std::cerr << "Training " << rnn::cellTypeNames.toString(config.model) << " ("
                      << experiment.networkConfig().hiddenSize << " hidden, "
                      << experiment.networkConfig().layers << " layer(s)"
                      << (config.bidirectional ? ", bidirectional" : "") << ") on "
                      << experiment.trainer().trainSet().size() << " samples of "
                      << experiment.trainer().trainSet().steps << " steps, "
                      << experiment.testSet().size() << " test samples, "
                      << parameterScalarCount(experiment.trainer().network().parameters())
                      << " parameters.\n";
        ProgressPrinter printer(terminal, quiet);
        experiment.train([&printer](const rnn::ProgressInfo &info) { return printer(info); });
        printer.finish();
        const rnn::Evaluation evaluation = experiment.evaluate();
        nlohmann::json report = experiment.report(evaluation);
        std::cout << experiment.summary(evaluation);
        if (generate > 0) {
            const auto values = experiment.generate(generate);
            std::cout << "Continuation of the series (" << generate << " steps, outputs fed back):";
            for (double v : values)
                std::cout << ' ' << v;
            std::cout << '\n';
            report["generated"] = values;
        }
        if (!save.empty()) {
            rnn::ModelFile modelFile = experiment.modelFile();
            const nlohmann::json metrics = rnn::toJson(evaluation);
            modelFile.metrics
                = { { "test", metrics.at("test") }, { "baselines", metrics.at("baselines") } };
            rnn::saveModel(modelFile, save);
            std::cout << "Model saved to " << save << '\n';
        }
        if (!reportJson.empty())
            writeJson(report, reportJson);
        if (experiment.trainer().report().reason == rnn::StopReason::Diverged) {
            // A diverged run is a bad configuration: say so, and do not exit 0.
            std::cerr << "rnnlab-train: error: " << experiment.trainer().report().message << '\n';
            return exitBadInput;
        }
        return exitDone;
    } catch (const rnn::DataError &e) {
        std::cerr << "rnnlab-train: error: " << e.what() << '\n';
    } catch (const rnn::ModelFileError &e) {
        std::cerr << "rnnlab-train: error: " << e.what() << '\n';
    } catch (const std::exception &e) {
        std::cerr << "rnnlab-train: error: " << e.what() << '\n';
    }
    return exitBadInput;
}
