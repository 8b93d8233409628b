// Runs an InspectRequest through core: finds (or builds) the one sequence the user asked for and
// returns the Trace core's network gives it with a trainer's weights (forward, and backward
// against the sequence's own target when it has one), with what the window needs to say what it
// is (the words, which of them are <unk>, the class probabilities after every word). Used by the
// TrainingSession in the worker's thread, on a trainer it does not change: inspecting never
// touches the weights. All the maths is core's (rnn::Trainer::inspect and predict).
#pragma once

#include "inspect_request.h"
#include "snapshot.h"

#include "nn/trace.h"
#include "train/experiment.h"

#include <memory>
#include <vector>

namespace rnnlab {

struct InspectedTrace
{
    rnn::Trace trace;
    InspectedSequence info;
};

// `request` must not be Trained (that one is the trainer's own step). Throws
// std::invalid_argument or std::out_of_range with a readable English message (no such sample,
// a text without words, a task that has no texts, values of the wrong length).
InspectedTrace inspectSequence(const rnn::Experiment &experiment, const rnn::Trainer &trainer,
                               const InspectRequest &request);

// Forecasts: fills `info` with window `index` of the part `source` in the data's own units (its
// inputs, with row 0 replaced by `values` when given, the network's forecast of them and the
// truth), all converted by core's pipeline; does nothing for other tasks.
void describeWindow(const rnn::Experiment &experiment, const rnn::Trainer &trainer,
                    InspectSource source, int index, const std::vector<double> &values,
                    InspectedSequence &info);

// Every test sequence with its true class, and the trainer's predicted class and its
// probability, for a classification with one class per sequence; null otherwise.
std::shared_ptr<const std::vector<TestSequenceRow>>
testSequenceRows(const rnn::Experiment &experiment, const rnn::Trainer &trainer);

} // namespace rnnlab
