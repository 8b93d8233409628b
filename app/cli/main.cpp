// rnnlab-train: the command-line trainer. It reads a preset and/or options into an
// ExperimentConfig, runs core's Experiment (data, network, Trainer, evaluation beside the
// baselines), and prints or saves the results. No training logic lives here: this file only
// translates between a terminal and core/train.
//
// Exit status: 0 done, 1 bad data or configuration (the message names file, line and column
// when there is one) or a training run that diverged (NaN/Inf: the report JSON and the model of
// the last finite weights are still written when asked), 2 usage error (unknown option, bad
// option value).
#include "allocator.h"
#include "cli_options.h"
#include "data/csv_reader.h"
#include "data/data_error.h"
#include "train/experiment.h"
#include "train/model_io.h"
#include "train/pipeline_advisor.h"
#include "train/pytorch_export.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using rnncli::exitBadInput;
using rnncli::exitDone;
using rnncli::exitUsage;
using rnncli::Options;

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

rnn::PresetLibrary loadPresets()
{
    rnn::PresetLibrary presets;
    std::string presetsPath = rnn::resolveResourcePath("presets/presets.json");
    try {
        presets = rnn::PresetLibrary::load(presetsPath);
    } catch (const std::exception &e) {
        std::cerr << "rnnlab-train: warning: no presets: " << e.what() << '\n';
    }
    return presets;
}

// --importance: the permutation importance of every input, printed and added to the report.
void printImportance(const rnn::Experiment &experiment, const rnn::Evaluation &evaluation,
                     nlohmann::json &report)
{
    const auto *forecast = std::get_if<rnn::ForecastEvaluation>(&evaluation);
    if (!forecast)
        throw std::invalid_argument("--importance is for forecasts (input variables to shuffle)");
    const std::vector<rnn::InputImportance> importance = experiment.importance();
    std::cout << rnn::importanceReport(importance, forecast->test.rmse);
    report["importance"] = rnn::toJson(importance);
}

// --export-pytorch DIR: the model as a PyTorch script beside its model file.
void writePytorchExport(const rnn::ModelFile &model, const std::string &directory)
{
    const rnn::PytorchExportReport report = rnn::exportPytorch(model, directory);
    std::cout << "PyTorch script written to " << report.scriptPath << " (weights in "
              << report.modelPath << ")\n";
}

// --load MODEL: predict with it, or evaluate it on its test data.
int runLoadedModel(const Options &options)
{
    const rnn::ModelFile modelFile = rnn::loadModel(options.load);
    if (!options.exportPytorch.empty()) {
        writePytorchExport(modelFile, options.exportPytorch);
        if (options.predictFile.empty() && options.reportJson.empty())
            return exitDone;
    }
    nlohmann::json loadOverrides = nlohmann::json::object();
    for (const char *key : { "data_file", "test_data_file", "text_column", "label_column" })
        if (options.overrides.contains(key))
            loadOverrides[key] = options.overrides[key];
    const rnn::Experiment experiment = rnn::Experiment::fromModel(modelFile, loadOverrides);
    if (!options.predictFile.empty())
        return predict(experiment, options.predictFile);
    if (!experiment.hasTestData()) {
        const rnn::ExperimentConfig &c = experiment.config();
        std::cerr << "rnnlab-train: error: " << options.load << ": the model's test data ("
                  << (c.testDataFile.empty() ? c.dataFile : c.testDataFile)
                  << ") are not here. The model file is self-contained for --predict "
                     "FILE; to evaluate it, give --data FILE or --test-data FILE.\n";
        return exitBadInput;
    }
    const rnn::Evaluation evaluation = experiment.evaluate();
    nlohmann::json report = experiment.report(evaluation);
    std::cout << "Model " << options.load << " on its test data:\n"
              << experiment.summary(evaluation);
    if (options.importance)
        printImportance(experiment, evaluation, report);
    if (!options.reportJson.empty())
        writeJson(report, options.reportJson);
    return exitDone;
}

// The preset (if any) with the command line's settings on top. Returns the exit status when
// there is nothing to train or the configuration is invalid (reported on stderr).
std::optional<int> buildConfig(const Options &options, const rnn::PresetLibrary &presets,
                               rnn::ExperimentConfig &config)
{
    if (options.presetGiven)
        config = presets.preset(options.preset);
    else if (options.overrides.value("task", std::string()) == "classify")
        config = rnn::textClassificationDefaults(); // the default text pipeline
    else if (options.dataGiven && !options.taskGiven && !options.targetGiven) {
        // --data alone: what the file holds decides (texts and labels: a classification)
        const rnn::DetectedColumns columns = rnn::ColumnDetector::detect(rnn::CsvReader::readFile(
            rnn::resolveResourcePath(options.overrides.value("data_file", std::string()))));
        if (columns.classification()) {
            config = rnn::textClassificationDefaults();
            config.textColumn = columns.textColumn;
            config.labelColumn = columns.labelColumn;
        }
    }
    config.apply(options.overrides);
    if (!options.presetGiven && !options.dataGiven && config.generator == rnn::Generator::None) {
        std::cerr << "rnnlab-train: error: give --preset NAME or --data FILE\n"
                  << "Run with --help for more information.\n";
        return exitUsage;
    }
    if (auto error = config.validate(); !error.empty()) {
        std::cerr << "rnnlab-train: error: " << error << '\n';
        return exitBadInput;
    }
    return std::nullopt;
}

void printTrainingHeader(const rnn::ExperimentConfig &config, const rnn::Experiment &experiment)
{
    std::cerr << "Training " << rnn::cellTypeNames.toString(config.model) << " ("
              << experiment.networkConfig().hiddenSize << " hidden, "
              << experiment.networkConfig().layers << " layer(s)"
              << (config.bidirectional ? ", bidirectional" : "") << ") on "
              << experiment.trainer().trainSet().size() << " samples of "
              << experiment.trainer().trainSet().steps << " steps, " << experiment.testSet().size()
              << " test samples, "
              << parameterScalarCount(experiment.trainer().network().parameters())
              << " parameters.\n";
}

// --generate N: the one-to-many continuation, printed and added to the report.
void generateContinuation(const rnn::Experiment &experiment, int steps, nlohmann::json &report)
{
    const auto values = experiment.generate(steps);
    std::cout << "Continuation of the series (" << steps << " steps, outputs fed back):";
    for (double v : values)
        std::cout << ' ' << v;
    std::cout << '\n';
    report["generated"] = values;
}

// The trained model with its test metrics, as --save writes it.
rnn::ModelFile trainedModel(const rnn::Experiment &experiment, const rnn::Evaluation &evaluation)
{
    rnn::ModelFile modelFile = experiment.modelFile();
    const nlohmann::json metrics = rnn::toJson(evaluation);
    modelFile.metrics
        = { { "test", metrics.at("test") }, { "baselines", metrics.at("baselines") } };
    return modelFile;
}

// A forecast of the user's own file (no preset): the pipeline chosen from the training part,
// with the choices the command line fixed kept, printed with its reasons; nothing otherwise.
std::optional<rnn::PipelineAdvice> advise(rnn::ExperimentConfig &config, const Options &options)
{
    if (options.presetGiven || config.task != rnn::Task::Forecast
        || config.generator != rnn::Generator::None || config.dataFile.empty())
        return std::nullopt;
    const nlohmann::json &o = options.overrides;
    rnn::AdvisorOptions fixed;
    if (o.contains("differencing"))
        fixed.differencing = config.differencing;
    if (o.contains("transform"))
        fixed.transform = config.transform;
    if (o.contains("season"))
        fixed.season = config.season;
    if (o.contains("lookback") && config.lookback > 0)
        fixed.lookback = config.lookback;
    if (o.contains("epochs"))
        fixed.epochs = config.epochs;
    const rnn::ScalerKind scaling = config.scaling;
    rnn::DetectedColumns columns;
    rnn::PipelineAdvice advice = rnn::PipelineAdvisor::applyTo(config, fixed, &columns);
    if (o.contains("scaling"))
        config.scaling = scaling;
    if (!options.quiet) {
        std::cout << "Data: " << columns.describe(config.target) << ".\nPipeline, chosen from the "
                  << advice.trainingRows << " rows of the training part:\n";
        std::istringstream lines(advice.explain(columns.spacing));
        for (std::string line; std::getline(lines, line);)
            std::cout << "  - " << line << '\n';
    }
    return advice;
}

// Trains the experiment, then reports, generates, saves as the options ask.
int trainAndReport(rnn::ExperimentConfig config, const Options &options)
{
    const bool terminal = isatty(STDERR_FILENO) != 0;
    const std::optional<rnn::PipelineAdvice> advice = advise(config, options);
    rnn::Experiment experiment(config);
    if (!options.quiet)
        printTrainingHeader(config, experiment);
    ProgressPrinter printer(terminal, options.quiet);
    experiment.train([&printer](const rnn::ProgressInfo &info) { return printer(info); });
    printer.finish();
    const rnn::Evaluation evaluation = experiment.evaluate();
    nlohmann::json report = experiment.report(evaluation);
    if (advice)
        report["pipeline"] = advice->toJson();
    std::cout << experiment.summary(evaluation);
    if (options.importance)
        printImportance(experiment, evaluation, report);
    if (options.generate > 0)
        generateContinuation(experiment, options.generate, report);
    if (!options.save.empty()) {
        rnn::saveModel(trainedModel(experiment, evaluation), options.save);
        std::cout << "Model saved to " << options.save << '\n';
    }
    if (!options.exportPytorch.empty())
        writePytorchExport(trainedModel(experiment, evaluation), options.exportPytorch);
    if (!options.reportJson.empty())
        writeJson(report, options.reportJson);
    if (experiment.trainer().report().reason == rnn::StopReason::Diverged) {
        // A diverged run is a bad configuration: say so, and do not exit 0.
        std::cerr << "rnnlab-train: error: " << experiment.trainer().report().message << '\n';
        return exitBadInput;
    }
    return exitDone;
}

int run(const Options &options, const rnn::PresetLibrary &presets)
{
    if (!options.load.empty())
        return runLoadedModel(options);
    if (!options.predictFile.empty()) {
        std::cerr << "rnnlab-train: error: --predict needs a model (--load MODEL.json)\n";
        return exitUsage;
    }
    rnn::ExperimentConfig config;
    if (const auto status = buildConfig(options, presets, config))
        return *status;
    return trainAndReport(config, options);
}

} // namespace

int main(int argc, char **argv)
{
    rnn::keepFreedMemory();
    const rnn::PresetLibrary presets = loadPresets();
    Options options;
    if (const auto status = rnncli::parseOptions(argc, argv, presets, options))
        return *status;
    try {
        return run(options, presets);
    } catch (const rnn::DataError &e) {
        std::cerr << "rnnlab-train: error: " << e.what() << '\n';
    } catch (const rnn::ModelFileError &e) {
        std::cerr << "rnnlab-train: error: " << e.what() << '\n';
    } catch (const std::exception &e) {
        std::cerr << "rnnlab-train: error: " << e.what() << '\n';
    }
    return exitBadInput;
}
