// Differencing: predict the change instead of the level, for series with a trend (airline).
//   d_r = x_{r+1} - x_r           (difference: C x R  ->  C x (R - 1))
//   x_{r+1} = x_r + d_r           (undifference, given the last known level x_r)
// Column r of the differenced series is the change INTO table row r + 1.
#pragma once

#include "types.h"

namespace rnn {

// C x R -> C x (R - 1). R must be at least 2 (std::invalid_argument otherwise).
Matrix difference(const Matrix &series);
// deltas C x N, lastLevel C: returns the levels C x N reached by adding the deltas cumulatively
// to lastLevel (a multi-step forecast of changes becomes a forecast of levels).
Matrix undifference(const Matrix &deltas, const Vector &lastLevel);

} // namespace rnn
