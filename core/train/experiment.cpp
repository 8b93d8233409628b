// Implementation of experiment.h: the adapters from core/data's products (windows, texts,
// synthetic sequences) to SequenceSets, the network each topology needs, and the evaluation
// beside the baselines.
#include "experiment.h"

#include "data/csv_table.h"
#include "data/data_error.h"
#include "data/differencing.h"
#include "data/stratified_split.h"
#include "data/synthetic_tasks.h"
#include "data/text_dataset.h"
#include "nn/initializer.h"
#include "train/metrics.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <numeric>
#include <sstream>
#include <stdexcept>

namespace rnn {

namespace {

using nlohmann::json;

std::size_t at(Index i)
{
    return static_cast<std::size_t>(i);
}

TrainerOptions trainerOptions(const ExperimentConfig &c)
{
    TrainerOptions o;
    o.epochs = c.epochs;
    o.batchSize = c.batchSize;
    o.optimizer.kind = c.optimizer;
    o.optimizer.learningRate = c.learningRate;
    o.optimizer.momentum = c.momentum;
    o.optimizer.weightDecay = c.weightDecay;
    o.schedule = c.schedule;
    o.stepEvery = std::max(1, c.stepEvery);
    o.stepFactor = c.stepFactor;
    o.clipNorm = c.clipNorm;
    o.patience = c.patience;
    o.truncation = c.truncation;
    o.seed = c.seed;
    return o;
}

NetworkConfig baseNetwork(const ExperimentConfig &c)
{
    NetworkConfig n;
    n.cell = c.model;
    n.hiddenSize = c.hidden;
    n.layers = c.layers;
    n.bidirectional = c.bidirectional;
    n.jordanMu = c.jordanMu;
    n.inputDropout = c.dropout;
    n.readoutDropout = c.readoutDropout;
    return n;
}

// The readout placement of a many-to-one network: the mean over the real steps when asked, else
// the final states for a bidirectional one.
ReadoutPlacement manyToOne(const ExperimentConfig &c)
{
    if (c.pooling == Pooling::Mean)
        return ReadoutPlacement::MeanPool;
    return c.bidirectional ? ReadoutPlacement::FinalStates : ReadoutPlacement::LastStep;
}

// An encoder-decoder (and one-to-many, one with a one-value window) follows the window with
// `horizon` empty decoder steps whose outputs are the forecast.
bool decodes(Topology topology)
{
    return topology == Topology::EncoderDecoder || topology == Topology::OneToMany;
}

std::string number(double value, int digits = 4)
{
    char text[64];
    if (std::isfinite(value) && std::abs(value) < 1e9)
        std::snprintf(text, sizeof text, "%.*f", digits, value);
    else
        std::snprintf(text, sizeof text, "%.4g", value);
    return text;
}

// The first text (non-numeric) column of a table, for date prefixes.
std::string firstTextColumn(const CsvTable &table)
{
    for (Index i = 0; i < table.columnCount(); ++i)
        if (!table.column(i).numeric)
            return table.column(i).name;
    return {};
}

} // namespace

Experiment::Experiment(const ExperimentConfig &config)
    : m_config(config)
{
    if (auto error = m_config.validate(); !error.empty())
        throw std::invalid_argument(error);
    if (!isSequenceTask(m_config.generator)) {
        if (m_config.task == Task::Classify)
            prepareText();
        else
            prepareForecast();
    } else {
        prepareSynthetic();
    }
}

void Experiment::buildTrainer(const NetworkConfig &network,
                              std::shared_ptr<const SequenceSet> train,
                              std::shared_ptr<const SequenceSet> validation)
{
    if (auto error = network.validate(); !error.empty())
        throw std::invalid_argument(error);
    InitializerOptions init;
    init.forgetBias = m_config.forgetBias;
    Network net(network, m_config.seed, init);
    if (!train || train->empty()) // a model loaded without its training data: predicts only
        m_trainer = Trainer(std::move(net), trainerOptions(m_config));
    else
        m_trainer = Trainer(std::move(net), trainerOptions(m_config), std::move(train),
                            std::move(validation));
}

// ---------------------------------------------------------------- forecasts

void Experiment::prepareForecast(const ModelFile *model)
{
    CsvTable table;
    bool haveTable = true;
    const bool separateTest = !m_config.testDataFile.empty();
    std::string target = m_config.target;
    CsvTableOptions csvOptions;
    csvOptions.interpolateMissing = m_config.interpolateMissing;
    if (m_config.generator == Generator::Sine) {
        if (separateTest)
            throw std::invalid_argument("The sine task makes its own series; it takes no test "
                                        "file.");
        SineOptions sine;
        sine.length = m_config.trainSamples > 0 ? m_config.trainSamples : 400;
        sine.noise = m_config.noise;
        sine.seed = m_config.seed;
        const Matrix series = sineSeries(sine);
        std::string csv = "step,value\n";
        for (Index r = 0; r < series.cols(); ++r) {
            char line[64];
            std::snprintf(line, sizeof line, "%ld,%.17g\n", static_cast<long>(r), series(0, r));
            csv += line;
        }
        table = CsvTable::parse(csv, "<sine>");
        if (target.empty())
            target = "value";
    } else if (m_readData) {
        table = CsvTable::load(resolveResourcePath(m_config.dataFile), csvOptions);
    } else {
        haveTable = false;
    }
    if (separateTest && !m_config.testFrom.empty())
        throw std::invalid_argument("Give either a separate test file or test_from (the test part "
                                    "of the data file), not both.");
    ForecastOptions fo;
    fo.targets = { target };
    fo.features = m_config.features;
    if (m_config.lookback <= 0 && !haveTable)
        throw std::invalid_argument("The lookback is not known without the data.");
    fo.window.lookback = m_config.lookback > 0
        ? m_config.lookback
        : static_cast<int>(std::clamp<double>(
            std::round(std::sqrt(static_cast<double>(table.rowCount()))), 2.0, 60.0));
    m_config.lookback = fo.window.lookback;
    if (m_config.topology == Topology::OneToMany) {
        // One value in, a sequence out: an encoder-decoder whose window is one value, then as
        // many empty steps as the lookback was long, each emitting the next value of the series.
        m_config.horizon = std::max(m_config.horizon, m_config.lookback);
        m_config.lookback = 1;
        fo.window.lookback = 1;
    }
    fo.window.horizon = m_config.horizon;
    fo.window.stride = m_config.stride;
    // With a separate test file the whole data file trains (and validates).
    fo.trainFraction = separateTest ? 1.0 - m_config.validationFraction : m_config.trainFraction;
    fo.validationFraction = m_config.validationFraction;
    if (!m_config.testFrom.empty() && haveTable) {
        const std::string column
            = m_config.dateColumn.empty() ? firstTextColumn(table) : m_config.dateColumn;
        if (column.empty())
            throw DataError(table.source(), 1, 0,
                            "test_from needs a date column, and the file has none");
        const Index testBegin = table.firstRowStartingWith(column, m_config.testFrom);
        if (testBegin < 0)
            throw DataError(table.source(), 0, 0,
                            "no value of column \"" + column + "\" starts with \""
                                + m_config.testFrom + "\", so the test part would be empty");
        fo.testBeginRow = testBegin;
        fo.validationBeginRow = testBegin
            - static_cast<Index>(std::floor(static_cast<double>(testBegin)
                                            * m_config.validationFraction));
    }
    fo.scaling = m_config.scaling;
    fo.difference = m_config.differencing;
    if (model) { // the model's own scaling, never refitted
        if (model->scaler.is_null() || model->targetScaler.is_null())
            throw std::invalid_argument("The model file has no scaler for its forecasts.");
        fo.featureScaler = Scaler::fromJson(model->scaler);
        fo.targetScaler = Scaler::fromJson(model->targetScaler);
    }
    if (haveTable) {
        m_forecast = std::make_shared<const ForecastDataset>(ForecastDataset::build(table, fo));
        if (m_forecast->train.empty())
            throw DataError(table.source(), 0, 0, "the training part has no complete window");
        if (!separateTest && m_forecast->test.empty())
            throw DataError(table.source(), 0, 0, "the test part has no complete window");
        if (!separateTest)
            m_forecastTest = m_forecast;
    } else { // a model without its data: the names and the scalers, to predict
        auto names = std::make_shared<ForecastDataset>();
        names->options = fo;
        names->targetNames = fo.targets;
        names->featureNames = fo.features.empty() ? fo.targets : fo.features;
        names->featureScaler = *fo.featureScaler;
        names->targetScaler = *fo.targetScaler;
        m_forecast = names;
    }
    if (separateTest && m_readTestData) {
        // The test file on its own, scaled as the training data were; its columns by name.
        ForecastOptions testOptions = fo;
        testOptions.testBeginRow = 0;
        testOptions.validationBeginRow = -1;
        testOptions.featureScaler = m_forecast->featureScaler;
        testOptions.targetScaler = m_forecast->targetScaler;
        const CsvTable testTable
            = CsvTable::load(resolveResourcePath(m_config.testDataFile), csvOptions);
        m_forecastTest = std::make_shared<const ForecastDataset>(
            ForecastDataset::build(testTable, testOptions));
    }

    NetworkConfig network = baseNetwork(m_config);
    network.inputSize = static_cast<int>(m_forecast->inputSize());
    network.readout = ReadoutKind::Linear;
    if (decodes(m_config.topology)) {
        network.outputSize = static_cast<int>(m_forecast->outputSize());
        network.placement = ReadoutPlacement::EveryStep;
    } else if (m_config.topology == Topology::ManyToMany) {
        // every step reads out the next `horizon` values
        network.outputSize = static_cast<int>(m_forecast->outputSize()) * m_config.horizon;
        network.placement = ReadoutPlacement::EveryStep;
    } else {
        network.outputSize = static_cast<int>(m_forecast->outputSize()) * m_config.horizon;
        network.placement = manyToOne(m_config);
    }
    auto train
        = std::make_shared<const SequenceSet>(windowsToSequences(m_forecast->train, *m_forecast));
    auto validation = std::make_shared<const SequenceSet>(
        windowsToSequences(m_forecast->validation, *m_forecast));
    if (m_forecastTest)
        m_test = std::make_shared<const SequenceSet>(
            windowsToSequences(m_forecastTest->test, *m_forecastTest));
    buildTrainer(network, train, validation);
}

SequenceSet Experiment::windowsToSequences(const WindowSet &windows,
                                           const ForecastDataset &data) const
{
    SequenceSet set;
    const bool encoderDecoder = decodes(m_config.topology);
    const bool everyStep = m_config.topology == Topology::ManyToMany;
    const Index lookback = m_config.lookback, horizon = m_config.horizon;
    set.steps = static_cast<int>(encoderDecoder ? lookback + horizon : lookback);
    for (Index i = 0; i < windows.size(); ++i) {
        const Matrix &input = windows.inputs[at(i)]; // X x L
        const Matrix &target = windows.targets[at(i)]; // Y x Hz
        if (encoderDecoder) {
            Matrix x = Matrix::Zero(input.rows(), lookback + horizon);
            x.leftCols(lookback) = input;
            Matrix y = Matrix::Zero(target.rows(), lookback + horizon);
            y.rightCols(horizon) = target;
            set.inputs.push_back(std::move(x));
            set.values.push_back(std::move(y));
        } else if (everyStep) {
            // Step t learns the `horizon` values after it (the last step: the window's target);
            // every step is in the loss.
            const Index first = windows.firstTargetRow[at(i)];
            Matrix y(target.size(), lookback); // (Y * Hz) x L
            for (Index t = 0; t < lookback; ++t) {
                const Matrix next = data.scaledTargets(first - (lookback - 1 - t), horizon);
                y.col(t) = Eigen::Map<const Vector>(next.data(), next.size());
            }
            set.inputs.push_back(input);
            set.values.push_back(std::move(y));
        } else {
            set.inputs.push_back(input);
            set.values.push_back(Eigen::Map<const Matrix>(target.data(), target.size(), 1));
        }
    }
    if (encoderDecoder) {
        set.stepMask = Vector::Zero(lookback + horizon);
        set.stepMask.tail(horizon).setOnes();
    }
    return set;
}

Matrix Experiment::outputsToHorizon(const Matrix &predictions, Index sample) const
{
    const Index horizon = m_config.horizon;
    const Index y = m_forecast->outputSize();
    if (decodes(m_config.topology)) {
        const Index steps = m_config.lookback + horizon;
        return predictions.middleCols(sample * steps + m_config.lookback, horizon);
    }
    if (m_config.topology == Topology::ManyToMany) { // the last step forecasts after the window
        const Index column = sample * m_config.lookback + m_config.lookback - 1;
        return Eigen::Map<const Matrix>(predictions.col(column).data(), y, horizon);
    }
    return Eigen::Map<const Matrix>(predictions.col(sample).data(), y, horizon);
}

json Experiment::evaluateForecast() const
{
    const ForecastDataset &d = *m_forecastTest;
    const WindowSet &test = d.test;
    const Index horizon = m_config.horizon, y = d.outputSize(), n = test.size();
    const Matrix predictions = m_trainer.predict(*m_test);
    Matrix predicted(y * horizon, n), actual(y * horizon, n);
    for (Index s = 0; s < n; ++s) {
        const Index row = test.firstTargetRow[at(s)];
        const Matrix units = d.toDataUnits(outputsToHorizon(predictions, s), row);
        const Matrix truth = d.truth(row, horizon);
        predicted.col(s) = Eigen::Map<const Vector>(units.data(), units.size());
        actual.col(s) = Eigen::Map<const Vector>(truth.data(), truth.size());
    }
    const RegressionMetrics m = regressionMetrics(predicted, actual);
    json result;
    result["test"] = { { "rmse", m.rmse }, { "mae", m.mae }, { "samples", n } };
    const Vector series = d.levels.row(0).transpose();
    const RegressionMetrics persistence = persistenceBaseline(series, test.firstTargetRow, horizon);
    result["baselines"]["persistence"]
        = { { "rmse", persistence.rmse }, { "mae", persistence.mae } };
    const Index firstRow
        = *std::min_element(test.firstTargetRow.begin(), test.firstTargetRow.end());
    if (firstRow >= m_config.season) {
        const RegressionMetrics seasonal
            = seasonalNaiveBaseline(series, test.firstTargetRow, m_config.season, horizon);
        result["baselines"]["seasonal_naive"]
            = { { "rmse", seasonal.rmse }, { "mae", seasonal.mae }, { "season", m_config.season } };
    }
    result["target"] = d.targetNames.front();
    return result;
}

Matrix Experiment::forecastAfter(const std::string &csvPath) const
{
    if (!m_forecast)
        throw std::logic_error("forecastAfter: this model does not forecast a series");
    const ForecastDataset &d = *m_forecast;
    CsvTableOptions options;
    options.interpolateMissing = m_config.interpolateMissing;
    const CsvTable table = CsvTable::load(csvPath, options);
    Matrix features = table.series(d.featureNames); // X x R
    const Matrix targets = table.series(d.targetNames); // Y x R
    const Index lookback = m_config.lookback;
    if (m_config.differencing)
        features = difference(features);
    if (features.cols() < lookback)
        throw DataError(table.source(), 0, 0,
                        "the file has too few rows for a window of " + std::to_string(lookback)
                            + " steps");
    const Matrix scaled = predictWindow(d.featureScaler.transform(features.rightCols(lookback)));
    Matrix units = d.targetScaler.inverse(scaled);
    if (m_config.differencing)
        units = undifference(units, targets.col(targets.cols() - 1));
    return units;
}

Matrix Experiment::predictWindow(const Matrix &window) const
{
    // The window as one sequence (an encoder-decoder's empty decoder steps after it).
    SequenceSet set;
    set.steps
        = decodes(m_config.topology) ? m_config.lookback + m_config.horizon : m_config.lookback;
    Matrix x = Matrix::Zero(window.rows(), set.steps);
    x.leftCols(window.cols()) = window;
    set.inputs.push_back(std::move(x));
    return outputsToHorizon(m_trainer.predict(set), 0);
}

std::vector<double> Experiment::generate(int steps) const
{
    if (!m_forecast || m_forecast->featureNames != m_forecast->targetNames
        || m_forecast->inputSize() != 1)
        throw std::logic_error("generate: needs a univariate forecast (the target is the input)");
    if (m_forecast->featureLevels.cols() < m_config.lookback + 1)
        throw std::logic_error("generate: needs the series it continues (the data file)");
    const ForecastDataset &d = *m_forecast;
    const Index lookback = m_config.lookback;
    Matrix levels = d.featureLevels; // 1 x R
    Matrix inputs = m_config.differencing ? difference(levels) : levels;
    Matrix window = d.featureScaler.transform(inputs.rightCols(lookback)); // 1 x L
    double level = levels(0, levels.cols() - 1);
    std::vector<double> result;
    const Index horizon = m_config.horizon;
    while (static_cast<int>(result.size()) < steps) {
        // A pass emits the model's whole horizon (one value for a one-step model; with a
        // one-value window and an encoder-decoder, the one-to-many sequence).
        const Matrix scaled = predictWindow(window); // 1 x Hz
        for (Index k = 0; k < horizon && static_cast<int>(result.size()) < steps; ++k) {
            const double value = d.targetScaler.inverse(0, scaled(0, k));
            level = m_config.differencing ? level + value : value;
            result.push_back(level);
        }
        // feed the outputs back: the window slides on by the horizon
        Matrix joined(1, lookback + horizon);
        joined << window, scaled.row(0);
        window = joined.rightCols(lookback);
    }
    return result;
}

// ---------------------------------------------------------------- texts

void Experiment::prepareText(const ModelFile *model)
{
    TextCsvOptions options;
    options.textColumn = m_config.textColumn;
    options.labelColumn = m_config.labelColumn;
    TextDataset all;
    if (m_readData)
        all = TextDataset::load(resolveResourcePath(m_config.dataFile), options);
    // A model's own class names (id = position), never re-derived from the data.
    const LabelSet labelSet
        = model ? LabelSet::fromJson(json(model->labels)) : LabelSet::fromLabels(all.labels);
    TextDataset train, test;
    if (m_config.testDataFile.empty()) {
        if (m_readData) {
            const HoldOutSplit split = stratifiedHoldOut(labelSet.encode(all.labels),
                                                         m_config.holdoutFraction, m_config.seed);
            train = all.subset(split.train);
            test = all.subset(split.test);
        }
    } else {
        train = std::move(all);
        TextCsvOptions testOptions = options;
        testOptions.requireTwoClasses = false;
        if (m_readTestData)
            test = TextDataset::load(resolveResourcePath(m_config.testDataFile), testOptions);
    }
    TextDataset validation;
    if (m_config.validationHoldout > 0.0 && train.size() > 0) {
        const HoldOutSplit split = stratifiedHoldOut(labelSet.encode(train.labels),
                                                     m_config.validationHoldout, m_config.seed + 1);
        validation = train.subset(split.test);
        train = train.subset(split.train);
    }
    m_classNames = labelSet.names();
    for (std::size_t i = 0; i < test.size(); ++i)
        if (labelSet.id(test.labels[i]) < 0)
            throw DataError(test.source, test.lines[i], 0,
                            "the label \"" + test.labels[i]
                                + "\" does not occur in the training data");
    const Tokenizer tokenizer(m_config.characterLevel ? TokenMode::Character : TokenMode::Word);
    const auto trainTokens = tokenizer.tokenize(train.texts);
    if (model) { // the model's own vocabulary, never rebuilt
        if (model->vocabulary.is_null())
            throw std::invalid_argument("The model file has no vocabulary for its texts.");
        m_vocabulary = Vocabulary::fromJson(model->vocabulary);
    } else {
        VocabularyOptions vocabularyOptions;
        vocabularyOptions.minFrequency = m_config.minFrequency;
        vocabularyOptions.maxSize = m_config.maxVocabulary;
        m_vocabulary = Vocabulary::build(trainTokens, vocabularyOptions);
    }
    m_hasVocabulary = true;
    auto toSet
        = [&](const TextDataset &texts, const std::vector<std::vector<std::string>> *tokens) {
              SequenceSet set;
              set.steps = m_config.maxLength;
              const auto own = tokens ? std::vector<std::vector<std::string>> {}
                                      : tokenizer.tokenize(texts.texts);
              const auto &use = tokens ? *tokens : own;
              const std::vector<int> ids = labelSet.encode(texts.labels);
              for (std::size_t i = 0; i < texts.size(); ++i) {
                  set.tokens.push_back(m_vocabulary.encode(use[i], m_config.maxLength));
                  set.labels.push_back({ ids[i] });
              }
              return set;
          };
    auto trainSet = std::make_shared<const SequenceSet>(toSet(train, &trainTokens));
    auto validationSet = std::make_shared<const SequenceSet>(
        validation.size() > 0 ? toSet(validation, nullptr) : SequenceSet {});
    m_test = std::make_shared<const SequenceSet>(toSet(test, nullptr));
    m_trainLabels = labelSet.encode(train.labels);
    if (model && m_trainLabels.empty()) { // the majority class as the model file reported it
        const json::json_pointer pointer("/baselines/majority/class");
        if (model->metrics.contains(pointer) && model->metrics.at(pointer).is_string())
            m_majorityClass = labelSet.id(model->metrics.at(pointer).get<std::string>());
    }

    NetworkConfig network = baseNetwork(m_config);
    network.vocabularySize = m_vocabulary.size();
    network.embeddingSize = m_config.embeddingSize;
    network.inputSize = m_config.embeddingSize;
    network.outputSize = labelSet.size();
    network.readout = ReadoutKind::Softmax;
    network.placement = manyToOne(m_config);
    buildTrainer(network, trainSet, validationSet);
}

std::vector<int> Experiment::classifyTexts(const std::vector<std::string> &texts,
                                           Matrix *probabilities) const
{
    if (!m_hasVocabulary)
        throw std::logic_error("classifyTexts: this model does not classify texts");
    const Tokenizer tokenizer(m_config.characterLevel ? TokenMode::Character : TokenMode::Word);
    SequenceSet set;
    set.steps = m_config.maxLength;
    for (const auto &text : texts)
        set.tokens.push_back(m_vocabulary.encode(tokenizer.tokenize(text), m_config.maxLength));
    if (set.empty())
        return {};
    const Matrix p = m_trainer.predict(set);
    if (probabilities)
        *probabilities = p;
    return argmaxColumns(p);
}

json Experiment::evaluateClasses() const
{
    const Matrix probabilities = m_trainer.predict(*m_test);
    const std::vector<int> predicted = argmaxColumns(probabilities);
    std::vector<int> actual;
    for (const auto &l : m_test->labels)
        actual.push_back(l.front());
    const int classes = static_cast<int>(m_classNames.size());
    const ClassificationMetrics m = classificationMetrics(actual, predicted, classes);
    json result;
    result["test"] = { { "accuracy", m.accuracy },
                       { "macro_f1", m.macroF1 },
                       { "confusion", m.confusion },
                       { "labels", m_classNames },
                       { "samples", m.count } };
    for (std::size_t c = 0; c < m_classNames.size(); ++c)
        result["test"]["per_class"][m_classNames[c]] = { { "precision", m.precision[c] },
                                                         { "recall", m.recall[c] },
                                                         { "f1", m.f1[c] },
                                                         { "support", m.support[c] } };
    if (!m_trainLabels.empty()) {
        const int majority = majorityClass(m_trainLabels, classes);
        result["baselines"]["majority"]
            = { { "accuracy", majorityBaselineAccuracy(m_trainLabels, actual, classes) },
                { "class", m_classNames[static_cast<std::size_t>(majority)] } };
    } else if (m_majorityClass >= 0) {
        const auto hits = std::count(actual.begin(), actual.end(), m_majorityClass);
        result["baselines"]["majority"]
            = { { "accuracy", static_cast<double>(hits) / static_cast<double>(actual.size()) },
                { "class", m_classNames[static_cast<std::size_t>(m_majorityClass)] } };
    } else {
        result["baselines"] = json::object(); // unknown without the training labels
    }
    return result;
}

// ---------------------------------------------------------------- synthetic sequence tasks

namespace {

// Options of a generator with the count and the seed every generator takes.
template<typename Options>
Options generatorOptions(int sequences, std::uint64_t seed)
{
    Options o;
    o.sequences = sequences;
    o.seed = seed;
    return o;
}

SequenceTask generateTask(const ExperimentConfig &c, int sequences, std::uint64_t seed)
{
    // config.sequenceLength when it is at least `minimum`, else the given default
    const auto lengthOr = [&c](int fallback, int minimum = 1) {
        return c.sequenceLength >= minimum ? c.sequenceLength : fallback;
    };
    const int length = c.sequenceLength;
    if (c.generator == Generator::Xor) {
        auto o = generatorOptions<XorOptions>(sequences, seed);
        o.triples = length > 0 ? std::max(2, (length + 1) / 3) : 10;
        return temporalXor(o);
    }
    if (c.generator == Generator::Letters) {
        auto o = generatorOptions<LetterOptions>(sequences, seed);
        o.consonants = length > 0 ? std::max(2, length / 3) : 10;
        return elmanLetters(o);
    }
    if (c.generator == Generator::Adding) {
        auto o = generatorOptions<AddingOptions>(sequences, seed);
        o.length = lengthOr(100);
        return addingProblem(o);
    }
    if (c.generator == Generator::Reber) {
        auto o = generatorOptions<ReberOptions>(sequences, seed);
        o.maxLength = lengthOr(o.maxLength);
        return embeddedReber(o);
    }
    if (c.generator == Generator::LongRange) {
        auto o = generatorOptions<ClueOptions>(sequences, seed);
        o.distance = length > 2 ? length - 2 : 10;
        return languageClue(o);
    }
    if (c.generator == Generator::ResetSum) {
        auto o = generatorOptions<ResetSumOptions>(sequences, seed);
        o.length = lengthOr(o.length);
        return resetSum(o);
    }
    if (c.generator == Generator::EndLabel) {
        auto o = generatorOptions<EndLabelOptions>(sequences, seed);
        o.length = lengthOr(o.length, 2);
        return endLabel(o);
    }
    auto o = generatorOptions<LatchingOptions>(sequences, seed); // latching
    o.length = lengthOr(o.length);
    if (c.noise > 0.0)
        o.noise = c.noise;
    return latchingProblem(o);
}

// True when every sequence carries its loss at its last step only (many-to-one).
bool lossAtLastStepOnly(const SequenceTask &task)
{
    return std::all_of(task.sequences.begin(), task.sequences.end(), [](const Sequence &s) {
        return s.lossSteps.size() == 1 && s.lossSteps.front() == s.steps() - 1;
    });
}

Index longest(const SequenceTask &task)
{
    Index t = 0;
    for (const auto &s : task.sequences)
        t = std::max(t, s.steps());
    return t;
}

// Sequences of different lengths are pre-padded (zero inputs, no loss) to `steps`.
SequenceSet taskToSequences(const SequenceTask &task, bool lastOnly, Index steps)
{
    SequenceSet set;
    set.steps = static_cast<int>(steps);
    const bool classes = task.kind == TaskKind::Classification;
    bool allStepsCarryLoss = true;
    for (const auto &s : task.sequences) {
        const Index pad = steps - s.steps();
        Matrix x = Matrix::Zero(task.inputSize, steps);
        x.rightCols(s.steps()) = s.input;
        set.inputs.push_back(std::move(x));
        if (classes) {
            if (lastOnly) {
                set.labels.push_back({ s.labels.back() });
            } else {
                std::vector<int> labels(at(steps), -1);
                std::copy(s.labels.begin(), s.labels.end(), labels.begin() + pad);
                set.labels.push_back(std::move(labels));
            }
        } else if (lastOnly) {
            set.values.push_back(s.target.rightCols(1));
        } else {
            Matrix y = Matrix::Zero(task.outputSize, steps);
            y.rightCols(s.steps()) = s.target;
            set.values.push_back(std::move(y));
            allStepsCarryLoss = allStepsCarryLoss && pad == 0
                && static_cast<Index>(s.lossSteps.size()) == s.steps();
        }
    }
    if (!classes && !lastOnly && !allStepsCarryLoss) {
        // one mask for the set: the steps that carry a loss in the first sequence
        const Sequence &s = task.sequences.front();
        set.stepMask = Vector::Zero(steps);
        for (int t : s.lossSteps)
            set.stepMask(steps - s.steps() + t) = 1.0;
    }
    return set;
}

} // namespace

void Experiment::prepareSynthetic()
{
    const int trainCount = m_config.trainSamples > 0 ? m_config.trainSamples : 200;
    const int testCount
        = m_config.testSamples > 0 ? m_config.testSamples : std::max(1, trainCount / 4);
    const SequenceTask trainTask = generateTask(m_config, trainCount, m_config.seed);
    auto testTask = std::make_shared<SequenceTask>(
        generateTask(m_config, testCount, m_config.seed + 1000003));
    if (auto error = trainTask.validate(); !error.empty())
        throw std::invalid_argument(trainTask.name + ": " + error);
    const bool lastOnly = lossAtLastStepOnly(trainTask);
    const Index steps = std::max(longest(trainTask), longest(*testTask));
    m_config.task = trainTask.kind == TaskKind::Classification ? Task::Classify : Task::Forecast;
    auto train = std::make_shared<const SequenceSet>(taskToSequences(trainTask, lastOnly, steps));
    m_test = std::make_shared<const SequenceSet>(taskToSequences(*testTask, lastOnly, steps));
    if (trainTask.kind == TaskKind::Classification) {
        m_classNames = trainTask.outputNames;
        for (const auto &l : train->labels)
            for (int id : l)
                if (id >= 0)
                    m_trainLabels.push_back(id);
    }
    m_testTask = testTask;

    NetworkConfig network = baseNetwork(m_config);
    network.inputSize = static_cast<int>(trainTask.inputSize);
    network.outputSize = static_cast<int>(trainTask.outputSize);
    network.readout
        = trainTask.kind == TaskKind::Classification ? ReadoutKind::Softmax : ReadoutKind::Linear;
    network.placement = lastOnly ? manyToOne(m_config) : ReadoutPlacement::EveryStep;
    buildTrainer(network, train, std::make_shared<const SequenceSet>());
}

json Experiment::evaluateSynthetic() const
{
    const SequenceTask &task = *m_testTask;
    const Matrix predictions = m_trainer.predict(*m_test);
    const bool lastOnly = networkConfig().placement != ReadoutPlacement::EveryStep;
    const Index steps = m_test->steps;
    json result;
    // Column of sequence n's step t (its own step numbering) in predictions.
    auto column = [&](Index n, Index t) {
        const Index pad = steps - task.sequences[at(n)].steps();
        return lastOnly ? n : n * steps + pad + t;
    };
    if (task.kind == TaskKind::Regression) {
        double sum = 0.0, sumAbs = 0.0, sumP = 0.0, sumO = 0.0, baseline = 0.0, targetSum = 0.0;
        Index count = 0, countP = 0, countO = 0;
        for (std::size_t n = 0; n < task.sequences.size(); ++n)
            for (int t : task.sequences[n].lossSteps)
                targetSum += task.sequences[n].target.col(t).sum();
        for (std::size_t n = 0; n < task.sequences.size(); ++n) {
            const Sequence &s = task.sequences[n];
            for (int t : s.lossSteps) {
                const Vector error
                    = predictions.col(column(static_cast<Index>(n), t)) - s.target.col(t);
                const double squared = error.squaredNorm() / static_cast<double>(error.size());
                sum += squared;
                sumAbs += error.cwiseAbs().mean();
                ++count;
                const bool predictable
                    = std::find(s.predictableSteps.begin(), s.predictableSteps.end(), t)
                    != s.predictableSteps.end();
                (predictable ? sumP : sumO) += squared;
                ++(predictable ? countP : countO);
            }
        }
        const double mean
            = targetSum / static_cast<double>(std::max<Index>(1, count) * task.outputSize);
        for (const auto &s : task.sequences)
            for (int t : s.lossSteps)
                baseline += (s.target.col(t).array() - mean).square().mean();
        const double c = static_cast<double>(std::max<Index>(1, count));
        result["test"] = { { "mse", sum / c },
                           { "rmse", std::sqrt(sum / c) },
                           { "mae", sumAbs / c },
                           { "samples", task.sequences.size() } };
        if (countP > 0 && countO > 0) {
            result["test"]["mse_predictable"] = sumP / static_cast<double>(countP);
            result["test"]["mse_other"] = sumO / static_cast<double>(countO);
        }
        result["baselines"]["mean"] = { { "mse", baseline / c }, { "value", mean } };
        return result;
    }
    std::vector<int> actual, predicted;
    Index legal = 0, hitsP = 0, countP = 0;
    for (std::size_t n = 0; n < task.sequences.size(); ++n) {
        const Sequence &s = task.sequences[n];
        for (int t = 0; t < static_cast<int>(s.labels.size()); ++t) {
            if (s.labels[at(t)] < 0 || (lastOnly && t != s.steps() - 1))
                continue;
            Index best = 0;
            predictions.col(column(static_cast<Index>(n), t)).maxCoeff(&best);
            actual.push_back(s.labels[at(t)]);
            predicted.push_back(static_cast<int>(best));
            if (s.target(best, t) > 0.0)
                ++legal;
            if (std::find(s.predictableSteps.begin(), s.predictableSteps.end(), t)
                != s.predictableSteps.end()) {
                ++countP;
                hitsP += best == s.labels[at(t)] ? 1 : 0;
            }
        }
    }
    const int classes = static_cast<int>(task.outputSize);
    const ClassificationMetrics m = classificationMetrics(actual, predicted, classes);
    result["test"]
        = { { "accuracy", m.accuracy },
            { "macro_f1", m.macroF1 },
            { "confusion", m.confusion },
            { "labels", m_classNames },
            { "samples", task.sequences.size() },
            { "legal_rate", static_cast<double>(legal) / static_cast<double>(m.count) } };
    if (countP > 0)
        result["test"]["accuracy_predictable"]
            = static_cast<double>(hitsP) / static_cast<double>(countP);
    const int majority = majorityClass(m_trainLabels, classes);
    result["baselines"]["majority"]
        = { { "accuracy", majorityBaselineAccuracy(m_trainLabels, actual, classes) },
            { "class",
              m_classNames.empty() ? std::to_string(majority)
                                   : m_classNames[static_cast<std::size_t>(majority)] } };
    return result;
}

// ---------------------------------------------------------------- reports and model files

const TrainingReport &Experiment::train(const ProgressCallback &progress)
{
    return m_trainer.train(progress);
}

json Experiment::evaluate() const
{
    if (!hasTestData())
        throw std::logic_error("There are no test data to evaluate the model on.");
    if (m_testTask)
        return evaluateSynthetic();
    if (m_forecast)
        return evaluateForecast();
    return evaluateClasses();
}

json Experiment::report() const
{
    json r = evaluate();
    const TrainingReport &t = m_trainer.report();
    r["task"] = m_config.task;
    r["preset"] = m_config.preset;
    r["generator"] = m_config.generator;
    r["model"] = m_config.model;
    r["network"] = networkConfigToJson(networkConfig());
    r["parameters"] = parameterScalarCount(m_trainer.network().parameters());
    r["epochs"] = t.epochs;
    r["seconds"] = t.seconds;
    r["seconds_per_epoch"] = t.epochs > 0 ? t.seconds / t.epochs : 0.0;
    r["stop_reason"] = stopReasonName(t.reason);
    r["message"] = t.message;
    r["seed"] = m_config.seed;
    r["lookback"] = m_config.lookback;
    json history = json::array();
    for (const EpochRecord &e : t.history) {
        json h = { { "epoch", e.epoch },
                   { "train_loss", e.trainLoss },
                   { "learning_rate", e.learningRate } };
        h["validation_loss"] = std::isfinite(e.validationLoss) ? json(e.validationLoss) : json();
        history.push_back(std::move(h));
    }
    r["history"] = std::move(history);
    return r;
}

std::string Experiment::summary(const json &r) const
{
    std::ostringstream out;
    const json &test = r.at("test");
    const json &baselines = r.at("baselines");
    out << "Stopped: " << r.value("stop_reason", "") << " after " << r.value("epochs", 0)
        << " epochs, " << number(r.value("seconds", 0.0), 2) << " s.";
    if (!r.value("message", std::string()).empty())
        out << " " << r.value("message", std::string());
    out << "\n";
    if (test.contains("accuracy")) {
        out << "Test accuracy      " << number(100.0 * test.at("accuracy").get<double>(), 1)
            << " %";
        if (baselines.contains("majority"))
            out << "   (majority-class baseline "
                << number(100.0 * baselines.at("majority").at("accuracy").get<double>(), 1)
                << " %)";
        out << "\n";
        out << "Test macro-F1      " << number(test.at("macro_f1").get<double>(), 3) << "\n";
        if (test.contains("accuracy_predictable"))
            out << "Accuracy on the predictable steps "
                << number(100.0 * test.at("accuracy_predictable").get<double>(), 1) << " %\n";
        if (test.contains("legal_rate"))
            out << "Predicted symbol is a legal next one "
                << number(100.0 * test.at("legal_rate").get<double>(), 1) << " %\n";
        if (test.contains("per_class")) {
            ClassificationMetrics m;
            m.confusion = test.at("confusion").get<std::vector<std::vector<Index>>>();
            for (const auto &name : m_classNames) {
                const json &c = test.at("per_class").at(name);
                m.precision.push_back(c.at("precision").get<double>());
                m.recall.push_back(c.at("recall").get<double>());
                m.f1.push_back(c.at("f1").get<double>());
                m.support.push_back(c.at("support").get<Index>());
            }
            out << formatClassificationReport(m, m_classNames);
        }
    } else if (test.contains("mse")) {
        out << "Test MSE           " << number(test.at("mse").get<double>(), 5)
            << "   (predicting the mean: "
            << number(baselines.at("mean").at("mse").get<double>(), 5) << ")\n";
        if (test.contains("mse_predictable"))
            out << "MSE on the predictable steps "
                << number(test.at("mse_predictable").get<double>(), 5) << ", on the others "
                << number(test.at("mse_other").get<double>(), 5) << "\n";
    } else {
        out << "Test RMSE          " << number(test.at("rmse").get<double>(), 3) << "   MAE "
            << number(test.at("mae").get<double>(), 3) << "   (" << r.value("target", "")
            << ", data units)\n";
        out << "Persistence        "
            << number(baselines.at("persistence").at("rmse").get<double>(), 3) << "   MAE "
            << number(baselines.at("persistence").at("mae").get<double>(), 3)
            << "   (repeat the last value)\n";
        if (baselines.contains("seasonal_naive"))
            out << "Seasonal naive     "
                << number(baselines.at("seasonal_naive").at("rmse").get<double>(), 3) << "   MAE "
                << number(baselines.at("seasonal_naive").at("mae").get<double>(), 3)
                << "   (repeat the value " << m_config.season << " rows earlier)\n";
    }
    return out.str();
}

ModelFile Experiment::modelFile() const
{
    ModelFile model;
    model.task = m_config.task;
    model.network = networkConfig();
    model.parameters = m_trainer.network().parameters();
    if (m_forecast) {
        model.scaler = m_forecast->featureScaler.toJson();
        model.targetScaler = m_forecast->targetScaler.toJson();
    }
    if (m_hasVocabulary)
        model.vocabulary = m_vocabulary.toJson();
    model.labels = m_classNames;
    model.experiment = m_config.toJson();
    model.history = m_trainer.report().history;
    return model;
}

Experiment Experiment::fromModel(const ModelFile &model, const json &overrides)
{
    Experiment experiment;
    experiment.m_config.apply(model.experiment);
    if (!overrides.is_null())
        experiment.m_config.apply(overrides);
    ExperimentConfig &config = experiment.m_config;
    if (auto error = config.validate(); !error.empty())
        throw std::invalid_argument(error);
    // A file is read when it is there, or when it is named anew (then it must be there).
    const auto readable = [&overrides](const char *key, const std::string &path) {
        if (overrides.is_object() && overrides.contains(key))
            return true;
        std::error_code error;
        return !path.empty() && std::filesystem::is_regular_file(resolveResourcePath(path), error);
    };
    experiment.m_readData = readable("data_file", config.dataFile);
    experiment.m_readTestData = config.testDataFile.empty()
        ? experiment.m_readData
        : readable("test_data_file", config.testDataFile);
    if (isSequenceTask(config.generator)) {
        experiment.prepareSynthetic(); // generated from the seed: always there
    } else if (config.task == Task::Classify) {
        experiment.prepareText(&model);
    } else {
        experiment.prepareForecast(&model);
    }
    const json built = networkConfigToJson(experiment.networkConfig());
    const json saved = networkConfigToJson(model.network);
    if (built != saved)
        throw std::invalid_argument("The data give a network (" + built.dump()
                                    + ") that differs from the model's (" + saved.dump() + ").");
    Network network = model.makeNetwork();
    Trainer &trainer = experiment.m_trainer;
    if (trainer.trainSet().empty())
        trainer = Trainer(std::move(network), trainerOptions(config));
    else
        trainer = Trainer(std::move(network), trainerOptions(config),
                          std::make_shared<const SequenceSet>(trainer.trainSet()),
                          trainer.hasValidation()
                              ? std::make_shared<const SequenceSet>(trainer.validationSet())
                              : std::make_shared<const SequenceSet>());
    return experiment;
}

} // namespace rnn
