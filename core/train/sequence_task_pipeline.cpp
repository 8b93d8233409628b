// Implementation of sequence_task_pipeline.h: the generators' options from the configuration,
// the tasks as padded sequence sets, and the evaluation over the steps that carry a loss.
#include "sequence_task_pipeline.h"

#include "data/synthetic_tasks.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace rnn {

namespace {

std::size_t at(Index i)
{
    return static_cast<std::size_t>(i);
}

// Options of a generator with the count and the seed every generator takes.
template<typename Options>
Options generatorOptions(int sequences, std::uint64_t seed)
{
    Options o;
    o.sequences = sequences;
    o.seed = seed;
    return o;
}

SequenceTask generateTask(const ExperimentConfig &c, int sequences, std::uint64_t seed)
{
    // config.sequenceLength when it is at least `minimum`, else the given default
    const auto lengthOr = [&c](int fallback, int minimum = 1) {
        return c.sequenceLength >= minimum ? c.sequenceLength : fallback;
    };
    const int length = c.sequenceLength;
    if (c.generator == Generator::Xor) {
        auto o = generatorOptions<XorOptions>(sequences, seed);
        o.triples = length > 0 ? std::max(2, (length + 1) / 3) : 10;
        return temporalXor(o);
    }
    if (c.generator == Generator::Letters) {
        auto o = generatorOptions<LetterOptions>(sequences, seed);
        o.consonants = length > 0 ? std::max(2, length / 3) : 10;
        return elmanLetters(o);
    }
    if (c.generator == Generator::Adding) {
        auto o = generatorOptions<AddingOptions>(sequences, seed);
        o.length = lengthOr(100);
        return addingProblem(o);
    }
    if (c.generator == Generator::Reber) {
        auto o = generatorOptions<ReberOptions>(sequences, seed);
        o.maxLength = lengthOr(o.maxLength);
        return embeddedReber(o);
    }
    if (c.generator == Generator::LongRange) {
        auto o = generatorOptions<ClueOptions>(sequences, seed);
        o.distance = length > 2 ? length - 2 : 10;
        return languageClue(o);
    }
    if (c.generator == Generator::ResetSum) {
        auto o = generatorOptions<ResetSumOptions>(sequences, seed);
        o.length = lengthOr(o.length);
        return resetSum(o);
    }
    if (c.generator == Generator::EndLabel) {
        auto o = generatorOptions<EndLabelOptions>(sequences, seed);
        o.length = lengthOr(o.length, 2);
        return endLabel(o);
    }
    auto o = generatorOptions<LatchingOptions>(sequences, seed); // latching
    o.length = lengthOr(o.length);
    if (c.noise > 0.0)
        o.noise = c.noise;
    return latchingProblem(o);
}

// True when every sequence carries its loss at its last step only (many-to-one).
bool lossAtLastStepOnly(const SequenceTask &task)
{
    return std::all_of(task.sequences.begin(), task.sequences.end(), [](const Sequence &s) {
        return s.lossSteps.size() == 1 && s.lossSteps.front() == s.steps() - 1;
    });
}

Index longest(const SequenceTask &task)
{
    Index t = 0;
    for (const auto &s : task.sequences)
        t = std::max(t, s.steps());
    return t;
}

// Sequences of different lengths are pre-padded (zero inputs, no loss) to `steps`.
SequenceSet taskToSequences(const SequenceTask &task, bool lastOnly, Index steps)
{
    SequenceSet set;
    set.steps = static_cast<int>(steps);
    const bool classes = task.kind == TaskKind::Classification;
    bool allStepsCarryLoss = true;
    for (const auto &s : task.sequences) {
        const Index pad = steps - s.steps();
        Matrix x = Matrix::Zero(task.inputSize, steps);
        x.rightCols(s.steps()) = s.input;
        set.inputs.push_back(std::move(x));
        if (classes) {
            if (lastOnly) {
                set.labels.push_back({ s.labels.back() });
            } else {
                std::vector<int> labels(at(steps), -1);
                std::copy(s.labels.begin(), s.labels.end(), labels.begin() + pad);
                set.labels.push_back(std::move(labels));
            }
        } else if (lastOnly) {
            set.values.push_back(s.target.rightCols(1));
        } else {
            Matrix y = Matrix::Zero(task.outputSize, steps);
            y.rightCols(s.steps()) = s.target;
            set.values.push_back(std::move(y));
            allStepsCarryLoss = allStepsCarryLoss && pad == 0
                && static_cast<Index>(s.lossSteps.size()) == s.steps();
        }
    }
    if (!classes && !lastOnly && !allStepsCarryLoss) {
        // one mask for the set: the steps that carry a loss in the first sequence
        const Sequence &s = task.sequences.front();
        set.stepMask = Vector::Zero(steps);
        for (int t : s.lossSteps)
            set.stepMask(steps - s.steps() + t) = 1.0;
    }
    return set;
}

bool contains(const std::vector<int> &steps, int t)
{
    return std::find(steps.begin(), steps.end(), t) != steps.end();
}

} // namespace

SequenceTaskPipeline::SequenceTaskPipeline(ExperimentConfig &config)
{
    const int trainCount = config.trainSamples > 0 ? config.trainSamples : 200;
    const int testCount = config.testSamples > 0 ? config.testSamples : std::max(1, trainCount / 4);
    const SequenceTask trainTask = generateTask(config, trainCount, config.seed);
    auto testTask
        = std::make_shared<SequenceTask>(generateTask(config, testCount, config.seed + 1000003));
    if (auto error = trainTask.validate(); !error.empty())
        throw std::invalid_argument(trainTask.name + ": " + error);
    const bool lastOnly = lossAtLastStepOnly(trainTask);
    const Index steps = std::max(longest(trainTask), longest(*testTask));
    config.task = trainTask.kind == TaskKind::Classification ? Task::Classify : Task::Forecast;
    m_train = std::make_shared<const SequenceSet>(taskToSequences(trainTask, lastOnly, steps));
    m_test = std::make_shared<const SequenceSet>(taskToSequences(*testTask, lastOnly, steps));
    if (trainTask.kind == TaskKind::Classification) {
        m_classNames = trainTask.outputNames;
        for (const auto &l : m_train->labels)
            for (int id : l)
                if (id >= 0)
                    m_trainLabels.push_back(id);
    }
    m_testTask = testTask;

    m_network = baseNetwork(config);
    m_network.inputSize = static_cast<int>(trainTask.inputSize);
    m_inputNames = trainTask.inputNames;
    m_network.outputSize = static_cast<int>(trainTask.outputSize);
    m_network.readout
        = trainTask.kind == TaskKind::Classification ? ReadoutKind::Softmax : ReadoutKind::Linear;
    m_network.placement = lastOnly ? manyToOnePlacement(config) : ReadoutPlacement::EveryStep;
}

Index SequenceTaskPipeline::column(Index n, Index t) const
{
    if (m_network.placement != ReadoutPlacement::EveryStep)
        return n;
    const Index steps = m_test->steps;
    const Index pad = steps - m_testTask->sequences[at(n)].steps();
    return n * steps + pad + t;
}

Evaluation SequenceTaskPipeline::evaluate(const Trainer &trainer) const
{
    requireTestData();
    const Matrix predictions = trainer.predict(*m_test);
    SequenceTaskEvaluation e;
    e.samples = static_cast<Index>(m_testTask->sequences.size());
    e.lastSteps = lastSteps(predictions, *m_test);
    if (m_testTask->kind == TaskKind::Regression)
        evaluateRegression(predictions, e);
    else
        evaluateClasses(predictions, e);
    return e;
}

void SequenceTaskPipeline::evaluateRegression(const Matrix &predictions,
                                              SequenceTaskEvaluation &e) const
{
    const SequenceTask &task = *m_testTask;
    double sum = 0.0, sumAbs = 0.0, sumP = 0.0, sumO = 0.0, baseline = 0.0, targetSum = 0.0;
    Index count = 0, countP = 0, countO = 0;
    for (const Sequence &s : task.sequences)
        for (int t : s.lossSteps)
            targetSum += s.target.col(t).sum();
    for (std::size_t n = 0; n < task.sequences.size(); ++n) {
        const Sequence &s = task.sequences[n];
        for (int t : s.lossSteps) {
            const Vector error
                = predictions.col(column(static_cast<Index>(n), t)) - s.target.col(t);
            const double squared = error.squaredNorm() / static_cast<double>(error.size());
            sum += squared;
            sumAbs += error.cwiseAbs().mean();
            ++count;
            const bool predictable = contains(s.predictableSteps, t);
            (predictable ? sumP : sumO) += squared;
            ++(predictable ? countP : countO);
        }
    }
    const double mean
        = targetSum / static_cast<double>(std::max<Index>(1, count) * task.outputSize);
    for (const auto &s : task.sequences)
        for (int t : s.lossSteps)
            baseline += (s.target.col(t).array() - mean).square().mean();
    const double c = static_cast<double>(std::max<Index>(1, count));
    e.mse = sum / c;
    e.rmse = std::sqrt(sum / c);
    e.mae = sumAbs / c;
    if (countP > 0 && countO > 0) {
        e.msePredictable = sumP / static_cast<double>(countP);
        e.mseOther = sumO / static_cast<double>(countO);
    }
    e.meanBaselineMse = baseline / c;
    e.meanValue = mean;
}

void SequenceTaskPipeline::evaluateClasses(const Matrix &predictions,
                                           SequenceTaskEvaluation &e) const
{
    const SequenceTask &task = *m_testTask;
    const bool lastOnly = m_network.placement != ReadoutPlacement::EveryStep;
    ClassificationEvaluation &classes = e.classes;
    Index legal = 0, hitsP = 0, countP = 0;
    for (std::size_t n = 0; n < task.sequences.size(); ++n) {
        const Sequence &s = task.sequences[n];
        for (int t = 0; t < static_cast<int>(s.labels.size()); ++t) {
            if (s.labels[at(t)] < 0 || (lastOnly && t != s.steps() - 1))
                continue;
            Index best = 0;
            predictions.col(column(static_cast<Index>(n), t)).maxCoeff(&best);
            classes.actual.push_back(s.labels[at(t)]);
            classes.predicted.push_back(static_cast<int>(best));
            if (s.target(best, t) > 0.0)
                ++legal;
            if (contains(s.predictableSteps, t)) {
                ++countP;
                hitsP += best == s.labels[at(t)] ? 1 : 0;
            }
        }
    }
    const int count = static_cast<int>(task.outputSize);
    e.classification = true;
    classes.labels = m_classNames;
    classes.metrics = classificationMetrics(classes.actual, classes.predicted, count);
    e.legalRate = static_cast<double>(legal) / static_cast<double>(classes.metrics.count);
    if (countP > 0)
        e.accuracyPredictable = static_cast<double>(hitsP) / static_cast<double>(countP);
    const int majority = majorityClass(m_trainLabels, count);
    classes.majority
        = MajorityBaseline { majorityBaselineAccuracy(m_trainLabels, classes.actual, count),
                             m_classNames.empty()
                                 ? std::to_string(majority)
                                 : m_classNames[static_cast<std::size_t>(majority)] };
}

std::vector<SequenceTaskPoint> SequenceTaskPipeline::lastSteps(const Matrix &predictions,
                                                               const SequenceSet &set)
{
    const double missing = std::numeric_limits<double>::quiet_NaN();
    std::vector<SequenceTaskPoint> points;
    for (Index n = 0; n < set.size(); ++n) {
        SequenceTaskPoint p;
        // one readout per sequence (many-to-one), or one per step (the last is the sequence's)
        const Index column = predictions.cols() == set.size() ? n : (n + 1) * set.steps - 1;
        p.prediction = predictions.rows() > 0 && column < predictions.cols()
            ? predictions(0, column)
            : missing;
        const Matrix *values = set.values.empty() ? nullptr : &set.values[at(n)];
        p.truth = values && values->size() > 0 ? (*values)(0, values->cols() - 1) : missing;
        const Matrix &input = set.inputs[at(n)];
        p.lastInput = input.size() > 0 ? input(0, input.cols() - 1) : missing;
        points.push_back(p);
    }
    return points;
}

} // namespace rnn
