// Implementation of pytorch_export.h. First what the exporter knows (every field of a model file,
// every setting, and whether it changes predictions), then the script, section by section as the
// script reads: the header, 1. the network, 2. the weights, 3. the preprocessing, 4. predicting,
// 5. the command line. The Python is kept in raw strings with @NAME@ placeholders, so it reads here
// as it reads in the script.
#include "pytorch_export.h"

#include "train/experiment_config.h"
#include "version.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <span>
#include <sstream>
#include <utility>
#include <vector>

namespace rnn {

namespace {

using nlohmann::json;

// ---- what the exporter knows

// The cells it writes, with their PyTorch module. A cell not listed here (one added to core
// later) is refused by name. To export one: add its row (module "" for a class written out in
// the script, as Jordan's and the MLP's), its class in networkSection and its weights in
// weightsSection.
struct TorchCell
{
    CellType type;
    const char *display; // as the lecture names it
    const char *module; // the torch.nn module, "" when the script writes the layer out
    const char *equations; // the comment above the layer
};

const TorchCell torchCells[] = {
    { CellType::Elman, "Elman", "RNN",
      "The Elman layer (PyTorch's nn.RNN with tanh):\nh_t = tanh(W_ih x_t + b_ih + W_hh h_{t-1} + "
      "b_hh)." },
    { CellType::Lstm, "LSTM", "LSTM",
      "The LSTM: gates i, f, o and the candidate g (C~) from [h_{t-1}, x_t];\n"
      "c_t = f_t * c_{t-1} + i_t * g_t, h_t = o_t * tanh(c_t)." },
    { CellType::Gru, "GRU", "GRU",
      "The GRU (PyTorch's form, which RNN Lab uses too): reset gate r_t, update gate z_t,\n"
      "n_t = tanh(W_in x_t + b_in + r_t * (W_hn h_{t-1} + b_hn)),\n"
      "h_t = (1 - z_t) * n_t + z_t * h_{t-1}." },
    { CellType::Jordan, "Jordan", "", "" },
    { CellType::Mlp, "MLP", "", "" },
};

const TorchCell *torchCell(CellType type)
{
    for (const TorchCell &cell : torchCells)
        if (cell.type == type)
            return &cell;
    return nullptr;
}

bool isOneOf(const std::string &value, std::span<const char *const> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return value == n; });
}

bool isOneOf(const std::string &value, std::initializer_list<const char *> names)
{
    return isOneOf(value, std::span<const char *const>(names.begin(), names.size()));
}

// The fields of a model file (model_io.h) and of its "network" object that the script uses.
constexpr const char *modelFields[] = {
    "format",     "format_version", "created_by",    "task",       "network",
    "parameters", "scaler",         "target_scaler", "vocabulary", "labels",
    "experiment", "history",        "metrics",
};
constexpr const char *networkFields[] = {
    "cell",           "input_size",    "hidden_size",     "layers",       "bidirectional",
    "output_size",    "readout",       "placement",       "jordan_mu",    "vocabulary_size",
    "embedding_size", "padding_token", "subword_buckets", "skip_padding", "window_steps",
};
// Network settings that act only while training (dropout is off when predicting, in RNN Lab and
// in PyTorch's eval mode), whatever their value.
constexpr const char *trainingOnlyNetworkFields[]
    = { "input_dropout", "readout_dropout", "dropout" };

// The settings of "experiment" (ExperimentConfig) the script reproduces (or that the network's
// configuration already holds), and those that only say how the model was trained or where its
// data were, whatever their value.
constexpr const char *exportedSettings[] = {
    "task",
    "generator",
    "target",
    "features",
    "text_column",
    "label_column",
    "interpolate_missing",
    "lookback",
    "horizon",
    "topology",
    "pooling",
    "scaling",
    "differencing",
    "transform",
    "box_cox_lambda",
    "character_level",
    "max_length",
    "embedding_size",
    "subword_buckets",
    "subword_min",
    "subword_max",
    "model",
    "hidden",
    "layers",
    "bidirectional",
    "jordan_mu",
    "dropout",
    "readout_dropout",
};
constexpr const char *trainingOnlySettings[] = {
    "preset",
    "description",
    "data_file",
    "test_data_file",
    "date_column",
    "train_fraction",
    "validation_fraction",
    "test_from",
    "holdout_fraction",
    "validation_holdout",
    "stride",
    "season",
    "min_frequency",
    "max_vocabulary",
    "sequence_length",
    "train_samples",
    "test_samples",
    "noise",
    "forget_bias",
    "epochs",
    "batch_size",
    "optimizer",
    "learning_rate",
    "momentum",
    "weight_decay",
    "schedule",
    "step_every",
    "step_factor",
    "clip_norm",
    "patience",
    "truncation",
    "length_buckets",
    "slice_size",
    "threads",
    "seed",
};
constexpr const char *scalerFields[] = { "kind", "offset", "scale", "low", "high" };
constexpr const char *vocabularyFields[] = { "tokens", "frequencies" };

std::string shortValue(const json &value)
{
    std::string text = value.dump();
    if (text.size() > 60)
        text = text.substr(0, 57) + "...";
    return text;
}

std::string refuse(const std::string &what)
{
    return "The PyTorch export does not know " + what
        + ", so it cannot write a script that predicts as RNN Lab does.";
}

// An unknown key of `object` is accepted only when its value is the default's (the piece is off).
std::string checkFields(const json &object, const json &defaults,
                        std::span<const char *const> known, std::span<const char *const> ignored,
                        const std::string &where)
{
    if (!object.is_object())
        return refuse(where + " that is not a JSON object");
    for (const auto &item : object.items()) {
        const std::string &key = item.key();
        if (isOneOf(key, known) || isOneOf(key, ignored))
            continue;
        if (defaults.is_object() && defaults.contains(key) && defaults.at(key) == item.value())
            continue;
        return refuse(where + " \"" + key + "\" (" + shortValue(item.value()) + ")");
    }
    return {};
}

std::string checkScaler(const json &scaler, const char *field)
{
    if (scaler.is_null())
        return std::string("A forecast model needs its \"") + field
            + "\" to be exported, and this model file has none.";
    if (const std::string error = checkFields(scaler, json::object(), scalerFields, {},
                                              std::string("the field of \"") + field + "\"");
        !error.empty())
        return error;
    const std::string kind = scaler.value("kind", "");
    if (!isOneOf(kind, { "none", "minmax01", "minmax11", "zscore" }))
        return refuse(std::string("the scaling \"") + kind + "\" of \"" + field + "\"");
    return {};
}

// The parameter names the script maps onto PyTorch's, in the network's order.
std::vector<std::string> knownParameters(const NetworkConfig &n)
{
    std::vector<std::string> names;
    for (int l = 0; l < (n.isMlp() ? n.layers : 0); ++l) {
        names.push_back("dense" + std::to_string(l) + ".weight");
        names.push_back("dense" + std::to_string(l) + ".bias");
    }
    if (n.hasEmbedding())
        names.push_back("embedding.weight");
    if (n.hasSubwords())
        names.push_back("embedding.subword_weight");
    for (int l = 0; l < (n.isMlp() ? 0 : n.layers); ++l)
        for (int d = 0; d < n.directions(); ++d) {
            const std::string prefix
                = "layer" + std::to_string(l) + (d == 0 ? ".forward." : ".backward.");
            names.push_back(prefix + "weight_input");
            names.push_back(prefix
                            + (n.cell == CellType::Jordan ? "weight_context" : "weight_hidden"));
            if (n.cell == CellType::Gru) {
                names.push_back(prefix + "bias_input");
                names.push_back(prefix + "bias_hidden");
            } else {
                names.push_back(prefix + "bias");
            }
        }
    names.push_back("readout.weight");
    names.push_back("readout.bias");
    return names;
}

// ---- the script's text

// Replaces every @KEY@ of text.
std::string fill(std::string text, std::initializer_list<std::pair<const char *, std::string>> keys)
{
    for (const auto &[key, value] : keys) {
        const std::string marker = std::string("@") + key + "@";
        for (std::size_t at = text.find(marker); at != std::string::npos;
             at = text.find(marker, at + value.size()))
            text.replace(at, marker.size(), value);
    }
    return text;
}

// A double as the shortest Python literal that reads back the same double.
std::string pyFloat(double value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string text(buffer, result.ptr);
    if (text.find_first_of(".e") == std::string::npos)
        text += ".0";
    return text;
}

// A Python string literal (JSON's escapes are Python's; UTF-8 stays as it is). Also safe inside a
// comment or a docstring: it holds no raw newline and its quotes are escaped.
std::string pyString(const std::string &text)
{
    return json(text).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string pyStringList(const std::vector<std::string> &items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + pyString(items[i]);
    return out + "]";
}

// Text re-flowed into lines of at most `width` characters, words never cut; the lines after the
// first start with `indent` spaces (counted in the width).
std::string wrap(const std::string &text, std::size_t width = 99, std::size_t indent = 0)
{
    std::istringstream words(text);
    std::string word, out, line;
    while (words >> word) {
        if (!line.empty() && line.size() + 1 + word.size() > width) {
            out += line + "\n";
            line = std::string(indent, ' ');
        }
        line += (line.empty() || line.back() == ' ' ? "" : " ") + word;
    }
    return out + line;
}

std::string pyBool(bool value)
{
    return value ? "True" : "False";
}

// Prefixes every line of text with `indent` spaces and "# ".
std::string commentLines(const std::string &text, int indent)
{
    std::istringstream lines(text);
    std::string line, out;
    while (std::getline(lines, line))
        out += std::string(static_cast<std::size_t>(indent), ' ') + "# " + line + "\n";
    return out;
}

// What the script needs, read once from the model file.
struct Plan
{
    const ModelFile *model = nullptr;
    NetworkConfig net;
    ExperimentConfig experiment;
    const TorchCell *cell = nullptr;
    PytorchExportOptions options;

    enum class Kind { Forecast, Texts, Sequences } kind = Kind::Sequences;
    std::vector<std::string> features, targets; // forecasts
    bool encoderDecoder = false;
    bool manyToMany = false;

    bool everyStep() const { return net.placement == ReadoutPlacement::EveryStep; }
    bool softmax() const { return net.readout == ReadoutKind::Softmax; }
};

Plan makePlan(const ModelFile &model, const PytorchExportOptions &options)
{
    Plan p;
    p.model = &model;
    p.net = model.network;
    p.experiment.apply(model.experiment);
    p.cell = torchCell(p.net.cell);
    p.options = options;
    const ExperimentConfig &e = p.experiment;
    if (isSequenceTask(e.generator))
        p.kind = Plan::Kind::Sequences;
    else if (model.task == Task::Classify)
        p.kind = Plan::Kind::Texts;
    else
        p.kind = Plan::Kind::Forecast;
    if (p.kind == Plan::Kind::Forecast) {
        p.targets = { e.target.empty() && e.generator == Generator::Sine ? std::string("value")
                                                                         : e.target };
        p.features = e.features.empty() ? p.targets : e.features;
        p.encoderDecoder
            = e.topology == Topology::EncoderDecoder || e.topology == Topology::OneToMany;
        p.manyToMany = e.topology == Topology::ManyToMany;
    }
    return p;
}

// `one` when n is 1, else `many` with its @N@ replaced by n.
std::string count(int n, const char *one, const char *many)
{
    return n == 1 ? one : fill(many, { { "N", std::to_string(n) } });
}

// What the readout reads, in words.
std::string placementWords(ReadoutPlacement placement)
{
    // (A placement not named here is refused before: see pytorchExportRefusal.)
    switch (placement) {
    default:
    case ReadoutPlacement::EveryStep:
        return "every step";
    case ReadoutPlacement::LastStep:
        return "the last step";
    case ReadoutPlacement::FinalStates:
        return "the final states";
    case ReadoutPlacement::MeanPool:
        return "the mean over the steps";
    }
    return {};
}

std::string describeNetwork(const Plan &p)
{
    const NetworkConfig &n = p.net;
    if (n.isMlp())
        return "feed-forward network (an MLP: "
            + count(n.layers, "one dense tanh layer", "@N@ dense tanh layers") + " of "
            + std::to_string(n.hiddenSize) + " units reading the whole window of "
            + std::to_string(n.windowSteps) + " steps at once)";
    std::string text = std::string(n.bidirectional ? "bidirectional " : "") + p.cell->display
        + " network (" + std::to_string(n.layers) + (n.layers == 1 ? " layer" : " stacked layers")
        + " of " + std::to_string(n.hiddenSize) + " units"
        + (n.bidirectional ? " per direction" : "") + ")";
    if (n.hasEmbedding())
        text = text + " reading an embedding of " + std::to_string(n.embeddingSize)
            + " numbers per token";
    return text;
}

std::string header(const Plan &p)
{
    const ExperimentConfig &e = p.experiment;
    std::string summary, usage, reads;
    // Only the modules this script uses.
    std::string imports = p.kind == Plan::Kind::Texts
        ? "import argparse\nimport csv\nimport json\nimport os\nimport sys\nimport unicodedata\n"
        : p.kind == Plan::Kind::Forecast ? "import argparse\nimport csv\nimport json\nimport os\n"
                                         : "import argparse\nimport json\nimport os\n";
    const std::string modelJson = p.options.modelFile, script = p.options.scriptFile;
    switch (p.kind) {
    case Plan::Kind::Forecast:
        summary = "It forecasts " + count(e.horizon, "the next value", "the next @N@ values")
            + " of " + pyStringList(p.targets) + " from "
            + count(e.lookback, "the last row", "the last @N@ rows") + " of "
            + pyStringList(p.features) + (e.differencing ? " (their changes: differencing)" : "")
            + ",\nscaled (" + toString(e.scaling) + ") as in training.";
        usage = "    python3 " + script
            + " --predict FILE.csv    forecast after the last row of FILE.csv\n"
              "    python3 "
            + script + "                       print the network";
        reads = "The weights and the scalers";
        break;
    case Plan::Kind::Texts:
        summary = "It classifies texts into " + std::to_string(p.model->labels.size())
            + " classes, " + pyStringList(p.model->labels) + ", reading each text as "
            + (e.characterLevel ? "characters" : "words") + " (at most "
            + std::to_string(e.maxLength) + " tokens).";
        usage = "    python3 " + script + " \"a text\" \"another text\"   classify texts\n"
            + "    python3 " + script + " --predict FILE.csv        classify the column "
            + pyString(e.textColumn) + " of FILE.csv";
        reads = "The weights, the vocabulary and the class names";
        break;
    case Plan::Kind::Sequences:
        summary = "It was trained on RNN Lab's synthetic task "
            + pyString(generatorNames.toString(e.generator)) + ", reading "
            + count(p.net.inputSize, "one number", "@N@ numbers") + " per step.";
        usage = "    python3 " + script
            + " --sequence JSON   the outputs for one sequence: a list of steps,\n"
            + std::string(script.size() + 31, ' ') + "each a list of "
            + count(p.net.inputSize, "one number", "@N@ numbers");
        reads = "The weights";
        break;
    }
    const std::string network = describeNetwork(p);
    const bool vowel = std::string("AEIOUaeiou").find(network.front()) != std::string::npos
        || network.rfind("LSTM", 0) == 0;
    return fill(R"py(#!/usr/bin/env python3
"""@TITLE@

@SUMMARY@

Exported by RNN Lab @VERSION@ (File > Export as PyTorch, or rnnlab-train --export-pytorch).
@READS@

Run:
@USAGE@

Needs Python 3 and PyTorch (Debian: apt install python3-torch). Everything is computed in float64,
as RNN Lab does, so the predictions agree with RNN Lab's to about 1e-12.

The file reads from top to bottom: 1. the network, 2. RNN Lab's weights put into it,
3. the preprocessing, 4. predicting, 5. the command line.
"""

@IMPORTS@
import torch
from torch import nn

# RNN Lab computes in double precision: so does this script (set before any layer is made).
torch.set_default_dtype(torch.float64)

MODEL_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), @MODEL_STRING@)

)py",
                {
                    { "TITLE",
                      wrap(std::string(vowel ? "An " : "A ") + network
                               + ", trained in RNN Lab, written out with PyTorch.",
                           96) },
                    { "SUMMARY", wrap(summary) },
                    { "VERSION", coreVersion() },
                    { "READS",
                      wrap(reads + " are read from " + modelJson
                           + " beside this file: RNN Lab's own model file, which `rnnlab-train "
                             "--load "
                           + modelJson + "` reads as well.") },
                    { "MODEL", modelJson },
                    { "MODEL_STRING", pyString(modelJson) },
                    { "USAGE", usage },
                    { "IMPORTS", imports },
                });
}

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

// The lines of forward() from the top layer's output (B x T x F) to the readout's input;
// `padded`: the output may hold pad steps (token 0), which mean pooling leaves out.
std::string poolingLines(const Plan &p, bool padded = true)
{
    const NetworkConfig &n = p.net;
    const std::string f = std::to_string(n.featureSize()), h = std::to_string(n.hiddenSize);
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
                { { "F", f } });
        return "        features = output.mean(dim=1)  # B x " + f + ": the mean over the steps\n";
    }
    return {};
}

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
            + (n.bidirectional ? " (forward and backward h)" : " (h)") + " -> " + o + " "
            + (p.softmax() ? "class logits" : "outputs") + ".\n";
        init += "        self.readout = nn.Linear(in_features=" + f + ", out_features=" + o + ")\n";
        const std::string rnnLine = "        output, _ = self.rnn(x)  # B x T x " + f
            + ": the top layer's " + (n.bidirectional ? "[forward h_t, backward h_t]" : "h_t")
            + "\n";
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

// ---- 3. the preprocessing

std::string scalerClass(ScalerKind kind)
{
    std::string transform, inverse;
    switch (kind) {
    default: // none (a kind the exporter does not know is refused before)
    case ScalerKind::None:
        transform = "        return values  # no scaling";
        inverse = "        return scaled";
        break;
    case ScalerKind::ZScore:
        transform = "        return (values - self.offset) / self.scale  # x' = (x - mean) / std";
        inverse = "        return self.offset + scaled * self.scale";
        break;
    case ScalerKind::MinMax01:
    case ScalerKind::MinMaxSymmetric:
        transform = "        # x' = low + (x - min) / (max - min) * (high - low)\n"
                    "        return self.low + (values - self.offset) / self.scale * (self.high - "
                    "self.low)";
        inverse = "        return self.offset + (scaled - self.low) / (self.high - self.low) * "
                  "self.scale";
        break;
    }
    return fill(R"py(class Scaler:
    """RNN Lab's scaling (@KIND@): one offset and scale per variable, fitted on the training
    part."""

    def __init__(self, stored):
        self.offset = torch.tensor(stored["offset"])
        self.scale = torch.tensor(stored["scale"])
        self.low, self.high = stored["low"], stored["high"]

    def transform(self, values):
        """values: N x V in the data's units -> as the network reads them."""
@TRANSFORM@

    def inverse(self, scaled):
        """The other way: N x V as the network outputs them -> the data's units."""
@INVERSE@


)py",
                { { "KIND", toString(kind) }, { "TRANSFORM", transform }, { "INVERSE", inverse } });
}

std::string forecastPreprocessing(const Plan &p)
{
    const ExperimentConfig &e = p.experiment;
    std::string text = fill(
        R"py(# -------------------------------------------------------------------------------------------------
# 3. The preprocessing: a window of the series, scaled as in training

# The network's inputs, in its order (X = @X@), and what it forecasts (Y = @Y@): CSV columns.
FEATURES = @FEATURES@
TARGETS = @TARGETS@
LOOKBACK = @L@  # rows of the window it reads (L)
HORIZON = @HZ@  # values of each target it forecasts at once (Hz)
INTERPOLATE_MISSING = @INTERPOLATE@  # empty cells of the CSV filled by linear interpolation


)py",
        { { "FEATURES", pyStringList(p.features) },
          { "X", std::to_string(p.features.size()) },
          { "TARGETS", pyStringList(p.targets) },
          { "Y", std::to_string(p.targets.size()) },
          { "L", std::to_string(e.lookback) },
          { "HZ", std::to_string(e.horizon) },
          { "INTERPOLATE", pyBool(e.interpolateMissing) } });
    text += scalerClass(scalerKindFromString(p.model->scaler.value("kind", "none")));
    text += R"py(def read_columns(path, names):
    """The numeric columns `names` of a CSV file: {name: [numbers, one per row]}.

    As RNN Lab reads it: the separator is ',', ';' or a tab (the one that splits the header and
    the first rows alike); in a ';' file a decimal comma is accepted ("1.234,5" -> 1234.5).
    """
    with open(path, newline="", encoding="utf-8-sig") as file:
        lines = [line for line in file.read().splitlines() if line.strip()]
    counts = {sep: len(next(csv.reader([lines[0]], delimiter=sep))) for sep in ("\t", ";", ",")}

    def rows_that_fit(sep):  # of the first 20 rows, those with as many fields as the header
        return sum(len(row) == counts[sep] for row in csv.reader(lines[1:21], delimiter=sep))

    separator = max(("\t", ";", ","),
                    key=lambda sep: (rows_that_fit(sep) if counts[sep] > 1 else 0, counts[sep]))
    rows = list(csv.reader(lines, delimiter=separator))
    header = [name.strip() for name in rows[0]]
    columns = {}
    for name in names:
        if name not in header:
            raise ValueError(f"{path}: there is no column {name!r} (the columns are {header})")
        cells = [row[header.index(name)].strip() for row in rows[1:]]
        values = []
        for line, cell in enumerate(cells, start=2):
            if separator == ";" and "," in cell:
                cell = cell.replace(".", "").replace(",", ".")
            if cell == "":
                if not INTERPOLATE_MISSING:
                    raise ValueError(f"{path}, line {line}: column {name!r} is empty")
                values.append(None)
                continue
            try:
                values.append(float(cell))
            except ValueError:
                raise ValueError(
                    f"{path}, line {line}: {cell!r} in column {name!r} is not a number")
        columns[name] = fill_gaps(values)
    return columns


def fill_gaps(values):
    """Empty cells (None): linear interpolation inside, the nearest value at the ends."""
    known = [i for i, v in enumerate(values) if v is not None]
    if not known:
        raise ValueError("a column has no numbers")
    filled = list(values)
    for i, v in enumerate(values):
        if v is None:
            before = max((k for k in known if k < i), default=None)
            after = min((k for k in known if k > i), default=None)
            if before is None or after is None:
                filled[i] = values[after if before is None else before]
            else:
                share = (i - before) / (after - before)
                filled[i] = values[before] + share * (values[after] - values[before])
    return filled


)py";
    return text;
}

std::string textPreprocessing(const Plan &p)
{
    const ExperimentConfig &e = p.experiment;
    std::string text = fill(
        R"py(# -------------------------------------------------------------------------------------------------
# 3. The preprocessing: text -> tokens -> ids, as RNN Lab does it

CLASSES = @CLASSES@
MAX_LENGTH = @MAX@  # tokens per text (padded at the start; a longer text keeps its end)
PADDING, UNKNOWN = 0, 1  # the ids of "<pad>" and "<unk>" (a token the vocabulary lacks)


def lower(character):
    """One code point in lower case (Unicode's simple mapping, as utf8proc's)."""
    return "i" if character == "\u0130" else character.lower()


def is_word_character(character):
    """A letter, a mark or a digit (Unicode categories L*, M*, N*)."""
    return unicodedata.category(character)[0] in "LMN"


)py",
        { { "CLASSES", pyStringList(p.model->labels) }, { "MAX", std::to_string(e.maxLength) } });
    if (e.characterLevel)
        text += R"py(def tokenize(text):
    """RNN Lab's character tokenizer: NFC, lower case, one token per character; a run of white
    space is one " ", and white space at the start and the end is dropped."""
    tokens, pending_space = [], False
    for character in (lower(c) for c in unicodedata.normalize("NFC", text)):
        if character in "\t\n\r\f\v" or unicodedata.category(character) in ("Zs", "Zl", "Zp"):
            pending_space = bool(tokens)
            continue
        if pending_space:
            tokens.append(" ")
        pending_space = False
        tokens.append(character)
    return tokens


)py";
    else
        text += R"py(def tokenize(text):
    """RNN Lab's word tokenizer: NFC, lower case, split on anything that is not a letter, a mark or
    a digit; an apostrophe between two of them stays inside the word ("don't").
    "Não sei, coração!" -> ["não", "sei", "coração"]."""
    characters = [lower(c) for c in unicodedata.normalize("NFC", text)]
    words, word = [], ""
    for i, character in enumerate(characters):
        if is_word_character(character):
            word += character
        elif (character in "'\u2019" and word and i + 1 < len(characters)
              and is_word_character(characters[i + 1])):
            word += character
        elif word:
            words.append(word)
            word = ""
    if word:
        words.append(word)
    return words


)py";
    text += R"py(def encode(tokens, ids):
    """Token ids, exactly MAX_LENGTH of them: unknown tokens -> UNKNOWN, padded at the start."""
    numbers = [ids.get(token, UNKNOWN) for token in tokens][-MAX_LENGTH:]
    return [PADDING] * (MAX_LENGTH - len(numbers)) + numbers


)py";
    if (p.net.hasSubwords())
        text += fill(
            R"py(# Each word's character n-grams, fastText's way (RNN Lab's SubwordHasher), as bucket ids.
SUBWORD_BUCKETS = @NB@
SUBWORD_LENGTHS = range(@MIN@, @MAX@ + 1)  # n-gram lengths, in code points


def fnv1a(data):
    """FNV-1a, 32 bits: h = 2166136261; for each byte b: h = (h XOR b) * 16777619 mod 2^32."""
    h = 2166136261
    for byte in data:
        h = ((h ^ byte) * 16777619) & 0xFFFFFFFF
    return h


def ngrams(word):
    """The bucket ids of a word's n-grams: the word wrapped as "<word>", its n-grams of
    SUBWORD_LENGTHS code points (shortest first, left to right) except the whole wrapped word,
    each one's bucket FNV-1a-32 of its UTF-8 bytes mod SUBWORD_BUCKETS.
    "amor" with 3..4: "<am", "amo", "mor", "or>", "<amo", "amor", "mor>"."""
    if not word:
        return []
    wrapped = "<" + word + ">"
    return [fnv1a(wrapped[i:i + n].encode("utf-8", "surrogatepass")) % SUBWORD_BUCKETS
            for n in SUBWORD_LENGTHS if n < len(wrapped)
            for i in range(len(wrapped) - n + 1)]


def encode_grams(tokens):
    """Each step's n-gram ids, aligned with encode(): none on the padding, then those of the
    last MAX_LENGTH words (an unknown word keeps its n-grams)."""
    kept = [ngrams(token) for token in tokens[-MAX_LENGTH:]]
    return [[] for _ in range(MAX_LENGTH - len(kept))] + kept


)py",
            { { "NB", std::to_string(p.net.subwordBuckets) },
              { "MIN", std::to_string(p.experiment.subwordMin) },
              { "MAX", std::to_string(p.experiment.subwordMax) } });
    return text;
}

// ---- 4. predicting

std::string predictFunction(const Plan &p)
{
    const NetworkConfig &n = p.net;
    const std::string o = std::to_string(n.outputSize);
    return fill(
        R"py(# -------------------------------------------------------------------------------------------------
# 4. Predicting

def predict(network, inputs@GRAMS_ARG@):
    """The network's @WHAT@ for a batch: inputs @INPUTS@.
    Returns @SHAPE@."""
    with torch.no_grad():
        outputs = network(inputs@GRAMS@)
@RETURN@


)py",
        { { "WHAT", p.softmax() ? "class probabilities" : "outputs" },
          { "GRAMS_ARG", n.hasSubwords() ? ", grams" : "" },
          { "GRAMS", n.hasSubwords() ? ", grams" : "" },
          { "INPUTS",
            n.hasSubwords() ? "B x T token ids (torch.long), grams their n-grams (encode_grams)"
                : n.hasEmbedding() ? "B x T token ids (torch.long)"
                                   : "B x T x " + std::to_string(n.firstLayerInputSize()) },
          { "SHAPE", p.everyStep() ? "B x T x " + o + " (every step)" : "B x " + o },
          { "RETURN",
            p.softmax() ? "    return torch.softmax(outputs, dim=-1)" : "    return outputs" } });
}

// The series transform of the targets (log or Box-Cox, ExperimentConfig::transform), as
// core/data/series_transform.cpp applies it: the lines that transform the target columns (and
// the features that are targets) before differencing, "" without one.
std::string transformLines(const ExperimentConfig &e)
{
    if (e.transform == TransformKind::None)
        return "";
    const bool log = e.transform == TransformKind::Log || std::abs(e.boxCoxLambda) < 1e-12;
    const std::string forward = log
        ? "torch.log(v)"
        : "(v ** " + pyFloat(e.boxCoxLambda) + " - 1.0) / " + pyFloat(e.boxCoxLambda);
    return "    # The targets' " + std::string(log ? "log" : "Box-Cox")
        + " transform (y = " + (log ? std::string("ln x") : std::string("(x^lambda - 1) / lambda"))
        + "), before differencing.\n" + "    transform = lambda v: " + forward + "\n"
        + "    for i, name in enumerate(FEATURES):\n" + "        if name in TARGETS:\n"
        + "            features[:, i] = transform(features[:, i])\n"
        + "    targets = transform(targets)\n";
}

// The inverse of transformLines() applied to `expression` (the forecast in transformed units).
std::string untransformed(const ExperimentConfig &e, const std::string &expression)
{
    if (e.transform == TransformKind::None)
        return expression;
    if (e.transform == TransformKind::Log || std::abs(e.boxCoxLambda) < 1e-12)
        return "torch.exp(" + expression + ")  # back from the log";
    const std::string l = pyFloat(e.boxCoxLambda);
    return "torch.clamp(" + l + " * " + expression + " + 1.0, min=0.0) ** (1.0 / " + l
        + ")  # back from Box-Cox";
}

std::string forecastFunction(const Plan &p)
{
    const ExperimentConfig &e = p.experiment;
    std::string run;
    if (p.encoderDecoder)
        run = R"py(    # Encoder-decoder: the window, then HORIZON empty steps whose outputs are the forecast.
    x = torch.zeros(LOOKBACK + HORIZON, len(FEATURES))
    x[:LOOKBACK] = window
    scaled = predict(network, x.unsqueeze(0))[0, LOOKBACK:]  # Hz x Y
)py";
    else if (p.manyToMany)
        run = R"py(    # Many-to-many: every step forecasts the HORIZON values after it; the last step's are
    # the ones after the window. Its Y * Hz outputs hold value k of target y at k * Y + y.
    scaled = predict(network, window.unsqueeze(0))[0, -1].reshape(HORIZON, len(TARGETS))
)py";
    else
        run = R"py(    # Many-to-one: the last step reads out all the forecasts at once; its Y * Hz outputs hold
    # value k of target y at k * Y + y.
    scaled = predict(network, window.unsqueeze(0))[0].reshape(HORIZON, len(TARGETS))
)py";
    return fill(
               R"py(def forecast_after(network, model_file, columns):
    """The next HORIZON values of TARGETS after the last row of `columns`, in the data's units.

    columns: {name: [numbers, oldest first]} holding FEATURES and TARGETS (read_columns gives one).
    Returns a HORIZON x Y tensor: row k is the (k+1)-th step after the end.
    """
    feature_scaler = Scaler(model_file["scaler"])
    target_scaler = Scaler(model_file["target_scaler"])
    features = torch.tensor([columns[name] for name in FEATURES]).T  # R x X, one row per time step
    targets = torch.tensor([columns[name] for name in TARGETS]).T  # R x Y
@TRANSFORM@@DIFFERENCE@    if len(features) < LOOKBACK:
        raise ValueError(f"the data have too few rows for a window of {LOOKBACK} steps")
    window = feature_scaler.transform(features[-LOOKBACK:])  # L x X, the last rows, scaled
@RUN@    forecast = target_scaler.inverse(scaled)  # Hz x Y in the data's units@CHANGES@
@UNDIFFERENCE@

)py",
               { { "TRANSFORM", transformLines(e) },
                 { "DIFFERENCE",
                   e.differencing ? "    features = features[1:] - features[:-1]  # the changes: "
                                    "row r is x_{r+1} - x_r\n"
                                  : "" },
                 { "RUN", run },
                 { "CHANGES", e.differencing ? " (changes)" : "" },
                 { "UNDIFFERENCE",
                   e.differencing
                       ? R"py(    # Back to levels: add the changes one by one to the last known value.
    level = targets[-1]
    levels = []
    for change in forecast:
        level = level + change
        levels.append(level)
    return )py" + untransformed(e, "torch.stack(levels)")
                       : "    return " + untransformed(e, "forecast") } })
        + "\n";
}

std::string classifyFunction(const Plan &p)
{
    return fill(R"py(def classify_texts(network, model_file, texts):
    """The probability of each class (CLASSES) for every text: N x K."""
    ids = {token: i for i, token in enumerate(model_file["vocabulary"]["tokens"])}
    if not texts:
        return torch.zeros(0, len(CLASSES))
    words = [tokenize(text) for text in texts]
    tokens = torch.tensor([encode(w, ids) for w in words])  # N x MAX_LENGTH
@PREDICT@

)py",
                { { "PREDICT",
                    p.net.hasSubwords()
                        ? "    return predict(network, tokens, [encode_grams(w) for w in words])\n"
                        : "    return predict(network, tokens)\n" } });
}

// ---- 5. the command line

std::string mainSection(const Plan &p)
{
    std::string body;
    switch (p.kind) {
    case Plan::Kind::Forecast:
        body = R"py(    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--predict", metavar="FILE.csv",
                        help=f"forecast {HORIZON} value(s) after the last row of FILE.csv")
    args = parser.parse_args()
    network, model_file = load()
    if not args.predict:
        print(network)
        print("Give --predict FILE.csv (columns " + ", ".join(dict.fromkeys(FEATURES + TARGETS))
              + ") to forecast after its last row.")
        return
    columns = read_columns(args.predict, list(dict.fromkeys(FEATURES + TARGETS)))
    forecast = forecast_after(network, model_file, columns)
    print(",".join(["step_after_end"] + TARGETS))
    for k, row in enumerate(forecast.tolist(), start=1):
        print(",".join([str(k)] + [repr(value) for value in row]))
)py";
        break;
    case Plan::Kind::Texts:
        body = fill(R"py(    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts", nargs="*", help="texts to classify")
    parser.add_argument("--predict", metavar="FILE.csv",
                        help="classify every text of the column " + @COLUMN@ + " of FILE.csv")
    args = parser.parse_args()
    network, model_file = load()
    texts = list(args.texts)
    if args.predict:
        with open(args.predict, newline="", encoding="utf-8-sig") as file:
            texts += [row[@COLUMN@] for row in csv.DictReader(file)]
    if not texts:
        print(network)
        print("Give texts to classify, or --predict FILE.csv.")
        return
    probabilities = classify_texts(network, model_file, texts)
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["text", "predicted", "probability"])
    for text, p in zip(texts, probabilities):
        best = int(p.argmax())
        writer.writerow([text, CLASSES[best], repr(float(p[best]))])
)py",
                    { { "COLUMN", pyString(p.experiment.textColumn) } });
        break;
    case Plan::Kind::Sequences:
        body = R"py(    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sequence", metavar="JSON",
                        help="one sequence as a JSON list of steps, each a list of numbers")
    args = parser.parse_args()
    network, _ = load()
    if not args.sequence:
        print(network)
        return
    x = torch.tensor(json.loads(args.sequence), dtype=torch.float64).unsqueeze(0)  # 1 x T x X
    print(predict(network, x)[0].tolist())
)py";
        break;
    }
    return "# "
           "-----------------------------------------------------------------------------------"
           "--------------\n# 5. The command line\n\ndef main():\n"
        + body + "\n\nif __name__ == \"__main__\":\n    main()\n";
}

void writeAtomically(const std::filesystem::path &path, const std::string &text)
{
    std::filesystem::path temporary = path;
    temporary += ".part";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            throw PytorchExportError(path.string() + ": cannot open the file for writing");
        out << text;
        out.flush();
        if (!out) {
            out.close();
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            throw PytorchExportError(path.string() + ": writing failed (disk full?)");
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        std::filesystem::remove(temporary, error);
        throw PytorchExportError(path.string() + ": cannot replace the file (" + error.message()
                                 + ")");
    }
}

} // namespace

std::string PytorchExportOptions::validate() const
{
    const auto plain = [](const std::string &name, const char *suffix) {
        const std::string s(suffix);
        return !name.empty() && name.find_first_of("/\\") == std::string::npos
            && name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0;
    };
    if (!plain(scriptFile, ".py"))
        return "The script's name must be a plain file name ending in .py, not \"" + scriptFile
            + "\".";
    if (!plain(modelFile, ".json"))
        return "The model file's name must be a plain file name ending in .json, not \"" + modelFile
            + "\".";
    return {};
}

std::string pytorchExportRefusal(const ModelFile &model)
{
    const json file = modelToJson(model);
    if (std::string error
        = checkFields(file, json::object(), modelFields, {}, "the model file's field");
        !error.empty())
        return error;
    const json &network = file.at("network");
    // The big pieces first (the cell, the readout), so a new kind of network is named as such
    // rather than by one of its settings.
    const std::string cell = network.value("cell", "");
    if (!isOneOf(cell, { "elman", "jordan", "lstm", "gru", "mlp" })
        || !torchCell(model.network.cell))
        return refuse("the cell \"" + cell + "\" yet");
    if (const std::string readout = network.value("readout", "");
        !isOneOf(readout, { "linear", "softmax" }))
        return refuse("the readout \"" + readout + "\"");
    if (const std::string placement = network.value("placement", "");
        !isOneOf(placement, { "every_step", "last_step", "final_states", "mean_pool" }))
        return refuse("the readout placement \"" + placement + "\"");
    if (std::string error
        = checkFields(network, networkConfigToJson(NetworkConfig {}), networkFields,
                      trainingOnlyNetworkFields, "the network setting");
        !error.empty())
        return error;
    const std::vector<std::string> known = knownParameters(model.network);
    for (const Parameter &p : model.parameters)
        if (std::find(known.begin(), known.end(), p.name) == known.end())
            return refuse("the parameter \"" + p.name + "\"");
    if (std::string error = checkFields(model.experiment, ExperimentConfig().toJson(),
                                        exportedSettings, trainingOnlySettings, "the setting");
        !error.empty())
        return error;
    ExperimentConfig e;
    try {
        e.apply(model.experiment);
    } catch (const std::exception &error) {
        return std::string("The model's settings cannot be read: ") + error.what();
    }
    const json settings = e.toJson();
    if (const std::string topology = settings.value("topology", "");
        !isOneOf(topology, { "many_to_one", "many_to_many", "one_to_many", "encoder_decoder" }))
        return refuse("the topology \"" + topology + "\"");
    if (const std::string pooling = settings.value("pooling", "");
        !isOneOf(pooling, { "last", "mean" }))
        return refuse("the pooling \"" + pooling + "\"");
    if (model.network.skipsPadding() && model.network.placement == ReadoutPlacement::EveryStep)
        return refuse("pad skipping with a readout at every step");
    if (model.network.hasSubwords() && model.task != Task::Classify)
        return refuse("subword n-grams outside a text classifier");
    if (isSequenceTask(e.generator))
        return {};
    if (model.task == Task::Classify) {
        if (model.vocabulary.is_null() || !model.network.hasEmbedding())
            return "A text model needs its vocabulary and its embedding to be exported, and this "
                   "model file lacks them.";
        return checkFields(model.vocabulary, json::object(), vocabularyFields, {},
                           "the vocabulary's field");
    }
    if (model.network.hasEmbedding())
        return refuse("a forecast that reads token ids");
    if (std::string error = checkScaler(model.scaler, "scaler"); !error.empty())
        return error;
    if (std::string error = checkScaler(model.targetScaler, "target_scaler"); !error.empty())
        return error;
    if (model.scaler.value("kind", "") != model.targetScaler.value("kind", ""))
        return refuse("inputs and targets scaled in different ways");
    return {};
}

std::string pytorchScript(const ModelFile &model, const PytorchExportOptions &options)
{
    if (const std::string error = options.validate(); !error.empty())
        throw PytorchExportError(error);
    if (const std::string refusal = pytorchExportRefusal(model); !refusal.empty())
        throw PytorchExportError(refusal);
    const Plan p = makePlan(model, options);
    std::string script = header(p) + networkSection(p) + weightsSection(p);
    switch (p.kind) {
    case Plan::Kind::Forecast:
        script += forecastPreprocessing(p) + predictFunction(p) + forecastFunction(p);
        break;
    case Plan::Kind::Texts:
        script += textPreprocessing(p) + predictFunction(p) + classifyFunction(p);
        break;
    case Plan::Kind::Sequences:
        script += std::string("# ") + std::string(97, '-')
            + "\n# 3. The preprocessing: none (the synthetic task's numbers go in as they "
              "are)\n\n\n"
            + predictFunction(p);
        break;
    }
    return script + mainSection(p);
}

PytorchExportReport exportPytorch(const ModelFile &model, const std::string &directory,
                                  const PytorchExportOptions &options)
{
    const std::string script = pytorchScript(model, options);
    const std::filesystem::path folder(directory);
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error || !std::filesystem::is_directory(folder))
        throw PytorchExportError(directory + ": cannot create the folder"
                                 + (error ? " (" + error.message() + ")" : std::string()));
    PytorchExportReport report;
    report.modelPath = (folder / options.modelFile).string();
    report.scriptPath = (folder / options.scriptFile).string();
    writeAtomically(report.modelPath, modelToJson(model).dump(1) + "\n");
    writeAtomically(report.scriptPath, script);
    return report;
}

} // namespace rnn
