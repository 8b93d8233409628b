// Trainer: how a network's weights change. Epochs of shuffled mini-batches (rnn::Random), an
// optimizer (SGD, momentum, Adam) with a learning-rate schedule, gradient clipping by global norm,
// early stopping on the validation loss (the best weights are kept), and divergence detection:
// the step whose loss, gradients or new weights are NaN or infinite is undone, training stops,
// and the report says why and what to try.
//
// Granular stepping for the GUI: stepSample (one sample: forward, loss, backward, update; returns
// its Trace), stepBatch, runEpoch, and inspect (the Trace of any sample, weights untouched).
// train() runs everything with a progress callback that may stop it.
//
// A Trainer is a copyable value: the network, the optimizer state, the shuffling generator and the
// history are members; the data are shared immutable SequenceSets (shared_ptr<const>), so a copy
// is a branch of the run that can continue independently (the GUI's worker owns one; snapshots
// copy the network). There is no global state. Not thread-safe: one thread drives a Trainer.
#pragma once

#include "name_table.h"
#include "nn/network.h"
#include "random.h"
#include "train/optimizer.h"
#include "train/sequence_set.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace rnn {

enum class LearningRateSchedule {
    Constant, // lr
    Step, // lr * stepFactor^floor(epoch / stepEvery)
    Cosine, // lr * (1 + cos(pi * epoch / epochs)) / 2
};

inline constexpr NamedValue<LearningRateSchedule> learningRateScheduleEntries[] = {
    { LearningRateSchedule::Constant, "constant" },
    { LearningRateSchedule::Step, "step" },
    { LearningRateSchedule::Cosine, "cosine" },
};
inline constexpr NameTable<LearningRateSchedule> learningRateScheduleNames {
    "learning-rate schedule", learningRateScheduleEntries
};
constexpr const NameTable<LearningRateSchedule> &nameTable(LearningRateSchedule)
{
    return learningRateScheduleNames;
}

struct TrainerOptions
{
    int epochs = 100;
    int batchSize = 16;
    bool shuffle = true;
    OptimizerConfig optimizer; // kind, base learning rate, momentum, Adam's betas
    LearningRateSchedule schedule = LearningRateSchedule::Constant;
    int stepEvery = 10; // Step schedule
    double stepFactor = 0.5; // Step schedule
    double clipNorm = 5.0; // gradient clipping by global norm; 0 = off
    // Early stopping: stop after `patience` epochs without a lower validation loss and restore the
    // best weights (0 = never stop early; the best weights are still restored at the end when
    // there is a validation set).
    int patience = 0;
    int truncation = 0; // truncated BPTT steps (0 = full)
    std::uint64_t seed = 1; // shuffling
    int evaluationBatch = 256; // samples per forward pass when only evaluating
    // Length buckets (token ids, with a network that skips pad steps and reads out once per
    // sequence): each epoch's shuffled samples are sorted by their number of real tokens (ties
    // keep the shuffled order) and cut into batches, whose order is shuffled again (a last,
    // shorter batch stays last). Either way such batches are cut to their longest sequence, so
    // pad steps are never computed (evaluation and prediction group the samples by length too).
    bool lengthBuckets = false;
    // Gradient slices: a batch of more than sliceSize samples is computed as consecutive slices
    // of sliceSize samples (each cut to its own longest sequence, dropout masks from the batch's
    // seed + slice), and their gradients are summed in slice order, slice s weighted by
    // n_s / B, which is the batch's mean loss. The slices run on `threads` threads: the numbers
    // depend on sliceSize, never on the thread count. 0 = the whole batch at once.
    int sliceSize = 0;
    int threads = 0; // 0 = every core of the machine (core/parallel.h)

    // "" when usable, otherwise a readable English sentence.
    std::string validate() const;
    // The learning rate of epoch `epoch` (0-based) under the schedule.
    double learningRateAt(int epoch) const;
};

enum class StopReason { Finished, EarlyStopped, Diverged, Cancelled };
const char *stopReasonName(StopReason reason); // "finished", "early_stopped", ...

struct EpochRecord
{
    int epoch = 0; // 1-based
    double trainLoss = 0.0; // mean loss of the epoch's batches (weighted by batch size)
    double validationLoss = std::numeric_limits<double>::quiet_NaN(); // NaN without validation
    double learningRate = 0.0;
    double gradientNorm = 0.0; // mean global norm before clipping
    double seconds = 0.0;
};

struct TrainingReport
{
    StopReason reason = StopReason::Finished;
    std::string message; // why training stopped and, on divergence, what to try
    int epochs = 0; // epochs completed
    int bestEpoch = 0; // epoch of the best validation loss (0 without validation)
    double bestValidationLoss = std::numeric_limits<double>::quiet_NaN();
    std::int64_t steps = 0; // optimizer updates
    double seconds = 0.0;
    std::vector<EpochRecord> history;

    // One paragraph for a terminal (Ceres' BriefReport).
    std::string briefReport() const;
};

struct StepResult
{
    double loss = 0.0;
    double gradientNorm = 0.0; // before clipping
    bool diverged = false; // the update was undone; the report says why
    bool epochFinished = false; // stepBatch: this batch completed an epoch
};

struct ProgressInfo
{
    int epoch = 0; // 1-based, the epoch in progress or just finished
    int epochs = 0;
    Index batch = 0; // batches done in this epoch
    Index batches = 0; // batches per epoch
    double loss = 0.0; // last batch loss
    bool epochFinished = false; // true once per epoch, with `record` filled
    EpochRecord record;
    double seconds = 0.0; // since train() started
};

enum class Progress { Continue, Stop };
using ProgressCallback = std::function<Progress(const ProgressInfo &)>;

class Trainer
{
public:
    Trainer() = default;
    // validation may be empty. Throws std::invalid_argument when the options or the data do not
    // fit the network (the message says what).
    Trainer(Network network, const TrainerOptions &options, SequenceSet train,
            SequenceSet validation = {});
    Trainer(Network network, const TrainerOptions &options,
            std::shared_ptr<const SequenceSet> train,
            std::shared_ptr<const SequenceSet> validation = {});
    // A trainer that only predicts and evaluates (a model loaded without its training data): it
    // has no training samples, and stepping or train() throws std::logic_error.
    Trainer(Network network, const TrainerOptions &options);

    const Network &network() const { return m_network; }
    const TrainerOptions &options() const { return m_options; }
    const SequenceSet &trainSet() const { return *m_train; }
    bool hasValidation() const { return m_validation && !m_validation->empty(); }
    const SequenceSet &validationSet() const { return *m_validation; }
    const TrainingReport &report() const { return m_report; }
    int epoch() const { return m_epoch; } // epochs completed
    bool stopped() const { return m_stopped; } // diverged, early-stopped or finished
    double learningRate() const { return m_optimizer.learningRate(); }

    // ---- granular stepping (each is one or more optimizer updates)
    // Forward, loss, backward, clipping and update on training sample `sample` alone; returns its
    // Trace (values and gradients of that step, before the update). Does not move the epoch cursor.
    Trace stepSample(Index sample, StepResult *result = nullptr);
    // The next mini-batch of the current epoch's shuffled order; starts a new epoch when needed.
    StepResult stepBatch();
    // The rest of the current epoch (a whole epoch when at its start); returns its record.
    EpochRecord runEpoch();
    // Epochs until options().epochs, early stopping, divergence or the callback's Stop.
    const TrainingReport &train(const ProgressCallback &progress = {});

    // ---- looking without changing anything
    // Trace (forward and backward, no update) of one sample of the training set, or of the
    // validation set when fromValidation is true.
    Trace inspect(Index sample, bool fromValidation = false) const;
    // The same for sample `sample` of any set that fits the network (e.g. the test set, or a
    // sequence the user typed): forward, and backward against its targets when it has some
    // (a set without targets gives the forward pass only). std::out_of_range for a bad index.
    Trace inspect(const SequenceSet &set, Index sample) const;
    // Mean loss over a set (batched; the weights are untouched).
    double evaluateLoss(const SequenceSet &set) const;
    // Readout outputs of every sample side by side: Linear O x N (LastStep) or O x (T*N) with
    // sample n's step t in column n*T + t (EveryStep); Softmax: probabilities in the same layout.
    Matrix predict(const SequenceSet &set) const;

private:
    void startEpoch();
    void finishEpoch();
    bool applyUpdate(Trace &trace, StepResult &result);
    // Forward and backward of training samples `indices` (slices, threads, cut to the longest
    // sequence): the mean loss and its gradients in `trace` (the first slice's Trace).
    Trace batchGradients(const std::vector<Index> &indices, bool dropout);
    // Whether pad steps may be cut off the front of a batch of `set` (see lengthBuckets).
    bool cutsPadding(const SequenceSet &set) const;
    // The first step of the samples' longest sequence (0 when nothing may be cut).
    int firstStep(const SequenceSet &set, const std::vector<Index> &indices) const;
    // Groups of at most evaluationBatch samples of a set, by length when pads are cut.
    std::vector<std::vector<Index>> evaluationGroups(const SequenceSet &set) const;
    void declareDivergence(const std::string &what);

    Network m_network;
    TrainerOptions m_options;
    Optimizer m_optimizer;
    std::shared_ptr<const SequenceSet> m_train;
    std::shared_ptr<const SequenceSet> m_validation;
    Random m_random;

    // epoch cursor
    std::vector<int> m_order;
    Index m_position = 0;
    int m_epoch = 0;
    bool m_inEpoch = false;
    double m_epochLossSum = 0.0;
    double m_epochNormSum = 0.0;
    Index m_epochSamples = 0;
    Index m_epochBatches = 0;
    double m_epochSeconds = 0.0;

    // early stopping
    Parameters m_bestParameters;
    double m_bestLoss = std::numeric_limits<double>::infinity();
    int m_epochsWithoutImprovement = 0;

    bool m_stopped = false;
    TrainingReport m_report;
};

} // namespace rnn
