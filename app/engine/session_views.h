// What a snapshot shows beside the Trace, computed from an experiment: the vocabulary's summary,
// the series with the network's and the baselines' forecasts in data units, and the test
// classification. Moved out of training_session.cpp (which calls them when it makes a snapshot).
#pragma once

#include "snapshot.h"

#include "train/experiment_settings.h"

#include <memory>
#include <optional>

namespace rnn {
class Experiment;
class Vocabulary;
} // namespace rnn

namespace rnnlab {

std::shared_ptr<const VocabularySummary> summarise(const rnn::Vocabulary &vocabulary);
std::optional<SeriesView> seriesView(const rnn::Experiment &experiment, rnn::Topology topology);
std::optional<ClassificationResult> classificationResult(const rnn::Experiment &experiment);

} // namespace rnnlab
