// A recurrent network: an optional embedding, stacked recurrent layers (any depth, each
// unidirectional or bidirectional), and a dense readout (Linear + MSE, or Softmax +
// cross-entropy) at every step, at the last step, on the final states or on the mean over the real
// steps (see ReadoutPlacement). It owns the one list of
// parameters; forward returns a Trace, backward fills the Trace's gradient half (BPTT, full or
// truncated). It does not update weights (core/train/optimizer.h does) and holds no training
// state.
//
// Parameters, in this order (names are stable: model files and the GUI use them):
//     embedding.weight                     E x V              (only with an embedding)
//     embedding.subword_weight             E x NB             (only with subword n-grams)
//     layer<l>.<dir>.weight_input          G*H x X_l          dir = forward | backward
//     layer<l>.<dir>.weight_hidden         G*H x H            (Jordan: weight_context, H x S)
//     layer<l>.<dir>.bias                  G*H x 1            (GRU: bias_input and bias_hidden)
//     readout.weight                       O x F              F = directions * H
//     readout.bias                         O x 1
// for l = 0..layers-1 and the directions in order forward, backward. X_0 = X (or E), X_l = F.
// Gate blocks are stacked as documented in each cell's header.
//
// CellType::Mlp (lesson 1's feed-forward network, mlp.h) has instead
//     dense<l>.weight                      H x X*T for l = 0, H x H after
//     dense<l>.bias                        H x 1
//     readout.weight                       O x H
//     readout.bias                         O x 1
// and reads each window (T = config.windowSteps steps) at once: forward flattens the batch, runs
// the dense layers into Trace::dense and the readout into Trace::outputs (Trace::layers stays
// empty); backward fills Trace::dense's gradients, dInput and the parameter gradients.
//
// Forward reads embed -> (input dropout) -> layers -> readout -> loss; backward calls the same
// parts in reverse: loss -> readout -> layers (BPTT, top to bottom) -> embedding. The readout's
// four placements are in readout.h, the two losses (and their "mean", exactly as PyTorch's) in
// loss.h.
//
// Threading: forward and backward are const and touch only the Trace they are given, so several
// threads may run one Network at once with their own Traces; changing parameters() while they run
// is a data race (the trainer owns its Network; the GUI gets copies).
#pragma once

#include "batch.h"
#include "network_config.h"
#include "parameter.h"
#include "trace.h"
#include "types.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rnn {

struct InitializerOptions;
class Random;
class Mlp;
class Readout;
class Embedding;

struct ForwardOptions
{
    // false: keep only what backward needs (values and gradients that are kept are identical).
    bool recordTrace = true;
    // Empty members mean zeros.
    InitialStates initial;
    // Training passes only: apply the configuration's dropout, masks drawn from
    // rnn::Random(dropoutSeed) (input mask column by column, then the feature mask), so a seed
    // gives the same masks every time. false: no dropout (evaluation).
    bool dropout = false;
    std::uint64_t dropoutSeed = 0;
    // Training passes only: add the skip path's own loss when the configuration has one
    // (NetworkConfig::skipLoss, Trace::skipLoss). false: the loss is the network's alone.
    bool auxiliaryLoss = false;
};

struct BackwardOptions
{
    // Truncated BPTT: k > 0 cuts the recurrent gradient carried from one step to the previous
    // one (in processing order) every k steps, i.e. between processing positions p-1 and p for
    // every p that is a positive multiple of k. 0, or k >= T, is full BPTT. The gradient into
    // the initial state (from the first processed step) is never cut.
    int truncation = 0;
};

class Network
{
public:
    // An empty network (no layers, no parameters); assign a real one before use.
    Network() = default;
    // Builds and initialises the network (see initializer.h). Throws std::invalid_argument
    // with config.validate()'s message when the configuration is invalid.
    explicit Network(const NetworkConfig &config, std::uint64_t seed = 1);
    Network(const NetworkConfig &config, std::uint64_t seed, const InitializerOptions &init);

    const NetworkConfig &config() const { return m_config; }

    // The parameter list (order and names above). Change values in place (optimizers, model
    // loading); never resize or reorder it.
    Parameters &parameters() { return m_parameters; }
    const Parameters &parameters() const { return m_parameters; }
    // Index of a parameter by name, -1 when absent.
    int parameterIndex(std::string_view name) const { return findParameter(m_parameters, name); }
    // Copies values from a list with the same names and shapes; returns "" or a readable error
    // (and changes nothing on error).
    std::string setParameters(const Parameters &values);

    // Forward pass. Targets may be empty (no loss). Returns a readable error through
    // std::invalid_argument when shapes disagree with the configuration.
    Trace forward(const InputBatch &input, const Targets &targets = {},
                  const ForwardOptions &options = {}) const;
    // Same, reusing trace's buffers (no allocation when the shapes are unchanged).
    void forward(const InputBatch &input, const Targets &targets, const ForwardOptions &options,
                 Trace &trace) const;

    // Backward pass (BPTT) over a trace made by forward() with targets; fills the gradient half
    // of trace, including trace.gradients (same order as parameters()).
    void backward(Trace &trace, const BackwardOptions &options = {}) const;

    // Checks an input batch and targets against the configuration: "" or a readable error.
    std::string checkBatch(const InputBatch &input, const Targets &targets) const;

private:
    std::string checkSubwords(const InputBatch &input) const;

private:
    struct LayerParameters
    {
        int weightInput = -1;
        int weightHidden = -1; // Jordan: weight_context
        int bias = -1; // GRU: bias_input
        int biasHidden = -1; // GRU only
    };
    const LayerParameters &layerParameters(int layer, int direction) const
    {
        return m_layers[std::size_t(layer * m_config.directions() + direction)];
    }

    const Matrix &value(int index) const { return m_parameters[std::size_t(index)].value; }
    static Matrix &gradient(Trace &trace, int index) { return trace.gradients[std::size_t(index)]; }
    Readout readout() const;
    Embedding embedding() const;

    // The parts of forward, in order: the trace's layout, the first layer's input (embedding
    // lookup or the given features, then the input dropout mask), layer l in each direction
    // (from the layer below and its initial states).
    void startTrace(const InputBatch &input, bool record, Trace &trace) const;
    void embed(const InputBatch &input, Random *dropout, Trace &trace) const;
    void forwardLayer(int l, const InitialStates &initial, Trace &trace) const;
    // The parts of backward after the loss and the readout: BPTT of layer l in each direction
    // (handing its input gradient to the layer below), then dInput and the embedding's gradient.
    void backwardLayer(int l, int truncation, const Matrix &jordanOutputGradient,
                       Trace &trace) const;
    void backwardEmbed(Trace &trace) const;
    // The MLP's forward and backward (CellType::Mlp).
    void forwardDense(const InputBatch &input, Trace &trace) const;
    void backwardDense(Trace &trace) const;
    Mlp mlp() const;

    NetworkConfig m_config;
    Parameters m_parameters;
    std::vector<LayerParameters> m_layers; // index layer * directions + direction
    int m_embedding = -1;
    int m_subwordEmbedding = -1;
    int m_readoutWeight = -1;
    int m_readoutBias = -1;
};

} // namespace rnn
