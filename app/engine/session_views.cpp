#include "session_views.h"
#include "task_names.h"

#include "data/column_detector.h"
#include "train/experiment.h"
#include "train/forecast_pipeline.h"
#include "train/sequence_task_pipeline.h"
#include "train/text_pipeline.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <variant>

namespace rnnlab {

std::shared_ptr<const VocabularySummary> summarise(const rnn::Vocabulary &vocabulary)
{
    auto summary = std::make_shared<VocabularySummary>();
    summary->size = vocabulary.size();
    summary->specials << QString::fromLatin1(rnn::Vocabulary::paddingToken)
                      << QString::fromLatin1(rnn::Vocabulary::unknownToken);
    std::vector<std::pair<long, int>> counts;
    for (int id = 0; id < vocabulary.size(); ++id)
        if (id != rnn::Vocabulary::paddingId && id != rnn::Vocabulary::unknownId)
            counts.emplace_back(vocabulary.frequency(id), id);
    std::stable_sort(counts.begin(), counts.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (std::size_t k = 0; k < counts.size() && k < 20; ++k)
        summary->mostFrequent.emplace_back(
            QString::fromStdString(vocabulary.token(counts[k].second)), counts[k].first);
    return summary;
}

// A series point of each window (its first target, first horizon step), in data units at its
// table row, as core's forecast pipeline predicted it.
namespace {

void appendWindows(SeriesView &view, const std::vector<rnn::ForecastWindow> &windows)
{
    for (const rnn::ForecastWindow &w : windows) {
        view.position.push_back(static_cast<double>(w.targetRow));
        view.target.push_back(w.truth(0, 0));
        view.prediction.push_back(w.prediction(0, 0));
        view.persistence.push_back(w.persistence(0));
        view.holtWinters.push_back(w.holtWinters.size() > 0 ? w.holtWinters(0) : std::nan(""));
    }
}

// A series point of each synthetic sequence (its last step), as core evaluated it.
void appendLastSteps(SeriesView &view, const std::vector<rnn::SequenceTaskPoint> &points)
{
    for (const rnn::SequenceTaskPoint &p : points) {
        view.target.push_back(p.truth);
        view.prediction.push_back(p.prediction);
        view.persistence.push_back(p.lastInput);
    }
}

// The forecast's train, validation and test windows in data units, the test metrics of core's
// evaluation, and for one-to-many the continuation after the data.
SeriesView forecastView(const rnn::Experiment &experiment, const rnn::ForecastPipeline &forecast,
                        rnn::Topology topology)
{
    SeriesView view;
    const rnn::Trainer &trainer = experiment.trainer();
    const rnn::ForecastDataset &data = forecast.dataset();
    appendWindows(view, forecast.predictWindows(trainer, data, data.train));
    view.trainEnd = static_cast<int>(view.target.size());
    if (trainer.hasValidation())
        appendWindows(view, forecast.predictWindows(trainer, data, data.validation));
    view.validationEnd = static_cast<int>(view.target.size());
    const rnn::Evaluation evaluation = experiment.evaluate();
    const auto &test = std::get<rnn::ForecastEvaluation>(evaluation);
    appendWindows(view, test.windows);
    view.testRmse = test.test.rmse;
    view.persistenceRmse = test.persistence.rmse;
    if (test.holtWinters)
        view.holtWintersRmse = test.holtWinters->metrics.rmse;
    else
        view.holtWinters.clear();
    if (data.inputSize() >= 2 && test.samples >= 2) {
        rnn::ImportanceOptions options;
        options.repeats = 2; // once an epoch on the worker: a quick look, rnnlab-train takes 5
        for (const rnn::InputImportance &i : experiment.importance(options)) {
            view.importanceVariables << QString::fromStdString(i.variable);
            view.importance.push_back(i.rmseIncrease);
        }
    }
    view.dataUnits = true;
    // A file's column by its name; a generated series (the sine's "value") has no name to show,
    // and the plot says "value" in the user's language.
    if (experiment.config().generator == rnn::Generator::None)
        view.valueName = QString::fromStdString(data.targetNames.front());
    const bool dated = !data.rowLabels.empty()
        && std::all_of(data.rowLabels.begin(), data.rowLabels.end(), [](const std::string &label) {
               return rnn::ColumnDetector::parseTime(label).has_value();
           });
    if (dated)
        for (const std::string &label : data.rowLabels)
            view.rowDates << QString::fromStdString(label);
    if (forecast.testDataset() != &data) {
        view.position.clear(); // a separate test file: its rows are not this table's
    } else if (topology == rnn::Topology::OneToMany && data.featureNames == data.targetNames
               && data.inputSize() == 1) {
        // One-to-many: the sequence the network emits from the last value of the data.
        const int steps = experiment.config().horizon;
        view.generated = experiment.generate(steps);
        for (int k = 0; k < steps; ++k)
            view.generatedPosition.push_back(static_cast<double>(data.levels.cols() + k));
    }
    return view;
}

} // namespace

std::optional<SeriesView> seriesView(const rnn::Experiment &experiment, rnn::Topology topology)
{
    SeriesView view;
    if (const rnn::ForecastPipeline *forecast = experiment.forecast()) {
        view = forecastView(experiment, *forecast, topology);
    } else {
        // A synthetic task: one point per sequence, the training ones then the test ones.
        const rnn::Trainer &trainer = experiment.trainer();
        const rnn::SequenceSet &train = trainer.trainSet();
        appendLastSteps(view, rnn::SequenceTaskPipeline::lastSteps(trainer.predict(train), train));
        view.trainEnd = view.validationEnd = static_cast<int>(view.target.size());
        const rnn::Evaluation evaluation = experiment.evaluate();
        const auto &test = std::get<rnn::SequenceTaskEvaluation>(evaluation);
        appendLastSteps(view, test.lastSteps);
        view.testRmse = test.rmse;
    }
    view.lookback = experiment.config().lookback;
    view.horizon = std::max(experiment.config().horizon, 1);
    if (view.target.empty())
        return std::nullopt;
    return view;
}

// The confusion matrix of core's evaluation of the test samples (one class per sample).
std::optional<ClassificationResult> classificationResult(const rnn::Experiment &experiment)
{
    const rnn::Evaluation evaluation = experiment.evaluate();
    const rnn::ClassificationEvaluation *classes
        = std::get_if<rnn::ClassificationEvaluation>(&evaluation);
    if (const auto *task = std::get_if<rnn::SequenceTaskEvaluation>(&evaluation))
        if (experiment.networkConfig().placement != rnn::ReadoutPlacement::EveryStep)
            classes = &task->classes; // a class per sequence, not per step
    if (!classes || classes->metrics.confusion.size() < 2)
        return std::nullopt;
    ClassificationResult result;
    const auto &names = classes->labels;
    const bool generated = experiment.config().generator != rnn::Generator::None;
    const auto &confusion = classes->metrics.confusion;
    const int k = static_cast<int>(confusion.size());
    result.confusion = Matrix::Zero(k, k);
    result.recall = Eigen::Map<const Vector>(classes->metrics.recall.data(), k);
    result.accuracy = classes->metrics.accuracy;
    if (classes->naiveBayes)
        result.naiveBayesAccuracy = classes->naiveBayes->accuracy;
    for (int c = 0; c < k; ++c) {
        const auto i = static_cast<std::size_t>(c);
        result.classes << (i < names.size() ? taskName(names[i], generated) : QString::number(c));
        for (int p = 0; p < k; ++p)
            result.confusion(c, p) = static_cast<double>(confusion[i][static_cast<std::size_t>(p)]);
    }
    return result;
}

} // namespace rnnlab
