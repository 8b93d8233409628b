// Forward and backward of the Elman cell over a whole sequence (see elman_cell.h).
#include "elman_cell.h"

#include "activation.h"
#include "padding_mask.h"
#include "sequence_helpers.h"

namespace rnn {

using namespace detail;

void ElmanCell::forward(LayerTrace &trace, bool record) const
{
    const int steps = trace.steps;
    const Index batch = trace.batch;
    const bool reverse = trace.reverse;
    // The sums W_x x_t + W_h h_{t-1} + b (H x TB) are kept in `preactivation` when recording and
    // h_t written to `hidden`; without recording h_t overwrites the sums in place. Either way
    // each value is written once, so recording costs no copy.
    Matrix &h = trace.hidden;
    Matrix &sums = record ? trace.preactivation : h;
    sums.noalias() = *m_weightInput * trace.input;
    sums.colwise() += m_bias->col(0);
    if (record)
        h.resize(sums.rows(), sums.cols());
    else
        trace.preactivation.resize(0, 0);
    for (int p = 0; p < steps; ++p) {
        const int t = timeAt(p, steps, reverse);
        Step pre = stepOf(sums, t, batch);
        pre.noalias()
            += *m_weightHidden * previousOf(h, trace.initialHidden, p, steps, reverse, batch);
        stepOf(h, t, batch) = tanhOf(pre.array()).matrix();
        if (hasPads(trace))
            carryPads(trace, t, stepOf(h, t, batch),
                      previousOf(h, trace.initialHidden, p, steps, reverse, batch));
    }
    trace.gates.resize(0, 0); // one block: the activation is hidden itself
}

void ElmanCell::backward(LayerTrace &trace, int truncation, bool record, bool inputGradient,
                         Matrix &dWeightInput, Matrix &dWeightHidden, Matrix &dBias) const
{
    const int steps = trace.steps;
    const Index batch = trace.batch;
    const bool reverse = trace.reverse;
    const Index hs = hiddenSize();
    const Matrix &h = trace.hidden;
    Matrix &dPre = trace.dPre;
    dPre.resize(hs, h.cols());
    if (record)
        trace.dHidden.resize(hs, h.cols());
    else
        trace.dHidden.resize(0, 0);
    Matrix carry = Matrix::Zero(hs, batch); // dL/dh of the previously processed step
    Matrix padded; // dL/dh_t of a step with pads (they pass it on unchanged)
    for (int p = steps - 1; p >= 0; --p) {
        const int t = timeAt(p, steps, reverse);
        Step d = stepOf(dPre, t, batch);
        if (record) { // dL/dh_t is kept for display: write it once, then derive dPre from it
            Step dh = stepOf(trace.dHidden, t, batch);
            dh = stepOf(trace.dHiddenDirect, t, batch) + carry;
            d.array() = dh.array() * (1.0 - stepOf(h, t, batch).array().square());
        } else {
            d = stepOf(trace.dHiddenDirect, t, batch) + carry;
            if (hasPads(trace))
                padded = d;
            d.array() *= 1.0 - stepOf(h, t, batch).array().square();
        }
        if (hasPads(trace)) {
            if (record)
                padded = stepOf(trace.dHidden, t, batch);
            zeroPads(trace, t, d);
        }
        if (cutBefore(p, truncation)) {
            carry.setZero();
        } else {
            carry.noalias() = m_weightHidden->transpose() * d;
            if (hasPads(trace))
                carryPads(trace, t, carry, padded);
        }
    }
    trace.dInitialHidden = carry;
    dWeightInput.noalias() = dPre * trace.input.transpose();
    recurrentGradient(dPre, h, trace.initialHidden, reverse, steps, batch, dWeightHidden);
    dBias = dPre.rowwise().sum();
    if (inputGradient)
        trace.dInput.noalias() = m_weightInput->transpose() * dPre;
    else
        trace.dInput.resize(0, 0);
}

} // namespace rnn
