// The Jordan cell: the recurrence goes through the network's OUTPUT, not its hidden state.
//
//     s_t = mu * s_{t-1} + y_{t-1}            context units: a self-loop with decay mu plus the
//                                             previous output fed back (s_{-1}, y_{-1} given,
//                                             zero by default)
//     h_t = tanh(W_x x_t + W_s s_t + b)
//     y_t = W_out h_t + b_out                 the network's readout (for a Softmax readout y_t
//                                             is the logits vector: logits are fed back)
//
// Because y_t is the network's readout, gradients flow through the context into W_out and
// b_out; a Jordan network has exactly one unidirectional recurrent layer and evaluates its
// readout at every step (even when the loss is only at the last one). Context size S = O.
//
// Like every cell this is a const view of parameters that live in the Network's list (see
// elman_cell.h); it owns nothing and caches nothing.
#pragma once

#include "trace.h"
#include "types.h"

namespace rnn {

class JordanCell
{
public:
    static constexpr int gateCount = 1;

    // weightInput W_x: H x X; weightContext W_s: H x S; bias b: H x 1;
    // readoutWeight W_out: O x H; readoutBias b_out: O x 1; S = O.
    JordanCell(const Matrix &weightInput, const Matrix &weightContext, const Matrix &bias,
               const Matrix &readoutWeight, const Matrix &readoutBias, double mu)
        : m_weightInput(&weightInput)
        , m_weightContext(&weightContext)
        , m_bias(&bias)
        , m_readoutWeight(&readoutWeight)
        , m_readoutBias(&readoutBias)
        , m_mu(mu)
    { }

    const Matrix &weightInput() const { return *m_weightInput; }
    const Matrix &weightContext() const { return *m_weightContext; }
    const Matrix &bias() const { return *m_bias; }
    const Matrix &readoutWeight() const { return *m_readoutWeight; }
    const Matrix &readoutBias() const { return *m_readoutBias; }
    double mu() const { return m_mu; }
    int hiddenSize() const { return static_cast<int>(m_weightInput->rows()); }

    // Forward over trace.input from trace.initialContext and trace.initialOutput; fills
    // context, gates, hidden, feedback (y_t at every step) and preactivation when record.
    void forward(LayerTrace &trace, bool record) const;

    // BPTT. dOutputDirect (O x TB) is what the loss puts on y_t directly (zero columns where
    // there is no loss). Fills dContext, dPre, dHiddenDirect (= W_out^T dy_t), dInitialContext,
    // dInitialOutput, dInput when inputGradient, dHidden when record; writes (not adds) the
    // gradients of its three own parameters and of the readout.
    void backward(LayerTrace &trace, const Matrix &dOutputDirect, int truncation, bool record,
                  bool inputGradient, Matrix &dWeightInput, Matrix &dWeightContext, Matrix &dBias,
                  Matrix &dReadoutWeight, Matrix &dReadoutBias) const;

private:
    const Matrix *m_weightInput;
    const Matrix *m_weightContext;
    const Matrix *m_bias;
    const Matrix *m_readoutWeight;
    const Matrix *m_readoutBias;
    double m_mu;
};

} // namespace rnn
