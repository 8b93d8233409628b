// Building a network's parameter list; forward as embed -> layers -> readout -> loss and backward
// as the same parts in reverse (see network.h; the readout and the loss are in readout.h, loss.h).
#include "network.h"

#include "dropout.h"
#include "elman_cell.h"
#include "embedding.h"
#include "gru_cell.h"
#include "initializer.h"
#include "jordan_cell.h"
#include "loss.h"
#include "lstm_cell.h"
#include "mlp.h"
#include "random.h"
#include "readout.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

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
    if (config.isMlp()) { // dense layers instead of recurrent ones (parameter_shapes.cpp)
        for (int l = 0; l < config.layers; ++l) {
            const std::string prefix = "dense" + std::to_string(l);
            add(prefix + ".weight", h, l == 0 ? Index(config.mlpInputSize()) : h);
            add(prefix + ".bias", h, 1);
        }
    }
    if (config.hasEmbedding())
        m_embedding = add("embedding.weight", config.embeddingSize, config.vocabularySize);
    if (config.hasSubwords())
        m_subwordEmbedding
            = add("embedding.subword_weight", config.embeddingSize, config.subwordBuckets);
    for (int l = 0; l < (config.isMlp() ? 0 : config.layers); ++l) {
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
    m_readoutWeight
        = add("readout.weight", config.outputSize, config.isMlp() ? h : config.featureSize());
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

namespace {

std::string shape(const Matrix &m)
{
    return std::to_string(m.rows()) + " x " + std::to_string(m.cols());
}

bool hasShape(const Matrix &m, Index rows, Index cols)
{
    return m.rows() == rows && m.cols() == cols;
}

// out = the given initial state (checked to be rows x cols), or zeros when none is given. The
// error names `what` ("hidden", "cell", "Jordan context", ...) and, for layer >= 0, the layer.
void initialState(const Matrix *given, Index rows, Index cols, const char *what, int layer,
                  Matrix &out)
{
    if (!given || given->size() == 0) {
        out.setZero(rows, cols);
        return;
    }
    if (!hasShape(*given, rows, cols))
        throw std::invalid_argument(
            std::string("The initial ") + what
            + (layer >= 0 ? " state of layer " + std::to_string(layer) : std::string()) + " is "
            + shape(*given) + ", expected " + (layer >= 0 ? "H x B." : "O x B."));
    out = *given;
}

// The state given for layer l, direction d, or nullptr.
const Matrix *layerState(const std::vector<std::vector<Matrix>> &given, int l, int d)
{
    if (std::size_t(l) < given.size() && std::size_t(d) < given[std::size_t(l)].size())
        return &given[std::size_t(l)][std::size_t(d)];
    return nullptr;
}

} // namespace

std::string Network::checkBatch(const InputBatch &input, const Targets &targets) const
{
    const NetworkConfig &c = m_config;
    if (m_parameters.empty())
        return "The network is empty.";
    if (input.steps < 1 || input.batch < 1)
        return "A batch needs at least one time step and one sequence.";
    const Index tb = Index(input.steps) * input.batch;
    if (c.hasEmbedding()) {
        if (Index(input.tokens.size()) != tb)
            return "The batch has " + std::to_string(input.tokens.size())
                + " token ids, expected T*B = " + std::to_string(tb) + ".";
        for (int id : input.tokens) {
            if (id < 0 || id >= c.vocabularySize)
                return "Token id " + std::to_string(id) + " is outside the vocabulary (0.."
                    + std::to_string(c.vocabularySize - 1) + ").";
        }
        if (auto error = checkSubwords(input); !error.empty())
            return error;
    } else if (!hasShape(input.values, c.inputSize, tb)) {
        return "The inputs are " + shape(input.values) + ", expected X x T*B = "
            + std::to_string(c.inputSize) + " x " + std::to_string(tb) + ".";
    }
    if (c.isMlp() && input.steps != c.windowSteps)
        return "The MLP reads windows of " + std::to_string(c.windowSteps)
            + " steps; this batch has " + std::to_string(input.steps) + ".";
    if (targets.empty())
        return {};
    return Loss(c).checkTargets(targets, input.steps, input.batch);
}

std::string Network::checkSubwords(const InputBatch &input) const
{
    const auto &offsets = input.subwordOffsets;
    const auto &ids = input.subwordIds;
    if (offsets.empty() && ids.empty())
        return {};
    if (!m_config.hasSubwords())
        return "The batch has subword n-grams but the network has no subword embedding.";
    const std::size_t columns = input.tokens.size();
    if (offsets.size() != columns + 1 || offsets.front() != 0
        || offsets.back() != static_cast<int>(ids.size()))
        return "The batch's subword offsets must have T*B + 1 entries from 0 to the number of "
               "n-gram ids.";
    for (std::size_t j = 0; j < columns; ++j)
        if (offsets[j + 1] < offsets[j])
            return "The batch's subword offsets must not decrease.";
    for (int id : ids)
        if (id < 0 || id >= m_config.subwordBuckets)
            return "Subword bucket " + std::to_string(id) + " is outside 0.."
                + std::to_string(m_config.subwordBuckets - 1) + ".";
    return {};
}

Embedding Network::embedding() const
{
    return Embedding(value(m_embedding),
                     m_subwordEmbedding >= 0 ? &value(m_subwordEmbedding) : nullptr,
                     m_config.paddingToken);
}

Readout Network::readout() const
{
    return Readout(m_config, value(m_readoutWeight), value(m_readoutBias));
}

Trace Network::forward(const InputBatch &input, const Targets &targets,
                       const ForwardOptions &options) const
{
    Trace trace;
    forward(input, targets, options, trace);
    return trace;
}

void Network::forward(const InputBatch &input, const Targets &targets,
                      const ForwardOptions &options, Trace &trace) const
{
    const std::string error = checkBatch(input, targets);
    if (!error.empty())
        throw std::invalid_argument(error);
    startTrace(input, options.recordTrace, trace);
    if (m_config.isMlp()) {
        forwardDense(input, trace);
        Loss(m_config).forward(targets, trace);
        return;
    }
    // Training passes draw the input dropout mask first, then the readout's.
    Random dropoutRandom(options.dropoutSeed);
    Random *dropout = options.dropout ? &dropoutRandom : nullptr;
    embed(input, dropout, trace);
    for (int l = 0; l < m_config.layers; ++l)
        forwardLayer(l, options.initial, trace);
    readout().forward(trace, dropout, options.auxiliaryLoss);
    Loss(m_config).forward(targets, trace);
}

void Network::startTrace(const InputBatch &input, bool record, Trace &trace) const
{
    trace.steps = input.steps;
    trace.batch = input.batch;
    trace.readout = m_config.readout;
    trace.placement = m_config.placement;
    trace.recorded = record;
    trace.hasGradients = false;
    trace.tokens = input.tokens;
    trace.subwordOffsets = input.subwordOffsets;
    trace.subwordIds = input.subwordIds;
    trace.dense = {};
    trace.layers.resize(m_config.isMlp() ? 0 : std::size_t(m_config.layers));
    for (auto &layer : trace.layers) {
        layer.resize(std::size_t(m_config.directions()));
        for (std::size_t d = 0; d < layer.size(); ++d) {
            layer[d].steps = input.steps;
            layer[d].batch = input.batch;
            layer[d].reverse = d == 1;
            layer[d].cellType = m_config.cell;
            layer[d].pad.clear();
            if (m_config.skipsPadding()
                && std::find(input.tokens.begin(), input.tokens.end(), 0) != input.tokens.end())
                for (int id : input.tokens)
                    layer[d].pad.push_back(id == 0 ? 1 : 0);
        }
    }
}

void Network::embed(const InputBatch &input, Random *dropout, Trace &trace) const
{
    const NetworkConfig &c = m_config;
    const Index tb = Index(input.steps) * input.batch;
    if (dropout && c.inputDropout > 0.0)
        detail::dropoutMask(c.firstLayerInputSize(), tb, c.inputDropout, *dropout, trace.inputMask);
    else
        trace.inputMask.resize(0, 0);
    auto &first = trace.layers.front();
    for (LayerTrace &lt : first) { // each direction reads the same x_t
        if (&lt != &first.front()) {
            lt.input = first.front().input;
            continue;
        }
        if (c.hasEmbedding()) {
            embedding().forward(input.tokens, input.subwordOffsets, input.subwordIds, lt.input);
        } else {
            lt.input = input.values;
        }
        if (trace.inputMask.size() > 0)
            lt.input.array() *= trace.inputMask.array();
    }
}

void Network::forwardLayer(int l, const InitialStates &initial, Trace &trace) const
{
    const NetworkConfig &c = m_config;
    const Index hs = c.hiddenSize;
    const Index batch = trace.batch;
    auto &layer = trace.layers[std::size_t(l)];
    for (int d = 0; d < c.directions(); ++d) {
        LayerTrace &lt = layer[std::size_t(d)];
        if (l > 0) { // both directions of the layer below, stacked: [h forward; h backward]
            const auto &below = trace.layers[std::size_t(l - 1)];
            lt.input.resize(Index(below.size()) * hs, Index(trace.steps) * batch);
            for (std::size_t e = 0; e < below.size(); ++e)
                lt.input.middleRows(Index(e) * hs, hs) = below[e].hidden;
        }
        if (c.cell == CellType::Jordan) {
            initialState(&initial.context, c.outputSize, batch, "Jordan context", -1,
                         lt.initialContext);
            initialState(&initial.output, c.outputSize, batch, "Jordan output", -1,
                         lt.initialOutput);
            lt.initialHidden.resize(0, 0);
        } else {
            initialState(layerState(initial.hidden, l, d), hs, batch, "hidden", l,
                         lt.initialHidden);
        }
        if (c.cell == CellType::Lstm)
            initialState(layerState(initial.cell, l, d), hs, batch, "cell", l, lt.initialCell);
        const LayerParameters &lp = layerParameters(l, d);
        const Matrix &wIn = value(lp.weightInput);
        const Matrix &wHid = value(lp.weightHidden);
        const Matrix &bias = value(lp.bias);
        switch (c.cell) {
        case CellType::Elman:
            ElmanCell(wIn, wHid, bias).forward(lt, trace.recorded);
            break;
        case CellType::Lstm:
            LstmCell(wIn, wHid, bias).forward(lt, trace.recorded);
            break;
        case CellType::Gru:
            GruCell(wIn, wHid, bias, value(lp.biasHidden)).forward(lt, trace.recorded);
            break;
        case CellType::Jordan:
            JordanCell(wIn, wHid, bias, value(m_readoutWeight), value(m_readoutBias), c.jordanMu)
                .forward(lt, trace.recorded);
            break;
        case CellType::Mlp: // no recurrent layer (forwardDense)
            break;
        }
    }
}

void Network::backward(Trace &trace, const BackwardOptions &options) const
{
    if (!trace.hasLoss)
        throw std::invalid_argument("backward needs a forward pass with targets.");
    trace.gradients.resize(m_parameters.size());
    Loss(m_config).backward(trace);
    if (m_config.isMlp()) {
        backwardDense(trace);
        trace.hasGradients = true;
        return;
    }
    // A Jordan cell evaluates the readout itself (it feeds y_t back), so its backward also
    // writes the readout's gradients from what the loss puts on y_t.
    Matrix jordanOutputGradient;
    if (m_config.cell == CellType::Jordan)
        jordanOutputGradient = readout().backwardJordan(trace);
    else
        readout().backward(trace, gradient(trace, m_readoutWeight), gradient(trace, m_readoutBias));
    for (int l = m_config.layers - 1; l >= 0; --l)
        backwardLayer(l, options.truncation, jordanOutputGradient, trace);
    backwardEmbed(trace);
    trace.hasGradients = true;
}

void Network::backwardLayer(int l, int truncation, const Matrix &jordanOutputGradient,
                            Trace &trace) const
{
    const NetworkConfig &c = m_config;
    const bool record = trace.recorded;
    const bool inputGradient = l > 0 || record || c.hasEmbedding();
    auto &layer = trace.layers[std::size_t(l)];
    for (int d = 0; d < c.directions(); ++d) {
        LayerTrace &lt = layer[std::size_t(d)];
        const LayerParameters &lp = layerParameters(l, d);
        const Matrix &wIn = value(lp.weightInput);
        const Matrix &wHid = value(lp.weightHidden);
        const Matrix &bias = value(lp.bias);
        Matrix &dWeightInput = gradient(trace, lp.weightInput);
        Matrix &dWeightHidden = gradient(trace, lp.weightHidden);
        Matrix &dBias = gradient(trace, lp.bias);
        switch (c.cell) {
        case CellType::Elman:
            ElmanCell(wIn, wHid, bias)
                .backward(lt, truncation, record, inputGradient, dWeightInput, dWeightHidden,
                          dBias);
            break;
        case CellType::Lstm:
            LstmCell(wIn, wHid, bias)
                .backward(lt, truncation, record, inputGradient, dWeightInput, dWeightHidden,
                          dBias);
            break;
        case CellType::Gru:
            GruCell(wIn, wHid, bias, value(lp.biasHidden))
                .backward(lt, truncation, record, inputGradient, dWeightInput, dWeightHidden, dBias,
                          gradient(trace, lp.biasHidden));
            break;
        case CellType::Jordan:
            JordanCell(wIn, wHid, bias, value(m_readoutWeight), value(m_readoutBias), c.jordanMu)
                .backward(lt, jordanOutputGradient, truncation, record, inputGradient, dWeightInput,
                          dWeightHidden, dBias, gradient(trace, m_readoutWeight),
                          gradient(trace, m_readoutBias));
            break;
        case CellType::Mlp: // no recurrent layer (backwardDense)
            break;
        }
    }
    if (l == 0)
        return;
    // What this layer's input gradient puts on each direction of the layer below.
    const Index hs = c.hiddenSize;
    auto &below = trace.layers[std::size_t(l - 1)];
    for (std::size_t e = 0; e < below.size(); ++e) {
        Matrix &direct = below[e].dHiddenDirect;
        direct = layer[0].dInput.middleRows(Index(e) * hs, hs);
        for (std::size_t d = 1; d < layer.size(); ++d)
            direct += layer[d].dInput.middleRows(Index(e) * hs, hs);
    }
}

void Network::backwardEmbed(Trace &trace) const
{
    const NetworkConfig &c = m_config;
    auto &first = trace.layers.front();
    if (first[0].dInput.size() > 0) {
        trace.dInput = first[0].dInput;
        for (std::size_t d = 1; d < first.size(); ++d)
            trace.dInput += first[d].dInput;
        if (trace.dSkipInput.size() > 0) // the readout's skip path reads x_t too
            trace.dInput += trace.dSkipInput;
        if (trace.inputMask.size() > 0) // through the dropout: dL/d(input before it)
            trace.dInput.array() *= trace.inputMask.array();
    } else {
        trace.dInput.resize(0, 0);
    }
    if (!c.hasEmbedding())
        return;
    embedding().backward(trace.dInput, trace.tokens, trace.subwordOffsets, trace.subwordIds,
                         gradient(trace, m_embedding),
                         m_subwordEmbedding >= 0 ? &gradient(trace, m_subwordEmbedding) : nullptr);
}

Mlp Network::mlp() const
{
    // dense<l>.weight and dense<l>.bias are parameters 2l and 2l + 1 (the constructor's order).
    std::vector<const Matrix *> weights, biases;
    for (int l = 0; l < m_config.layers; ++l) {
        weights.push_back(&value(2 * l));
        biases.push_back(&value(2 * l + 1));
    }
    return Mlp(std::move(weights), std::move(biases), value(m_readoutWeight), value(m_readoutBias));
}

void Network::forwardDense(const InputBatch &input, Trace &trace) const
{
    trace.dense.input = Mlp::flatten(input.values, input.steps, input.batch);
    mlp().forward(trace.dense, trace.outputs);
}

void Network::backwardDense(Trace &trace) const
{
    std::vector<Matrix *> dWeights, dBiases;
    for (int l = 0; l < m_config.layers; ++l) {
        dWeights.push_back(&gradient(trace, 2 * l));
        dBiases.push_back(&gradient(trace, 2 * l + 1));
    }
    mlp().backward(trace.dOutputs, trace.dense, dWeights, dBiases, gradient(trace, m_readoutWeight),
                   gradient(trace, m_readoutBias));
    trace.dInput = Mlp::unflatten(trace.dense.dInput, trace.steps, trace.batch);
}

} // namespace rnn
