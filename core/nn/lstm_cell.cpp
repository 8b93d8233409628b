// Forward and backward of the LSTM cell over a whole sequence (see lstm_cell.h).
#include "lstm_cell.h"

#include "activation.h"
#include "padding_mask.h"
#include "sequence_helpers.h"

namespace rnn {

using namespace detail;

void LstmCell::forward(LayerTrace &trace, bool record) const
{
    const int steps = trace.steps;
    const Index batch = trace.batch;
    const bool reverse = trace.reverse;
    const Index hs = hiddenSize();
    const Index tb = trace.input.cols();
    // The sums W_x x_t + W_h h_{t-1} + b (4H x TB) are kept in `preactivation` when recording and
    // the activations i, f, g, o written to `gates`; without recording the activations overwrite
    // the sums in place. Either way each value is written once, so recording costs no copy.
    Matrix &gates = trace.gates;
    Matrix &sums = record ? trace.preactivation : gates;
    sums.noalias() = *m_weightInput * trace.input;
    sums.colwise() += m_bias->col(0);
    if (record)
        gates.resize(sums.rows(), tb);
    else
        trace.preactivation.resize(0, 0);
    trace.cell.resize(hs, tb);
    trace.cellTanh.resize(hs, tb);
    trace.hidden.resize(hs, tb);
    for (int p = 0; p < steps; ++p) {
        const int t = timeAt(p, steps, reverse);
        Step pre = stepOf(sums, t, batch);
        pre.noalias() += *m_weightHidden
            * previousOf(trace.hidden, trace.initialHidden, p, steps, reverse, batch);
        Step z = stepOf(gates, t, batch); // the same memory as pre without recording
        const auto i = z.topRows(hs).array();
        const auto f = z.middleRows(hs, hs).array();
        auto g = z.middleRows(2 * hs, hs).array();
        auto o = z.bottomRows(hs).array();
        z.topRows(2 * hs).array() = sigmoidOf(pre.topRows(2 * hs).array()); // i, f at once
        g = tanhOf(pre.middleRows(2 * hs, hs).array());
        o = sigmoidOf(pre.bottomRows(hs).array());
        Step c = stepOf(trace.cell, t, batch);
        c.array() = f * previousOf(trace.cell, trace.initialCell, p, steps, reverse, batch).array()
            + i * g;
        if (hasPads(trace))
            carryPads(trace, t, c,
                      previousOf(trace.cell, trace.initialCell, p, steps, reverse, batch));
        Step tc = stepOf(trace.cellTanh, t, batch);
        tc.array() = tanhOf(c.array());
        stepOf(trace.hidden, t, batch).array() = o * tc.array();
        if (hasPads(trace))
            carryPads(trace, t, stepOf(trace.hidden, t, batch),
                      previousOf(trace.hidden, trace.initialHidden, p, steps, reverse, batch));
    }
}

void LstmCell::backward(LayerTrace &trace, int truncation, bool record, bool inputGradient,
                        Matrix &dWeightInput, Matrix &dWeightHidden, Matrix &dBias) const
{
    const int steps = trace.steps;
    const Index batch = trace.batch;
    const bool reverse = trace.reverse;
    const Index hs = hiddenSize();
    const Index tb = trace.input.cols();
    Matrix &dPre = trace.dPre;
    dPre.resize(4 * hs, tb);
    if (record) {
        trace.dHidden.resize(hs, tb);
        trace.dCell.resize(hs, tb);
    } else {
        trace.dHidden.resize(0, 0);
        trace.dCell.resize(0, 0);
    }
    Matrix carryH = Matrix::Zero(hs, batch); // dL/dh arriving from the next processed step
    Matrix carryC = Matrix::Zero(hs, batch); // dL/dC arriving from the next processed step
    Matrix dh(hs, batch);
    Matrix dc(hs, batch);
    for (int p = steps - 1; p >= 0; --p) {
        const int t = timeAt(p, steps, reverse);
        const ConstStep z = viewOf(trace.gates, t, batch);
        const auto i = z.topRows(hs).array();
        const auto f = z.middleRows(hs, hs).array();
        const auto g = z.middleRows(2 * hs, hs).array();
        const auto o = z.bottomRows(hs).array();
        const auto tc = viewOf(trace.cellTanh, t, batch).array();
        const auto cPrev
            = previousOf(trace.cell, trace.initialCell, p, steps, reverse, batch).array();
        dh = stepOf(trace.dHiddenDirect, t, batch) + carryH;
        dc.array() = dh.array() * o * (1.0 - tc.square()) + carryC.array();
        if (hasPads(trace)) // a pad step's C_t only passes C_{t-1} on
            carryPads(trace, t, dc, carryC);
        if (record) {
            stepOf(trace.dHidden, t, batch) = dh;
            stepOf(trace.dCell, t, batch) = dc;
        }
        Step d = stepOf(dPre, t, batch);
        d.topRows(hs).array() = dc.array() * g * i * (1.0 - i);
        d.middleRows(hs, hs).array() = dc.array() * cPrev * f * (1.0 - f);
        d.middleRows(2 * hs, hs).array() = dc.array() * i * (1.0 - g.square());
        d.bottomRows(hs).array() = dh.array() * tc * o * (1.0 - o);
        if (hasPads(trace))
            zeroPads(trace, t, d);
        if (cutBefore(p, truncation)) {
            carryH.setZero();
            carryC.setZero();
        } else {
            carryH.noalias() = m_weightHidden->transpose() * d;
            carryC.array() = dc.array() * f;
            if (hasPads(trace)) {
                carryPads(trace, t, carryH, dh);
                carryPads(trace, t, carryC, dc);
            }
        }
    }
    trace.dInitialHidden = carryH;
    trace.dInitialCell = carryC;
    dWeightInput.noalias() = dPre * trace.input.transpose();
    recurrentGradient(dPre, trace.hidden, trace.initialHidden, reverse, steps, batch,
                      dWeightHidden);
    dBias = dPre.rowwise().sum();
    if (inputGradient)
        trace.dInput.noalias() = m_weightInput->transpose() * dPre;
    else
        trace.dInput.resize(0, 0);
}

} // namespace rnn
