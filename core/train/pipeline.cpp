// Implementation of pipeline.h: the parts every kind of data shares.
#include "pipeline.h"

#include <stdexcept>

namespace rnn {

void Pipeline::requireTestData() const
{
    if (m_test->empty())
        throw std::logic_error("There are no test data to evaluate the model on.");
}

NetworkConfig baseNetwork(const ExperimentConfig &c)
{
    NetworkConfig n;
    n.cell = c.model;
    n.hiddenSize = c.hidden;
    n.layers = c.layers;
    n.bidirectional = c.bidirectional;
    n.jordanMu = c.jordanMu;
    n.inputDropout = c.dropout;
    n.readoutDropout = c.readoutDropout;
    n.readoutSkip = c.skipPath;
    n.skipLoss = c.skipLoss;
    return n;
}

ReadoutPlacement manyToOnePlacement(const ExperimentConfig &c)
{
    if (c.pooling == Pooling::Mean)
        return ReadoutPlacement::MeanPool;
    if (c.pooling == Pooling::Max)
        return ReadoutPlacement::MaxPool;
    return c.bidirectional ? ReadoutPlacement::FinalStates : ReadoutPlacement::LastStep;
}

} // namespace rnn
