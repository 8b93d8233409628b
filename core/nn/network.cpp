// Building a network's parameter list, forward (stacking, directions, readout, loss) and
// backward (see network.h).
#include "network.h"

#include "elman_cell.h"
#include "gru_cell.h"
#include "initializer.h"
#include "jordan_cell.h"
#include "lstm_cell.h"

#include <stdexcept>

namespace rnn {

Network::Network(const NetworkConfig &config, std::uint64_t seed)
    : Network(config, seed, InitializerOptions {})
{ }

Network::Network(const NetworkConfig &config, std::uint64_t seed, const InitializerOptions &init)
    : m_config(config)
{
    const std::string error = config.validate();
    if (!error.empty())
        throw std::invalid_argument(error);
    const Index h = config.hiddenSize;
    const Index gh = Index(config.gateCount()) * h;
    const auto add = [this](std::string name, Index rows, Index cols) {
        m_parameters.push_back({ std::move(name), Matrix::Zero(rows, cols) });
        return static_cast<int>(m_parameters.size() - 1);
    };
    if (config.hasEmbedding())
        m_embedding = add("embedding.weight", config.embeddingSize, config.vocabularySize);
    for (int l = 0; l < config.layers; ++l) {
        for (int d = 0; d < config.directions(); ++d) {
            const std::string prefix
                = "layer" + std::to_string(l) + (d == 0 ? ".forward." : ".backward.");
            LayerParameters lp;
            lp.weightInput = add(prefix + "weight_input", gh, config.layerInputSize(l));
            if (config.cell == CellType::Jordan)
                lp.weightHidden = add(prefix + "weight_context", h, config.contextSize());
            else
                lp.weightHidden = add(prefix + "weight_hidden", gh, h);
            if (config.cell == CellType::Gru) {
                lp.bias = add(prefix + "bias_input", gh, 1);
                lp.biasHidden = add(prefix + "bias_hidden", gh, 1);
            } else {
                lp.bias = add(prefix + "bias", gh, 1);
            }
            m_layers.push_back(lp);
        }
    }
    m_readoutWeight = add("readout.weight", config.outputSize, config.featureSize());
    m_readoutBias = add("readout.bias", config.outputSize, 1);
    initializeParameters(*this, seed, init);
}

std::string Network::setParameters(const Parameters &values)
{
    if (values.size() != m_parameters.size())
        return "The parameter list has " + std::to_string(values.size()) + " entries, the network "
            + std::to_string(m_parameters.size()) + ".";
    for (std::size_t i = 0; i < values.size(); ++i) {
        const Parameter &mine = m_parameters[i];
        const Parameter &theirs = values[i];
        if (mine.name != theirs.name)
            return "Parameter " + std::to_string(i) + " is called " + theirs.name + ", expected "
                + mine.name + ".";
        if (mine.value.rows() != theirs.value.rows() || mine.value.cols() != theirs.value.cols())
            return "Parameter " + mine.name + " has shape " + std::to_string(theirs.value.rows())
                + " x " + std::to_string(theirs.value.cols()) + ", expected "
                + std::to_string(mine.value.rows()) + " x " + std::to_string(mine.value.cols())
                + ".";
    }
    for (std::size_t i = 0; i < values.size(); ++i)
        m_parameters[i].value = values[i].value;
    return {};
}

std::string Network::checkBatch(const InputBatch &, const Targets &) const
{
    return {};
}

Trace Network::forward(const InputBatch &input, const Targets &targets,
                       const ForwardOptions &options) const
{
    Trace trace;
    forward(input, targets, options, trace);
    return trace;
}

void Network::forward(const InputBatch &, const Targets &, const ForwardOptions &, Trace &) const
{
    throw std::logic_error("Network::forward: not implemented yet");
}

void Network::backward(Trace &, const BackwardOptions &) const
{
    throw std::logic_error("Network::backward: not implemented yet");
}

} // namespace rnn
