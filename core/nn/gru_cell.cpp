// Forward and backward of the GRU cell (PyTorch's reset-after form) over a whole sequence (see
// gru_cell.h).
#include "gru_cell.h"

#include "activation.h"
#include "padding_mask.h"
#include "sequence_helpers.h"

namespace rnn {

using namespace detail;

void GruCell::forward(LayerTrace &trace, bool record) const
{
    const int steps = trace.steps;
    const Index batch = trace.batch;
    const bool reverse = trace.reverse;
    const Index hs = hiddenSize();
    const Index tb = trace.input.cols();
    Matrix &gates = trace.gates; // 3H x TB; first gi = W_i x_t + b_i, then r, z, n
    gates.noalias() = *m_weightInput * trace.input;
    gates.colwise() += m_biasInput->col(0);
    trace.hiddenCandidate.resize(hs, tb);
    trace.hidden.resize(hs, tb);
    if (record)
        trace.preactivation.resize(gates.rows(), tb);
    else
        trace.preactivation.resize(0, 0);
    Matrix gh(3 * hs, batch);
    for (int p = 0; p < steps; ++p) {
        const int t = timeAt(p, steps, reverse);
        const ConstStep hPrev
            = previousOf(trace.hidden, trace.initialHidden, p, steps, reverse, batch);
        gh.noalias() = *m_weightHidden * hPrev;
        gh.colwise() += m_biasHidden->col(0);
        Step act = stepOf(gates, t, batch); // gi_t, becoming r, z, n block by block
        const auto r = act.topRows(hs).array();
        const auto z = act.middleRows(hs, hs).array();
        auto n = act.bottomRows(hs).array();
        act.topRows(2 * hs) += gh.topRows(2 * hs); // pre_r, pre_z
        if (record)
            stepOf(trace.preactivation, t, batch).topRows(2 * hs) = act.topRows(2 * hs);
        act.topRows(2 * hs).array() = sigmoidOf(act.topRows(2 * hs).array()); // r, z at once
        stepOf(trace.hiddenCandidate, t, batch) = gh.bottomRows(hs);
        n += r * gh.bottomRows(hs).array(); // pre_n
        if (record)
            stepOf(trace.preactivation, t, batch).bottomRows(hs) = act.bottomRows(hs);
        n = tanhOf(n);
        stepOf(trace.hidden, t, batch).array() = (1.0 - z) * n + z * hPrev.array();
        if (hasPads(trace))
            carryPads(trace, t, stepOf(trace.hidden, t, batch), hPrev);
    }
}

void GruCell::backward(LayerTrace &trace, int truncation, bool record, bool inputGradient,
                       Matrix &dWeightInput, Matrix &dWeightHidden, Matrix &dBiasInput,
                       Matrix &dBiasHidden) const
{
    const int steps = trace.steps;
    const Index batch = trace.batch;
    const bool reverse = trace.reverse;
    const Index hs = hiddenSize();
    const Index tb = trace.input.cols();
    Matrix &dPre = trace.dPre;
    dPre.resize(3 * hs, tb);
    trace.dHiddenCandidate.resize(hs, tb);
    if (record)
        trace.dHidden.resize(hs, tb);
    else
        trace.dHidden.resize(0, 0);
    Matrix carry = Matrix::Zero(hs, batch);
    Matrix dh(hs, batch);
    Matrix dgh(3 * hs, batch); // dL/d gh_t: r and z blocks as dPre, n block dL/d(gh_n)
    for (int p = steps - 1; p >= 0; --p) {
        const int t = timeAt(p, steps, reverse);
        const ConstStep act = viewOf(trace.gates, t, batch);
        const auto r = act.topRows(hs).array();
        const auto z = act.middleRows(hs, hs).array();
        const auto n = act.bottomRows(hs).array();
        const auto hPrev
            = previousOf(trace.hidden, trace.initialHidden, p, steps, reverse, batch).array();
        const auto ghn = viewOf(trace.hiddenCandidate, t, batch).array();
        dh = stepOf(trace.dHiddenDirect, t, batch) + carry;
        if (record)
            stepOf(trace.dHidden, t, batch) = dh;
        Step d = stepOf(dPre, t, batch);
        auto dpn = d.bottomRows(hs).array();
        dpn = dh.array() * (1.0 - z) * (1.0 - n.square());
        d.topRows(hs).array() = dpn * ghn * r * (1.0 - r);
        d.middleRows(hs, hs).array() = dh.array() * (hPrev - n) * z * (1.0 - z);
        if (hasPads(trace))
            zeroPads(trace, t, d);
        Step dCand = stepOf(trace.dHiddenCandidate, t, batch);
        dCand.array() = dpn * r;
        if (cutBefore(p, truncation)) {
            carry.setZero();
        } else {
            dgh.topRows(2 * hs) = d.topRows(2 * hs);
            dgh.bottomRows(hs) = dCand;
            carry.noalias() = m_weightHidden->transpose() * dgh;
            carry.array() += dh.array() * z;
            if (hasPads(trace))
                carryPads(trace, t, carry, dh);
        }
    }
    trace.dInitialHidden = carry;
    dWeightInput.noalias() = dPre * trace.input.transpose();
    dWeightHidden.resize(3 * hs, hs);
    recurrentGradient(dPre.topRows(2 * hs), trace.hidden, trace.initialHidden, reverse, steps,
                      batch, dWeightHidden.topRows(2 * hs));
    recurrentGradient(trace.dHiddenCandidate, trace.hidden, trace.initialHidden, reverse, steps,
                      batch, dWeightHidden.bottomRows(hs));
    dBiasInput = dPre.rowwise().sum();
    dBiasHidden.resize(3 * hs, 1);
    dBiasHidden.topRows(2 * hs) = dPre.topRows(2 * hs).rowwise().sum();
    dBiasHidden.bottomRows(hs) = trace.dHiddenCandidate.rowwise().sum();
    if (inputGradient)
        trace.dInput.noalias() = m_weightInput->transpose() * dPre;
    else
        trace.dInput.resize(0, 0);
}

} // namespace rnn
