// The Eigen aliases every part of core uses, and the one legend for the shapes in comments.
// Not a place for maths: only names.
//
// Shape legend (used on every matrix in core):
//   H = hidden size, X = input size, O = readout size (outputs or classes), S = Jordan context
//   size, T = time steps, B = batch (independent sequences side by side), G = gates per cell (Elman
//   1, Jordan 1, GRU 3, LSTM 4). "TB" = T*B columns: step t of a batch occupies the columns [t*B,
//   t*B + B), batch element b of step t is column t*B + b.
#pragma once

#include <Eigen/Core>

namespace rnn {

using Matrix = Eigen::MatrixXd;
using Vector = Eigen::VectorXd;
using RowVector = Eigen::RowVectorXd;
using Index = Eigen::Index;

} // namespace rnn
