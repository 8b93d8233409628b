// Sections 1 and 2 of the exported script (pytorch_script.h): the network as torch.nn modules (the
// Jordan layer and the MLP written out), and the weights loaded from the model file into it.
#include "pytorch_script.h"

#include "train/experiment_config.h"

namespace rnn::pytorch_script {

using nlohmann::json;

namespace {

// ---- 1. the network

const char *jordanLayer = R"py(class JordanLayer(nn.Module):
    """Jordan's recurrent layer: the context units hold the network's previous OUTPUT.

        s_t = mu * s_{t-1} + y_{t-1}        context: a self-loop with decay mu plus the output
                                            fed back (s_{-1} = y_{-1} = 0)
        h_t = tanh(W_x x_t + b + W_s s_t)
        y_t = W_out h_t + b_out             the readout, fed back at the next step (for a
                                            classifier: the logits)

    PyTorch has no such layer, so it is written out here. The readout lives inside it because
    its output is the next step's context.
    """

    def __init__(self, input_size, hidden_size, output_size, mu):
        super().__init__()
        self.mu = mu
        self.input = nn.Linear(input_size, hidden_size)  # W_x and b
        self.context = nn.Linear(output_size, hidden_size, bias=False)  # W_s
        self.readout = nn.Linear(hidden_size, output_size)  # W_out and b_out

    def forward(self, x):
        """x: B x T x X. Returns y_t for every step: B x T x O."""
        batch, steps, _ = x.shape
        s = x.new_zeros(batch, self.readout.out_features)  # s_{-1}
        y = x.new_zeros(batch, self.readout.out_features)  # y_{-1}
        outputs = []
        for t in range(steps):
            s = self.mu * s + y
            h = torch.tanh(self.input(x[:, t]) + self.context(s))
            y = self.readout(h)
            outputs.append(y)
        return torch.stack(outputs, dim=1)


)py";

std::string embeddingInit(const Plan &p)
{
    const NetworkConfig &n = p.net;
    if (!n.hasEmbedding())
        return {};
    return fill(
               R"py(        # Token ids -> vectors: @V@ tokens, @E@ numbers each@PAD_DOC@.
        self.embedding = nn.Embedding(num_embeddings=@V@, embedding_dim=@E@@PAD@)
)py",
               { { "V", std::to_string(n.vocabularySize) },
                 { "E", std::to_string(n.embeddingSize) },
                 { "PAD_DOC", n.paddingToken ? "; id 0 is the padding" : "" },
                 { "PAD", n.paddingToken ? ", padding_idx=0" : "" } })
        + (n.hasSubwords() ? fill(
               R"py(        # The n-grams' vectors (fastText's subword embedding): @NB@ buckets, @E@ numbers each.
        self.subwords = nn.EmbeddingBag(num_embeddings=@NB@, embedding_dim=@E@, mode="sum")
)py",
               { { "NB", std::to_string(n.subwordBuckets) },
                 { "E", std::to_string(n.embeddingSize) } })
                           : std::string());
}

// Network.embed, with n-grams: the word's vector averaged with its n-grams' (embedding.h).
const char *embedMethod = R"py(
    def embed(self, tokens, grams):
        """x_t = (E[:, w_t] + sum of S[:, g] over the n-grams g of step t's word) / (1 + |G_t|):
        B x T x E. grams: for each text, for each step, the n-gram bucket ids of its word (a
        list, empty on padding, repeats counted), as encode_grams gives them."""
        batch, steps = tokens.shape
        bags = [step for text in grams for step in text]  # step t of text b at b * T + t
        ids = torch.tensor([g for bag in bags for g in bag], dtype=torch.long)
        starts = torch.tensor([0] + [len(bag) for bag in bags[:-1]], dtype=torch.long).cumsum(0)
        sums = self.subwords(ids, starts).reshape(batch, steps, -1)  # sum over G_t of S[:, g]
        counts = torch.tensor([[float(len(step)) for step in text] for text in grams])  # |G_t|
        return (self.embedding(tokens) + sums) / (1.0 + counts).unsqueeze(2)
)py";

// The readout's skip path (NetworkConfig::readoutSkip): the mean of the word vectors x, as
// `mean` computes it, below the pooled states.
std::string skipLines(const NetworkConfig &n, const std::string &mean)
{
    return "        # The skip path around the recurrent layers: the mean of the word vectors "
           "too.\n"
           "        features = torch.cat([features, "
        + mean + "], dim=1)  # B x " + std::to_string(n.featureSize()) + "\n";
}

// The lines of forward() from the top layer's output (B x T x F) to the readout's input;
// `padded`: the output may hold pad steps (token 0), which mean pooling leaves out.
std::string poolingLines(const Plan &p, bool padded = true)
{
    const NetworkConfig &n = p.net;
    const std::string f = std::to_string(n.pooledSize()), h = std::to_string(n.hiddenSize);
    switch (n.placement) {
    default: // every step (a placement the exporter does not know is refused before)
        return {};
    case ReadoutPlacement::LastStep:
        return "        features = output[:, -1]  # B x " + f + ": the last step"
            + (n.bidirectional ? " (its backward half has read only the last input)" : "") + "\n";
    case ReadoutPlacement::FinalStates:
        if (!n.bidirectional)
            return "        features = output[:, -1]  # B x " + f
                + ": the final state, after the last step\n";
        return fill(
            R"py(        # The final state of each direction, each having read the whole sequence: the
        # forward direction's after the last step (t = T-1), the backward one's after t = 0.
        forward_final = output[:, -1, :@H@]  # B x @H@
        backward_final = output[:, 0, @H@:]  # B x @H@
        features = torch.cat([forward_final, backward_final], dim=1)  # B x @F@
)py",
            { { "H", h }, { "F", f } });
    case ReadoutPlacement::MeanPool:
        if (padded && n.hasEmbedding() && n.paddingToken)
            return fill(
                       R"py(        # The mean over the real steps: padding (token 0) is left out, and a text of
        # padding only gets zeros.
        real = (tokens != 0).to(output.dtype)  # B x T: 1 on a token, 0 on padding
        weight = real / real.sum(dim=1, keepdim=True).clamp(min=1.0)  # 1/n on the n real steps
        features = (output * weight.unsqueeze(2)).sum(dim=1)  # B x @F@
)py",
                       { { "F", f } })
                + (n.readoutSkip ? skipLines(n, "(x * weight.unsqueeze(2)).sum(dim=1)") : "");
        return "        features = output.mean(dim=1)  # B x " + f + ": the mean over the steps\n"
            + (n.readoutSkip ? skipLines(n, "x.mean(dim=1)") : "");
    case ReadoutPlacement::MaxPool:
        if (padded && n.hasEmbedding() && n.paddingToken)
            return fill(
                       R"py(        # Each unit's maximum over the real steps: padding (token 0) never wins, and a
        # text of padding only gets zeros.
        real = (tokens != 0).to(output.dtype)  # B x T: 1 on a token, 0 on padding
        weight = real / real.sum(dim=1, keepdim=True).clamp(min=1.0)  # 1/n on the n real steps
        features = output.masked_fill(real.unsqueeze(2) == 0, float("-inf")).amax(dim=1)
        features = features.masked_fill(real.sum(dim=1, keepdim=True) == 0, 0.0)  # B x @F@
)py",
                       { { "F", f } })
                + (n.readoutSkip ? skipLines(n, "(x * weight.unsqueeze(2)).sum(dim=1)") : "");
        return "        features = output.amax(dim=1)  # B x " + f
            + ": each unit's maximum over the steps\n"
            + (n.readoutSkip ? skipLines(n, "x.mean(dim=1)") : "");
    }
    return {};
}

} // namespace

std::string networkSection(const Plan &p)
{
    const NetworkConfig &n = p.net;
    const ExperimentConfig &e = p.experiment;
    const bool jordan = n.cell == CellType::Jordan;
    const bool skip = n.skipsPadding() && !jordan;
    const std::string arg = n.hasSubwords() ? "tokens, grams" : n.hasEmbedding() ? "tokens" : "x";
    const std::string x = std::to_string(n.firstLayerInputSize());
    const std::string o = std::to_string(n.outputSize);
    const std::string f = std::to_string(n.featureSize());
    const std::string outputsDoc
        = p.softmax() ? "logits (softmax gives the class probabilities)" : "outputs";
    const std::string returns = p.everyStep()
        ? "B x T x " + o + ": the " + outputsDoc + " at every step"
        : "B x " + o + ": the " + outputsDoc;
    std::string init = embeddingInit(p);
    if (e.dropout > 0.0)
        init += "        # Dropout on the inputs while training (off in eval mode: predictions "
                "never drop).\n"
                "        self.input_dropout = nn.Dropout(p="
            + pyFloat(e.dropout) + ")\n";
    std::string forward;
    std::string methods = n.hasSubwords() ? embedMethod : "";
    if (n.hasSubwords())
        forward += "        x = self.embed(tokens, grams)  # B x T x " + x + "\n";
    else if (n.hasEmbedding())
        forward += "        x = self.embedding(tokens)  # B x T x " + x + "\n";
    if (e.dropout > 0.0)
        forward += "        x = self.input_dropout(x)\n";
    std::string doc = std::string(n.hasEmbedding() ? "Embedding -> " : "")
        + (n.layers > 1 ? std::to_string(n.layers) + " stacked " : "")
        + (n.bidirectional ? "bidirectional " : "") + p.cell->display
        + (n.layers > 1 ? " layers" : " layer") + " -> " + placementWords(n.placement)
        + " -> linear readout" + (p.softmax() ? " (softmax in predict)." : ".");
    // The networks torch.nn has no module for are written out: Jordan's layer (jordanLayer
    // above) and the MLP's dense layers (below). Another kind of network is one more branch here,
    // with its row in torchCells and its weights in weightsSection.
    if (n.isMlp()) {
        const std::string t = std::to_string(n.windowSteps);
        const std::string h = std::to_string(n.hiddenSize);
        init += fill(
            R"py(        # The dense layers: the first reads the whole window flattened (T*X = @T@*@X0@ = @XT@
        # numbers, step 0's first), each a_l = W_l z_(l-1) + b_l, z_l = tanh(a_l). No weight is
        # shared between steps and nothing is carried from step to step: column t*X + f of W_1
        # belongs to input f at step t only, so the window's length is part of the network.
        self.dense = nn.ModuleList(
            [nn.Linear(in_features=@XT@ if l == 0 else @H@, out_features=@H@) for l in range(@L@)])
        # The readout: y = V z_L + c, @H@ features -> @OUTPUTS@.
        self.readout = nn.Linear(in_features=@H@, out_features=@O@)
)py",
            { { "T", t },
              { "X0", x },
              { "XT", std::to_string(n.mlpInputSize()) },
              { "H", h },
              { "L", std::to_string(n.layers) },
              { "O", o },
              { "OUTPUTS", count(n.outputSize, "one output", "@N@ outputs") } });
        forward += fill(R"py(        if x.shape[1] != @T@:
            raise ValueError(f"this MLP reads windows of exactly @T@ steps, not {x.shape[1]}")
        z = x.flatten(1)  # B x @XT@: [x_0, x_1, ..., x_(T-1)], the whole window at once
        for layer in self.dense:
            z = torch.tanh(layer(z))  # B x @H@
        return self.readout(z)
)py",
                        { { "T", t }, { "XT", std::to_string(n.mlpInputSize()) }, { "H", h } });
        doc = count(n.layers, "One dense tanh layer", "@N@ dense tanh layers")
            + " reading the whole window at once -> linear readout"
            + (p.softmax() ? " (softmax in predict)." : ".");
    } else if (jordan) {
        init += fill(R"py(        # The Jordan layer, with the readout inside it (mu = @MU@).
        self.jordan = JordanLayer(input_size=@X@, hidden_size=@H@, output_size=@O@, mu=@MU@)
)py",
                     { { "X", x },
                       { "H", std::to_string(n.hiddenSize) },
                       { "O", o },
                       { "MU", pyFloat(n.jordanMu) } });
        forward += "        y = self.jordan(x)  # B x T x " + o
            + ": y_t at every step (fed back inside)\n";
        forward += p.everyStep() ? "        return y\n"
                                 : "        return y[:, -1]  # B x " + o + ": the last step's\n";
        doc = std::string(n.hasEmbedding() ? "Embedding -> " : "") + "Jordan layer -> "
            + (p.everyStep() ? "its outputs at every step" : "its output at the last step")
            + (p.softmax() ? " (softmax in predict)." : ".");
    } else {
        std::string rnnComment = p.cell->equations;
        if (n.layers > 1)
            rnnComment += std::string("\nStacked: layer l > 0 reads the layer below's outputs")
                + (n.bidirectional ? ", [h forward, h backward]." : ".");
        rnnComment += "\nEvery layer starts from zero states, as in RNN Lab. batch_first: B x T x "
                      "features.";
        init += commentLines(rnnComment, 8);
        init += fill(
            R"py(        self.rnn = nn.@MODULE@(input_size=@X@, hidden_size=@H@, num_layers=@L@, bidirectional=@BI@,
                          batch_first=True)
)py",
            { { "MODULE", p.cell->module },
              { "X", x },
              { "H", std::to_string(n.hiddenSize) },
              { "L", std::to_string(n.layers) },
              { "BI", pyBool(n.bidirectional) } });
        if (e.readoutDropout > 0.0 && !p.everyStep())
            init += "        # Dropout on the readout's features while training (off in eval "
                    "mode).\n        self.readout_dropout = nn.Dropout(p="
                + pyFloat(e.readoutDropout) + ")\n";
        init += "        # The readout: " + f + " features"
            + (n.bidirectional ? " (forward and backward h" : " (h")
            + (n.readoutSkip ? ", then x's mean)" : ")") + " -> " + o + " "
            + (p.softmax() ? "class logits" : "outputs") + ".\n";
        init += "        self.readout = nn.Linear(in_features=" + f + ", out_features=" + o + ")\n";
        const std::string rnnLine = "        output, _ = self.rnn(x)  # B x T x "
            + std::to_string(n.pooledSize()) + ": the top layer's "
            + (n.bidirectional ? "[forward h_t, backward h_t]" : "h_t") + "\n";
        if (skip) {
            forward += fill(
                R"py(        # Pad steps are skipped (RNN Lab's skip_padding, as PyTorch's packed sequences): every
        # layer carries its state through a pad unchanged, and the pads come first, so a text
        # gives what its own tokens alone give. Each text runs over its own tokens.
        features = torch.cat([self.read(x[b, tokens[b] != 0].unsqueeze(0))
                              for b in range(tokens.shape[0])])  # B x @F@
)py",
                { { "F", f } });
            methods += fill(R"py(
    def read(self, x):
        """x: 1 x T x @X@, one text's own steps (no padding). Returns 1 x @F@: the readout's
        features."""
        if x.shape[1] == 0:  # no tokens at all: the states stay zero
            return x.new_zeros(1, @F@)
)py",
                            { { "X", x }, { "F", f } })
                + rnnLine + poolingLines(p, false) + "        return features\n";
        } else {
            forward += rnnLine + poolingLines(p);
        }
        if (e.readoutDropout > 0.0 && !p.everyStep())
            forward += "        features = self.readout_dropout(features)\n";
        forward += p.everyStep() ? "        return self.readout(output)\n"
                                 : "        return self.readout(features)\n";
    }
    const std::string argDoc = n.hasSubwords()
        ? "tokens: B x T token ids (torch.long), grams: their n-grams (see embed)"
        : n.hasEmbedding() ? "tokens: B x T token ids (torch.long)"
                           : "x: B x T x " + x + " numbers";
    return fill(
        R"py(# -------------------------------------------------------------------------------------------------
# 1. The network
#
# Shapes: B = sequences in a batch, T = time steps, X = numbers per step, H = hidden units per
# direction, O = outputs.

@JORDAN@class Network(nn.Module):
    """@DOC@"""

    def __init__(self):
        super().__init__()
@INIT@
    def forward(self, @ARG@):
        """@ARG_DOC@.
        Returns @RETURNS@."""
@FORWARD@@METHODS@

)py",
        { { "JORDAN", jordan ? jordanLayer : "" },
          { "DOC", wrap(doc, 92, 4) },
          { "INIT", init },
          { "ARG", arg },
          { "ARG_DOC", argDoc },
          { "RETURNS", returns },
          { "FORWARD", forward },
          { "METHODS", methods } });
}

// ---- 2. the weights

std::string weightsSection(const Plan &p)
{
    const NetworkConfig &n = p.net;
    std::string mapping;
    if (n.hasEmbedding())
        mapping += "    # RNN Lab keeps one column per token (E x V), PyTorch one row (V x E).\n"
                   "    state[\"embedding.weight\"] = take(\"embedding.weight\").T\n";
    if (n.hasSubwords())
        mapping += "    # The n-grams' vectors likewise: E x NB -> NB x E.\n"
                   "    state[\"subwords.weight\"] = take(\"embedding.subword_weight\").T\n";
    if (n.isMlp()) {
        mapping += fill(R"py(    # W_l (H x in) and b_l are nn.Linear's weight and bias as they are.
    for layer in range(@L@):
        state[f"dense.{layer}.weight"] = take(f"dense{layer}.weight")
        state[f"dense.{layer}.bias"] = take(f"dense{layer}.bias").flatten()
    state["readout.weight"] = take("readout.weight")
    state["readout.bias"] = take("readout.bias").flatten()
)py",
                        { { "L", std::to_string(n.layers) } });
    } else if (n.cell == CellType::Jordan) {
        mapping
            += R"py(    state["jordan.input.weight"] = take("layer0.forward.weight_input")  # W_x
    state["jordan.input.bias"] = take("layer0.forward.bias").flatten()  # b
    state["jordan.context.weight"] = take("layer0.forward.weight_context")  # W_s
    state["jordan.readout.weight"] = take("readout.weight")  # W_out
    state["jordan.readout.bias"] = take("readout.bias").flatten()  # b_out
)py";
    } else {
        const bool gru = n.cell == CellType::Gru;
        mapping += fill(R"py(    for layer in range(@L@):
        for direction, suffix in @DIRECTIONS@:
            ours = f"layer{layer}.{direction}."
            theirs = f"_l{layer}{suffix}"
            state["rnn.weight_ih" + theirs] = take(ours + "weight_input")
            state["rnn.weight_hh" + theirs] = take(ours + "weight_hidden")
@BIASES@    state["readout.weight"] = take("readout.weight")
    state["readout.bias"] = take("readout.bias").flatten()
)py",
                        { { "L", std::to_string(n.layers) },
                          { "DIRECTIONS",
                            n.bidirectional ? "((\"forward\", \"\"), (\"backward\", \"_reverse\"))"
                                            : "((\"forward\", \"\"),)" },
                          { "BIASES",
                            gru ? "            state[\"rnn.bias_ih\" + theirs] = take(ours + "
                                  "\"bias_input\").flatten()\n"
                                  "            state[\"rnn.bias_hh\" + theirs] = take(ours + "
                                  "\"bias_hidden\").flatten()\n"
                                : "            bias = take(ours + \"bias\").flatten()  # b = "
                                  "b_ih + b_hh\n"
                                  "            state[\"rnn.bias_ih\" + theirs] = bias\n"
                                  "            state[\"rnn.bias_hh\" + theirs] = "
                                  "torch.zeros_like(bias)\n" } });
    }
    const char *convention = n.isMlp()
        ? "# The MLP's matrices are RNN Lab's as they are (dense<l>.weight, dense<l>.bias, "
          "readout).\n"
        : n.cell == CellType::Jordan
        ? "# The Jordan layer's matrices are RNN Lab's as they are (W_x, W_s, b, W_out, b_out).\n"
        : n.cell == CellType::Gru
        ? "# The gate blocks are stacked in PyTorch's order already (GRU: r, z, n), so the "
          "matrices are\n"
          "# copied as they are. The GRU keeps both biases, as PyTorch does (b_hn sits inside\n"
          "# r_t * (...)).\n"
        : "# The gate blocks are stacked in PyTorch's order already (LSTM: i, f, g, o), so the "
          "matrices\n"
          "# are copied as they are. RNN Lab keeps one bias per block, b = b_ih + b_hh: it goes "
          "into\n"
          "# bias_ih, and bias_hh is zero.\n";
    return fill(
        R"py(# -------------------------------------------------------------------------------------------------
# 2. RNN Lab's weights, from its names to PyTorch's
#
# A parameter of the model file is {"name", "rows", "cols", "value": rows of numbers}; its names
# are "layer<l>.<forward|backward>.<matrix>", "embedding.weight" and "readout.<weight|bias>".
@CONVENTION@

def load_weights(network, parameters):
    """Copies RNN Lab's parameters (the model file's list) into the network."""
    rnnlab = {p["name"]: torch.tensor(p["value"]).reshape(p["rows"], p["cols"])
              for p in parameters}
    used = set()

    def take(name):
        used.add(name)
        return rnnlab[name]

    state = {}
@MAPPING@    unused = sorted(set(rnnlab) - used)
    if unused:
        raise ValueError(f"the model file has parameters this script does not know: {unused}")
    network.load_state_dict(state)  # checks that every tensor is there, with its shape


def load(path=MODEL_FILE):
    """The network with RNN Lab's weights, ready to predict, and the model file (a dict)."""
    with open(path, encoding="utf-8") as file:
        model_file = json.load(file)
    network = Network()
    load_weights(network, model_file["parameters"])
    network.eval()  # prediction mode: no dropout, as in RNN Lab's predictions
    return network, model_file


)py",
        { { "CONVENTION", convention }, { "MAPPING", mapping } });
}

} // namespace rnn::pytorch_script
