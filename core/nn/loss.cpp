// Forward and backward of the two losses, Linear + MSE and Softmax + cross-entropy, with step
// masks and ignored labels (see loss.h).
#include "loss.h"

#include <cmath>

namespace rnn {

namespace {

std::string shape(const Matrix &m)
{
    return std::to_string(m.rows()) + " x " + std::to_string(m.cols());
}

// -log softmax(logits)[label], from the logits (log-sum-exp), not the log of a rounded p.
double crossEntropy(const Eigen::Ref<const Vector> &logits, int label)
{
    const double peak = logits.maxCoeff();
    const double logSum = peak + std::log((logits.array() - peak).exp().sum());
    return logSum - logits(label);
}

// Column j of `gradient` = weight * (softmax - one-hot(label)): the gradient of weight times the
// cross-entropy with respect to the logits.
void addCrossEntropyGradient(const Matrix &probabilities, Index j, int label, double weight,
                             Matrix &gradient)
{
    gradient.col(j) = weight * probabilities.col(j);
    gradient(label, j) -= weight;
}

} // namespace

std::string Loss::checkTargets(const Targets &targets, int steps, int batch) const
{
    const NetworkConfig &c = *m_config;
    const Index columns = everyStep() ? Index(steps) * batch : Index(batch);
    if (c.readout == ReadoutKind::Linear) {
        if (targets.values.rows() != c.outputSize || targets.values.cols() != columns)
            return "The targets are " + shape(targets.values) + ", expected "
                + std::to_string(c.outputSize) + " x " + std::to_string(columns) + ".";
    } else {
        if (Index(targets.labels.size()) != columns)
            return "There are " + std::to_string(targets.labels.size()) + " labels, expected "
                + std::to_string(columns) + ".";
        for (int label : targets.labels) {
            if (label >= c.outputSize)
                return "Label " + std::to_string(label) + " is not a class (0.."
                    + std::to_string(c.outputSize - 1) + ").";
        }
    }
    if (targets.stepMask.size() != 0) {
        if (!everyStep())
            return "A per-step loss mask needs the readout at every step.";
        if (targets.stepMask.size() != steps)
            return "The loss mask has " + std::to_string(targets.stepMask.size())
                + " entries, expected T = " + std::to_string(steps) + ".";
    }
    return {};
}

void Loss::softmaxColumns(const Matrix &logits, Matrix &probabilities)
{
    probabilities.resize(logits.rows(), logits.cols());
    for (Index c = 0; c < logits.cols(); ++c) {
        const double top = logits.col(c).maxCoeff();
        probabilities.col(c) = (logits.col(c).array() - top).exp().matrix();
        probabilities.col(c) /= probabilities.col(c).sum();
    }
}

bool Loss::counts(const Trace &trace, Index column) const
{
    if (trace.stepMask(stepOf(trace, column)) == 0.0)
        return false;
    return m_config->readout == ReadoutKind::Linear || trace.labels[std::size_t(column)] >= 0;
}

Index Loss::termCount(const Trace &trace) const
{
    Index columns = 0;
    for (Index j = 0; j < slots(trace) * trace.batch; ++j)
        columns += counts(trace, j) ? 1 : 0;
    return m_config->readout == ReadoutKind::Linear ? columns * m_config->outputSize : columns;
}

void Loss::forward(const Targets &targets, Trace &trace) const
{
    if (m_config->readout == ReadoutKind::Softmax)
        softmaxColumns(trace.outputs, trace.probabilities);
    else
        trace.probabilities.resize(0, 0);
    trace.targets = targets.values;
    trace.labels = targets.labels;
    if (targets.stepMask.size() > 0)
        trace.stepMask = targets.stepMask;
    else
        trace.stepMask.setOnes(trace.steps);
    trace.stepLoss.setZero(trace.steps);
    trace.loss = 0.0;
    trace.hasLoss = !targets.empty();
    if (!trace.hasLoss)
        return;
    const double terms = static_cast<double>(termCount(trace));
    const Index batch = trace.batch;
    if (m_config->readout == ReadoutKind::Linear) {
        for (Index s = 0; s < slots(trace); ++s) { // one step's B columns at a time
            if (!counts(trace, s * batch))
                continue;
            const double sum = (trace.outputs.middleCols(s * batch, batch)
                                - trace.targets.middleCols(s * batch, batch))
                                   .squaredNorm();
            trace.stepLoss(stepOf(trace, s * batch)) = sum / terms;
        }
    } else {
        for (Index j = 0; j < slots(trace) * batch; ++j) {
            if (!counts(trace, j))
                continue;
            trace.stepLoss(stepOf(trace, j))
                += crossEntropy(trace.outputs.col(j), trace.labels[std::size_t(j)]) / terms;
        }
    }
    trace.skipLoss = 0.0;
    if (trace.skipOutputs.size() > 0 && m_config->readout == ReadoutKind::Softmax) {
        // The skip path's own cross-entropy, weighted (NetworkConfig::skipLoss).
        const double weight = m_config->skipLoss / terms;
        for (Index j = 0; j < batch; ++j) {
            if (!counts(trace, j))
                continue;
            const double term
                = weight * crossEntropy(trace.skipOutputs.col(j), trace.labels[std::size_t(j)]);
            trace.stepLoss(stepOf(trace, j)) += term;
            trace.skipLoss += term;
        }
    }
    trace.loss = trace.stepLoss.sum();
}

void Loss::backward(Trace &trace) const
{
    const double terms = static_cast<double>(termCount(trace));
    const Index batch = trace.batch;
    trace.dOutputs.setZero(trace.outputs.rows(), trace.outputs.cols());
    if (m_config->readout == ReadoutKind::Linear) {
        const double scale = 2.0 / terms;
        for (Index s = 0; s < slots(trace); ++s) {
            if (!counts(trace, s * batch))
                continue;
            trace.dOutputs.middleCols(s * batch, batch) = scale
                * (trace.outputs.middleCols(s * batch, batch)
                   - trace.targets.middleCols(s * batch, batch));
        }
    } else {
        for (Index j = 0; j < slots(trace) * batch; ++j) {
            if (!counts(trace, j))
                continue;
            addCrossEntropyGradient(trace.probabilities, j, trace.labels[std::size_t(j)],
                                    1.0 / terms, trace.dOutputs);
        }
    }
    trace.dSkipOutputs.resize(0, 0);
    if (trace.skipOutputs.size() > 0 && m_config->readout == ReadoutKind::Softmax) {
        const double weight = m_config->skipLoss / terms;
        Matrix probabilities;
        softmaxColumns(trace.skipOutputs, probabilities);
        trace.dSkipOutputs.setZero(trace.skipOutputs.rows(), trace.skipOutputs.cols());
        for (Index j = 0; j < batch; ++j) {
            if (!counts(trace, j))
                continue;
            addCrossEntropyGradient(probabilities, j, trace.labels[std::size_t(j)], weight,
                                    trace.dSkipOutputs);
        }
    }
}

} // namespace rnn
