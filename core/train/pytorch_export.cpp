// Implementation of pytorch_export.h: what the exporter knows (every field of a model file, every
// setting, and whether it changes predictions), the checks that refuse what it does not know, and
// the files it writes. The script's text is written by pytorch_script*.cpp (pytorch_script.h).
#include "pytorch_export.h"

#include "pytorch_script.h"

#include "train/experiment_config.h"
#include "version.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <span>
#include <utility>
#include <vector>

namespace rnn {

using namespace pytorch_script;

namespace {

using nlohmann::json;

// ---- what the exporter knows

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
    "readout_skip",
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
    "punctuation_tokens",
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
    "skip_path",
};
constexpr const char *trainingOnlySettings[] = {
    "preset",
    "skip_loss",
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
    "embedding_scale",
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

namespace pytorch_script {

const TorchCell *torchCell(CellType type)
{
    for (const TorchCell &cell : torchCells)
        if (cell.type == type)
            return &cell;
    return nullptr;
}

} // namespace pytorch_script

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
        !isOneOf(placement, { "every_step", "last_step", "final_states", "mean_pool", "max_pool" }))
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
        !isOneOf(pooling, { "last", "mean", "max" }))
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
