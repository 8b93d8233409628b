// Implementation of parameter_shapes.h, in the order of Network's constructor (network.cpp).
#include "parameter_shapes.h"

namespace rnn {

std::int64_t parameterCount(const NetworkConfig &c)
{
    // As Network's constructor adds them: embedding, per layer and direction the input and
    // recurrent (or context) weights and the bias (GRU: two), then the readout. Counted in
    // doubles (exact below 2^53) and without a loop, so any size declared in a file can be
    // checked; saturates at the largest 64-bit count.
    if (c.hiddenSize < 0 || c.layers < 1 || c.outputSize < 0 || c.vocabularySize < 0
        || c.embeddingSize < 0 || c.inputSize < 0)
        return 0;
    const double h = c.hiddenSize;
    const double gh = c.gateCount() * h;
    const double directionCount = c.directions();
    const double features = directionCount * h;
    const double recurrent = c.cell == CellType::Jordan ? h * c.contextSize() : gh * h;
    const double biases = c.cell == CellType::Gru ? 2 * gh : gh;
    const auto layer
        = [&](double input) { return directionCount * (gh * input + recurrent + biases); };
    const double embedding = c.hasEmbedding() ? double(c.embeddingSize)
            * (double(c.vocabularySize) + (c.subwordBuckets > 0 ? c.subwordBuckets : 0))
                                              : 0.0;
    const double count = embedding + layer(c.firstLayerInputSize())
        + (c.layers - 1) * layer(features) + double(c.outputSize) * features + c.outputSize;
    return count < 9.0e18 ? static_cast<std::int64_t>(count) : INT64_MAX;
}

std::vector<ParameterShape> parameterShapes(const NetworkConfig &c)
{
    if (!c.validate().empty())
        return {};
    const int h = c.hiddenSize;
    const int gh = c.gateCount() * h;
    std::vector<ParameterShape> shapes;
    if (c.hasEmbedding())
        shapes.push_back({ "embedding.weight", c.embeddingSize, c.vocabularySize });
    if (c.hasSubwords())
        shapes.push_back({ "embedding.subword_weight", c.embeddingSize, c.subwordBuckets });
    for (int l = 0; l < c.layers; ++l) {
        for (int d = 0; d < c.directions(); ++d) {
            const std::string prefix
                = "layer" + std::to_string(l) + (d == 0 ? ".forward." : ".backward.");
            shapes.push_back({ prefix + "weight_input", gh, c.layerInputSize(l) });
            if (c.cell == CellType::Jordan)
                shapes.push_back({ prefix + "weight_context", h, c.contextSize() });
            else
                shapes.push_back({ prefix + "weight_hidden", gh, h });
            if (c.cell == CellType::Gru) {
                shapes.push_back({ prefix + "bias_input", gh, 1 });
                shapes.push_back({ prefix + "bias_hidden", gh, 1 });
            } else {
                shapes.push_back({ prefix + "bias", gh, 1 });
            }
        }
    }
    shapes.push_back({ "readout.weight", c.outputSize, c.featureSize() });
    shapes.push_back({ "readout.bias", c.outputSize, 1 });
    return shapes;
}

} // namespace rnn
