// Reading the PyTorch reference vectors (tests/core/nn/reference/*.json, schema in its
// README) into the core's types: a NetworkConfig and Network for a given loss entry, the input
// batch, the initial states and the targets, plus the array conversions the comparisons need.
// Shared by the reference test and the benchmarks; it does not compare anything itself.
#pragma once

#include "nn/batch.h"
#include "nn/network.h"
#include "types.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace rnn::reference {

using Json = nlohmann::json;

// The folder named by RNNLAB_REFERENCE_DIR, or fallback when the variable is unset or empty.
std::string referenceDirectory(const std::string &fallback);
// Every *.json in folder, sorted by name.
std::vector<std::string> referenceFiles(const std::string &folder);
// Parses a file; throws std::runtime_error naming the file on failure.
Json readJson(const std::string &path);

// [T][B][K] -> K x TB (column t*B + b).
Matrix stepMajor(const Json &array);
// [R][C] -> R x C; [N] -> N x 1; a number -> 1 x 1.
Matrix matrixOf(const Json &array);

// The network of the file for one loss entry ("mse_last", "mse_all", "mse_final_states",
// "xent_last"): readout kind and placement come from the loss name.
NetworkConfig configFor(const Json &document, const std::string &loss);
// The network with the file's weights (RNN/LSTM: bias = bias_ih + bias_hh; GRU: both kept).
Network networkFor(const Json &document, const std::string &loss);
InputBatch inputFor(const Json &document);
InitialStates initialStatesFor(const Json &document);
Targets targetsFor(const Json &document, const std::string &loss);

// Our parameter name for a PyTorch one ("weight_ih_l0_reverse" -> "layer0.backward.weight_input";
// "bias_ih_l0" -> "layer0.forward.bias" or "...bias_input" for a GRU); "" when unknown.
std::string parameterNameFor(const std::string &torchName, CellType cell);

} // namespace rnn::reference
