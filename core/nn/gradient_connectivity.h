// Gradient connectivity (Distill's "Visualizing memorization in RNNs", Madsen 2019): how much
// the loss at ONE output step t hears each earlier input, ||dL_t/dx_s|| for s = 0 .. t, from one
// backward pass of core's BPTT. It is the picture of lesson 6: an Elman network's curve falls
// steeply as s moves away from t (the vanishing gradient); an LSTM's stays up along its cell.
//
// L_t is the squared error of step t's outputs alone against targets one below them
// (dL_t/dy_t = 2 / O for each of the O outputs), the same for every network, so two networks'
// curves differ only by what lies between x_s and y_t. A many-to-one network is read out at
// every step for this (its readout's weights apply to each step's state, as they do to the
// last), so any output step can be chosen. Inputs are the first layer's x_s (the word vectors
// with an embedding). Nothing is trained or changed.
#pragma once

#include "batch.h"
#include "network.h"
#include "types.h"

namespace rnn {

struct GradientConnectivity
{
    int outputStep = 0; // t
    Vector norms; // length T: ||dL_t/dx_s||, 0 for s > t (the future does not reach back)

    // norms relative to their largest value (all 0 when every norm is 0), for drawing.
    Vector relative() const;
};

// One sequence (input.batch == 1) and an output step 0 <= t < T. Throws std::invalid_argument
// with a readable message for anything else or a batch that does not fit the network; an MLP
// has no steps to connect (also refused).
GradientConnectivity gradientConnectivity(const Network &network, const InputBatch &input,
                                          int outputStep);

} // namespace rnn
