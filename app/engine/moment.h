// One recorded moment of a TrainingSession's run, as its snapshots carry it (Snapshot::weights,
// type-erased): for training_session.cpp and the snapshot accessors in moment.cpp only. Views
// never see it; they read snapshots.
#pragma once

#include "train/model_io.h"
#include "train/trainer.h"

#include <cstdint>
#include <memory>

namespace rnnlab {

// The identity of one run: a token made by reset() and compared by address. Each session makes
// its own, so the training thread and the compare thread share no counter (nor anything else).
struct RunToken
{
};

// One recorded moment of a run: a copy of the whole trainer (network, optimizer state, shuffling
// generator, history; the data are shared and immutable) and our counters.
struct Moment
{
    std::shared_ptr<const RunToken> run;
    rnn::Trainer trainer;
    std::shared_ptr<const rnn::Trace> trained; // the Trace of the sample just trained, if any
    int trainedSample = -1;
    int sample = 0;
    int nextSample = 0;
    std::uint64_t updates = 0;
    // What predicting needs besides the weights (scalers, vocabulary, labels, configuration),
    // made once per run: a model file without parameters or history.
    std::shared_ptr<const rnn::ModelFile> preprocessing;
};

} // namespace rnnlab
