// Implementation of trainer.h, part three: the trainer's whole state as a session file keeps it
// (weights, optimizer moments, shuffling generator, counters, history) and restoring it, so a run
// continues bit for bit where it was saved.
#include "trainer.h"

#include <stdexcept>

namespace rnn {

TrainerState Trainer::state() const
{
    TrainerState s;
    s.parameters = m_network.parameters();
    s.optimizer = m_optimizer.state();
    s.random = m_random.state();
    s.order = m_order;
    s.position = m_position;
    s.epoch = m_epoch;
    s.inEpoch = m_inEpoch;
    s.epochLossSum = m_epochLossSum;
    s.epochNormSum = m_epochNormSum;
    s.epochSamples = m_epochSamples;
    s.epochBatches = m_epochBatches;
    s.epochSeconds = m_epochSeconds;
    s.bestParameters = m_bestParameters;
    s.bestLoss = m_bestLoss;
    s.epochsWithoutImprovement = m_epochsWithoutImprovement;
    s.stopped = m_stopped;
    s.report = m_report;
    return s;
}

void Trainer::restoreState(const TrainerState &s)
{
    Network network = m_network;
    if (auto error = network.setParameters(s.parameters); !error.empty())
        throw std::invalid_argument("The saved weights do not fit the network: " + error);
    if (!s.bestParameters.empty()) {
        Network best = m_network;
        if (auto error = best.setParameters(s.bestParameters); !error.empty())
            throw std::invalid_argument("The saved best weights do not fit the network: " + error);
    }
    Optimizer optimizer = m_optimizer;
    optimizer.setState(s.optimizer, network.parameters());
    Random random = m_random;
    random.setState(s.random);
    const auto n = static_cast<std::size_t>(m_train->size());
    if (!s.order.empty() || s.inEpoch) {
        if (s.order.size() != n)
            throw std::invalid_argument("The saved epoch order has "
                                        + std::to_string(s.order.size())
                                        + " samples, the training data " + std::to_string(n));
        std::vector<bool> seen(n, false);
        for (const int i : s.order) {
            if (i < 0 || static_cast<std::size_t>(i) >= n || seen[static_cast<std::size_t>(i)])
                throw std::invalid_argument(
                    "The saved epoch order is not a permutation of the training samples");
            seen[static_cast<std::size_t>(i)] = true;
        }
    }
    if (s.position < 0 || s.position > static_cast<Index>(s.order.size()))
        throw std::invalid_argument("The saved position in the epoch is out of range");
    if (s.epoch < 0 || s.epochSamples < 0 || s.epochBatches < 0 || s.epochsWithoutImprovement < 0
        || s.report.steps < 0)
        throw std::invalid_argument("A saved counter of the training is negative");
    if (s.report.history.size() != static_cast<std::size_t>(s.epoch))
        throw std::invalid_argument("The saved history has "
                                    + std::to_string(s.report.history.size())
                                    + " epochs but the run completed " + std::to_string(s.epoch));
    m_network = std::move(network);
    m_optimizer = std::move(optimizer);
    m_random = random;
    m_order = s.order;
    m_position = s.position;
    m_epoch = s.epoch;
    m_inEpoch = s.inEpoch;
    m_epochLossSum = s.epochLossSum;
    m_epochNormSum = s.epochNormSum;
    m_epochSamples = s.epochSamples;
    m_epochBatches = s.epochBatches;
    m_epochSeconds = s.epochSeconds;
    m_bestParameters = s.bestParameters;
    m_bestLoss = s.bestLoss;
    m_epochsWithoutImprovement = s.epochsWithoutImprovement;
    m_stopped = s.stopped;
    m_report = s.report;
}

} // namespace rnn
