// The script's common pieces (pytorch_script.h): the Python literals, the plan read from the model
// file, and the script's header (its docstring, imports and the model file's name).
#include "pytorch_script.h"

#include "train/experiment_config.h"
#include "version.h"

#include <charconv>
#include <sstream>

namespace rnn::pytorch_script {

using nlohmann::json;

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
std::string wrap(const std::string &text, std::size_t width, std::size_t indent)
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
    case ReadoutPlacement::MaxPool:
        return "each unit's maximum over the steps";
    }
    return {};
}

namespace {

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

} // namespace

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

} // namespace rnn::pytorch_script
