// The bridge from the GUI to core: builds the network, the data and the optimizer that a
// lesson asks for, trains them one sample, batch or epoch at a time, and packs what happened
// into an immutable Snapshot. It lives inside the TrainingWorker's thread and is used by that
// thread only; it holds no Qt widgets and never touches the GUI. All the maths is core's.
#pragma once

#include "inspect_request.h"
#include "snapshot.h"
#include "trace_adapter.h"
#include "train/experiment_config.h"
#include "train/model_io.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace rnnlab {

// Everything needed to (re)start a run.
struct SessionSetup
{
    // The run as the lesson and the panels set it (the topology as the user chose it; see
    // trainingConfig() for what core is given).
    rnn::ExperimentConfig config;
    // The sequence whose Trace is shown (by default the sample just trained, else training
    // sample inspectedSample).
    InspectRequest inspect;
    int inspectedSample = 0; // the training sample shown before the first step
    double recurrentScale = 1.0; // multiplies the recurrent weights after initialisation
    // Weights to start from instead of the seed's (an imported model; names and shapes must
    // be the network's); empty for none.
    rnn::Parameters initialWeights;
};

// One recorded moment of a run as a session file keeps it: core's whole trainer state and the
// session's counters beside it (the sample cursor and the number of updates).
struct MomentRecord
{
    rnn::TrainerState trainer;
    int sample = 0;
    int nextSample = 0;
    int trainedSample = -1;
    std::uint64_t updates = 0;
};

// What core trains for `setup`: its config with the data file found (resolveDataFile) and the
// GUI's topology mapped onto core's (one-to-many on a series: an encoder-decoder whose window is
// one value and whose horizon is the lookback).
rnn::ExperimentConfig trainingConfig(const SessionSetup &setup);

class TrainingSession
{
public:
    TrainingSession();
    ~TrainingSession();
    TrainingSession(const TrainingSession &) = delete;
    TrainingSession &operator=(const TrainingSession &) = delete;

    // Builds everything from the setup, initialised from its seed. Returns "" or a readable
    // error; on error the previous run (data and weights) is kept.
    QString reset(const SessionSetup &setup);
    bool ready() const;

    // One training sample (forward, loss, backward, update), one mini-batch, one epoch.
    // Each returns "" or a readable error (e.g. the loss diverged).
    QString stepSample();
    QString stepBatch();
    QString stepEpoch();

    // The present moment, with the Trace of the sample just trained (or the inspected sample).
    SnapshotPtr snapshot();
    // The Trace of training sample `index` with the present weights, nothing changed.
    SnapshotPtr inspect(int index);
    // Shows `request`'s sequence from now on (every later snapshot traces it with its weights;
    // training still steps on the training data). With `base`, a snapshot of this run, the
    // answer is that moment (its weights, counters and history) with the requested Trace and
    // `reinspected` set; otherwise it is the present moment. The weights never change. A
    // request core cannot answer (no such sample, no words) gives the snapshot of `base` (or of
    // the present) with a message saying why.
    SnapshotPtr inspect(const InspectRequest &request, const SnapshotPtr &base = nullptr);
    // The present model as a model file (what rnnlab-train --save writes).
    rnn::ModelFile modelFile() const;
    // Goes back to the moment a snapshot of this run recorded (weights, optimizer, counters).
    bool restore(const Snapshot &snapshot);
    // Starts the run of `setup` and goes through the saved `moments` (oldest first), recording a
    // snapshot of each into `history`; the run then stands at the last one, so training
    // continues bit for bit as the saved run would have. "" or a readable error (the previous
    // run is kept).
    QString resume(const SessionSetup &setup, const std::vector<MomentRecord> &moments,
                   std::vector<SnapshotPtr> *history);

    int samplesPerEpoch() const;

    struct State; // core's objects; defined in training_session.cpp

private:
    void fillTrace(Snapshot &snapshot, const rnn::Trainer &trainer, const rnn::Trace *trained);
    AdapterOptions adapterOptions() const;

    std::unique_ptr<State> m_state;
};

// The weights of a snapshot made by a TrainingSession (for tests and comparisons), or nullptr.
const rnn::Network *snapshotNetwork(const Snapshot &snapshot);
// The moment a snapshot recorded, as a session file keeps it; nullopt for a snapshot without one.
std::optional<MomentRecord> snapshotMoment(const Snapshot &snapshot);
// The model of a snapshot's moment as rnnlab-train --save writes it (its weights, history and the
// run's preprocessing); nullopt for a snapshot without one.
std::optional<rnn::ModelFile> snapshotModel(const Snapshot &snapshot);

} // namespace rnnlab
