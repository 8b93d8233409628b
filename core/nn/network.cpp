// Building a network's parameter list, forward (stacking, directions, readout, loss) and
// backward (see network.h).
#include "network.h"

#include "elman_cell.h"
#include "gru_cell.h"
#include "initializer.h"
#include "jordan_cell.h"
#include "lstm_cell.h"
#include "random.h"

#include <cmath>
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

namespace {

std::string shape(const Matrix &m)
{
    return std::to_string(m.rows()) + " x " + std::to_string(m.cols());
}

// An inverted-dropout mask: each entry 0 with probability p, else 1 / (1 - p); column by column.
void dropoutMask(Index rows, Index cols, double p, Random &random, Matrix &mask)
{
    mask.resize(rows, cols);
    const double keep = 1.0 / (1.0 - p);
    for (Index c = 0; c < cols; ++c)
        for (Index r = 0; r < rows; ++r)
            mask(r, c) = random.uniform() < p ? 0.0 : keep;
}

bool hasShape(const Matrix &m, Index rows, Index cols)
{
    return m.rows() == rows && m.cols() == cols;
}

// Stable softmax of every column.
void softmaxColumns(const Matrix &logits, Matrix &probabilities)
{
    probabilities.resize(logits.rows(), logits.cols());
    for (Index c = 0; c < logits.cols(); ++c) {
        const double top = logits.col(c).maxCoeff();
        probabilities.col(c) = (logits.col(c).array() - top).exp().matrix();
        probabilities.col(c) /= probabilities.col(c).sum();
    }
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
    } else if (!hasShape(input.values, c.inputSize, tb)) {
        return "The inputs are " + shape(input.values) + ", expected X x T*B = "
            + std::to_string(c.inputSize) + " x " + std::to_string(tb) + ".";
    }
    if (targets.empty())
        return {};
    const bool every = c.placement == ReadoutPlacement::EveryStep;
    const Index columns = every ? tb : input.batch;
    if (c.readout == ReadoutKind::Linear) {
        if (!hasShape(targets.values, c.outputSize, columns))
            return "The targets are " + shape(targets.values) + ", expected "
                + std::to_string(c.outputSize) + " x " + std::to_string(columns) + ".";
    } else {
        if (Index(targets.labels.size()) != columns)
            return "There are " + std::to_string(targets.labels.size()) + " labels, expected "
                + std::to_string(columns) + ".";
        for (int label : targets.labels) {
            if (label >= c.outputSize)
                return "Label " + std::to_string(label) + " is not a class (0.."
                    + std::to_string(c.outputSize - 1) + ").";
        }
    }
    if (targets.stepMask.size() != 0) {
        if (!every)
            return "A per-step loss mask needs the readout at every step.";
        if (targets.stepMask.size() != input.steps)
            return "The loss mask has " + std::to_string(targets.stepMask.size())
                + " entries, expected T = " + std::to_string(input.steps) + ".";
    }
    return {};
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
    const NetworkConfig &c = m_config;
    const int steps = input.steps;
    const Index batch = input.batch;
    const Index tb = Index(steps) * batch;
    const Index hs = c.hiddenSize;
    const int directions = c.directions();
    const bool record = options.recordTrace;
    const InitialStates &init = options.initial;

    trace.steps = steps;
    trace.batch = input.batch;
    trace.readout = c.readout;
    trace.placement = c.placement;
    trace.recorded = record;
    trace.hasGradients = false;
    trace.layers.resize(std::size_t(c.layers));
    trace.tokens = input.tokens;

    // Dropout masks (training passes only).
    Random dropoutRandom(options.dropoutSeed);
    const bool dropInput = options.dropout && c.inputDropout > 0.0;
    const bool dropFeatures = options.dropout && c.readoutDropout > 0.0;
    if (dropInput)
        dropoutMask(c.firstLayerInputSize(), tb, c.inputDropout, dropoutRandom, trace.inputMask);
    else
        trace.inputMask.resize(0, 0);
    trace.featureMask.resize(0, 0);

    const auto initialState = [&](const std::vector<std::vector<Matrix>> &given, int l, int d,
                                  Matrix &out, const char *what) {
        if (std::size_t(l) < given.size() && std::size_t(d) < given[std::size_t(l)].size()
            && given[std::size_t(l)][std::size_t(d)].size() > 0) {
            const Matrix &m = given[std::size_t(l)][std::size_t(d)];
            if (!hasShape(m, hs, batch))
                throw std::invalid_argument(std::string("The initial ") + what + " state of layer "
                                            + std::to_string(l) + " is " + shape(m)
                                            + ", expected H x B.");
            out = m;
        } else {
            out.setZero(hs, batch);
        }
    };

    for (int l = 0; l < c.layers; ++l) {
        auto &layer = trace.layers[std::size_t(l)];
        layer.resize(std::size_t(directions));
        for (int d = 0; d < directions; ++d) {
            LayerTrace &lt = layer[std::size_t(d)];
            lt.steps = steps;
            lt.batch = input.batch;
            lt.reverse = d == 1;
            lt.cellType = c.cell;
            // The layer's input.
            if (l == 0) {
                if (c.hasEmbedding()) {
                    const Matrix &table = m_parameters[std::size_t(m_embedding)].value;
                    lt.input.resize(table.rows(), tb);
                    for (Index j = 0; j < tb; ++j)
                        lt.input.col(j) = table.col(input.tokens[std::size_t(j)]);
                } else {
                    lt.input = input.values;
                }
                if (dropInput)
                    lt.input.array() *= trace.inputMask.array();
            } else {
                const auto &below = trace.layers[std::size_t(l - 1)];
                lt.input.resize(Index(directions) * hs, tb);
                for (int e = 0; e < directions; ++e)
                    lt.input.middleRows(Index(e) * hs, hs) = below[std::size_t(e)].hidden;
            }
            const LayerParameters &lp = layerParameters(l, d);
            const Matrix &wIn = m_parameters[std::size_t(lp.weightInput)].value;
            const Matrix &wHid = m_parameters[std::size_t(lp.weightHidden)].value;
            const Matrix &bias = m_parameters[std::size_t(lp.bias)].value;
            switch (c.cell) {
            case CellType::Elman:
                initialState(init.hidden, l, d, lt.initialHidden, "hidden");
                ElmanCell(wIn, wHid, bias).forward(lt, record);
                break;
            case CellType::Lstm:
                initialState(init.hidden, l, d, lt.initialHidden, "hidden");
                initialState(init.cell, l, d, lt.initialCell, "cell");
                LstmCell(wIn, wHid, bias).forward(lt, record);
                break;
            case CellType::Gru:
                initialState(init.hidden, l, d, lt.initialHidden, "hidden");
                GruCell(wIn, wHid, bias, m_parameters[std::size_t(lp.biasHidden)].value)
                    .forward(lt, record);
                break;
            case CellType::Jordan: {
                const Index outputs = c.outputSize;
                if (init.context.size() > 0) {
                    if (!hasShape(init.context, outputs, batch))
                        throw std::invalid_argument("The initial Jordan context is "
                                                    + shape(init.context) + ", expected O x B.");
                    lt.initialContext = init.context;
                } else {
                    lt.initialContext.setZero(outputs, batch);
                }
                if (init.output.size() > 0) {
                    if (!hasShape(init.output, outputs, batch))
                        throw std::invalid_argument("The initial Jordan output is "
                                                    + shape(init.output) + ", expected O x B.");
                    lt.initialOutput = init.output;
                } else {
                    lt.initialOutput.setZero(outputs, batch);
                }
                lt.initialHidden.resize(0, 0);
                JordanCell(wIn, wHid, bias, m_parameters[std::size_t(m_readoutWeight)].value,
                           m_parameters[std::size_t(m_readoutBias)].value, c.jordanMu)
                    .forward(lt, record);
                break;
            }
            }
        }
    }

    // Readout.
    if (c.placement != ReadoutPlacement::MeanPool)
        trace.poolWeights.resize(0);
    const Matrix &wOut = m_parameters[std::size_t(m_readoutWeight)].value;
    const Matrix &bOut = m_parameters[std::size_t(m_readoutBias)].value;
    const auto &top = trace.layers.back();
    const bool every = c.placement == ReadoutPlacement::EveryStep;
    const Index lastStart = Index(steps - 1) * batch;
    if (c.cell == CellType::Jordan) {
        const LayerTrace &lt = top[0];
        if (every)
            trace.outputs = lt.feedback;
        else
            trace.outputs = lt.feedback.rightCols(batch);
        if (record && !every)
            trace.features = lt.hidden.rightCols(batch);
        else
            trace.features.resize(0, 0); // EveryStep: the features are lt.hidden
    } else if (every) {
        if (directions == 1) {
            trace.outputs.noalias() = wOut * top[0].hidden;
            trace.features.resize(0, 0); // the features are top[0].hidden (no copy)
        } else {
            trace.features.resize(Index(directions) * hs, tb);
            for (int d = 0; d < directions; ++d)
                trace.features.middleRows(Index(d) * hs, hs) = top[std::size_t(d)].hidden;
            trace.outputs.noalias() = wOut * trace.features;
        }
        trace.outputs.colwise() += bOut.col(0);
    } else {
        // One feature column per sequence: the mean over its real steps, or its last state(s).
        if (c.placement == ReadoutPlacement::MeanPool) {
            // Pool weights: 1 / n_b on the real steps of sequence b, 0 on pad steps.
            trace.poolWeights.resize(tb);
            const bool pads = c.hasEmbedding() && c.paddingToken;
            for (Index b = 0; b < batch; ++b) {
                Index real = 0;
                for (Index t = 0; t < steps; ++t)
                    real += (pads && input.tokens[std::size_t(t * batch + b)] == 0) ? 0 : 1;
                const double weight = real > 0 ? 1.0 / static_cast<double>(real) : 0.0;
                for (Index t = 0; t < steps; ++t)
                    trace.poolWeights(t * batch + b)
                        = (pads && input.tokens[std::size_t(t * batch + b)] == 0) ? 0.0 : weight;
            }
            // features (F x B) = sum over t of hidden_t (H x B), column b scaled by the weight
            // of (t, b).
            trace.features.setZero(Index(directions) * hs, batch);
            for (int d = 0; d < directions; ++d) {
                auto rows = trace.features.middleRows(Index(d) * hs, hs);
                const Matrix &hidden = top[std::size_t(d)].hidden;
                for (Index t = 0; t < steps; ++t)
                    rows.array() += hidden.middleCols(t * batch, batch).array().rowwise()
                        * trace.poolWeights.segment(t * batch, batch).transpose().array();
            }
        } else {
            trace.features.resize(Index(directions) * hs, batch);
            for (int d = 0; d < directions; ++d) {
                const Index start
                    = (c.placement == ReadoutPlacement::FinalStates && d == 1) ? 0 : lastStart;
                trace.features.middleRows(Index(d) * hs, hs)
                    = top[std::size_t(d)].hidden.middleCols(start, batch);
            }
        }
        if (dropFeatures) {
            dropoutMask(trace.features.rows(), batch, c.readoutDropout, dropoutRandom,
                        trace.featureMask);
            trace.features.array() *= trace.featureMask.array();
        }
        trace.outputs.noalias() = wOut * trace.features;
        trace.outputs.colwise() += bOut.col(0);
    }
    if (c.readout == ReadoutKind::Softmax)
        softmaxColumns(trace.outputs, trace.probabilities);
    else
        trace.probabilities.resize(0, 0);

    // Loss.
    trace.targets = targets.values;
    trace.labels = targets.labels;
    if (targets.stepMask.size() > 0)
        trace.stepMask = targets.stepMask;
    else
        trace.stepMask.setOnes(steps);
    trace.stepLoss.setZero(steps);
    trace.loss = 0.0;
    trace.hasLoss = !targets.empty();
    if (!trace.hasLoss)
        return;
    const Index slots = every ? steps : 1; // column groups of B in outputs
    const auto stepOfSlot = [&](Index s) { return every ? s : Index(steps - 1); };
    if (c.readout == ReadoutKind::Linear) {
        Index counted = 0;
        for (Index s = 0; s < slots; ++s)
            counted += trace.stepMask(stepOfSlot(s)) != 0.0 ? 1 : 0;
        const double denominator = static_cast<double>(counted * batch * c.outputSize);
        for (Index s = 0; s < slots; ++s) {
            const Index t = stepOfSlot(s);
            if (trace.stepMask(t) == 0.0)
                continue;
            const double sum = (trace.outputs.middleCols(s * batch, batch)
                                - trace.targets.middleCols(s * batch, batch))
                                   .squaredNorm();
            trace.stepLoss(t) = sum / denominator;
        }
    } else {
        Index counted = 0;
        for (Index j = 0; j < slots * batch; ++j)
            counted += (trace.labels[std::size_t(j)] >= 0
                        && trace.stepMask(stepOfSlot(j / batch)) != 0.0)
                ? 1
                : 0;
        const double denominator = static_cast<double>(counted);
        for (Index j = 0; j < slots * batch; ++j) {
            const int label = trace.labels[std::size_t(j)];
            const Index t = stepOfSlot(j / batch);
            if (label < 0 || trace.stepMask(t) == 0.0)
                continue;
            // -log softmax computed from the logits (log-sum-exp), not log of a rounded p.
            const auto logits = trace.outputs.col(j);
            const double peak = logits.maxCoeff();
            const double logSum = peak + std::log((logits.array() - peak).exp().sum());
            trace.stepLoss(t) += (logSum - logits(label)) / denominator;
        }
    }
    trace.loss = trace.stepLoss.sum();
}

void Network::backward(Trace &trace, const BackwardOptions &options) const
{
    if (!trace.hasLoss)
        throw std::invalid_argument("backward needs a forward pass with targets.");
    const NetworkConfig &c = m_config;
    const int steps = trace.steps;
    const Index batch = trace.batch;
    const Index tb = Index(steps) * batch;
    const Index hs = c.hiddenSize;
    const int directions = c.directions();
    const bool record = trace.recorded;
    const bool every = c.placement == ReadoutPlacement::EveryStep;
    const Index slots = every ? steps : 1;
    const auto stepOfSlot = [&](Index s) { return every ? s : Index(steps - 1); };

    // dL/d outputs.
    trace.dOutputs.setZero(trace.outputs.rows(), trace.outputs.cols());
    if (c.readout == ReadoutKind::Linear) {
        Index counted = 0;
        for (Index s = 0; s < slots; ++s)
            counted += trace.stepMask(stepOfSlot(s)) != 0.0 ? 1 : 0;
        const double scale = 2.0 / static_cast<double>(counted * batch * c.outputSize);
        for (Index s = 0; s < slots; ++s) {
            if (trace.stepMask(stepOfSlot(s)) == 0.0)
                continue;
            trace.dOutputs.middleCols(s * batch, batch) = scale
                * (trace.outputs.middleCols(s * batch, batch)
                   - trace.targets.middleCols(s * batch, batch));
        }
    } else {
        Index counted = 0;
        for (Index j = 0; j < slots * batch; ++j)
            counted += (trace.labels[std::size_t(j)] >= 0
                        && trace.stepMask(stepOfSlot(j / batch)) != 0.0)
                ? 1
                : 0;
        for (Index j = 0; j < slots * batch; ++j) {
            const int label = trace.labels[std::size_t(j)];
            if (label < 0 || trace.stepMask(stepOfSlot(j / batch)) == 0.0)
                continue;
            trace.dOutputs.col(j) = trace.probabilities.col(j) / static_cast<double>(counted);
            trace.dOutputs(label, j) -= 1.0 / static_cast<double>(counted);
        }
    }

    // Gradient storage, same shapes as the parameters.
    trace.gradients.resize(m_parameters.size());
    Gradients &grads = trace.gradients;
    const auto grad = [&grads](int index) -> Matrix & { return grads[std::size_t(index)]; };
    const Matrix &wOut = m_parameters[std::size_t(m_readoutWeight)].value;
    auto &top = trace.layers.back();

    if (c.cell == CellType::Jordan) {
        LayerTrace &lt = top[0];
        Matrix dDirect;
        if (every) {
            dDirect = trace.dOutputs;
        } else {
            dDirect.setZero(c.outputSize, tb);
            dDirect.rightCols(batch) = trace.dOutputs;
        }
        const LayerParameters &lp = layerParameters(0, 0);
        const bool inputGradient = record || c.hasEmbedding();
        JordanCell(m_parameters[std::size_t(lp.weightInput)].value,
                   m_parameters[std::size_t(lp.weightHidden)].value,
                   m_parameters[std::size_t(lp.bias)].value, wOut,
                   m_parameters[std::size_t(m_readoutBias)].value, c.jordanMu)
            .backward(lt, dDirect, options.truncation, record, inputGradient, grad(lp.weightInput),
                      grad(lp.weightHidden), grad(lp.bias), grad(m_readoutWeight),
                      grad(m_readoutBias));
        if (record && !every)
            trace.dFeatures.noalias() = wOut.transpose() * trace.dOutputs;
        else
            trace.dFeatures.resize(0, 0);
    } else {
        // Readout.
        if (every && directions == 1) {
            grad(m_readoutWeight).noalias() = trace.dOutputs * top[0].hidden.transpose();
            top[0].dHiddenDirect.noalias() = wOut.transpose() * trace.dOutputs;
            trace.dFeatures.resize(0, 0); // it is top[0].dHiddenDirect (no copy)
        } else {
            grad(m_readoutWeight).noalias() = trace.dOutputs * trace.features.transpose();
            trace.dFeatures.noalias() = wOut.transpose() * trace.dOutputs;
            if (trace.featureMask.size() > 0) // through the dropout: dL/d(features before it)
                trace.dFeatures.array() *= trace.featureMask.array();
            for (int d = 0; d < directions; ++d) {
                LayerTrace &lt = top[std::size_t(d)];
                const auto rows = trace.dFeatures.middleRows(Index(d) * hs, hs);
                if (every) {
                    lt.dHiddenDirect = rows;
                } else if (c.placement == ReadoutPlacement::MeanPool) {
                    // Mirror of the mean: step t of sequence b gets poolWeights(t, b) *
                    // dFeatures_b.
                    lt.dHiddenDirect.resize(hs, tb);
                    for (Index t = 0; t < steps; ++t)
                        lt.dHiddenDirect.middleCols(t * batch, batch)
                            = (rows.array().rowwise()
                               * trace.poolWeights.segment(t * batch, batch).transpose().array())
                                  .matrix();
                } else {
                    lt.dHiddenDirect.setZero(hs, tb);
                    const Index start = (c.placement == ReadoutPlacement::FinalStates && d == 1)
                        ? 0
                        : Index(steps - 1) * batch;
                    lt.dHiddenDirect.middleCols(start, batch) = rows;
                }
            }
        }
        grad(m_readoutBias) = trace.dOutputs.rowwise().sum();

        // Layers, top to bottom.
        for (int l = c.layers - 1; l >= 0; --l) {
            auto &layer = trace.layers[std::size_t(l)];
            const bool inputGradient = l > 0 || record || c.hasEmbedding();
            for (int d = 0; d < directions; ++d) {
                LayerTrace &lt = layer[std::size_t(d)];
                const LayerParameters &lp = layerParameters(l, d);
                const Matrix &wIn = m_parameters[std::size_t(lp.weightInput)].value;
                const Matrix &wHid = m_parameters[std::size_t(lp.weightHidden)].value;
                const Matrix &bias = m_parameters[std::size_t(lp.bias)].value;
                switch (c.cell) {
                case CellType::Elman:
                    ElmanCell(wIn, wHid, bias)
                        .backward(lt, options.truncation, record, inputGradient,
                                  grad(lp.weightInput), grad(lp.weightHidden), grad(lp.bias));
                    break;
                case CellType::Lstm:
                    LstmCell(wIn, wHid, bias)
                        .backward(lt, options.truncation, record, inputGradient,
                                  grad(lp.weightInput), grad(lp.weightHidden), grad(lp.bias));
                    break;
                case CellType::Gru:
                    GruCell(wIn, wHid, bias, m_parameters[std::size_t(lp.biasHidden)].value)
                        .backward(lt, options.truncation, record, inputGradient,
                                  grad(lp.weightInput), grad(lp.weightHidden), grad(lp.bias),
                                  grad(lp.biasHidden));
                    break;
                case CellType::Jordan:
                    break; // handled above
                }
            }
            if (l > 0) {
                auto &below = trace.layers[std::size_t(l - 1)];
                for (int e = 0; e < directions; ++e) {
                    Matrix &direct = below[std::size_t(e)].dHiddenDirect;
                    direct = layer[0].dInput.middleRows(Index(e) * hs, hs);
                    for (int d = 1; d < directions; ++d)
                        direct += layer[std::size_t(d)].dInput.middleRows(Index(e) * hs, hs);
                }
            }
        }
    }

    // Input and embedding gradients.
    auto &first = trace.layers.front();
    if (first[0].dInput.size() > 0) {
        trace.dInput = first[0].dInput;
        for (std::size_t d = 1; d < first.size(); ++d)
            trace.dInput += first[d].dInput;
        if (trace.inputMask.size() > 0) // through the dropout: dL/d(input before it)
            trace.dInput.array() *= trace.inputMask.array();
    } else {
        trace.dInput.resize(0, 0);
    }
    if (c.hasEmbedding()) {
        Matrix &dTable = grad(m_embedding);
        dTable.setZero(c.embeddingSize, c.vocabularySize);
        for (Index j = 0; j < tb; ++j)
            dTable.col(trace.tokens[std::size_t(j)]) += trace.dInput.col(j);
        if (c.paddingToken)
            dTable.col(0).setZero();
    }
    trace.hasGradients = true;
}

} // namespace rnn
