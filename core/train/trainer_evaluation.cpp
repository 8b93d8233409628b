// Implementation of trainer.h, part two: reading the network without training it. Inspecting
// one sample, the loss and the predictions of a whole set, in groups of evaluationBatch samples
// on the worker threads (texts sorted by length first, so padding is hardly computed). The
// weights never change here.
#include "trainer.h"

#include "parallel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace rnn {

std::vector<std::vector<Index>> Trainer::evaluationGroups(const SequenceSet &set) const
{
    std::vector<Index> order(static_cast<std::size_t>(set.size()));
    std::iota(order.begin(), order.end(), Index { 0 });
    if (cutsPadding(set))
        std::stable_sort(order.begin(), order.end(), [&set](Index a, Index b) {
            return set.leadingPads(a) > set.leadingPads(b);
        });
    std::vector<std::vector<Index>> groups;
    for (std::size_t begin = 0; begin < order.size();
         begin += static_cast<std::size_t>(m_options.evaluationBatch)) {
        const std::size_t end
            = std::min(order.size(), begin + static_cast<std::size_t>(m_options.evaluationBatch));
        groups.emplace_back(order.begin() + std::ptrdiff_t(begin),
                            order.begin() + std::ptrdiff_t(end));
    }
    return groups;
}

Trace Trainer::inspect(Index sample, bool fromValidation) const
{
    return inspect(fromValidation ? *m_validation : *m_train, sample);
}

Trace Trainer::inspect(const SequenceSet &set, Index sample) const
{
    if (sample < 0 || sample >= set.size())
        throw std::out_of_range("inspect: there is no sample " + std::to_string(sample));
    const std::vector<Index> one { sample };
    const bool hasTargets = !set.values.empty() || !set.labels.empty();
    Trace trace
        = m_network.forward(set.inputBatch(one), hasTargets ? set.targets(one) : Targets {});
    if (hasTargets)
        m_network.backward(trace, { m_options.truncation });
    return trace;
}

double Trainer::evaluateLoss(const SequenceSet &set) const
{
    const std::vector<std::vector<Index>> groups = evaluationGroups(set);
    std::vector<double> losses(groups.size(), 0.0);
    parallelFor(static_cast<int>(groups.size()), resolveThreads(m_options.threads), [&](int g) {
        const std::vector<Index> &indices = groups[static_cast<std::size_t>(g)];
        ForwardOptions forwardOptions;
        forwardOptions.recordTrace = false;
        const Trace trace = m_network.forward(set.inputBatch(indices, firstStep(set, indices)),
                                              set.targets(indices), forwardOptions);
        losses[static_cast<std::size_t>(g)] = trace.loss * static_cast<double>(indices.size());
    });
    double sum = 0.0;
    for (double loss : losses) // in group order, whatever the threads
        sum += loss;
    return set.size() > 0 ? sum / static_cast<double>(set.size())
                          : std::numeric_limits<double>::quiet_NaN();
}

Matrix Trainer::predict(const SequenceSet &set) const
{
    const bool everyStep = m_network.config().placement == ReadoutPlacement::EveryStep;
    const bool softmax = m_network.config().readout == ReadoutKind::Softmax;
    const Index o = m_network.config().outputSize;
    const Index steps = set.steps;
    Matrix result(o, everyStep ? steps * set.size() : set.size());
    const std::vector<std::vector<Index>> groups = evaluationGroups(set);
    // Each group writes only its own samples' columns of result.
    parallelFor(static_cast<int>(groups.size()), resolveThreads(m_options.threads), [&](int g) {
        const std::vector<Index> &indices = groups[static_cast<std::size_t>(g)];
        const auto b = static_cast<Index>(indices.size());
        ForwardOptions forwardOptions;
        forwardOptions.recordTrace = false;
        const Trace trace = m_network.forward(set.inputBatch(indices, firstStep(set, indices)), {},
                                              forwardOptions);
        Matrix out = trace.outputs;
        if (softmax) {
            // softmax of the logits, column by column (stable)
            for (Index j = 0; j < out.cols(); ++j) {
                const double top = out.col(j).maxCoeff();
                out.col(j) = (out.col(j).array() - top).exp();
                out.col(j) /= out.col(j).sum();
            }
        }
        const auto at = [&indices](Index j) { return indices[static_cast<std::size_t>(j)]; };
        if (everyStep) {
            for (Index j = 0; j < b; ++j)
                for (Index t = 0; t < steps; ++t)
                    result.col(at(j) * steps + t) = out.col(t * b + j);
        } else {
            for (Index j = 0; j < b; ++j)
                result.col(at(j)) = out.col(j);
        }
    });
    return result;
}

} // namespace rnn
