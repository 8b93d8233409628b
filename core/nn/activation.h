// The element-wise nonlinearities of the cells, sigma and tanh, and their derivatives written in
// terms of the activation value (what backward has at hand). Inline helpers over Eigen
// expressions; not a layer and not a dispatch point.
#pragma once

#include "types.h"

#include <cmath>

namespace rnn {

// sigma(v) = 1 / (1 + e^-v), element-wise, written into out (same shape as v).
template<typename In, typename Out>
inline void sigmoidInto(const In &v, Out &&out)
{
    out = (1.0 + (-v.array()).exp()).inverse().matrix();
}

// tanh(v), element-wise, written into out.
template<typename In, typename Out>
inline void tanhInto(const In &v, Out &&out)
{
    out = v.array().tanh().matrix();
}

inline double sigmoid(double v)
{
    return 1.0 / (1.0 + std::exp(-v));
}

} // namespace rnn
