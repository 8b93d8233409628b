#include "training_session.h"

#include "app_paths.h"
#include "trace_adapter.h"

#include "train/experiment.h"
#include "train/experiment_config.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>
#include <limits>
#include <optional>

namespace rnnlab {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rnnlab::TrainingSession", text);
}

// One recorded moment of a run: a copy of the whole trainer (network, optimizer state, shuffling
// generator, history; the data are shared and immutable) and our counters.
struct Moment
{
    std::uint64_t run = 0;
    rnn::Trainer trainer;
    int sample = 0;
    int nextSample = 0;
    std::uint64_t updates = 0;
};

std::uint64_t g_runs = 0;

rnn::ExperimentConfig makeConfig(const SessionSetup &setup)
{
    rnn::ExperimentConfig config;
    QJsonObject extra = setup.experiment;
    const QString preset = extra.take(QStringLiteral("preset")).toString();
    if (!preset.isEmpty()) {
        const auto library
            = rnn::PresetLibrary::load(rnn::resolveResourcePath("presets/presets.json"));
        config = library.preset(preset.toStdString());
    }
    if (!extra.isEmpty())
        config.apply(nlohmann::json::parse(QJsonDocument(extra).toJson().toStdString()));

    const DataSpec &d = setup.data;
    if (d.kind == QLatin1String("task")) {
        config.generator = rnn::generatorNames.fromString(d.task.toStdString());
        config.dataFile.clear();
        if (config.generator == rnn::Generator::Sine)
            config.lookback = d.steps;
        else
            config.sequenceLength = d.steps;
    } else {
        config.generator = rnn::Generator::None;
        config.dataFile = resolveDataFile(d.file).toStdString();
        if (d.kind == QLatin1String("text")) {
            config.task = rnn::Task::Classify;
            config.textColumn = d.textColumn.toStdString();
            config.labelColumn = d.target.isEmpty() ? std::string("label") : d.target.toStdString();
        } else {
            config.task = rnn::Task::Forecast;
            config.target = d.target.toStdString();
            config.features.clear();
            for (const QString &f : d.features)
                config.features.push_back(f.toStdString());
            config.lookback = d.lookback;
            config.horizon = d.horizon;
        }
    }
    const ModelSettings &s = setup.settings;
    config.model = s.cell;
    config.hidden = s.hidden;
    config.layers = s.layers;
    config.bidirectional = s.bidirectional;
    config.topology = s.topology;
    config.optimizer = s.optimizer;
    config.learningRate = s.learningRate;
    config.clipNorm = s.clip;
    config.seed = s.seed;
    config.jordanMu = s.jordanMu;
    config.batchSize = s.batchSize;
    return config;
}

// Column of the prediction of sample n: one readout per sample, the first decoder step, or the
// last step (many-to-many: a readout at every step, the last one forecasts after the window).
double readoutAt(const Matrix &predictions, Eigen::Index n, int steps, int decoderSteps,
                 Eigen::Index samples)
{
    if (predictions.rows() == 0)
        return std::nan("");
    if (predictions.cols() == samples)
        return predictions(0, n);
    const Eigen::Index column
        = n * steps + (decoderSteps > 0 ? std::max(steps - decoderSteps, 0) : steps - 1);
    return column < predictions.cols() ? predictions(0, column) : std::nan("");
}

std::shared_ptr<const VocabularySummary> summarise(const rnn::Vocabulary &vocabulary)
{
    auto summary = std::make_shared<VocabularySummary>();
    summary->size = vocabulary.size();
    summary->specials << QString::fromLatin1(rnn::Vocabulary::paddingToken)
                      << QString::fromLatin1(rnn::Vocabulary::unknownToken);
    std::vector<std::pair<long, int>> counts;
    for (int id = 0; id < vocabulary.size(); ++id)
        if (id != rnn::Vocabulary::paddingId && id != rnn::Vocabulary::unknownId)
            counts.emplace_back(vocabulary.frequency(id), id);
    std::stable_sort(counts.begin(), counts.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (std::size_t k = 0; k < counts.size() && k < 20; ++k)
        summary->mostFrequent.emplace_back(
            QString::fromStdString(vocabulary.token(counts[k].second)), counts[k].first);
    return summary;
}

double targetOf(const rnn::SequenceSet &set, Eigen::Index n, int decoderSteps)
{
    const Matrix &v = set.values[static_cast<std::size_t>(n)];
    if (v.size() == 0)
        return std::nan("");
    if (v.cols() == 1)
        return v(0, 0);
    return v(0,
             decoderSteps > 0 ? std::max<Eigen::Index>(v.cols() - decoderSteps, 0) : v.cols() - 1);
}

} // namespace

struct TrainingSession::State
{
    SessionSetup setup;
    rnn::ExperimentConfig config;
    std::optional<rnn::Experiment> experiment;
    std::uint64_t run = 0;
    std::uint64_t serial = 0;
    std::uint64_t updates = 0;
    int sample = 0;
    int nextSample = 0;
    std::optional<rnn::Trace> lastTrace;
    // Slow views (series, confusion matrix) are recomputed once per epoch on big data.
    int cachedEpoch = -1;
    std::optional<SeriesView> series;
    std::optional<ClassificationResult> classification;
    std::shared_ptr<const VocabularySummary> vocabulary; // made once per run

    rnn::Trainer &trainer() { return experiment->trainer(); }
    int samples() const { return static_cast<int>(experiment->trainer().trainSet().size()); }
};

TrainingSession::TrainingSession() = default;
TrainingSession::~TrainingSession() = default;

bool TrainingSession::ready() const
{
    return m_state && m_state->experiment.has_value();
}

int TrainingSession::samplesPerEpoch() const
{
    return ready() ? m_state->samples() : 0;
}

QString TrainingSession::reset(const SessionSetup &setup)
{
    auto state = std::make_unique<State>();
    state->setup = setup;
    try {
        state->config = makeConfig(setup);
        const std::string problem = state->config.validate();
        if (!problem.empty())
            return tr("These settings cannot be used: %1").arg(QString::fromStdString(problem));
        state->experiment.emplace(state->config);
        state->config = state->experiment->config(); // as core completed it (lookback, horizon)
        if (setup.recurrentScale != 1.0) {
            // Scale the recurrent weights on purpose (make gradients vanish or explode).
            rnn::Trainer &trainer = state->trainer();
            rnn::Network network = trainer.network();
            for (rnn::Parameter &p : network.parameters()) {
                if (p.name.find("weight_hidden") != std::string::npos
                    || p.name.find("weight_context") != std::string::npos)
                    p.value *= setup.recurrentScale;
            }
            rnn::SequenceSet validation;
            if (trainer.hasValidation())
                validation = trainer.validationSet();
            trainer = rnn::Trainer(network, trainer.options(), trainer.trainSet(), validation);
        }
    } catch (const std::exception &e) {
        return tr("Could not start training: %1. The previous run is kept.")
            .arg(QString::fromStdString(e.what()));
    }
    if (state->samples() == 0)
        return tr("The data gives no training sequences; try a shorter lookback window.");
    state->run = ++g_runs;
    m_state = std::move(state);
    return {};
}

QString TrainingSession::stepSample()
{
    if (!ready())
        return tr("Nothing to train yet.");
    State &s = *m_state;
    rnn::StepResult result;
    try {
        s.lastTrace = s.trainer().stepSample(s.nextSample, &result);
    } catch (const std::exception &e) {
        return QString::fromStdString(e.what());
    }
    s.nextSample = (s.nextSample + 1) % s.samples();
    s.sample = std::min(s.sample + 1, s.samples());
    ++s.updates;
    if (result.diverged)
        return tr("Training diverged: %1")
            .arg(QString::fromStdString(s.trainer().report().message));
    return {};
}

QString TrainingSession::stepBatch()
{
    if (!ready())
        return tr("Nothing to train yet.");
    State &s = *m_state;
    const int epochBefore = s.trainer().epoch();
    rnn::StepResult result;
    try {
        result = s.trainer().stepBatch();
    } catch (const std::exception &e) {
        return QString::fromStdString(e.what());
    }
    s.lastTrace.reset();
    ++s.updates;
    if (result.epochFinished || s.trainer().epoch() != epochBefore)
        s.sample = 0;
    else
        s.sample = std::min(s.sample + s.trainer().options().batchSize, s.samples());
    if (result.diverged)
        return tr("Training diverged: %1")
            .arg(QString::fromStdString(s.trainer().report().message));
    return {};
}

QString TrainingSession::stepEpoch()
{
    if (!ready())
        return tr("Nothing to train yet.");
    State &s = *m_state;
    try {
        s.trainer().runEpoch();
    } catch (const std::exception &e) {
        return QString::fromStdString(e.what());
    }
    s.lastTrace.reset();
    s.sample = 0;
    const int batch = std::max(s.trainer().options().batchSize, 1);
    s.updates += static_cast<std::uint64_t>((s.samples() + batch - 1) / batch);
    const rnn::TrainingReport &report = s.trainer().report();
    if (report.reason == rnn::StopReason::Diverged)
        return tr("Training diverged: %1").arg(QString::fromStdString(report.message));
    return {};
}

SnapshotPtr TrainingSession::inspect(int index)
{
    if (!ready())
        return nullptr;
    m_state->lastTrace.reset();
    m_state->setup.inspectedSample = std::clamp(index, 0, m_state->samples() - 1);
    return snapshot();
}

SnapshotPtr TrainingSession::snapshot()
{
    if (!ready())
        return nullptr;
    State &s = *m_state;
    rnn::Trainer &trainer = s.trainer();
    auto snap = std::make_shared<Snapshot>();
    snap->serial = ++s.serial;
    snap->epoch = trainer.epoch();
    snap->sample = s.sample;
    snap->samplesPerEpoch = s.samples();
    snap->stepsTaken = s.updates;
    snap->learningRate = trainer.learningRate();
    snap->seed = s.setup.settings.seed;
    snap->settings = s.setup.settings;
    for (const rnn::EpochRecord &record : trainer.report().history) {
        snap->trainLoss.push_back(record.trainLoss);
        snap->validationLoss.push_back(record.validationLoss);
    }

    const int inspected = std::clamp(s.setup.inspectedSample, 0, s.samples() - 1);
    rnn::Trace trace = s.lastTrace ? *s.lastTrace : trainer.inspect(inspected, false);
    AdapterOptions options;
    options.jordanMu = s.config.jordanMu;
    const bool decodes = s.config.topology == rnn::Topology::EncoderDecoder
        || s.config.topology == rnn::Topology::OneToMany;
    options.decoderSteps = decodes ? s.config.horizon : 0;
    if (const rnn::Vocabulary *vocabulary = s.experiment->vocabulary()) {
        // Tokens as the words they stand for.
        options.tokenText = [vocabulary](int id) {
            return id >= 0 && id < vocabulary->size()
                ? QString::fromStdString(vocabulary->token(id))
                : QStringLiteral("#%1").arg(id);
        };
        if (!s.vocabulary)
            s.vocabulary = summarise(*vocabulary);
    }
    snap->vocabulary = s.vocabulary;
    snap->trace = adaptTrace(trace, options);
    snap->loss = trace.loss;

    // The series and the confusion matrix: once per epoch on big data, every time on small.
    const rnn::SequenceSet &train = trainer.trainSet();
    const rnn::SequenceSet &test = s.experiment->testSet();
    const Eigen::Index total = train.size() + test.size();
    if (s.cachedEpoch != snap->epoch || total <= 400) {
        s.cachedEpoch = snap->epoch;
        s.series.reset();
        s.classification.reset();
        try {
            if (!train.classification() && !train.usesTokens()) {
                SeriesView view;
                const int horizon = std::max(s.config.horizon, 1);
                const rnn::ForecastDataset *table = s.experiment->forecastDataset();
                const auto append = [&](const rnn::SequenceSet &set,
                                        const rnn::WindowSet *windows) {
                    if (set.empty())
                        return;
                    const Matrix predictions = trainer.predict(set);
                    if (table && windows && windows->size() == set.size()) {
                        // In the data's units, at the table row of each target; a differenced
                        // series is summed back onto the level before it.
                        for (Eigen::Index n = 0; n < set.size(); ++n) {
                            const Eigen::Index row
                                = windows->firstTargetRow[static_cast<std::size_t>(n)];
                            Matrix scaled = Matrix::Zero(table->outputSize(), 1);
                            scaled(0, 0) = readoutAt(predictions, n, set.steps,
                                                     options.decoderSteps, set.size());
                            view.position.push_back(static_cast<double>(row));
                            view.target.push_back(table->levels(0, row));
                            view.prediction.push_back(std::isfinite(scaled(0, 0))
                                                          ? table->toDataUnits(scaled, row)(0, 0)
                                                          : std::nan(""));
                            view.persistence.push_back(row > 0 ? table->levels(0, row - 1)
                                                               : std::nan(""));
                        }
                        return;
                    }
                    for (Eigen::Index n = 0; n < set.size(); ++n) {
                        view.target.push_back(targetOf(set, n, options.decoderSteps));
                        view.prediction.push_back(
                            readoutAt(predictions, n, set.steps, options.decoderSteps, set.size()));
                        const Matrix &input = set.inputs[static_cast<std::size_t>(n)];
                        const Eigen::Index last
                            = std::max<Eigen::Index>(input.cols() - 1 - (options.decoderSteps), 0);
                        view.persistence.push_back(input.rows() > 0 ? input(0, last)
                                                                    : std::nan(""));
                    }
                };
                append(train, table ? &table->train : nullptr);
                view.trainEnd = static_cast<int>(view.target.size());
                if (trainer.hasValidation())
                    append(trainer.validationSet(), table ? &table->validation : nullptr);
                view.validationEnd = static_cast<int>(view.target.size());
                append(test, table ? &table->test : nullptr);
                // Positions and data units only when every part could be placed in the table.
                if (view.position.size() == view.target.size() && !view.position.empty()) {
                    view.dataUnits = true;
                    view.valueName = QString::fromStdString(table->targetNames.front());
                    if (s.config.topology == rnn::Topology::OneToMany
                        && table->featureNames == table->targetNames && table->inputSize() == 1) {
                        // One-to-many: the sequence the network emits from the last value of
                        // the data.
                        const int steps = s.config.horizon;
                        view.generated = s.experiment->generate(steps);
                        for (int k = 0; k < steps; ++k)
                            view.generatedPosition.push_back(
                                static_cast<double>(table->levels.cols() + k));
                    }
                } else {
                    view.position.clear();
                }
                view.lookback = s.config.lookback;
                view.horizon = horizon;
                if (!view.target.empty())
                    s.series = std::move(view);
            } else if (train.classification() && !test.empty()) {
                const Matrix probabilities = trainer.predict(test);
                const auto &names = s.experiment->classNames();
                const int k = static_cast<int>(probabilities.rows());
                if (probabilities.cols() == test.size() && k > 1) {
                    ClassificationResult result;
                    for (int c = 0; c < k; ++c)
                        result.classes
                            << (c < static_cast<int>(names.size())
                                    ? QString::fromStdString(names[static_cast<std::size_t>(c)])
                                    : QString::number(c));
                    result.confusion = Matrix::Zero(k, k);
                    for (Eigen::Index n = 0; n < test.size(); ++n) {
                        const auto &labels = test.labels[static_cast<std::size_t>(n)];
                        if (labels.empty() || labels.front() < 0 || labels.front() >= k)
                            continue;
                        Eigen::Index predicted = 0;
                        probabilities.col(n).maxCoeff(&predicted);
                        result.confusion(labels.front(), predicted) += 1.0;
                    }
                    s.classification = std::move(result);
                }
            }
        } catch (const std::exception &e) {
            snap->message
                = tr("Could not evaluate the model: %1").arg(QString::fromStdString(e.what()));
        }
    }
    snap->series = s.series;
    snap->classification = s.classification;
    if (snap->classification && trace.probabilities.cols() > 0)
        snap->classification->probabilities
            = trace.probabilities.col(trace.probabilities.cols() - 1);

    auto moment = std::make_shared<Moment>();
    moment->run = s.run;
    moment->trainer = trainer;
    moment->sample = s.sample;
    moment->nextSample = s.nextSample;
    moment->updates = s.updates;
    snap->weights = moment;
    if (trainer.stopped() && trainer.report().reason == rnn::StopReason::Diverged)
        snap->message
            = tr("Training diverged: %1").arg(QString::fromStdString(trainer.report().message));
    return snap;
}

bool TrainingSession::restore(const Snapshot &snapshot)
{
    if (!ready() || !snapshot.weights)
        return false;
    const auto moment = std::static_pointer_cast<const Moment>(snapshot.weights);
    if (moment->run != m_state->run)
        return false;
    m_state->trainer() = moment->trainer;
    m_state->sample = moment->sample;
    m_state->nextSample = moment->nextSample;
    m_state->updates = moment->updates;
    m_state->lastTrace.reset();
    m_state->cachedEpoch = -1;
    return true;
}

} // namespace rnnlab
