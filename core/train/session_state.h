// Session files (*.rnnlab): a training run saved whole, so that it can be opened elsewhere and
// continued bit for bit: the run's configuration, where its data come from, and a few recorded
// moments of it (the last is the present), each the Trainer's whole state (train/trainer.h:
// weights, optimizer moments, the shuffling generator, the position in the epoch, early stopping,
// the report and its history). What a session file is not: a model file (model_io.h), which holds
// what predicting needs and nothing of training. The app stores what only it knows (the lesson,
// the window, the inspected sequence) in "app" objects that core keeps as they are.
//
// Format, version 1 (JSON; numbers are written with enough digits to read back bit-identical
// doubles; NaN and infinity, which JSON lacks, are written as null where a field may hold them):
//   {
//     "format": "rnnlab-session",
//     "format_version": 1,
//     "created_by": "RNN Lab 0.1.0",
//     "experiment": ExperimentConfig::toJson() (the run as the user set it),
//     "app": {...}                    (the app's part: app/engine/session_document.h),
//     "data": [{"key": "data_file" | "test_data_file", "path": "as the run names it",
//               "sha256": "64 hex digits of the file's bytes", "bytes": n,
//               "embedded": null | "the file's whole text"}, ...],
//     "history": [{"epoch", "train_loss", "validation_loss" | null, "learning_rate",
//                  "gradient_norm", "seconds"}, ...]    (the present moment's, once)
//     "moments": [{"trainer": TRAINER, "app": {...}}, ...]   (oldest first; the last is now)
//     "displayed": i                  (the moment on screen, an index of "moments")
//   }
//   TRAINER = {"parameters": [as model files], "optimizer": {"steps": n, "learning_rate": lr,
//              "first": [MATRIX...], "second": [MATRIX...]}, "random": {"engine": "the
//              std::mt19937_64 state as the C++ standard writes it", "has_spare": b, "spare": x},
//              "order": [sample indices], "position": p, "epoch": e, "in_epoch": b,
//              "epoch_loss_sum": x, "epoch_norm_sum": x, "epoch_samples": n,
//              "epoch_batches": n, "epoch_seconds": s, "best_parameters": [as "parameters"],
//              "best_loss": x | null (infinity), "epochs_without_improvement": n,
//              "stopped": b, "report": {"reason": "finished|early_stopped|diverged|cancelled",
//              "message", "epochs", "best_epoch", "best_validation_loss" | null, "steps",
//              "seconds"}}
//   MATRIX  = {"rows": r, "cols": c, "value": [[row 0 ...], ...]}
// A moment's history is the first "epoch" records of "history" (a moment written with a history
// of its own, under "report.history", keeps it). A reader accepts format_version <= its own and
// refuses a newer one, asking for a newer RNN Lab; unknown keys are ignored. The loader is
// bounded by core/loader_limits.h (file size, moments, JSON depth, every matrix's shape checked
// against what the file holds before allocating) and every problem is a SessionFileError naming
// the file and the field.
#pragma once

#include "train/trainer.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace rnn {

// Every problem with a session file: what() is "FILE: what is wrong (where)".
class SessionFileError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// One data file of the run: where it was, its content hash, and optionally its whole text.
struct SessionDataFile
{
    std::string key; // "data_file" or "test_data_file" (an ExperimentConfig key)
    std::string path; // as the configuration names it
    std::string sha256; // lower-case hex of the file's bytes when saved
    std::int64_t bytes = 0;
    std::optional<std::string> embedded; // the file itself, when the session carries it
};

// One recorded moment: the trainer's whole state and what the app counts beside it.
struct SessionMoment
{
    TrainerState trainer;
    nlohmann::json app = nlohmann::json::object();
};

struct SessionState
{
    static constexpr int currentFormatVersion = 1;

    nlohmann::json experiment = nlohmann::json::object();
    nlohmann::json app = nlohmann::json::object();
    std::vector<SessionDataFile> data;
    std::vector<SessionMoment> moments; // oldest first; never empty in a valid file
    int displayed = 0;
};

nlohmann::json sessionToJson(const SessionState &session);
// Checks every field (types, version, limits, shapes of the matrices against what the file
// holds); throws SessionFileError starting with `source`.
SessionState sessionFromJson(const nlohmann::json &json, const std::string &source = "<session>");
// The text of a session file (within limits::maxSessionFileBytes and limits::maxJsonDepth),
// parsed and checked: SessionFileError "SOURCE: ..." for anything wrong, truncated included.
SessionState parseSession(std::string_view text, const std::string &source);
// Reads and parses the file at `path`.
SessionState loadSession(const std::string &path);

} // namespace rnn
