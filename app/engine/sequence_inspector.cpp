#include "sequence_inspector.h"
#include "task_names.h"

#include "train/forecast_pipeline.h"
#include "train/text_pipeline.h"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace rnnlab {

namespace {

const rnn::SequenceSet &setOf(const rnn::Experiment &experiment, const rnn::Trainer &trainer,
                              InspectSource source)
{
    switch (source) {
    case InspectSource::Validation:
        if (!trainer.hasValidation())
            throw std::invalid_argument("this run has no validation data");
        return trainer.validationSet();
    case InspectSource::Test:
        return experiment.testSet();
    default:
        return trainer.trainSet();
    }
}

std::string partOf(InspectSource source)
{
    return source == InspectSource::Validation ? "validation"
        : source == InspectSource::Test        ? "test"
                                               : "train";
}

// A forecast window's inputs in data units (X x L), its first row replaced by the first L of
// `values` when given.
rnn::Matrix windowLevels(const rnn::ForecastPipeline &forecast, InspectSource source, int index,
                         const std::vector<double> &values)
{
    const rnn::ForecastDataset &data = forecast.dataOf(partOf(source));
    const rnn::Index row
        = forecast.windows(partOf(source)).firstTargetRow.at(static_cast<std::size_t>(index));
    rnn::Matrix levels = data.windowLevels(row, forecast.dataOf("train").options.window.lookback);
    if (!values.empty()) {
        if (static_cast<rnn::Index>(values.size()) < levels.cols())
            throw std::invalid_argument("the window has " + std::to_string(levels.cols())
                                        + " steps, not " + std::to_string(values.size()));
        for (rnn::Index t = 0; t < levels.cols(); ++t)
            levels(0, t) = values[static_cast<std::size_t>(t)];
    }
    return levels;
}

// One sample of `set` as a set of its own, its first input row replaced by `values` when given
// (a forecast's in data units, converted by core's pipeline into what the network reads).
rnn::SequenceSet oneSample(const rnn::Experiment &experiment, const rnn::SequenceSet &set,
                           InspectSource source, int index, const std::vector<double> &values)
{
    if (index < 0 || index >= set.size())
        throw std::out_of_range("there is no sample " + std::to_string(index + 1) + " (there are "
                                + std::to_string(set.size()) + ")");
    rnn::SequenceSet one = set.subset({ index });
    if (values.empty())
        return one;
    if (one.usesTokens())
        throw std::invalid_argument("the values of a text cannot be edited; type it instead");
    rnn::Matrix &input = one.inputs.front();
    if (const rnn::ForecastPipeline *forecast = experiment.forecast()) {
        if (static_cast<rnn::Index>(values.size()) != input.cols())
            throw std::invalid_argument("the window has " + std::to_string(input.cols())
                                        + " steps, not " + std::to_string(values.size()));
        const rnn::Matrix levels = windowLevels(*forecast, source, index, values);
        const rnn::Index row
            = forecast->windows(partOf(source)).firstTargetRow.at(static_cast<std::size_t>(index));
        input.leftCols(levels.cols()) = forecast->dataOf(partOf(source)).scaleWindow(levels, row);
        return one;
    }
    if (static_cast<rnn::Index>(values.size()) != input.cols())
        throw std::invalid_argument("the window has " + std::to_string(input.cols())
                                    + " steps, not " + std::to_string(values.size()));
    for (rnn::Index t = 0; t < input.cols(); ++t)
        input(0, t) = values[static_cast<std::size_t>(t)];
    return one;
}

// The class probabilities after every real step of a token sequence: the network's answer to
// each prefix (pre-padded like the whole), K x T with NaN on the padding. `subwords`: every
// step's n-gram buckets (empty without), moved with their words.
Eigen::MatrixXd prefixProbabilities(const rnn::Trainer &trainer, const std::vector<int> &ids,
                                    const std::vector<std::vector<int>> &subwords)
{
    const int steps = static_cast<int>(ids.size());
    int first = 0;
    while (first < steps && ids[static_cast<std::size_t>(first)] == rnn::Vocabulary::paddingId)
        ++first;
    rnn::SequenceSet prefixes;
    prefixes.steps = steps;
    for (int end = first; end < steps; ++end) {
        std::vector<int> prefix(static_cast<std::size_t>(steps), rnn::Vocabulary::paddingId);
        std::copy(ids.begin() + first, ids.begin() + end + 1, prefix.end() - (end - first + 1));
        prefixes.tokens.push_back(std::move(prefix));
        if (subwords.size() == ids.size()) {
            std::vector<std::vector<int>> grams(static_cast<std::size_t>(steps));
            std::copy(subwords.begin() + first, subwords.begin() + end + 1,
                      grams.end() - (end - first + 1));
            prefixes.subwords.push_back(std::move(grams));
        }
    }
    const int classes = trainer.network().config().outputSize;
    Eigen::MatrixXd result
        = Eigen::MatrixXd::Constant(classes, steps, std::numeric_limits<double>::quiet_NaN());
    if (!prefixes.empty())
        result.rightCols(steps - first) = trainer.predict(prefixes);
    return result;
}

// The words of a text sequence as the network reads them (the last maxLength of them).
void describeWords(const rnn::TextPipeline &text, int maxLength, const std::string &source,
                   InspectedSequence &info)
{
    const rnn::Vocabulary &vocabulary = text.vocabulary();
    std::vector<std::string> words = text.words(source);
    const auto length = static_cast<std::size_t>(std::max(maxLength, 1));
    if (words.size() > length)
        words.erase(words.begin(), words.end() - static_cast<std::ptrdiff_t>(length));
    for (const std::string &word : words) {
        info.words << QString::fromStdString(word);
        info.unknown.push_back(!vocabulary.contains(word));
    }
}

} // namespace

InspectedTrace inspectSequence(const rnn::Experiment &experiment, const rnn::Trainer &trainer,
                               const InspectRequest &request)
{
    InspectedTrace result;
    result.info.request = request;
    const rnn::TextPipeline *text = experiment.text();
    rnn::SequenceSet one;
    if (request.source == InspectSource::Text) {
        if (!text)
            throw std::invalid_argument("this lesson does not read texts");
        const std::string typed = request.text.toStdString();
        describeWords(*text, experiment.config().maxLength, typed, result.info);
        if (result.info.words.isEmpty())
            throw std::invalid_argument("the text has no words to read");
        one = text->sequences({ typed });
        const int classes = static_cast<int>(experiment.classNames().size());
        if (request.targetClass >= 0 && request.targetClass < classes)
            one.labels.push_back({ request.targetClass });
    } else {
        const rnn::SequenceSet &set = setOf(experiment, trainer, request.source);
        one = oneSample(experiment, set, request.source, request.index, request.values);
        result.info.sample = request.index;
        describeWindow(experiment, trainer, request.source, request.index, request.values,
                       result.info);
        if (request.source == InspectSource::Test && text
            && request.index < static_cast<int>(text->testTexts().size()))
            describeWords(*text, experiment.config().maxLength,
                          text->testTexts()[static_cast<std::size_t>(request.index)], result.info);
    }
    if (one.classification() && one.labels.front().size() == 1)
        result.info.trueClass = one.labels.front().front();
    result.trace = trainer.inspect(one, 0);
    if (one.usesTokens() && trainer.network().config().readout == rnn::ReadoutKind::Softmax
        && trainer.network().config().placement != rnn::ReadoutPlacement::EveryStep)
        result.info.prefixProbabilities = prefixProbabilities(
            trainer, one.tokens.front(),
            one.subwords.empty() ? std::vector<std::vector<int>> {} : one.subwords.front());
    return result;
}

void describeWindow(const rnn::Experiment &experiment, const rnn::Trainer &trainer,
                    InspectSource source, int index, const std::vector<double> &values,
                    InspectedSequence &info)
{
    const rnn::ForecastPipeline *forecast = experiment.forecast();
    if (!forecast || source == InspectSource::Text)
        return;
    const std::string part = partOf(source);
    const rnn::WindowSet &windows = forecast->windows(part);
    if (index < 0 || index >= windows.size())
        return;
    const rnn::ForecastDataset &data = forecast->dataOf(part);
    const rnn::Index row = windows.firstTargetRow[static_cast<std::size_t>(index)];
    info.inputLevels = windowLevels(*forecast, source, index, values);
    info.forecast = forecast->forecastWindow(trainer, data, row, info.inputLevels);
    info.truth = data.truth(row, experiment.config().horizon);
    const bool generated = experiment.config().generator != rnn::Generator::None;
    info.inputNames = taskNames(data.featureNames, generated);
    info.targetNames = taskNames(data.targetNames, generated);
}

std::shared_ptr<const std::vector<TestSequenceRow>>
testSequenceRows(const rnn::Experiment &experiment, const rnn::Trainer &trainer)
{
    const rnn::SequenceSet &test = experiment.testSet();
    if (test.empty() || !test.classification() || test.labels.front().size() != 1
        || trainer.network().config().readout != rnn::ReadoutKind::Softmax)
        return nullptr;
    const rnn::Matrix probabilities = trainer.predict(test);
    if (probabilities.cols() != test.size())
        return nullptr;
    const rnn::TextPipeline *text = experiment.text();
    const rnn::Vocabulary *vocabulary = experiment.vocabulary();
    auto rows = std::make_shared<std::vector<TestSequenceRow>>();
    for (rnn::Index n = 0; n < test.size(); ++n) {
        TestSequenceRow row;
        const auto i = static_cast<std::size_t>(n);
        if (text && i < text->testTexts().size())
            row.text = QString::fromStdString(text->testTexts()[i]);
        else if (vocabulary && test.usesTokens())
            for (const std::string &word : vocabulary->decode(test.tokens[i]))
                row.text += (row.text.isEmpty() ? QString() : QStringLiteral(" "))
                    + QString::fromStdString(word);
        row.trueClass = test.labels[i].front();
        Eigen::Index best = 0;
        row.confidence = probabilities.col(n).maxCoeff(&best);
        row.predicted = static_cast<int>(best);
        rows->push_back(std::move(row));
    }
    return rows;
}

} // namespace rnnlab
