// The LSTM cell (long short-term memory), in the lecture's notation; [h_{t-1}, x_t] is the
// concatenation of the previous hidden state and the input:
//
//     f_t  = sigma(W_f [h_{t-1}, x_t] + b_f)        forget gate
//     i_t  = sigma(W_i [h_{t-1}, x_t] + b_i)        input gate
//     C~_t = tanh (W_C [h_{t-1}, x_t] + b_C)        candidate cell state
//     C_t  = f_t * C_{t-1} + i_t * C~_t             cell state
//     o_t  = sigma(W_o [h_{t-1}, x_t] + b_o)        output gate
//     h_t  = o_t * tanh(C_t)                        hidden state
//
// Storage: each W_k [h, x] is split into its input part and its hidden part, and the four gates
// are stacked by rows in PyTorch's order i, f, g(=C~), o, so the reference files map directly:
//     weightInput  (4H x X) = [W_ix; W_fx; W_Cx; W_ox]
//     weightHidden (4H x H) = [W_ih; W_fh; W_Ch; W_oh]
//     bias         (4H x 1) = [b_i; b_f; b_C; b_o]       (PyTorch: bias_ih + bias_hh)
// The accessors below name each block by its symbol. In a Trace, gates holds i, f, g, o stacked
// the same way, cell holds C_t.
//
// Like every cell this is a const view of parameters that live in the Network's list (see
// elman_cell.h); it owns nothing and caches nothing.
#pragma once

#include "trace.h"
#include "types.h"

namespace rnn {

class LstmCell
{
public:
    static constexpr int gateCount = 4;
    enum Gate { InputGate = 0, ForgetGate = 1, CandidateGate = 2, OutputGate = 3 };

    LstmCell(const Matrix &weightInput, const Matrix &weightHidden, const Matrix &bias)
        : m_weightInput(&weightInput)
        , m_weightHidden(&weightHidden)
        , m_bias(&bias)
    { }

    const Matrix &weightInput() const { return *m_weightInput; }
    const Matrix &weightHidden() const { return *m_weightHidden; }
    const Matrix &bias() const { return *m_bias; }
    int hiddenSize() const { return static_cast<int>(m_weightHidden->cols()); }

    // The blocks by symbol (H x X, H x H, H x 1 views).
    Eigen::Block<const Matrix> weightInputGateX() const { return block(*m_weightInput, InputGate); }
    Eigen::Block<const Matrix> weightForgetX() const { return block(*m_weightInput, ForgetGate); }
    Eigen::Block<const Matrix> weightCandidateX() const
    {
        return block(*m_weightInput, CandidateGate);
    }
    Eigen::Block<const Matrix> weightOutputX() const { return block(*m_weightInput, OutputGate); }
    Eigen::Block<const Matrix> weightInputGateH() const
    {
        return block(*m_weightHidden, InputGate);
    }
    Eigen::Block<const Matrix> weightForgetH() const { return block(*m_weightHidden, ForgetGate); }
    Eigen::Block<const Matrix> weightCandidateH() const
    {
        return block(*m_weightHidden, CandidateGate);
    }
    Eigen::Block<const Matrix> weightOutputH() const { return block(*m_weightHidden, OutputGate); }
    Eigen::Block<const Matrix> biasInputGate() const { return block(*m_bias, InputGate); }
    Eigen::Block<const Matrix> biasForget() const { return block(*m_bias, ForgetGate); }
    Eigen::Block<const Matrix> biasCandidate() const { return block(*m_bias, CandidateGate); }
    Eigen::Block<const Matrix> biasOutput() const { return block(*m_bias, OutputGate); }

    // Forward over trace.input from trace.initialHidden and trace.initialCell; fills gates,
    // cell, cellTanh, hidden (and preactivation when record).
    void forward(LayerTrace &trace, bool record) const;

    // BPTT from trace.dHiddenDirect (see ElmanCell::backward); also fills dInitialCell and,
    // when record, dCell.
    void backward(LayerTrace &trace, int truncation, bool record, bool inputGradient,
                  Matrix &dWeightInput, Matrix &dWeightHidden, Matrix &dBias) const;

private:
    Eigen::Block<const Matrix> block(const Matrix &m, int gate) const
    {
        return m.middleRows(Index(gate) * hiddenSize(), hiddenSize());
    }

    const Matrix *m_weightInput;
    const Matrix *m_weightHidden;
    const Matrix *m_bias;
};

} // namespace rnn
