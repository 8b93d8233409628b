// What the GUI knows about a training run at one moment: an immutable Snapshot made by the
// training worker from core's results (weights' summary, the Trace of the inspected sample, loss
// history, metrics), shared with the GUI thread as std::shared_ptr<const Snapshot>.
// The views only read it; nothing here computes anything (DESIGN.md section 2).
//
// Shape legend: H = hidden size, X = input size, O = output size, T = time steps.
#pragma once

#include "inspect_request.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include "nn/network_config.h"
#include "train/experiment_config.h"
#include "train/experiment_settings.h"
#include "train/optimizer.h"

#include <Eigen/Core>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace rnnlab {

using Matrix = Eigen::MatrixXd;
using Vector = Eigen::VectorXd;

// The four phases of one training step, in the order the transport bar plays them.
enum class Phase { Forward, Loss, Backward, Update };

// What a quantity is, which decides how it is coloured and drawn: gates are sigmoids in (0, 1),
// candidates and hidden states are tanh values in (-1, 1), the cell state is unbounded.
enum class QuantityKind { Gate, Candidate, CellState, Hidden, Context };

// One named quantity of one recurrent row over the whole sequence, e.g. the forget gate f.
struct Quantity
{
    QString symbol; // the lecture's symbol: "f", "i", "g" (C~), "o", "c", "h", "z", "r", "n", "s"
    QuantityKind kind = QuantityKind::Hidden;
    Matrix values; // H x T (activations)
    Matrix preactivation; // H x T, or empty when the quantity has none (c, h)
    // H x T: dL/d(pre-activation) as BPTT recorded it (core's dPre block), empty before the
    // backward pass and for quantities without a pre-activation.
    Matrix gradient;
};

// One recurrent row of the unrolled network: one layer in one direction.
struct RowTrace
{
    int layer = 0;
    bool reversed = false; // the backward direction of a bidirectional layer
    rnn::CellType cell = rnn::CellType::Lstm;
    std::vector<Quantity> quantities; // in the lecture's order (gates first, then c, h)
    Matrix gradHidden; // H x T: dL/dh_t (filled by BPTT)
    Matrix gradCell; // H x T: dL/dc_t (LSTM only, else empty)

    // ||dL/dh_t|| for every t: core's rnn::Trace::gradientNormPerStep of this layer and
    // direction (length T; zeros when no gradient was recorded).
    std::vector<double> gradientNorms;
    // ||dL/dC_t|| for every t (LSTM; length T, zeros when none was recorded).
    std::vector<double> cellGradientNorms;

    int hiddenSize() const;
    int steps() const;
    const Quantity *find(const QString &symbol) const;
};

// The Trace of one sequence as the GUI draws it.
struct SequenceTrace
{
    Matrix input; // X x T
    // X x T: gradient x input, core's dL/dx_t (the recorded BPTT) times x_t, element by element:
    // each input value's first-order share in the loss; empty when the inputs are tokens.
    Matrix inputAttribution;
    Matrix output; // O x T (network outputs, scaled back when a scaler was used)
    Matrix target; // O x T (NaN where a step has no target)
    std::vector<bool> lossAtStep; // T: true where the output feeds the loss
    std::vector<bool> inputAtStep; // T: true where an input enters (one-to-many: step 0 only)
    // Pooled readout: each step's weight in the mean (1/n on the n real steps, 0 on padding);
    // empty when the readout reads one step.
    std::vector<double> poolWeight;
    // Max-pooled readout: how many of the readout's pooled units take their maximum at each
    // step (T, summing to directions * H over the real steps); empty for the other readouts.
    std::vector<int> poolWins;
    // The readout also reads the mean of the word vectors (the skip path; the last rows of its
    // features).
    bool skipPath = false;
    std::vector<RowTrace> rows; // layer 0 forward, [layer 0 backward], layer 1 forward, ...
    QStringList tokens; // text tasks: the token of every step
    // X: what each input row is (Beijing's "DEWP", "TEMP", ...; a task's symbols), empty when
    // unknown or tokens.
    QStringList inputNames;
    // T: what the input of each step is when it is one symbol of inputNames (a one-hot column:
    // Elman's letters, Reber's symbols, lesson 7's words), else empty.
    QStringList inputSymbols;
    double loss = 0.0;
    double muJordan = 0.0; // Jordan's self-loop on the context units

    int steps() const { return static_cast<int>(input.cols()); }
    bool empty() const { return input.cols() == 0; }
    // Texts: whether step t reads the padding token (<pad>, before or after the words).
    bool isPadding(int t) const;
    // The first and the last step that read a word (0 and T-1 without tokens or without words):
    // where the inspector goes rather than onto padding.
    int firstRealStep() const;
    int lastRealStep() const;
};

// The series view of a forecasting task: the whole series, one-step predictions and the split,
// as core predicted and evaluated them (converted to Qt's side only).
struct SeriesView
{
    std::vector<double> target; // the series (data units when the data came from a table)
    std::vector<double> prediction; // NaN before the first window
    std::vector<double> persistence; // "repeat the last value" baseline
    int trainEnd = 0; // [0, trainEnd) train, [trainEnd, validationEnd) validation, rest test
    int validationEnd = 0;
    int lookback = 0;
    int horizon = 1;
    // Where each point lies on the time axis (the table row of its target); empty = 0, 1, 2...
    std::vector<double> position;
    bool dataUnits = false; // target, prediction and persistence are in the data's own units
    // The date of every table row when the table has a date column (core's ColumnDetector
    // recognised its first text column), else empty: the x axis then labels rows by date.
    QStringList rowDates;
    QString valueName; // the target column ("passengers"), empty for synthetic tasks
    // One-to-many (closed-loop generation): the continuation after the end of the data, each
    // output fed back as the next input (data units), and where each value lies on the axis.
    std::vector<double> generated;
    std::vector<double> generatedPosition;
    // The test metrics as core evaluated them (rnnlab-train reports the same numbers): the
    // network's RMSE over every test value, and persistence's (forecasts only).
    std::optional<double> testRmse;
    std::optional<double> persistenceRmse;
    // Holt-Winters fitted on the training part (core/baselines): its one-step forecasts beside
    // the windows (NaN where it has none) and its test RMSE; empty when core could not fit it.
    std::vector<double> holtWinters;
    std::optional<double> holtWintersRmse;
    // Which inputs matter: core's permutation importance of every input variable on the test
    // windows (the rise of the test RMSE when it is shuffled), in input order; empty for one
    // input or no test windows.
    QStringList importanceVariables;
    std::vector<double> importance;
};

// A text task's vocabulary as the data panel previews it.
struct VocabularySummary
{
    int size = 0; // including <pad> and <unk>
    QStringList specials; // "<pad>", "<unk>"
    std::vector<std::pair<QString, long>> mostFrequent; // word and count, most frequent first
};

// One test sequence as the list of test sentences shows it: its text (the words for a token
// task), its true class, and core's prediction with the probability of the predicted class.
struct TestSequenceRow
{
    QString text;
    int trueClass = -1;
    int predicted = -1;
    double confidence = 0.0;
};

// Classification results as core evaluated them: the confusion matrix (rows = true class,
// columns = predicted) and the accuracies.
struct ClassificationResult
{
    QStringList classes;
    Matrix confusion; // K x K counts
    // Core's metrics of the test samples: each class's accuracy (its recall, the share of its
    // samples predicted right; K), and the overall accuracy.
    Vector recall;
    double accuracy = 0.0;
    // Core's bag-of-words naive Bayes on the same training texts (texts only).
    std::optional<double> naiveBayesAccuracy;
    Vector probabilities; // K: class probabilities for the inspected sequence
    // Every test sequence in the order of the test set (the sentence picker's list).
    std::shared_ptr<const std::vector<TestSequenceRow>> testRows;
    // Texts: core's occlusion of the inspected sequence, K x T: how much each step's word
    // pushes the probability of each class (p with the word - p without it); 0 on padding.
    Matrix occlusion;
};

struct Snapshot
{
    std::uint64_t serial = 0; // increases with every snapshot of a run
    int epoch = 0; // completed epochs
    int sample = 0; // samples seen in the current epoch
    int samplesPerEpoch = 0;
    std::uint64_t stepsTaken = 0; // weight updates since the reset
    double learningRate = 0.0;
    std::uint64_t seed = 0;
    double loss = 0.0; // loss of the inspected sample
    rnn::ExperimentConfig config; // the run's settings as the lesson and panels gave them
    std::vector<double> trainLoss; // one point per completed epoch
    std::vector<double> validationLoss;
    SequenceTrace trace; // of the inspected sample (computed before this step's update)
    InspectedSequence inspected; // which sequence `trace` is
    // What if: the original sequence of inspected.request.original, with the same weights.
    struct Original
    {
        SequenceTrace trace;
        InspectedSequence inspected;
    };
    std::optional<Original> original;
    int trainedSample = -1; // the training sample of the last single-sample step, else -1
    int validationSamples = 0; // sizes of the other sets (samplesPerEpoch: the training set)
    int testSamples = 0;
    // True for the answer to an inspection request: the same moment as the snapshot of the
    // same serial (weights, counters), another sequence on screen.
    bool reinspected = false;
    std::optional<SeriesView> series;
    std::optional<ClassificationResult> classification;
    std::shared_ptr<const VocabularySummary> vocabulary; // text tasks, else null
    // Opaque copy of the model's parameters so the worker can restore this moment.
    std::shared_ptr<const void> weights;
    QString message; // what the worker wants the user to read (e.g. "diverged: loss is NaN")
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

QString phaseName(Phase phase);
// Translated labels for the user (the names in files and flags are core's tables:
// rnn::cellTypeNames, rnn::topologyNames, ...).
QString cellName(rnn::CellType cell);
QString topologyName(rnn::Topology topology);
QString optimizerName(rnn::OptimizerKind optimizer);

} // namespace rnnlab

Q_DECLARE_METATYPE(rnnlab::SnapshotPtr)
