// Forward and backward of the Jordan cell over a whole sequence (see jordan_cell.h). Jordan
// networks are unidirectional, so time index = processing position here.
#include "jordan_cell.h"

#include "activation.h"
#include "sequence_helpers.h"

namespace rnn {

using namespace detail;

void JordanCell::forward(LayerTrace &trace, bool record) const
{
    const int steps = trace.steps;
    const Index batch = trace.batch;
    const Index tb = trace.input.cols();
    const Index outputs = m_readoutWeight->rows();
    Matrix &h = trace.hidden; // H x TB; first W_x x_t + b, then h_t
    h.noalias() = *m_weightInput * trace.input;
    h.colwise() += m_bias->col(0);
    trace.context.resize(outputs, tb);
    trace.feedback.resize(outputs, tb);
    if (record)
        trace.preactivation.resize(h.rows(), tb);
    else
        trace.preactivation.resize(0, 0);
    for (int t = 0; t < steps; ++t) {
        Step s = stepOf(trace.context, t, batch);
        if (t == 0)
            s = m_mu * trace.initialContext + trace.initialOutput;
        else
            s = m_mu * stepOf(trace.context, t - 1, batch) + stepOf(trace.feedback, t - 1, batch);
        Step pre = stepOf(h, t, batch);
        pre.noalias() += *m_weightContext * s;
        if (record)
            stepOf(trace.preactivation, t, batch) = pre;
        pre = tanhOf(pre.array()).matrix();
        Step y = stepOf(trace.feedback, t, batch);
        y.noalias() = *m_readoutWeight * pre;
        y.colwise() += m_readoutBias->col(0);
    }
    trace.gates.resize(0, 0); // one block: the activation is hidden itself
}

void JordanCell::backward(LayerTrace &trace, const Matrix &dOutputDirect, int truncation,
                          bool record, bool inputGradient, Matrix &dWeightInput,
                          Matrix &dWeightContext, Matrix &dBias, Matrix &dReadoutWeight,
                          Matrix &dReadoutBias) const
{
    const int steps = trace.steps;
    const Index batch = trace.batch;
    const Index hs = hiddenSize();
    const Index tb = trace.input.cols();
    const Index outputs = m_readoutWeight->rows();
    const Matrix &h = trace.hidden;
    trace.dHiddenDirect.noalias() = m_readoutWeight->transpose() * dOutputDirect;
    trace.dFeedback.resize(outputs, tb);
    trace.dContext.resize(outputs, tb);
    trace.dPre.resize(hs, tb);
    if (record)
        trace.dHidden.resize(hs, tb);
    else
        trace.dHidden.resize(0, 0);
    Matrix carry = Matrix::Zero(outputs, batch); // dL/ds_{t+1}
    Matrix dh(hs, batch);
    for (int t = steps - 1; t >= 0; --t) {
        Step dy = stepOf(trace.dFeedback, t, batch);
        dy = stepOf(dOutputDirect, t, batch) + carry;
        dh.noalias() = m_readoutWeight->transpose() * dy;
        if (record)
            stepOf(trace.dHidden, t, batch) = dh;
        Step d = stepOf(trace.dPre, t, batch);
        d.array() = dh.array() * (1.0 - stepOf(h, t, batch).array().square());
        Step ds = stepOf(trace.dContext, t, batch);
        ds.noalias() = m_weightContext->transpose() * d;
        ds += m_mu * carry;
        if (cutBefore(t, truncation))
            carry.setZero();
        else
            carry = ds;
    }
    trace.dInitialContext = m_mu * carry;
    trace.dInitialOutput = carry;
    dWeightInput.noalias() = trace.dPre * trace.input.transpose();
    dWeightContext.noalias() = trace.dPre * trace.context.transpose();
    dBias = trace.dPre.rowwise().sum();
    dReadoutWeight.noalias() = trace.dFeedback * h.transpose();
    dReadoutBias = trace.dFeedback.rowwise().sum();
    if (inputGradient)
        trace.dInput.noalias() = m_weightInput->transpose() * trace.dPre;
    else
        trace.dInput.resize(0, 0);
}

} // namespace rnn
