// The weight matrices a NetworkConfig describes, named and sized as Network's constructor
// allocates them (network.h), computed without allocating anything: so a model file that
// declares a network can be checked against the weights it holds, and against
// limits::maxParameters, before a single matrix is made. What this is not: a second
// constructor (Network allocates; tst_loader_limits checks that both agree).
#pragma once

#include "network_config.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rnn {

// The name and shape of one of a network's weight matrices.
struct ParameterShape
{
    std::string name;
    int rows = 0;
    int cols = 0;
};

// How many weights Network(config) holds. Any sizes (a file may declare anything): counted in
// doubles without a loop over the layers, saturating at the largest 64-bit count.
std::int64_t parameterCount(const NetworkConfig &config);
// The matrices of Network(config), in its order; empty when config.validate() refuses it.
std::vector<ParameterShape> parameterShapes(const NetworkConfig &config);

} // namespace rnn
