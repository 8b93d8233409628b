// Accessors of the Trace (see trace.h).
#include "trace.h"

namespace rnn {

Vector Trace::gradientNormPerStep(int layer) const
{
    if (layer < 0 || std::size_t(layer) >= layers.size())
        return {};
    const auto &directions = layers[std::size_t(layer)];
    Vector norms = Vector::Zero(steps);
    for (const LayerTrace &lt : directions) {
        if (lt.dHidden.cols() != Index(steps) * batch)
            return {};
        for (int t = 0; t < steps; ++t)
            norms(t) += lt.stepColumns(lt.dHidden, t).colwise().norm().sum();
    }
    return norms;
}

} // namespace rnn
