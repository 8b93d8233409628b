// Skipping pad steps (NetworkConfig::skipPadding), shared by the Elman, LSTM and GRU cells. For a
// step t of sequence b that is padding (LayerTrace::pad), the layer carries its state through:
//
//     forward    h_t = h_{t-1}            C_t = C_{t-1} (LSTM)
//     backward   dL/dh_{t-1} += dL/dh_t   dL/dC_{t-1} += dL/dC_t (LSTM)   dPre_t = 0
//
// (the cell's own equations are still evaluated on that step, and kept in the Trace for display,
// but their result is replaced by the carried state, so the step has no effect and no
// gradient). As PyTorch's pack_padded_sequence: with pre-padding the forward direction starts
// at the first real word from the initial state and the backward direction ends there, so a
// text gives the same outputs on its real steps however many pads precede it. Internal to
// core/nn: no maths of its own beyond these copies.
#pragma once

#include "trace.h"
#include "types.h"

namespace rnn::detail {

// Whether column b of step t is a skipped pad step.
inline bool isPad(const LayerTrace &trace, int t, Index b)
{
    return !trace.pad.empty() && trace.pad[static_cast<std::size_t>(Index(t) * trace.batch + b)];
}

inline bool hasPads(const LayerTrace &trace)
{
    return !trace.pad.empty();
}

// state (H x B, step t) := previous (H x B) in the pad columns of step t.
template<typename State, typename Previous>
void carryPads(const LayerTrace &trace, int t, State &&state, const Previous &previous)
{
    if (trace.pad.empty())
        return;
    for (Index b = 0; b < trace.batch; ++b)
        if (isPad(trace, t, b))
            state.col(b) = previous.col(b);
}

// The pad columns of step t of `m` (any rows x B block) set to zero.
template<typename Block>
void zeroPads(const LayerTrace &trace, int t, Block &&m)
{
    if (trace.pad.empty())
        return;
    for (Index b = 0; b < trace.batch; ++b)
        if (isPad(trace, t, b))
            m.col(b).setZero();
}

} // namespace rnn::detail
