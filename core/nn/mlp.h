// The feed-forward network of lesson 1 (MLP vs RNN): the whole window x_0 .. x_{T-1} flattened
// into one input vector and read at once by dense tanh layers and a linear readout:
//
//     z_0 = [x_0; x_1; ...; x_{T-1}]                   (X*T: step 0's features first)
//     a_l = W_l z_{l-1} + b_l,   z_l = tanh(a_l)       l = 1 .. L (H units each)
//     y   = V z_L + c                                  (O outputs)
//
// Unlike a recurrent cell it carries no state from step to step and shares no weight between
// steps: column s of W_1 belongs to input position s only, so the window's length is part of the
// network (NetworkConfig::windowSteps) and a longer window means a wider W_1.
//
// A view of its parameters, like the cells: it holds const pointers into the Network's
// parameter list and nothing else; forward records into a DenseTrace (trace.h), backward fills
// the same DenseTrace's gradient half and the parameter gradients. It does no loss.
// Shapes: XT = X*T (the flattened window), H = hidden units, O = outputs, B = batch.
#pragma once

#include "trace.h"
#include "types.h"

#include <vector>

namespace rnn {

class Mlp
{
public:
    // weights[l]: W_{l+1}, H x XT for l = 0, H x H after; biases[l]: b_{l+1}, H x 1;
    // readoutWeight V: O x H; readoutBias c: O x 1.
    Mlp(std::vector<const Matrix *> weights, std::vector<const Matrix *> biases,
        const Matrix &readoutWeight, const Matrix &readoutBias);

    int layers() const { return static_cast<int>(m_weights.size()); }

    // From trace.input (XT x B): fills preactivation and hidden of every layer and outputs
    // (O x B: y).
    void forward(DenseTrace &trace, Matrix &outputs) const;
    // From dOutputs (O x B: dL/dy): fills dHidden, dPre and dInput of trace and the parameter
    // gradients (each resized to its parameter's shape and overwritten).
    void backward(const Matrix &dOutputs, DenseTrace &trace, const std::vector<Matrix *> &dWeights,
                  const std::vector<Matrix *> &dBiases, Matrix &dReadoutWeight,
                  Matrix &dReadoutBias) const;

    // The window (X x TB, step t of sequence b in column t*B + b) as the MLP's input (XT x B),
    // and an XT x B gradient back in the window's layout.
    static Matrix flatten(const Matrix &window, int steps, int batch);
    static Matrix unflatten(const Matrix &flat, int steps, int batch);

private:
    std::vector<const Matrix *> m_weights;
    std::vector<const Matrix *> m_biases;
    const Matrix *m_readoutWeight;
    const Matrix *m_readoutBias;
};

} // namespace rnn
