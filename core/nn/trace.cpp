// Accessors of the Trace (see trace.h).
#include "trace.h"

namespace rnn {

Vector Trace::gradientNormPerStep(int layer, int direction) const
{
    if (layer < 0 || std::size_t(layer) >= layers.size())
        return {};
    const auto &directions = layers[std::size_t(layer)];
    if (direction < -1 || direction >= int(directions.size()))
        return {};
    Vector norms = Vector::Zero(steps);
    for (std::size_t d = 0; d < directions.size(); ++d) {
        if (direction != -1 && int(d) != direction)
            continue;
        const LayerTrace &lt = directions[d];
        if (lt.dHidden.cols() != Index(steps) * batch)
            return {};
        for (int t = 0; t < steps; ++t)
            norms(t) += lt.stepColumns(lt.dHidden, t).colwise().norm().sum();
    }
    return norms;
}

} // namespace rnn
