// The element-wise nonlinearities of the cells, sigma and tanh, and their derivatives written in
// terms of the activation value (what backward has at hand). Inline helpers over Eigen
// expressions; not a layer and not a dispatch point.
#pragma once

#include "types.h"

#include <cmath>

namespace rnn {

// sigma(v) = 1 / (1 + e^-v), element-wise, as an Eigen array expression (assign it at once).
template<typename Derived>
inline auto sigmoidOf(const Eigen::ArrayBase<Derived> &v)
{
    return (1.0 + (-v).exp()).inverse();
}

// tanh(v) = 1 - 2 / (e^(2v) + 1), element-wise, as an Eigen array expression. The same function
// as std::tanh to within 3.4e-16 absolute (it saturates to exactly +-1 and passes NaN), built on
// Eigen's vectorised exp: Eigen 3.4's own tanh is scalar for double, 10-25x slower, and was a
// third of an LSTM training step at B = 32 (tests/bench/bench_train_step.cpp).
template<typename Derived>
inline auto tanhOf(const Eigen::ArrayBase<Derived> &v)
{
    return 1.0 - 2.0 / ((2.0 * v).exp() + 1.0);
}

// The same two, written into out (same shape as v).
template<typename In, typename Out>
inline void sigmoidInto(const In &v, Out &&out)
{
    out = sigmoidOf(v.array()).matrix();
}

template<typename In, typename Out>
inline void tanhInto(const In &v, Out &&out)
{
    out = tanhOf(v.array()).matrix();
}

inline double sigmoid(double v)
{
    return 1.0 / (1.0 + std::exp(-v));
}

} // namespace rnn
