// Everything one forward pass computed and, after backward, every gradient: the record the GUI
// plays back (DESIGN.md section 2). Values and their gradients live side by side, by TIME INDEX
// (not processing order; the backward direction's step t is the state after it consumed x_t),
// as whole-sequence matrices with TB columns (step t = columns [t*B, t*B + B)).
//
// A Trace is a plain value: Network::forward fills the value half, Network::backward the
// gradient half. It holds no pointer to the network; copying it (e.g. into an immutable snapshot
// for the GUI) is safe. Not thread-safe for concurrent writes, like any value.
//
// With ForwardOptions::recordTrace = false the display-only parts stay EMPTY (size 0):
// preactivation, dHidden, dCell, dFeatures, and dInput of the first layer. Everything else, and
// every number that is kept, is identical either way.
#pragma once

#include "network_config.h"
#include "parameter.h"
#include "types.h"

#include <vector>

namespace rnn {

// One layer in one direction. Shapes: X = this layer's input width, G*H = stacked gate blocks
// (Elman/Jordan: one block; LSTM: i, f, g(=C~), o; GRU: r, z, n), S = Jordan context size.
struct LayerTrace
{
    int steps = 0; // T
    int batch = 0; // B
    bool reverse = false; // true for the backward direction
    // TB (index t*B + b), empty when no step is skipped: 1 where step t of sequence b is padding
    // that the layer skips (NetworkConfig::skipPadding): its state is carried through unchanged
    // and the step gets no gradient (see nn/padding_mask.h).
    std::vector<unsigned char> pad;
    CellType cellType = CellType::Lstm;

    // ---- values (forward)
    Matrix input; // X x TB: x_t as this layer sees it
    // G*H x TB, display only: Elman/Jordan pre_t; LSTM pre_i, pre_f, pre_g, pre_o;
    // GRU pre_r = gi_r + gh_r, pre_z = gi_z + gh_z, pre_n = gi_n + r * gh_n.
    Matrix preactivation;
    // G*H x TB activations: LSTM i, f, g, o; GRU r, z, n. EMPTY for Elman/Jordan, whose only
    // activation is h_t (read hidden).
    Matrix gates;
    Matrix hiddenCandidate; // H x TB, GRU only: gh_n = W_hn h_{t-1} + b_hn (kept for backward)
    Matrix cell; // H x TB, LSTM: C_t
    Matrix cellTanh; // H x TB, LSTM: tanh(C_t)
    Matrix hidden; // H x TB: h_t
    Matrix context; // S x TB, Jordan: s_t
    Matrix feedback; // O x TB, Jordan: y_t = readout(h_t) (logits for Softmax), fed back
    Matrix initialHidden; // H x B: h_{-1} (backward direction: the state before step T-1)
    Matrix initialCell; // H x B, LSTM
    Matrix initialContext; // S x B, Jordan s_{-1}
    Matrix initialOutput; // O x B, Jordan y_{-1}

    // ---- gradients (backward)
    Matrix dHidden; // H x TB, display only: total dL/dh_t (direct + from later steps)
    Matrix dHiddenDirect; // H x TB: what the loss / the layer above puts on h_t directly
    Matrix dCell; // H x TB, LSTM, display only: total dL/dC_t
    // G*H x TB: dL/d preactivation block by block (= PyTorch's dL_dgi). GRU n block: dL/d(gi_n).
    Matrix dPre;
    Matrix dHiddenCandidate; // H x TB, GRU: dL/d(gh_n) = dL/d(gi_n) * r (PyTorch's dL_dgh n block)
    Matrix dInput; // X x TB: dL/dx_t through this direction (empty for layer 0 if not recorded)
    Matrix dContext; // S x TB, Jordan: total dL/ds_t
    Matrix dFeedback; // O x TB, Jordan: total dL/dy_t (from the loss and through s_{t+1})
    Matrix dInitialHidden; // H x B
    Matrix dInitialCell; // H x B, LSTM
    Matrix dInitialContext; // S x B, Jordan
    Matrix dInitialOutput; // O x B, Jordan

    int hiddenSize() const { return static_cast<int>(hidden.rows()); }
    // The B columns of step t of any TB-column matrix of this trace.
    auto stepColumns(const Matrix &m, int t) const { return m.middleCols(Index(t) * batch, batch); }
    // Column of batch element b at step t.
    auto step(const Matrix &m, int t, int b) const { return m.col(Index(t) * batch + b); }
    // Rows of gate block g (0-based, in the stacked order above) of a G*H-row matrix.
    auto gateBlock(const Matrix &m, int g) const
    {
        return m.middleRows(Index(g) * hiddenSize(), hiddenSize());
    }
};

// The MLP's record (CellType::Mlp, see mlp.h; empty for a recurrent network). XT = X*T, the
// window flattened step by step; one entry per dense layer l = 1..L, each H x B.
struct DenseTrace
{
    // ---- values (forward)
    Matrix input; // XT x B: z_0 = [x_0; ...; x_{T-1}]
    std::vector<Matrix> preactivation; // a_l = W_l z_{l-1} + b_l
    std::vector<Matrix> hidden; // z_l = tanh(a_l)
    // ---- gradients (backward)
    std::vector<Matrix> dHidden; // dL/dz_l
    std::vector<Matrix> dPre; // dL/da_l
    Matrix dInput; // XT x B: dL/dz_0

    int layers() const { return static_cast<int>(hidden.size()); }
};

struct Trace
{
    int steps = 0; // T
    int batch = 0; // B
    ReadoutKind readout = ReadoutKind::Linear;
    ReadoutPlacement placement = ReadoutPlacement::EveryStep;
    bool recorded = true; // ForwardOptions::recordTrace of the forward pass

    // layers[l][d]: layer l, direction d (0 forward, 1 backward).
    std::vector<std::vector<LayerTrace>> layers;
    std::vector<int> tokens; // TB token ids when the network has an embedding
    // Copies of InputBatch::subwordOffsets and subwordIds (subword n-grams; empty without).
    std::vector<int> subwordOffsets;
    std::vector<int> subwordIds;
    // CellType::Mlp only: the dense layers (then `layers` is EMPTY: an MLP has no time steps
    // inside; steps and batch still describe the window it read).
    DenseTrace dense;

    // ---- readout and loss
    // F x B (LastStep, FinalStates, MeanPool, MaxPool) or F x TB (EveryStep, bidirectional): what
    // the readout sees, F = directions * H. EMPTY for EveryStep with one direction, where it would
    // be a copy of top().hidden (read that instead). MeanPool: the mean of the top layer's outputs
    // over the real steps.
    Matrix features;
    // With the skip path (NetworkConfig::readoutSkip) the last E rows are the mean of the first
    // layer's inputs over the same steps.
    // MeanPool and MaxPool (empty otherwise), TB (index t*B + b): the weight of step t of
    // sequence b in the mean, 1 / (real steps of b) on real steps and 0 on pad steps. What each
    // word contributes to the readout's input (MeanPool; MaxPool: to the skip path's mean), and
    // what the readout's gradient is spread by.
    Vector poolWeights;
    // MaxPool only (empty otherwise), (directions * H) x B: the step t whose output is feature
    // (r, b)'s maximum, -1 for a sequence with no real step (feature 0). Where the gradient goes.
    Eigen::MatrixXi poolArgmax;
    // Dropout masks of a forward pass with ForwardOptions::dropout (EMPTY otherwise): entries 0
    // (dropped) or 1 / (1 - p) (kept). inputMask: X x TB (E x TB with an embedding), already
    // applied to layers[0][d].input; featureMask: F x B, already applied to features.
    Matrix inputMask;
    Matrix featureMask;
    Matrix outputs; // O x TB or O x B: readout outputs (Linear: predictions; Softmax: logits)
    // The readout's skip path (NetworkConfig::readoutSkip) on a pass with the auxiliary loss
    // (ForwardOptions::auxiliaryLoss; EMPTY otherwise): O x B, the skip path's own logits
    // W_skip x̄ + b_out from the features' last E rows, and skipLoss, its weighted
    // cross-entropy, which is part of loss.
    Matrix skipOutputs;
    double skipLoss = 0.0;
    Matrix probabilities; // O x TB or O x B, Softmax only
    Matrix targets; // copy of Targets::values (Linear)
    std::vector<int> labels; // copy of Targets::labels (Softmax)
    Vector stepMask; // length T (all ones when none was given)
    Vector stepLoss; // length T: step t's contribution to the loss (sum = loss); 0 if no loss
    double loss = 0.0;
    bool hasLoss = false;

    // ---- gradients of the readout and the parameters (after backward)
    Matrix dOutputs; // same shape as outputs: dL/d output (Softmax: dL/d logits)
    Matrix dSkipOutputs; // same shape as skipOutputs (EMPTY with it)
    // Same shape as features (recorded traces; for EveryStep with one direction EMPTY: it is
    // top().dHiddenDirect).
    Matrix dFeatures;
    // X x TB: dL/dx_t summed over directions (E x TB with an embedding), through the input
    // dropout mask (the gradient with respect to the input before dropout).
    Matrix dInput;
    // E x TB: what the readout's skip path puts on x_t (EMPTY without it); backward adds it to
    // dInput.
    Matrix dSkipInput;
    Gradients gradients; // same order and shapes as Network::parameters()
    bool hasGradients = false;

    // Whether this is an MLP's trace (dense filled, no recurrent layer).
    bool isDense() const { return layers.empty() && dense.input.size() > 0; }
    // Top layer in direction d (a recurrent network's trace only: see isDense()).
    const LayerTrace &top(int direction = 0) const { return layers.back()[std::size_t(direction)]; }
    // Number of readout columns per step slot: TB for EveryStep, B otherwise.
    bool everyStep() const { return placement == ReadoutPlacement::EveryStep; }
    // ||dL/dh_t|| per time step of layer `layer`: the Euclidean norm of each batch element's
    // total gradient dL/dh_t, summed over the batch and over directions (or of direction
    // `direction` only, 0 forward, 1 backward, when it is not -1). Length T. Uses dHidden, so it
    // needs a recorded trace after backward; empty otherwise (and for a direction not there).
    Vector gradientNormPerStep(int layer = 0, int direction = -1) const;
};

} // namespace rnn
