#include "training_session.h"

#include "lesson.h"
#include "moment.h"
#include "sequence_inspector.h"
#include "session_views.h"
#include "task_names.h"
#include "trace_adapter.h"

#include "train/experiment.h"
#include "train/experiment_config.h"
#include "train/forecast_pipeline.h"
#include "train/sequence_task_pipeline.h"
#include "train/text_pipeline.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>
#include <limits>
#include <optional>
#include <variant>

namespace rnnlab {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rnnlab::TrainingSession", text);
}

} // namespace

rnn::ExperimentConfig trainingConfig(const SessionSetup &setup)
{
    rnn::ExperimentConfig config = setup.config;
    if (config.generator == rnn::Generator::None)
        config.dataFile = resolveDataFile(QString::fromStdString(config.dataFile)).toStdString();
    // Every topology the model panel offers is core's (one-to-many and many-to-many included):
    // the session passes it as chosen and reads back the lookback and horizon core settles on.
    return config;
}

struct TrainingSession::State
{
    SessionSetup setup;
    rnn::ExperimentConfig config;
    std::optional<rnn::Experiment> experiment;
    std::shared_ptr<const RunToken> run = std::make_shared<const RunToken>();
    std::uint64_t serial = 0;
    std::uint64_t updates = 0;
    int sample = 0;
    int nextSample = 0;
    InspectRequest request; // the sequence on screen
    std::shared_ptr<const rnn::Trace> lastTrace; // of the sample just trained
    int trainedSample = -1; // which one (-1 after a batch or an epoch)
    // Slow views (series, confusion matrix) are recomputed once per epoch on big data.
    int cachedEpoch = -1;
    std::optional<SeriesView> series;
    std::optional<ClassificationResult> classification;
    std::shared_ptr<const VocabularySummary> vocabulary; // made once per run
    std::shared_ptr<const rnn::ModelFile> preprocessing; // made once per run

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
    state->request = setup.inspect;
    try {
        state->config = trainingConfig(setup);
        const std::string problem = state->config.validate();
        if (!problem.empty())
            return tr("These settings cannot be used: %1").arg(QString::fromStdString(problem));
        if (state->config.model == rnn::CellType::Mlp)
            return tr("The window trains a recurrent network (elman, jordan, lstm or gru); the "
                      "MLP is trained beside it in the tab \"MLP vs RNN\".");
        state->experiment.emplace(state->config);
        state->config = state->experiment->config(); // as core completed it (lookback, horizon)
        if (!setup.initialWeights.empty()) {
            // An imported model's weights (fresh optimizer, epoch 0).
            rnn::Trainer &trainer = state->trainer();
            rnn::Network network = trainer.network();
            if (const std::string error = network.setParameters(setup.initialWeights);
                !error.empty())
                return tr("The model's weights do not fit this network: %1")
                    .arg(QString::fromStdString(error));
            rnn::SequenceSet validation;
            if (trainer.hasValidation())
                validation = trainer.validationSet();
            trainer = rnn::Trainer(network, trainer.options(), trainer.trainSet(), validation);
        }
        if (setup.recurrentScale != 1.0 && setup.initialWeights.empty()) {
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
    try {
        rnn::ModelFile preprocessing = state->experiment->modelFile();
        preprocessing.parameters.clear();
        preprocessing.history.clear();
        state->preprocessing = std::make_shared<const rnn::ModelFile>(std::move(preprocessing));
    } catch (const std::exception &e) {
        return tr("Could not start training: %1. The previous run is kept.")
            .arg(QString::fromStdString(e.what()));
    }
    m_state = std::move(state);
    return {};
}

QString TrainingSession::resume(const SessionSetup &setup, const std::vector<MomentRecord> &moments,
                                std::vector<SnapshotPtr> *history)
{
    if (moments.empty())
        return tr("The session holds no moment of training.");
    std::unique_ptr<State> previous = std::move(m_state);
    const auto fail = [&](const QString &message) {
        m_state = std::move(previous);
        return message;
    };
    if (const QString error = reset(setup); !error.isEmpty())
        return fail(error);
    std::vector<SnapshotPtr> snapshots;
    try {
        for (const MomentRecord &moment : moments) {
            State &s = *m_state;
            s.trainer().restoreState(moment.trainer);
            s.sample = std::clamp(moment.sample, 0, s.samples());
            s.nextSample = std::clamp(moment.nextSample, 0, s.samples() - 1);
            s.updates = moment.updates;
            // The sample just trained is shown again (its Trace with the saved weights: the
            // one recorded before the update is not kept).
            s.lastTrace.reset();
            s.trainedSample = -1;
            if (moment.trainedSample >= 0 && moment.trainedSample < s.samples())
                s.setup.inspectedSample = moment.trainedSample;
            s.cachedEpoch = -1;
            snapshots.push_back(snapshot());
        }
    } catch (const std::exception &e) {
        return fail(tr("The saved training state does not fit this run: %1")
                        .arg(QString::fromStdString(e.what())));
    }
    if (history)
        *history = std::move(snapshots);
    return {};
}

QString TrainingSession::stepSample()
{
    if (!ready())
        return tr("Nothing to train yet.");
    State &s = *m_state;
    rnn::StepResult result;
    try {
        s.lastTrace
            = std::make_shared<const rnn::Trace>(s.trainer().stepSample(s.nextSample, &result));
    } catch (const std::exception &e) {
        return QString::fromStdString(e.what());
    }
    s.trainedSample = s.nextSample;
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
    s.trainedSample = -1;
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
    s.trainedSample = -1;
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
    m_state->trainedSample = -1;
    m_state->request = {};
    m_state->setup.inspectedSample = std::clamp(index, 0, m_state->samples() - 1);
    return snapshot();
}

namespace {

// The moment a snapshot of run `run` recorded, or nullptr (another run, no weights).
const Moment *momentOf(const Snapshot &snapshot, const std::shared_ptr<const RunToken> &run)
{
    if (!snapshot.weights)
        return nullptr;
    const auto *moment = static_cast<const Moment *>(snapshot.weights.get());
    return moment->run == run ? moment : nullptr;
}

} // namespace

SnapshotPtr TrainingSession::inspect(const InspectRequest &request, const SnapshotPtr &base)
{
    if (!ready())
        return nullptr;
    m_state->request = request;
    const Moment *moment = base ? momentOf(*base, m_state->run) : nullptr;
    if (!moment)
        return snapshot();
    auto snap = std::make_shared<Snapshot>(*base);
    snap->message.clear();
    snap->reinspected = true;
    fillTrace(*snap, moment->trainer, moment->trained.get());
    return snap;
}

rnn::ModelFile TrainingSession::modelFile() const
{
    if (!ready())
        throw std::logic_error("modelFile: nothing trained yet");
    return m_state->experiment->modelFile();
}

AdapterOptions TrainingSession::adapterOptions() const
{
    const State &s = *m_state;
    AdapterOptions options;
    options.jordanMu = s.config.jordanMu;
    const bool decodes = s.config.topology == rnn::Topology::EncoderDecoder
        || s.config.topology == rnn::Topology::OneToMany;
    options.decoderSteps = decodes ? s.config.horizon : 0;
    options.inputNames
        = taskNames(s.experiment->inputNames(), s.config.generator != rnn::Generator::None);
    if (const rnn::Vocabulary *vocabulary = s.experiment->vocabulary()) {
        // Tokens as the words they stand for.
        options.tokenText = [vocabulary](int id) {
            return id >= 0 && id < vocabulary->size()
                ? QString::fromStdString(vocabulary->token(id))
                : QStringLiteral("#%1").arg(id);
        };
    } else if (!options.inputNames.isEmpty()) { // a task's token ids are its symbols
        options.tokenText = [names = options.inputNames](int id) {
            return id >= 0 && id < names.size() ? names.at(id) : QStringLiteral("#%1").arg(id);
        };
    }
    return options;
}

void TrainingSession::fillTrace(Snapshot &snap, const rnn::Trainer &trainer,
                                const rnn::Trace *trained)
{
    State &s = *m_state;
    rnn::Trace trace;
    snap.inspected = {};
    snap.original.reset();
    if (s.request.original && !s.request.original->follows()) {
        try {
            InspectedTrace original = inspectSequence(*s.experiment, trainer, *s.request.original);
            snap.original = Snapshot::Original { adaptTrace(original.trace, adapterOptions()),
                                                 std::move(original.info) };
        } catch (const std::exception &e) {
            snap.message = tr("The original sequence cannot be inspected: %1")
                               .arg(QString::fromStdString(e.what()));
        }
    }
    if (!s.request.follows()) {
        try {
            InspectedTrace inspected = inspectSequence(*s.experiment, trainer, s.request);
            trace = std::move(inspected.trace);
            snap.inspected = std::move(inspected.info);
        } catch (const std::exception &e) {
            snap.message = tr("This sequence cannot be inspected: %1. The window shows the "
                              "sample being trained.")
                               .arg(QString::fromStdString(e.what()));
            s.request = {};
        }
    }
    if (s.request.follows()) {
        const bool justTrained = trained && snap.trainedSample >= 0;
        const int sample = justTrained ? snap.trainedSample
                                       : std::clamp(s.setup.inspectedSample, 0, s.samples() - 1);
        trace = justTrained ? *trained : trainer.inspect(sample, false);
        snap.inspected.sample = sample;
        try { // a forecast window in the data's units, as picked ones are
            describeWindow(*s.experiment, trainer, InspectSource::Train, sample, {},
                           snap.inspected);
        } catch (const std::exception &e) {
            snap.message = QString::fromStdString(e.what());
        }
        const rnn::SequenceSet &train = trainer.trainSet();
        const auto i = static_cast<std::size_t>(sample);
        if (train.classification() && i < train.labels.size() && train.labels[i].size() == 1)
            snap.inspected.trueClass = train.labels[i].front();
    }
    snap.trace = adaptTrace(trace, adapterOptions());
    snap.loss = trace.loss;
    if (snap.classification && trace.probabilities.cols() > 0)
        snap.classification->probabilities
            = trace.probabilities.col(trace.probabilities.cols() - 1);
    // Which words push the prediction, for the sequence on screen (picked, typed or trained).
    if (snap.classification && s.experiment->text() && !trace.tokens.empty())
        snap.classification->occlusion = s.experiment->text()->occlusion(
            trainer, trace.tokens, rnn::TextPipeline::stepSubwords(trace));
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
    snap->seed = s.setup.config.seed;
    snap->config = s.setup.config;
    for (const rnn::EpochRecord &record : trainer.report().history) {
        snap->trainLoss.push_back(record.trainLoss);
        snap->validationLoss.push_back(record.validationLoss);
    }

    snap->trainedSample = s.trainedSample;
    snap->validationSamples
        = trainer.hasValidation() ? static_cast<int>(trainer.validationSet().size()) : 0;
    snap->testSamples = static_cast<int>(s.experiment->testSet().size());

    // The series and the confusion matrix: once per epoch on big data, every time on small.
    const rnn::SequenceSet &train = trainer.trainSet();
    const rnn::SequenceSet &test = s.experiment->testSet();
    const Eigen::Index total = train.size() + test.size();
    if (s.cachedEpoch != snap->epoch || total <= 400) {
        s.cachedEpoch = snap->epoch;
        s.series.reset();
        s.classification.reset();
        try {
            if (!train.classification() && !train.usesTokens())
                s.series = seriesView(*s.experiment, s.setup.config.topology);
            else if (train.classification() && !test.empty())
                s.classification = classificationResult(*s.experiment);
            if (s.classification)
                s.classification->testRows = testSequenceRows(*s.experiment, trainer);
        } catch (const std::exception &e) {
            snap->message
                = tr("Could not evaluate the model: %1").arg(QString::fromStdString(e.what()));
        }
    }
    snap->series = s.series;
    snap->classification = s.classification;
    if (!s.vocabulary)
        if (const rnn::Vocabulary *vocabulary = s.experiment->vocabulary())
            s.vocabulary = summarise(*vocabulary);
    snap->vocabulary = s.vocabulary;
    fillTrace(*snap, trainer, s.lastTrace.get());

    auto moment = std::make_shared<Moment>();
    moment->run = s.run;
    moment->trainer = trainer;
    moment->trained = s.lastTrace;
    moment->trainedSample = s.trainedSample;
    moment->sample = s.sample;
    moment->nextSample = s.nextSample;
    moment->updates = s.updates;
    moment->preprocessing = s.preprocessing;
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
    m_state->lastTrace = moment->trained;
    m_state->trainedSample = moment->trainedSample;
    m_state->cachedEpoch = -1;
    return true;
}

} // namespace rnnlab
