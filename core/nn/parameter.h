// The uniform list of a network's named parameter matrices, and the helpers that treat every
// parameter alike: look-up by name, global gradient norm and clipping. Optimizers, model files and
// the GUI see a network only through this list. It is not a layer and knows nothing of cells.
//
// Vectors (biases) are stored as n x 1 matrices. Gradients are a std::vector<Matrix> in the same
// order and with the same shapes as the parameters (see Network::parameters()).
#pragma once

#include "types.h"

#include <string>
#include <string_view>
#include <vector>

namespace rnn {

struct Parameter
{
    // e.g. "layer0.forward.weight_input", "layer1.backward.bias", "readout.weight",
    // "embedding.weight". The naming scheme is documented in network.h.
    std::string name;
    Matrix value;
};

using Parameters = std::vector<Parameter>;
using Gradients = std::vector<Matrix>;

// Index of the parameter called name, or -1.
int findParameter(const Parameters &parameters, std::string_view name);

// Total number of scalars.
Index parameterScalarCount(const Parameters &parameters);

// Zero matrices with the shapes of parameters.
Gradients zeroGradients(const Parameters &parameters);

// sqrt of the sum of squares of every gradient entry.
double globalNorm(const Gradients &gradients);

// Gradient clipping by global norm: when the norm exceeds maxNorm (> 0) every gradient is scaled
// by maxNorm / norm. Returns the norm BEFORE clipping. maxNorm <= 0 disables clipping.
double clipGradientNorm(Gradients &gradients, double maxNorm);

} // namespace rnn
