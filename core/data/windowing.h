// Windowing: cuts a series into supervised samples for a recurrent network.
//   sample i starts at row s_i = first + i * stride;
//   input  = feature rows s_i .. s_i + L - 1           (X x L,  L = lookback)
//   target = target rows s_i + L .. s_i + L + Hz - 1   (Y x Hz, Hz = horizon)
// Univariate forecasting passes the same series as features and targets; multivariate passes
// several feature rows and one or more target rows. Only windows whose target rows all lie in
// the requested RowRange are produced, and the lookback may reach before it (see SeriesSplit).
//
// Shapes: X = feature variables, Y = target variables, L = lookback, Hz = horizon,
// N = samples, B = batch. Data are C x R as everywhere in core/data.
#pragma once

#include "series_split.h"
#include "types.h"

#include <string>
#include <vector>

namespace rnn {

struct WindowOptions
{
    int lookback = 12; // L >= 1
    int horizon = 1; // Hz >= 1
    int stride = 1; // >= 1
    std::string validate() const; // empty if valid, else the problem in English
};

struct WindowSet
{
    std::vector<Matrix> inputs; // N matrices, each X x L
    std::vector<Matrix> targets; // N matrices, each Y x Hz
    std::vector<Index> firstTargetRow; // N: table row of each sample's first target step

    Index size() const { return static_cast<Index>(inputs.size()); }
    bool empty() const { return inputs.empty(); }
    // Samples `indices` side by side in the TB layout of types.h: X x (L * B), step t of sample
    // b in column t * B + b.
    Matrix batchInputs(const std::vector<Index> &indices) const;
    // Y x (Hz * B), same layout.
    Matrix batchTargets(const std::vector<Index> &indices) const;
};

// features X x R, targets Y x R (same R). Windows with every target row in targetRows.
// std::invalid_argument on mismatched sizes or invalid options; an empty set if none fits.
WindowSet makeWindows(const Matrix &features, const Matrix &targets, const WindowOptions &options,
                      RowRange targetRows);
// The number of windows makeWindows would produce.
Index windowCount(Index rows, const WindowOptions &options, RowRange targetRows);

} // namespace rnn
