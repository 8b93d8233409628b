// Model files: a trained model saved as human-readable JSON (nlohmann::json) and loaded back,
// with a clear error for every way a file can be wrong. What a model file is not: a training
// checkpoint (no optimizer state; training restarts from the weights with fresh moments).
//
// Format, version 1 (keys in this order; numbers are written with enough digits to read back
// bit-identical doubles):
//   {
//     "format": "rnnlab-model",
//     "format_version": 1,
//     "created_by": "RNN Lab 0.1.0",
//     "task": "forecast" | "classify",
//     "network": {"cell": "elman|jordan|lstm|gru", "input_size": X, "hidden_size": H,
//                 "layers": n, "bidirectional": bool, "output_size": O,
//                 "readout": "linear|softmax", "placement":
//                 "every_step|last_step|final_states|mean_pool", "jordan_mu": mu,
//                 "vocabulary_size": V, "embedding_size": E, "padding_token": bool,
//                 "subword_buckets": NB, "skip_padding": bool},   (the last two optional:
//                 0 and false when absent; nn/embedding.h, nn/padding_mask.h)
//     "parameters": [{"name": "layer0.forward.weight_input", "rows": r, "cols": c,
//                     "value": [[row 0 ...], [row 1 ...], ...]}, ...]   (network.h's order)
//     "scaler": null | Scaler::toJson() of core/data (the inputs' scaling, fitted on train),
//     "target_scaler": null | the targets' scaling,
//     "vocabulary": null | Vocabulary::toJson() of core/data (text models),
//     "labels": ["anger", ...]            (class names, id = position; [] for forecasts),
//     "experiment": ExperimentConfig::toJson() (how inputs were built: columns, lookback, ...),
//     "history": [{"epoch": 1, "train_loss": l, "validation_loss": l|null,
//                  "learning_rate": lr, "gradient_norm": g, "seconds": s}, ...],
//     "metrics": {} | the test metrics reported when the model was saved
//   }
// A model file is self-contained: Experiment::fromModel predicts with the stored "scaler",
// "target_scaler", "vocabulary" and "labels" as they are (never refitted on the data), so the
// file alone suffices for --predict on another machine. The data files named in "experiment"
// are read only to evaluate the model on its test part (when they are there).
// Scalers: {"kind": "none|minmax01|minmax11|zscore", "offset": [per variable], "scale": [...],
// "low": l, "high": h}: x' = low + (x - offset) / scale * (high - low) for min-max,
// (x - offset) / scale for z-score (core/data/scaler.h); "scaler" has one entry per input
// column ("experiment.features", or the target alone), "target_scaler" one per target; with
// "experiment.differencing" they scale the changes. Vocabulary: {"tokens": ["<pad>", "<unk>",
// ...], "frequencies": [...]}: token id = position (core/data/vocabulary.h).
// A reader accepts any file whose format_version is <= its own and rejects newer ones with a
// message asking for a newer RNN Lab. Unknown extra keys are ignored (forward compatibility
// inside a version).
#pragma once

#include "nn/network.h"
#include "train/experiment_settings.h"
#include "train/trainer.h"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>
#include <vector>

namespace rnn {

// Every problem with a model file: what() is "FILE: what is wrong" or, for bad JSON,
// "FILE, line L, column C: ...".
class ModelFileError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct ModelFile
{
    static constexpr int currentFormatVersion = 1;

    Task task = Task::Forecast; // "forecast" or "classify"
    NetworkConfig network;
    Parameters parameters; // names and shapes as Network(network).parameters()
    nlohmann::json scaler; // null when none
    nlohmann::json targetScaler; // null when none
    nlohmann::json vocabulary; // null when none
    std::vector<std::string> labels;
    nlohmann::json experiment = nlohmann::json::object();
    std::vector<EpochRecord> history;
    nlohmann::json metrics = nlohmann::json::object();

    // A network with this configuration and these weights. Throws ModelFileError (naming the
    // parameter) when a parameter is missing, extra or of the wrong shape.
    Network makeNetwork(const std::string &source = "<model>") const;
};

nlohmann::json modelToJson(const ModelFile &model);
// Checks everything (fields, types, shapes against the network configuration, version); throws
// ModelFileError whose message starts with `source`.
ModelFile modelFromJson(const nlohmann::json &json, const std::string &source = "<model>");

// Throws ModelFileError when the file cannot be written.
void saveModel(const ModelFile &model, const std::string &path);
ModelFile loadModel(const std::string &path);

// The configuration as it is written in model files, and back (throws std::invalid_argument
// naming the field).
nlohmann::json networkConfigToJson(const NetworkConfig &config);
NetworkConfig networkConfigFromJson(const nlohmann::json &json);

} // namespace rnn
