// The Elman cell (simple recurrent network), the first recurrence of the lecture:
//
//     h_t = tanh(W_x x_t + W_h h_{t-1} + b)
//
// The context units of Elman's paper hold h_{t-1}. PyTorch's nn.RNN(tanh) is the same cell with
// two biases; ours is b = b_ih + b_hh.
//
// A cell is a view of its parameters, which live in the Network's parameter list: it holds
// const pointers to them and nothing else, so it is cheap to copy and every function is const
// (nothing is cached). It runs a whole sequence at once: all inputs are projected in one product
// (W_x * X_all) before the recurrence; backward forms dW_x = dPre_all * X_all^T and
// dW_h = dPre_all * H_prev_all^T as one product each after the loop. It does not own the Trace
// it writes, does no loss and knows no readout.
#pragma once

#include "trace.h"
#include "types.h"

namespace rnn {

class ElmanCell
{
public:
    static constexpr int gateCount = 1;

    // weightInput W_x: H x X; weightHidden W_h: H x H; bias b: H x 1.
    ElmanCell(const Matrix &weightInput, const Matrix &weightHidden, const Matrix &bias)
        : m_weightInput(&weightInput)
        , m_weightHidden(&weightHidden)
        , m_bias(&bias)
    { }

    const Matrix &weightInput() const { return *m_weightInput; }
    const Matrix &weightHidden() const { return *m_weightHidden; }
    const Matrix &bias() const { return *m_bias; }
    int hiddenSize() const { return static_cast<int>(m_weightHidden->rows()); }

    // Runs the recurrence over trace.input (X x TB) from trace.initialHidden (H x B) in the
    // order given by trace.reverse; fills gates, hidden (and preactivation when record).
    void forward(LayerTrace &trace, bool record) const;

    // BPTT from trace.dHiddenDirect. truncation k > 0 cuts the gradient carried from step to
    // step every k steps of processing (0 = full). Fills dPre, dInitialHidden, dInput when
    // inputGradient, dHidden when record; writes (not adds) the parameter gradients.
    void backward(LayerTrace &trace, int truncation, bool record, bool inputGradient,
                  Matrix &dWeightInput, Matrix &dWeightHidden, Matrix &dBias) const;

private:
    const Matrix *m_weightInput;
    const Matrix *m_weightHidden;
    const Matrix *m_bias;
};

} // namespace rnn
