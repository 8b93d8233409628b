// The GRU cell exactly as PyTorch defines it (the "reset after" form, cuDNN / Keras
// reset_after=True):
//
//     r_t = sigma(W_ir x_t + b_ir + W_hr h_{t-1} + b_hr)           reset gate
//     z_t = sigma(W_iz x_t + b_iz + W_hz h_{t-1} + b_hz)           update gate
//     n_t = tanh (W_in x_t + b_in + r_t * (W_hn h_{t-1} + b_hn))   candidate (b_hn INSIDE r_t *)
//     h_t = (1 - z_t) * n_t + z_t * h_{t-1}                        z_t weights the OLD state
//
// The original Cho et al. GRU computes W_hn (r_t * h_{t-1}) instead and gives other numbers.
// Storage: gates stacked by rows in PyTorch's order r, z, n:
//     weightInput  (3H x X), weightHidden (3H x H),
//     biasInput    (3H x 1) = b_i*,  biasHidden (3H x 1) = b_h*   (two biases: b_in and b_hn
//     are not interchangeable).
// In a Trace, gates holds r, z, n; preactivation holds pre_r, pre_z, pre_n = gi_n + r * gh_n;
// hiddenCandidate holds gh_n = W_hn h_{t-1} + b_hn.
//
// Like every cell this is a const view of parameters that live in the Network's list (see
// elman_cell.h); it owns nothing and caches nothing.
#pragma once

#include "trace.h"
#include "types.h"

namespace rnn {

class GruCell
{
public:
    static constexpr int gateCount = 3;
    enum Gate { ResetGate = 0, UpdateGate = 1, CandidateGate = 2 };

    GruCell(const Matrix &weightInput, const Matrix &weightHidden, const Matrix &biasInput,
            const Matrix &biasHidden)
        : m_weightInput(&weightInput)
        , m_weightHidden(&weightHidden)
        , m_biasInput(&biasInput)
        , m_biasHidden(&biasHidden)
    { }

    const Matrix &weightInput() const { return *m_weightInput; }
    const Matrix &weightHidden() const { return *m_weightHidden; }
    const Matrix &biasInput() const { return *m_biasInput; }
    const Matrix &biasHidden() const { return *m_biasHidden; }
    int hiddenSize() const { return static_cast<int>(m_weightHidden->cols()); }

    Eigen::Block<const Matrix> weightResetX() const { return block(*m_weightInput, ResetGate); }
    Eigen::Block<const Matrix> weightUpdateX() const { return block(*m_weightInput, UpdateGate); }
    Eigen::Block<const Matrix> weightCandidateX() const
    {
        return block(*m_weightInput, CandidateGate);
    }
    Eigen::Block<const Matrix> weightResetH() const { return block(*m_weightHidden, ResetGate); }
    Eigen::Block<const Matrix> weightUpdateH() const { return block(*m_weightHidden, UpdateGate); }
    Eigen::Block<const Matrix> weightCandidateH() const
    {
        return block(*m_weightHidden, CandidateGate);
    }

    // Forward over trace.input from trace.initialHidden; fills gates, hiddenCandidate, hidden
    // (and preactivation when record).
    void forward(LayerTrace &trace, bool record) const;

    // BPTT from trace.dHiddenDirect (see ElmanCell::backward); also fills dHiddenCandidate.
    void backward(LayerTrace &trace, int truncation, bool record, bool inputGradient,
                  Matrix &dWeightInput, Matrix &dWeightHidden, Matrix &dBiasInput,
                  Matrix &dBiasHidden) const;

private:
    Eigen::Block<const Matrix> block(const Matrix &m, int gate) const
    {
        return m.middleRows(Index(gate) * hiddenSize(), hiddenSize());
    }

    const Matrix *m_weightInput;
    const Matrix *m_weightHidden;
    const Matrix *m_biasInput;
    const Matrix *m_biasHidden;
};

} // namespace rnn
