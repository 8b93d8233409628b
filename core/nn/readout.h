// The readout: the dense layer that turns the top layer's hidden states into the network's
// outputs, and where it looks (ReadoutPlacement, network_config.h). F = directions * H.
//
//     features  f          F x TB (EveryStep) or F x B (the many-to-one placements):
//         EveryStep    f_t = [h_t forward; h_t backward]
//         LastStep     f   = [h_{T-1} forward; h_{T-1} backward]
//         FinalStates  f   = [h_{T-1} forward; h_0 backward] (each direction's last processed)
//         MeanPool     f   = sum over t of w_t * [h_t forward; h_t backward],
//                            w_t = 1 / (real steps) on real steps, 0 on pad steps (poolWeights)
//         MaxPool      f_r = max over real t of [h_t forward; h_t backward]_r (poolArgmax: that t)
//     dropout      f  <- f * mask (training passes, many-to-one placements only, inverted dropout)
//     skip path    f  <- [f; sum over t of w_t * x_t]   (pooled, with readoutSkip: the mean of
//                                                        the first layer's inputs, E rows)
//     outputs      y   = W_out f + b_out          O x TB or O x B (Softmax: the logits)
//     skip logits  y_s = W_out[:, last E] f[last E] + b_out   (training passes with skipLoss)
//
// backward is the mirror image: dW_out = dy f^T, db_out = sum of dy, df = W_out^T dy through the
// mask, then df is handed back to the top layer's dHiddenDirect at the steps it came from (every
// step; the last step(s); every real step weighted by w_t; the step of each unit's maximum).
//
// A Jordan network evaluates its readout inside its cell (y_t is fed back as the next context),
// so for Jordan forward only picks the cell's outputs and backward only says where the loss's
// gradient enters; the cell writes dW_out and db_out (see jordan_cell.h).
//
// Like the cells this is a const view of two parameters in the Network's list; it owns nothing
// and caches nothing. It does not apply softmax or compute a loss (see loss.h).
#pragma once

#include "network_config.h"
#include "trace.h"
#include "types.h"

#include <vector>

namespace rnn {

class Random;

class Readout
{
public:
    // weight W_out: O x F; bias b_out: O x 1.
    Readout(const NetworkConfig &config, const Matrix &weight, const Matrix &bias)
        : m_config(&config)
        , m_weight(&weight)
        , m_bias(&bias)
    { }

    const Matrix &weight() const { return *m_weight; }
    const Matrix &bias() const { return *m_bias; }

    // Reads trace.layers.back() (and trace.tokens for the pooled placements' pads); fills
    // trace.features, poolWeights, featureMask and outputs (see Trace for which stay empty).
    // dropout: the generator the readout dropout mask is drawn from (F x B, column by column),
    // nullptr for a pass without dropout. auxiliary: also the skip path's own logits
    // (Trace::skipOutputs) when the configuration has the skip path's loss.
    void forward(Trace &trace, Random *dropout, bool auxiliary = false) const;

    // From trace.dOutputs: writes (not adds) dWeight and dBias, fills trace.dFeatures and the
    // top layer's dHiddenDirect (H x TB per direction). Not for Jordan (see backwardJordan).
    void backward(Trace &trace, Matrix &dWeight, Matrix &dBias) const;

    // Jordan: what the loss puts on y_t directly, O x TB (zero columns where there is no loss),
    // for JordanCell::backward; fills trace.dFeatures for the many-to-one placements when the
    // trace is recorded.
    Matrix backwardJordan(Trace &trace) const;

    // MeanPool's weights, TB (index t*B + b): 1 / n_b on the real steps of sequence b, 0 on its
    // pad steps (token 0 when `pads`), n_b its real steps; all zero for a sequence of pads only.
    static void poolWeights(const std::vector<int> &tokens, int steps, int batch, bool pads,
                            Vector &weights);

private:
    bool everyStep() const { return m_config->placement == ReadoutPlacement::EveryStep; }
    // EveryStep with one direction: the features are the top layer's h_t itself (no copy).
    bool featuresAreHidden() const { return everyStep() && m_config->directions() == 1; }
    void gatherFeatures(Trace &trace) const;
    // MaxPool: trace.features' pooled rows and trace.poolArgmax from the top layer's outputs.
    void maxPool(Trace &trace) const;
    void scatterFeatureGradient(Trace &trace) const;
    // Time index of the step whose state feeds direction d's features (LastStep, FinalStates).
    int lastStep(int direction, int steps) const;

    const NetworkConfig *m_config;
    const Matrix *m_weight;
    const Matrix *m_bias;
};

} // namespace rnn
