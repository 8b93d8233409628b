// The loss of a forward pass and its gradient with respect to the readout's outputs y (the
// logits for Softmax), "mean" exactly as PyTorch (divided by every averaged element, B included):
//
//     Linear / MSE:              L = sum over counted (t, b, o) of (y - target)^2 / N
//                                dL/dy = 2 (y - target) / N
//     Softmax / cross-entropy:   p = softmax(y),  L = sum over counted (t, b) of -log p[label] / N
//                                dL/dy = (p - onehot(label)) / N
//
// A readout column (t, b) counts when its step's mask is 1 (every step without a mask; the
// many-to-one placements have one slot, the last step) and, for Softmax, its label is not
// negative (PyTorch's ignore_index). N = termCount(): counted columns * O for Linear, counted
// columns for Softmax. Uncounted columns carry no loss and get no gradient.
//
// A const view of the configuration, like the readout (see readout.h); it owns nothing. It
// reads and writes only the loss half of a Trace: outputs in, probabilities, targets, labels,
// stepMask, stepLoss, loss, hasLoss and (backward) dOutputs out.
#pragma once

#include "batch.h"
#include "network_config.h"
#include "trace.h"
#include "types.h"

#include <string>

namespace rnn {

class Loss
{
public:
    explicit Loss(const NetworkConfig &config)
        : m_config(&config)
    { }

    // "" or a readable error when targets do not fit a batch of `steps` x `batch` sequences
    // (shapes, class ids, the step mask).
    std::string checkTargets(const Targets &targets, int steps, int batch) const;

    // From trace.outputs: the probabilities (Softmax, with or without targets) and, when
    // targets is not empty, the loss (stepLoss: step t's share, summing to loss).
    void forward(const Targets &targets, Trace &trace) const;

    // trace.dOutputs = dL/dy, from a forward pass with targets.
    void backward(Trace &trace) const;

    // N, the number of averaged loss terms (see above); 0 when nothing counts.
    Index termCount(const Trace &trace) const;

    // Stable softmax of every column.
    static void softmaxColumns(const Matrix &logits, Matrix &probabilities);

private:
    bool everyStep() const { return m_config->placement == ReadoutPlacement::EveryStep; }
    // Readout columns per batch element: T for EveryStep, 1 (the last step) otherwise.
    Index slots(const Trace &trace) const { return everyStep() ? trace.steps : 1; }
    // Time step of readout column j.
    Index stepOf(const Trace &trace, Index column) const
    {
        return everyStep() ? column / trace.batch : Index(trace.steps - 1);
    }
    bool counts(const Trace &trace, Index column) const;

    const NetworkConfig *m_config;
};

} // namespace rnn
