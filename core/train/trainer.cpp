// Implementation of trainer.h. One update = forward, backward, clipping, optimizer step; the
// parameters are copied before the step so a step that produces non-finite weights can be undone.
#include "trainer.h"

#include "parallel.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <numeric>
#include <stdexcept>

namespace rnn {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

bool allFinite(const Parameters &parameters)
{
    for (const auto &p : parameters)
        if (!p.value.allFinite())
            return false;
    return true;
}

std::string number(double value)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

} // namespace

std::string TrainerOptions::validate() const
{
    if (epochs < 0)
        return "The number of epochs cannot be negative.";
    if (batchSize < 1)
        return "The batch size must be at least 1.";
    if (auto error = optimizer.validate(); !error.empty())
        return error;
    if (schedule == LearningRateSchedule::Step && (stepEvery < 1 || !(stepFactor > 0.0)))
        return "A step schedule needs stepEvery >= 1 and a positive stepFactor.";
    if (clipNorm < 0.0 || !std::isfinite(clipNorm))
        return "The clipping norm must be 0 (off) or positive.";
    if (patience < 0)
        return "The patience cannot be negative.";
    if (truncation < 0)
        return "The truncation cannot be negative.";
    if (evaluationBatch < 1)
        return "The evaluation batch must be at least 1.";
    if (sliceSize < 0 || threads < 0)
        return "The gradient slice size and the thread count cannot be negative.";
    return {};
}

double TrainerOptions::learningRateAt(int epoch) const
{
    const double base = optimizer.learningRate;
    switch (schedule) {
    case LearningRateSchedule::Constant:
        return base;
    case LearningRateSchedule::Step:
        return base * std::pow(stepFactor, static_cast<double>(epoch / std::max(1, stepEvery)));
    case LearningRateSchedule::Cosine:
        if (epochs <= 1)
            return base;
        return base * 0.5
            * (1.0
               + std::cos(std::numbers::pi * static_cast<double>(epoch)
                          / static_cast<double>(epochs)));
    }
    return base;
}

const char *stopReasonName(StopReason reason)
{
    switch (reason) {
    case StopReason::Finished:
        return "finished";
    case StopReason::EarlyStopped:
        return "early_stopped";
    case StopReason::Diverged:
        return "diverged";
    case StopReason::Cancelled:
        return "cancelled";
    }
    return "unknown";
}

std::string TrainingReport::briefReport() const
{
    std::string text = "Training " + std::string(stopReasonName(reason)) + " after "
        + std::to_string(epochs) + " epochs (" + std::to_string(steps) + " updates, "
        + number(seconds) + " s).";
    if (!history.empty())
        text += " Last training loss " + number(history.back().trainLoss) + ".";
    if (bestEpoch > 0)
        text += " Best validation loss " + number(bestValidationLoss) + " at epoch "
            + std::to_string(bestEpoch) + ".";
    if (!message.empty())
        text += " " + message;
    return text;
}

Trainer::Trainer(Network network, const TrainerOptions &options, SequenceSet train,
                 SequenceSet validation)
    : Trainer(std::move(network), options, std::make_shared<const SequenceSet>(std::move(train)),
              std::make_shared<const SequenceSet>(std::move(validation)))
{ }

Trainer::Trainer(Network network, const TrainerOptions &options,
                 std::shared_ptr<const SequenceSet> train,
                 std::shared_ptr<const SequenceSet> validation)
    : m_network(std::move(network))
    , m_options(options)
    , m_optimizer(options.optimizer)
    , m_train(std::move(train))
    , m_validation(validation ? std::move(validation) : std::make_shared<const SequenceSet>())
    , m_random(options.seed)
{
    if (auto error = m_options.validate(); !error.empty())
        throw std::invalid_argument(error);
    if (!m_train || m_train->empty())
        throw std::invalid_argument("There are no training samples.");
    if (auto error = m_train->validate(); !error.empty())
        throw std::invalid_argument("Training data: " + error);
    const std::vector<Index> first { 0 };
    if (auto error = m_network.checkBatch(m_train->inputBatch(first), m_train->targets(first));
        !error.empty())
        throw std::invalid_argument("The training data do not fit the network: " + error);
    if (hasValidation()) {
        if (auto error = m_validation->validate(); !error.empty())
            throw std::invalid_argument("Validation data: " + error);
        if (auto error
            = m_network.checkBatch(m_validation->inputBatch(first), m_validation->targets(first));
            !error.empty())
            throw std::invalid_argument("The validation data do not fit the network: " + error);
    }
}

Trainer::Trainer(Network network, const TrainerOptions &options)
    : m_network(std::move(network))
    , m_options(options)
    , m_optimizer(options.optimizer)
    , m_train(std::make_shared<const SequenceSet>())
    , m_validation(std::make_shared<const SequenceSet>())
    , m_random(options.seed)
{
    if (auto error = m_options.validate(); !error.empty())
        throw std::invalid_argument(error);
}

void Trainer::declareDivergence(const std::string &what)
{
    m_stopped = true;
    m_report.reason = StopReason::Diverged;
    m_report.message = "Training diverged in epoch " + std::to_string(m_epoch + 1) + ": " + what
        + ". The weights of the last finite step are kept. Try a lower learning rate (now "
        + number(m_optimizer.learningRate()) + ")"
        + (m_options.clipNorm > 0.0
               ? ", a smaller gradient-clipping norm (now " + number(m_options.clipNorm) + ")"
               : ", or clip the gradients by their global norm (e.g. 1)")
        + ".";
}

bool Trainer::applyUpdate(Trace &trace, StepResult &result)
{
    result.loss = trace.loss;
    if (!std::isfinite(trace.loss)) {
        declareDivergence(std::string("the loss became ")
                          + (std::isnan(trace.loss) ? "NaN" : "infinite"));
        result.diverged = true;
        return false;
    }
    result.gradientNorm = clipGradientNorm(trace.gradients, m_options.clipNorm);
    if (!std::isfinite(result.gradientNorm)) {
        declareDivergence("the gradients became NaN or infinite");
        result.diverged = true;
        return false;
    }
    const Parameters before = m_network.parameters();
    m_optimizer.step(m_network.parameters(), trace.gradients);
    if (!allFinite(m_network.parameters())) {
        m_network.parameters() = before;
        declareDivergence("the weights became NaN or infinite after an update");
        result.diverged = true;
        return false;
    }
    ++m_report.steps;
    return true;
}

Trace Trainer::stepSample(Index sample, StepResult *result)
{
    if (sample < 0 || sample >= m_train->size())
        throw std::out_of_range("stepSample: there is no training sample "
                                + std::to_string(sample));
    StepResult local;
    Trace trace;
    if (m_stopped && m_report.reason == StopReason::Diverged) {
        local.diverged = true;
    } else {
        const std::vector<Index> one { sample };
        ForwardOptions forwardOptions;
        forwardOptions.auxiliaryLoss = true;
        if (m_network.config().hasDropout()) { // masks from the trainer's seeded generator
            forwardOptions.dropout = true;
            forwardOptions.dropoutSeed = m_random.next();
        }
        trace = m_network.forward(m_train->inputBatch(one), m_train->targets(one), forwardOptions);
        m_network.backward(trace, { m_options.truncation });
        applyUpdate(trace, local);
    }
    if (result)
        *result = local;
    return trace;
}

void Trainer::startEpoch()
{
    const int n = static_cast<int>(m_train->size());
    if (m_options.shuffle) {
        m_order = m_random.permutation(n);
    } else {
        m_order.resize(static_cast<std::size_t>(n));
        std::iota(m_order.begin(), m_order.end(), 0);
    }
    if (m_options.lengthBuckets && cutsPadding(*m_train)) {
        // Sorted by real length (stable: ties in the shuffled order), cut into batches, the
        // full batches shuffled; a shorter last batch stays last.
        const SequenceSet &set = *m_train;
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&set](int a, int b) { return set.leadingPads(a) > set.leadingPads(b); });
        const int size = m_options.batchSize;
        const int full = n / size;
        std::vector<int> batches(static_cast<std::size_t>(full));
        std::iota(batches.begin(), batches.end(), 0);
        if (m_options.shuffle && full > 1)
            batches = m_random.permutation(full);
        std::vector<int> order;
        order.reserve(m_order.size());
        for (int k : batches)
            order.insert(order.end(), m_order.begin() + std::ptrdiff_t(k) * size,
                         m_order.begin() + std::ptrdiff_t(k + 1) * size);
        order.insert(order.end(), m_order.begin() + std::ptrdiff_t(full) * size, m_order.end());
        m_order = std::move(order);
    }
    m_position = 0;
    m_inEpoch = true;
    m_epochLossSum = 0.0;
    m_epochNormSum = 0.0;
    m_epochSamples = 0;
    m_epochBatches = 0;
    m_epochSeconds = 0.0;
    m_optimizer.setLearningRate(m_options.learningRateAt(m_epoch));
}

StepResult Trainer::stepBatch()
{
    StepResult result;
    if (m_stopped && m_report.reason == StopReason::Diverged) {
        result.diverged = true;
        return result;
    }
    if (m_train->empty())
        throw std::logic_error("This trainer has no training samples (a model loaded to predict).");
    const auto start = Clock::now();
    if (!m_inEpoch)
        startEpoch();
    const Index n = static_cast<Index>(m_order.size());
    const Index end = std::min<Index>(n, m_position + m_options.batchSize);
    std::vector<Index> indices;
    indices.reserve(static_cast<std::size_t>(end - m_position));
    for (Index i = m_position; i < end; ++i)
        indices.push_back(m_order[static_cast<std::size_t>(i)]);
    Trace trace = batchGradients(indices, m_network.config().hasDropout());
    if (!applyUpdate(trace, result))
        return result;
    const auto count = static_cast<Index>(indices.size());
    m_epochLossSum += result.loss * static_cast<double>(count);
    m_epochNormSum += result.gradientNorm;
    m_epochSamples += count;
    ++m_epochBatches;
    m_position = end;
    m_epochSeconds += secondsSince(start);
    if (m_position >= n) {
        finishEpoch();
        result.epochFinished = true;
    }
    return result;
}

bool Trainer::cutsPadding(const SequenceSet &set) const
{
    return set.usesTokens() && m_network.config().skipsPadding()
        && m_network.config().placement != ReadoutPlacement::EveryStep;
}

int Trainer::firstStep(const SequenceSet &set, const std::vector<Index> &indices) const
{
    if (!cutsPadding(set))
        return 0;
    int first = set.steps;
    for (Index i : indices)
        first = std::min(first, set.leadingPads(i));
    return first;
}

Trace Trainer::batchGradients(const std::vector<Index> &indices, bool dropout)
{
    // Masks from the trainer's seeded generator: one draw per batch, slice s adds s * phi.
    const std::uint64_t seed = dropout ? m_random.next() : 0;
    const auto b = static_cast<Index>(indices.size());
    const Index slice = m_options.sliceSize > 0 ? std::min<Index>(m_options.sliceSize, b) : b;
    const auto slices = static_cast<int>((b + slice - 1) / slice);
    std::vector<Trace> traces(static_cast<std::size_t>(slices));
    const auto part = [&](int s) {
        const auto begin = indices.begin() + std::ptrdiff_t(s) * slice;
        return std::vector<Index>(begin, begin + std::min<std::ptrdiff_t>(slice, b - s * slice));
    };
    parallelFor(slices, resolveThreads(m_options.threads), [&](int s) {
        const std::vector<Index> samples = part(s);
        ForwardOptions options;
        options.recordTrace = false;
        options.dropout = dropout;
        options.auxiliaryLoss = true;
        options.dropoutSeed
            = seed + static_cast<std::uint64_t>(s) * std::uint64_t { 0x9E3779B97F4A7C15 };
        Trace &trace = traces[static_cast<std::size_t>(s)];
        m_network.forward(m_train->inputBatch(samples, firstStep(*m_train, samples)),
                          m_train->targets(samples), options, trace);
        m_network.backward(trace, { m_options.truncation });
    });
    Trace &total = traces.front();
    if (slices == 1)
        return std::move(total);
    // The batch's mean loss: slice s weighted by n_s / B, summed in slice order.
    const auto weight
        = [&](int s) { return static_cast<double>(part(s).size()) / static_cast<double>(b); };
    total.loss *= weight(0);
    for (Matrix &g : total.gradients)
        g *= weight(0);
    for (int s = 1; s < slices; ++s) {
        const Trace &other = traces[static_cast<std::size_t>(s)];
        total.loss += weight(s) * other.loss;
        for (std::size_t k = 0; k < total.gradients.size(); ++k)
            total.gradients[k] += weight(s) * other.gradients[k];
    }
    return std::move(total);
}

void Trainer::finishEpoch()
{
    const auto start = Clock::now();
    m_inEpoch = false;
    ++m_epoch;
    EpochRecord record;
    record.epoch = m_epoch;
    record.trainLoss
        = m_epochSamples > 0 ? m_epochLossSum / static_cast<double>(m_epochSamples) : 0.0;
    record.gradientNorm
        = m_epochBatches > 0 ? m_epochNormSum / static_cast<double>(m_epochBatches) : 0.0;
    record.learningRate = m_optimizer.learningRate();
    m_report.epochs = m_epoch;
    if (hasValidation()) {
        record.validationLoss = evaluateLoss(*m_validation);
        if (record.validationLoss < m_bestLoss) {
            m_bestLoss = record.validationLoss;
            m_bestParameters = m_network.parameters();
            m_report.bestEpoch = m_epoch;
            m_report.bestValidationLoss = m_bestLoss;
            m_epochsWithoutImprovement = 0;
        } else {
            ++m_epochsWithoutImprovement;
        }
    }
    record.seconds = m_epochSeconds + secondsSince(start);
    m_report.history.push_back(record);
    if (hasValidation() && m_options.patience > 0
        && m_epochsWithoutImprovement >= m_options.patience) {
        m_network.parameters() = m_bestParameters;
        m_stopped = true;
        m_report.reason = StopReason::EarlyStopped;
        m_report.message = "The validation loss did not improve for "
            + std::to_string(m_options.patience) + " epochs; the weights of epoch "
            + std::to_string(m_report.bestEpoch) + " (validation loss " + number(m_bestLoss)
            + ") are restored.";
    }
}

EpochRecord Trainer::runEpoch()
{
    if (m_stopped && m_report.reason != StopReason::Finished
        && m_report.reason != StopReason::Cancelled)
        return m_report.history.empty() ? EpochRecord {} : m_report.history.back();
    while (true) {
        const StepResult step = stepBatch();
        if (step.diverged)
            return m_report.history.empty() ? EpochRecord {} : m_report.history.back();
        if (step.epochFinished)
            return m_report.history.back();
    }
}

const TrainingReport &Trainer::train(const ProgressCallback &progress)
{
    if (m_stopped
        && (m_report.reason == StopReason::Diverged || m_report.reason == StopReason::EarlyStopped))
        return m_report;
    if (m_train->empty())
        throw std::logic_error("This trainer has no training samples (a model loaded to predict).");
    m_stopped = false;
    m_report.reason = StopReason::Finished;
    m_report.message.clear();
    const auto start = Clock::now();
    const double secondsBefore = m_report.seconds;
    const Index batches = (m_train->size() + m_options.batchSize - 1) / m_options.batchSize;
    while (!m_stopped && m_epoch < m_options.epochs) {
        const StepResult step = stepBatch();
        if (step.diverged)
            break;
        ProgressInfo info;
        info.epoch = step.epochFinished ? m_epoch : m_epoch + 1;
        info.epochs = m_options.epochs;
        info.batch = step.epochFinished ? batches : m_epochBatches;
        info.batches = batches;
        info.loss = step.loss;
        info.epochFinished = step.epochFinished;
        if (step.epochFinished)
            info.record = m_report.history.back();
        info.seconds = secondsSince(start);
        if (progress && progress(info) == Progress::Stop && !m_stopped) {
            m_stopped = true;
            m_report.reason = StopReason::Cancelled;
            m_report.message = "Stopped on request.";
        }
    }
    if (m_report.reason == StopReason::Finished) {
        m_stopped = true;
        if (hasValidation() && !m_bestParameters.empty()) {
            m_network.parameters() = m_bestParameters;
            m_report.message = "The weights of the best validation epoch ("
                + std::to_string(m_report.bestEpoch) + ") are kept.";
        }
    }
    m_report.seconds = secondsBefore + secondsSince(start);
    return m_report;
}

} // namespace rnn
