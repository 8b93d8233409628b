// Implementation of experiment.h: the one choice of a pipeline for the kind of data, the trainer
// it needs, and the report, summary and model file of the run.
#include "experiment.h"

#include "nn/initializer.h"
#include "train/forecast_pipeline.h"
#include "train/report_number.h"
#include "train/sequence_task_pipeline.h"
#include "train/text_pipeline.h"

#include <cmath>
#include <filesystem>
#include <sstream>
#include <stdexcept>

namespace rnn {

namespace {

using nlohmann::json;

TrainerOptions trainerOptions(const ExperimentConfig &c)
{
    TrainerOptions o;
    o.epochs = c.epochs;
    o.batchSize = c.batchSize;
    o.optimizer.kind = c.optimizer;
    o.optimizer.learningRate = c.learningRate;
    o.optimizer.momentum = c.momentum;
    o.optimizer.weightDecay = c.weightDecay;
    o.schedule = c.schedule;
    o.stepEvery = std::max(1, c.stepEvery);
    o.stepFactor = c.stepFactor;
    o.clipNorm = c.clipNorm;
    o.patience = c.patience;
    o.truncation = c.truncation;
    o.seed = c.seed;
    o.lengthBuckets = c.lengthBuckets;
    o.sliceSize = c.sliceSize;
    o.threads = c.threads;
    return o;
}

// The pipeline of the configuration's kind of data: the one place that tells them apart.
// Resolves what the data decide in `config` (the lookback, a synthetic task's kind).
std::shared_ptr<const Pipeline> makePipeline(ExperimentConfig &config, const PipelineSource &source)
{
    if (isSequenceTask(config.generator))
        return std::make_shared<const SequenceTaskPipeline>(config);
    if (config.task == Task::Classify)
        return std::make_shared<const TextPipeline>(config, source);
    return std::make_shared<const ForecastPipeline>(config, source);
}

// A trainer of `network` on the pipeline's sets (none for a model loaded without its data: it
// predicts only).
Trainer makeTrainer(Network network, const ExperimentConfig &config, const Pipeline &pipeline)
{
    if (pipeline.trainSet()->empty())
        return Trainer(std::move(network), trainerOptions(config));
    return Trainer(std::move(network), trainerOptions(config), pipeline.trainSet(),
                   pipeline.validationSet());
}

} // namespace

Experiment::Experiment(const ExperimentConfig &config)
    : m_config(config)
{
    if (auto error = m_config.validate(); !error.empty())
        throw std::invalid_argument(error);
    m_pipeline = makePipeline(m_config, PipelineSource {});
    const NetworkConfig &network = m_pipeline->network();
    if (auto error = network.validate(); !error.empty())
        throw std::invalid_argument(error);
    InitializerOptions init;
    init.forgetBias = m_config.forgetBias;
    init.embeddingScale = m_config.embeddingScale;
    m_trainer = makeTrainer(Network(network, m_config.seed, init), m_config, *m_pipeline);
}

Experiment Experiment::fromModel(const ModelFile &model, const json &overrides)
{
    Experiment experiment;
    ExperimentConfig &config = experiment.m_config;
    config.apply(model.experiment);
    if (!overrides.is_null())
        config.apply(overrides);
    if (auto error = config.validate(); !error.empty())
        throw std::invalid_argument(error);
    // A file is read when it is there, or when it is named anew (then it must be there).
    const auto readable = [&overrides](const char *key, const std::string &path) {
        if (overrides.is_object() && overrides.contains(key))
            return true;
        std::error_code error;
        return !path.empty() && std::filesystem::is_regular_file(resolveResourcePath(path), error);
    };
    PipelineSource source;
    source.model = &model;
    source.readData = readable("data_file", config.dataFile);
    source.readTestData = config.testDataFile.empty()
        ? source.readData
        : readable("test_data_file", config.testDataFile);
    experiment.m_pipeline = makePipeline(config, source);
    if (auto error = experiment.m_pipeline->network().validate(); !error.empty())
        throw std::invalid_argument(error);
    const json built = networkConfigToJson(experiment.m_pipeline->network());
    const json saved = networkConfigToJson(model.network);
    if (built != saved)
        throw std::invalid_argument("The data give a network (" + built.dump()
                                    + ") that differs from the model's (" + saved.dump() + ").");
    experiment.m_trainer = makeTrainer(model.makeNetwork(), config, *experiment.m_pipeline);
    return experiment;
}

bool Experiment::hasTestData() const
{
    return !m_pipeline->testSet().empty();
}

const SequenceSet &Experiment::testSet() const
{
    return m_pipeline->testSet();
}

const std::vector<std::string> &Experiment::classNames() const
{
    return m_pipeline->classNames();
}

const std::vector<std::string> &Experiment::inputNames() const
{
    return m_pipeline->inputNames();
}

const ForecastPipeline *Experiment::forecast() const
{
    return dynamic_cast<const ForecastPipeline *>(m_pipeline.get());
}

const TextPipeline *Experiment::text() const
{
    return dynamic_cast<const TextPipeline *>(m_pipeline.get());
}

const Vocabulary *Experiment::vocabulary() const
{
    return text() ? &text()->vocabulary() : nullptr;
}

const ForecastDataset *Experiment::forecastDataset() const
{
    return forecast() ? &forecast()->dataset() : nullptr;
}

const ForecastDataset *Experiment::forecastTestDataset() const
{
    return forecast() ? forecast()->testDataset() : nullptr;
}

const TrainingReport &Experiment::train(const ProgressCallback &progress)
{
    return m_trainer.train(progress);
}

Evaluation Experiment::evaluate() const
{
    return m_pipeline->evaluate(m_trainer);
}

json Experiment::report(const Evaluation &evaluation) const
{
    json r = toJson(evaluation);
    const TrainingReport &t = m_trainer.report();
    r["task"] = m_config.task;
    r["preset"] = m_config.preset;
    r["generator"] = m_config.generator;
    r["model"] = m_config.model;
    r["network"] = networkConfigToJson(networkConfig());
    r["parameters"] = parameterScalarCount(m_trainer.network().parameters());
    r["epochs"] = t.epochs;
    r["seconds"] = t.seconds;
    r["seconds_per_epoch"] = t.epochs > 0 ? t.seconds / t.epochs : 0.0;
    r["stop_reason"] = stopReasonName(t.reason);
    r["message"] = t.message;
    r["seed"] = m_config.seed;
    r["lookback"] = m_config.lookback;
    json history = json::array();
    for (const EpochRecord &e : t.history) {
        json h = { { "epoch", e.epoch },
                   { "train_loss", e.trainLoss },
                   { "learning_rate", e.learningRate } };
        h["validation_loss"] = std::isfinite(e.validationLoss) ? json(e.validationLoss) : json();
        history.push_back(std::move(h));
    }
    r["history"] = std::move(history);
    return r;
}

std::vector<InputImportance> Experiment::importance(const ImportanceOptions &options) const
{
    if (!forecast())
        throw std::logic_error("importance: only forecasts have input variables to shuffle");
    return forecast()->importance(m_trainer, options);
}

std::string Experiment::summary(const Evaluation &evaluation) const
{
    std::ostringstream out;
    const TrainingReport &t = m_trainer.report();
    out << "Stopped: " << stopReasonName(t.reason) << " after " << t.epochs << " epochs, "
        << reportNumber(t.seconds, 2) << " s.";
    if (!t.message.empty())
        out << " " << t.message;
    out << "\n" << briefReport(evaluation);
    return out.str();
}

ModelFile Experiment::modelFile() const
{
    ModelFile model;
    model.task = m_config.task;
    model.network = networkConfig();
    model.parameters = m_trainer.network().parameters();
    m_pipeline->storeIn(model);
    model.experiment = m_config.toJson();
    model.history = m_trainer.report().history;
    return model;
}

std::vector<double> Experiment::generate(int steps) const
{
    if (!forecast())
        throw std::logic_error("generate: needs a univariate forecast (the target is the input)");
    return forecast()->generate(m_trainer, steps);
}

Matrix Experiment::forecastAfter(const std::string &csvPath) const
{
    if (!forecast())
        throw std::logic_error("forecastAfter: this model does not forecast a series");
    return forecast()->forecastAfter(m_trainer, csvPath);
}

std::vector<int> Experiment::classifyTexts(const std::vector<std::string> &texts,
                                           Matrix *probabilities) const
{
    if (!text())
        throw std::logic_error("classifyTexts: this model does not classify texts");
    return text()->classify(m_trainer, texts, probabilities);
}

} // namespace rnn
