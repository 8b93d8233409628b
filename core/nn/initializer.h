// How a network's parameters start: Glorot/Xavier uniform input and readout weights, orthogonal
// recurrent weights (QR of a Gaussian matrix), zero biases (LSTM forget gate optionally set,
// e.g. to 1), all drawn from one seed with rnn::Random, so the same seed gives bit-identical
// weights on every machine. Parameters are drawn in list order. Not a training procedure.
#pragma once

#include "types.h"

#include <cstdint>

namespace rnn {

class Network;
class Random;

struct InitializerOptions
{
    // Initial value of every LSTM forget-gate bias b_f (Jozefowicz et al. 2015 suggest 1).
    double forgetBias = 1.0;
    // Orthogonal recurrent weights; false draws them Glorot uniform like the input weights.
    bool orthogonalRecurrent = true;
    // Standard deviation of the embedding entries (Gaussian); the padding column stays 0.
    double embeddingScale = 1.0;
};

// Re-initialises every parameter of network from seed.
void initializeParameters(Network &network, std::uint64_t seed,
                          const InitializerOptions &options = {});

// Uniform in [-a, a] with a = sqrt(6 / (fanIn + fanOut)), fanIn = cols, fanOut = rows.
void glorotUniform(Eigen::Ref<Matrix> weight, Random &random);

// rows x cols with orthonormal columns (rows >= cols) or orthonormal rows (rows < cols):
// the Q of a Householder QR of a standard Gaussian matrix, sign-corrected by diag(R) so the
// result is uniformly distributed. Deterministic for a given Random state.
void orthogonal(Eigen::Ref<Matrix> weight, Random &random);

} // namespace rnn
