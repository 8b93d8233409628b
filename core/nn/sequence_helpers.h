// Small helpers shared by the cells' whole-sequence kernels: processing order, truncation cut
// points, views of one step's columns and the one-product recurrent weight gradient. Internal
// to core/nn (not part of the public API); no maths of its own beyond bookkeeping.
#pragma once

#include "types.h"

namespace rnn::detail {

using ConstStep = Eigen::Map<const Matrix>;
using Step = Eigen::Map<Matrix>;

// Time index of processing position p (0 = first processed step).
inline int timeAt(int p, int steps, bool reverse)
{
    return reverse ? steps - 1 - p : p;
}

// True when truncated BPTT (k > 0) cuts the gradient carried from position p to p-1.
inline bool cutBefore(int p, int truncation)
{
    return truncation > 0 && p > 0 && p % truncation == 0;
}

// The H x B block of step t of a TB-column matrix (contiguous: column-major).
inline ConstStep stepOf(const Matrix &m, int t, Index batch)
{
    return ConstStep(m.data() + Index(t) * batch * m.rows(), m.rows(), batch);
}
inline ConstStep viewOf(const Matrix &m, int t, Index batch)
{
    return stepOf(m, t, batch);
}
inline Step stepOf(Matrix &m, int t, Index batch)
{
    return Step(m.data() + Index(t) * batch * m.rows(), m.rows(), batch);
}

// The state a step at processing position p starts from: the initial state (p = 0) or the
// states' block of the previously processed step.
inline ConstStep previousOf(const Matrix &states, const Matrix &initial, int p, int steps,
                            bool reverse, Index batch)
{
    if (p == 0)
        return ConstStep(initial.data(), initial.rows(), initial.cols());
    return stepOf(states, timeAt(p - 1, steps, reverse), batch);
}

// out = sum over t of dPre_t * prev_t^T, prev_t the state step t started from, as two products
// (the shifted TB-B columns and the initial-state block).
template<typename DPre, typename Out>
void recurrentGradient(const DPre &dPre, const Matrix &states, const Matrix &initial, bool reverse,
                       int steps, Index batch, Out &&out)
{
    const Index shifted = Index(steps - 1) * batch;
    if (!reverse) {
        out.noalias() = dPre.leftCols(batch) * initial.transpose();
        if (shifted > 0)
            out.noalias() += dPre.rightCols(shifted) * states.leftCols(shifted).transpose();
    } else {
        out.noalias() = dPre.rightCols(batch) * initial.transpose();
        if (shifted > 0)
            out.noalias() += dPre.leftCols(shifted) * states.rightCols(shifted).transpose();
    }
}

} // namespace rnn::detail
