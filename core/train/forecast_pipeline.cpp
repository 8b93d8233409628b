// Implementation of forecast_pipeline.h: the table, its windows as sequences for the topology,
// and the outputs back in the data's units.
#include "forecast_pipeline.h"

#include "data/csv_table.h"
#include "data/data_error.h"
#include "data/differencing.h"
#include "data/synthetic_tasks.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>

namespace rnn {

namespace {

std::size_t at(Index i)
{
    return static_cast<std::size_t>(i);
}

CsvTableOptions csvOptions(const ExperimentConfig &c)
{
    CsvTableOptions options;
    options.interpolateMissing = c.interpolateMissing;
    return options;
}

// The training table: the data file, or the sine generator's series straight from memory;
// nothing when the data file is not to be read (a model without its data).
std::optional<CsvTable> readTable(const ExperimentConfig &c, bool readData)
{
    if (c.generator == Generator::Sine) {
        if (!c.testDataFile.empty())
            throw std::invalid_argument("The sine task makes its own series; it takes no test "
                                        "file.");
        SineOptions sine;
        sine.length = c.trainSamples > 0 ? c.trainSamples : 400;
        sine.noise = c.noise;
        sine.seed = c.seed;
        return CsvTable::fromSeries({ "value" }, sineSeries(sine), "<sine>");
    }
    if (!readData)
        return std::nullopt;
    return CsvTable::load(resolveResourcePath(c.dataFile), csvOptions(c));
}

// The first text (non-numeric) column of a table, for date prefixes.
std::string firstTextColumn(const CsvTable &table)
{
    for (Index i = 0; i < table.columnCount(); ++i)
        if (!table.column(i).numeric)
            return table.column(i).name;
    return {};
}

// An encoder-decoder (and one-to-many, one with a one-value window) follows the window with
// `horizon` empty decoder steps whose outputs are the forecast.
bool encoderDecoder(const ExperimentConfig &c)
{
    return c.topology == Topology::EncoderDecoder || c.topology == Topology::OneToMany;
}

// The network's forecasts of every target and step of the windows against the truth.
RegressionMetrics networkMetrics(const std::vector<ForecastWindow> &windows)
{
    const Index size = windows.front().truth.size(), n = static_cast<Index>(windows.size());
    Matrix predicted(size, n), actual(size, n);
    for (Index s = 0; s < n; ++s) {
        const ForecastWindow &w = windows[at(s)];
        predicted.col(s) = Eigen::Map<const Vector>(w.prediction.data(), w.prediction.size());
        actual.col(s) = Eigen::Map<const Vector>(w.truth.data(), w.truth.size());
    }
    return regressionMetrics(predicted, actual);
}

// Holt-Winters' forecasts of the first target in every window, against the truth.
HoltWintersBaseline holtWintersBaseline(const HoltWinters &model,
                                        const std::vector<ForecastWindow> &windows)
{
    const Index horizon = windows.front().holtWinters.size();
    Matrix predicted(horizon, static_cast<Index>(windows.size()));
    Matrix actual(horizon, predicted.cols());
    for (std::size_t s = 0; s < windows.size(); ++s) {
        predicted.col(static_cast<Index>(s)) = windows[s].holtWinters;
        actual.col(static_cast<Index>(s)) = windows[s].truth.row(0).transpose();
    }
    HoltWintersBaseline b;
    b.metrics = regressionMetrics(predicted, actual);
    b.seasonality = toString(model.seasonality);
    b.season = model.season;
    b.alpha = model.alpha;
    b.beta = model.beta;
    b.gamma = model.gamma;
    return b;
}

} // namespace

ForecastPipeline::ForecastPipeline(ExperimentConfig &config, const PipelineSource &source)
    : m_config(config)
{
    const std::optional<CsvTable> table = readTable(m_config, source.readData);
    if (!m_config.testDataFile.empty() && !m_config.testFrom.empty())
        throw std::invalid_argument("Give either a separate test file or test_from (the test part "
                                    "of the data file), not both.");
    if (m_config.lookback <= 0 && !table)
        throw std::invalid_argument("The lookback is not known without the data.");
    if (m_config.lookback <= 0)
        m_config.lookback = static_cast<int>(std::clamp<double>(
            std::round(std::sqrt(static_cast<double>(table->rowCount()))), 2.0, 60.0));
    if (m_config.topology == Topology::OneToMany) {
        // One value in, a sequence out: an encoder-decoder whose window is one value, then as
        // many empty steps as the lookback was long, each emitting the next value of the series.
        m_config.horizon = std::max(m_config.horizon, m_config.lookback);
        m_config.lookback = 1;
    }
    buildData(table ? &*table : nullptr, options(table ? &*table : nullptr), source);
    buildNetwork();
    fitHoltWinters();
    config = m_config;
}

ForecastOptions ForecastPipeline::options(const CsvTable *table) const
{
    const bool separateTest = !m_config.testDataFile.empty();
    ForecastOptions fo;
    fo.targets
        = { m_config.target.empty() && m_config.generator == Generator::Sine ? std::string("value")
                                                                             : m_config.target };
    fo.features = m_config.features;
    fo.window.lookback = m_config.lookback;
    fo.window.horizon = m_config.horizon;
    fo.window.stride = m_config.stride;
    // With a separate test file the whole data file trains (and validates).
    fo.trainFraction = separateTest ? 1.0 - m_config.validationFraction : m_config.trainFraction;
    fo.validationFraction = m_config.validationFraction;
    if (!m_config.testFrom.empty() && table) {
        const std::string column
            = m_config.dateColumn.empty() ? firstTextColumn(*table) : m_config.dateColumn;
        if (column.empty())
            throw DataError(table->source(), 1, 0,
                            "test_from needs a date column, and the file has none");
        const Index testBegin = table->firstRowStartingWith(column, m_config.testFrom);
        if (testBegin < 0)
            throw DataError(table->source(), 0, 0,
                            "no value of column \"" + column + "\" starts with \""
                                + m_config.testFrom + "\", so the test part would be empty");
        fo.testBeginRow = testBegin;
        fo.validationBeginRow = testBegin
            - static_cast<Index>(std::floor(static_cast<double>(testBegin)
                                            * m_config.validationFraction));
    }
    fo.scaling = m_config.scaling;
    fo.difference = m_config.differencing;
    fo.transform = { m_config.transform, m_config.boxCoxLambda };
    return fo;
}

void ForecastPipeline::buildData(const CsvTable *table, ForecastOptions fo,
                                 const PipelineSource &source)
{
    const bool separateTest = !m_config.testDataFile.empty();
    if (const ModelFile *model = source.model) { // the model's own scaling, never refitted
        if (model->scaler.is_null() || model->targetScaler.is_null())
            throw std::invalid_argument("The model file has no scaler for its forecasts.");
        fo.featureScaler = Scaler::fromJson(model->scaler);
        fo.targetScaler = Scaler::fromJson(model->targetScaler);
    }
    if (table) {
        m_data = std::make_shared<const ForecastDataset>(ForecastDataset::build(*table, fo));
        if (m_data->train.empty())
            throw DataError(table->source(), 0, 0, "the training part has no complete window");
        if (!separateTest && m_data->test.empty())
            throw DataError(table->source(), 0, 0, "the test part has no complete window");
        if (!separateTest)
            m_testData = m_data;
    } else { // a model without its data: the names and the scalers, to predict
        auto names = std::make_shared<ForecastDataset>();
        names->options = fo;
        names->targetNames = fo.targets;
        names->featureNames = fo.features.empty() ? fo.targets : fo.features;
        names->featureScaler = *fo.featureScaler;
        names->targetScaler = *fo.targetScaler;
        m_data = names;
    }
    if (separateTest && source.readTestData) {
        // The test file on its own, scaled as the training data were; its columns by name.
        ForecastOptions testOptions = fo;
        testOptions.testBeginRow = 0;
        testOptions.validationBeginRow = -1;
        testOptions.featureScaler = m_data->featureScaler;
        testOptions.targetScaler = m_data->targetScaler;
        const CsvTable testTable
            = CsvTable::load(resolveResourcePath(m_config.testDataFile), csvOptions(m_config));
        m_testData = std::make_shared<const ForecastDataset>(
            ForecastDataset::build(testTable, testOptions));
    }
    m_train = std::make_shared<const SequenceSet>(windowsToSequences(m_data->train, *m_data));
    m_validation
        = std::make_shared<const SequenceSet>(windowsToSequences(m_data->validation, *m_data));
    if (m_testData)
        m_test = std::make_shared<const SequenceSet>(
            windowsToSequences(m_testData->test, *m_testData));
}

void ForecastPipeline::fitHoltWinters()
{
    if (!m_testData || m_testData != m_data || m_data->levels.cols() == 0)
        return; // a separate test file continues another series; a model alone has none
    HoltWintersOptions options;
    options.season = m_config.season;
    const Vector training
        = m_data->levels.row(0).head(m_data->split.train.end).transpose(); // the training rows
    if (training.size() > 0 && training.minCoeff() <= 0.0)
        options.seasonality = Seasonality::Additive;
    // A budget of about 2e8 filter steps per run, so a long series costs seconds, not minutes.
    const double rows = static_cast<double>(std::max<Index>(training.size(), 1));
    options.minimiser.maxEvaluations = static_cast<int>(std::clamp(2e8 / rows, 500.0, 20000.0));
    if (options.validate(training).empty())
        m_holtWinters = HoltWinters::fit(training, options);
}

void ForecastPipeline::buildNetwork()
{
    m_network = baseNetwork(m_config);
    m_network.inputSize = static_cast<int>(m_data->inputSize());
    m_inputNames = m_data->featureNames;
    m_network.readout = ReadoutKind::Linear;
    if (encoderDecoder(m_config)) {
        m_network.outputSize = static_cast<int>(m_data->outputSize());
        m_network.placement = ReadoutPlacement::EveryStep;
    } else if (m_config.topology == Topology::ManyToMany) {
        // every step reads out the next `horizon` values
        m_network.outputSize = static_cast<int>(m_data->outputSize()) * m_config.horizon;
        m_network.placement = ReadoutPlacement::EveryStep;
    } else {
        m_network.outputSize = static_cast<int>(m_data->outputSize()) * m_config.horizon;
        m_network.placement = manyToOnePlacement(m_config);
    }
    if (m_network.isMlp()) // the feed-forward network reads the whole window at once
        m_network.windowSteps = m_config.lookback;
}

SequenceSet ForecastPipeline::windowsToSequences(const WindowSet &windows,
                                                 const ForecastDataset &data) const
{
    SequenceSet set;
    const bool decoder = encoderDecoder(m_config);
    const bool everyStep = m_config.topology == Topology::ManyToMany;
    const Index lookback = m_config.lookback, horizon = m_config.horizon;
    set.steps = static_cast<int>(decoder ? lookback + horizon : lookback);
    for (Index i = 0; i < windows.size(); ++i) {
        const Matrix &input = windows.inputs[at(i)]; // X x L
        const Matrix &target = windows.targets[at(i)]; // Y x Hz
        if (decoder) {
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
    if (decoder) {
        set.stepMask = Vector::Zero(lookback + horizon);
        set.stepMask.tail(horizon).setOnes();
    }
    return set;
}

Matrix ForecastPipeline::outputsToHorizon(const Matrix &predictions, Index sample) const
{
    const Index horizon = m_config.horizon;
    if (encoderDecoder(m_config)) {
        const Index steps = m_config.lookback + horizon;
        return predictions.middleCols(sample * steps + m_config.lookback, horizon);
    }
    if (m_config.topology == Topology::ManyToMany) { // the last step forecasts after the window
        const Index column = sample * m_config.lookback + m_config.lookback - 1;
        return Eigen::Map<const Matrix>(predictions.col(column).data(), m_data->outputSize(),
                                        horizon);
    }
    return Eigen::Map<const Matrix>(predictions.col(sample).data(), m_data->outputSize(), horizon);
}

std::vector<ForecastWindow> ForecastPipeline::predictWindows(const Trainer &trainer,
                                                             const ForecastDataset &data,
                                                             const WindowSet &windows) const
{
    std::vector<ForecastWindow> result;
    if (windows.size() == 0)
        return result;
    const Index horizon = m_config.horizon, season = m_config.season;
    const Matrix predictions = trainer.predict(windowsToSequences(windows, data));
    const double missing = std::numeric_limits<double>::quiet_NaN();
    const bool holtWinters = m_holtWinters && &data == m_data.get();
    const Matrix smoothed = holtWinters // Hz x N
        ? m_holtWinters->forecasts(data.levels.row(0).transpose(), windows.firstTargetRow, horizon)
        : Matrix::Constant(horizon, windows.size(), missing);
    for (Index s = 0; s < windows.size(); ++s) {
        ForecastWindow w;
        w.targetRow = windows.firstTargetRow[at(s)];
        w.prediction = data.toDataUnits(outputsToHorizon(predictions, s), w.targetRow);
        w.truth = data.truth(w.targetRow, horizon);
        w.persistence = Vector::Constant(horizon, missing);
        w.seasonalNaive = Vector::Constant(horizon, missing);
        w.holtWinters = smoothed.col(s);
        for (Index k = 0; k < horizon; ++k) {
            // as persistenceBaseline and seasonalNaiveBaseline of train/metrics.h
            if (w.targetRow >= 1)
                w.persistence(k) = data.levels(0, w.targetRow - 1);
            const Index back
                = season >= 1 ? w.targetRow + k - (k / season + 1) * season : Index(-1);
            if (back >= 0)
                w.seasonalNaive(k) = data.levels(0, back);
        }
        result.push_back(std::move(w));
    }
    return result;
}

Evaluation ForecastPipeline::evaluate(const Trainer &trainer) const
{
    requireTestData();
    const ForecastDataset &d = *m_testData;
    const WindowSet &test = d.test;
    const Index horizon = m_config.horizon;
    const Index n = test.size();
    ForecastEvaluation e;
    e.windows = predictWindows(trainer, d, test);
    e.test = networkMetrics(e.windows);
    e.samples = n;
    const Vector series = d.levels.row(0).transpose();
    e.persistence = persistenceBaseline(series, test.firstTargetRow, horizon);
    e.season = m_config.season;
    const Index firstRow
        = *std::min_element(test.firstTargetRow.begin(), test.firstTargetRow.end());
    if (firstRow >= m_config.season)
        e.seasonalNaive
            = seasonalNaiveBaseline(series, test.firstTargetRow, m_config.season, horizon);
    if (m_holtWinters && &d == m_data.get())
        e.holtWinters = holtWintersBaseline(*m_holtWinters, e.windows);
    e.target = d.targetNames.front();
    return e;
}

std::vector<InputImportance> ForecastPipeline::importance(const Trainer &trainer,
                                                          const ImportanceOptions &options) const
{
    requireTestData();
    const ForecastDataset &d = *m_testData;
    const auto rmse = [&](const WindowSet &windows) {
        return networkMetrics(predictWindows(trainer, d, windows)).rmse;
    };
    return permutationImportance(d.test, d.featureNames, rmse, options);
}

void ForecastPipeline::storeIn(ModelFile &model) const
{
    Pipeline::storeIn(model);
    model.scaler = m_data->featureScaler.toJson();
    model.targetScaler = m_data->targetScaler.toJson();
}

Matrix ForecastPipeline::predictWindow(const Trainer &trainer, const Matrix &window) const
{
    // The window as one sequence (an encoder-decoder's empty decoder steps after it).
    SequenceSet set;
    set.steps = encoderDecoder(m_config) ? m_config.lookback + m_config.horizon : m_config.lookback;
    Matrix x = Matrix::Zero(window.rows(), set.steps);
    x.leftCols(window.cols()) = window;
    set.inputs.push_back(std::move(x));
    return outputsToHorizon(trainer.predict(set), 0);
}

Matrix ForecastPipeline::forecastWindow(const Trainer &trainer, const ForecastDataset &data,
                                        Index firstTargetRow, const Matrix &windowLevels) const
{
    const Matrix scaled = predictWindow(trainer, data.scaleWindow(windowLevels, firstTargetRow));
    return data.toDataUnits(scaled, data.lastLevel(windowLevels, firstTargetRow));
}

const ForecastDataset &ForecastPipeline::dataOf(const std::string &part) const
{
    if (part == "test") {
        requireTestData();
        return *m_testData;
    }
    return *m_data;
}

const WindowSet &ForecastPipeline::windows(const std::string &part) const
{
    if (part == "train")
        return m_data->train;
    if (part == "validation")
        return m_data->validation;
    if (part == "test")
        return dataOf(part).test;
    throw std::invalid_argument("no part \"" + part + "\" (train, validation or test)");
}

Matrix ForecastPipeline::forecastAfter(const Trainer &trainer, const std::string &csvPath) const
{
    const ForecastDataset &d = *m_data;
    const CsvTable table = CsvTable::load(csvPath, csvOptions(m_config));
    const SeriesTransform &transform = d.options.transform;
    Matrix features = table.series(d.featureNames); // X x R
    for (std::size_t i = 0; i < d.featureNames.size(); ++i)
        if (std::find(d.targetNames.begin(), d.targetNames.end(), d.featureNames[i])
            != d.targetNames.end())
            features.row(static_cast<Index>(i))
                = transform.apply(Matrix(features.row(static_cast<Index>(i))));
    const Matrix targets = transform.apply(table.series(d.targetNames)); // Y x R
    if (transform.firstInvalid(table.series(d.targetNames)) >= 0)
        throw DataError(table.source(), 0, 0,
                        std::string("the model's ") + transformKindNames.toString(transform.kind)
                            + " transform needs positive values of the target");
    const Index lookback = m_config.lookback;
    if (m_config.differencing)
        features = difference(features);
    if (features.cols() < lookback)
        throw DataError(table.source(), 0, 0,
                        "the file has too few rows for a window of " + std::to_string(lookback)
                            + " steps");
    const Matrix scaled
        = predictWindow(trainer, d.featureScaler.transform(features.rightCols(lookback)));
    Matrix units = d.targetScaler.inverse(scaled);
    if (m_config.differencing)
        units = undifference(units, targets.col(targets.cols() - 1));
    return transform.inverse(units);
}

std::vector<double> ForecastPipeline::generate(const Trainer &trainer, int steps) const
{
    const ForecastDataset &d = *m_data;
    if (d.featureNames != d.targetNames || d.inputSize() != 1)
        throw std::logic_error("generate: needs a univariate forecast (the target is the input)");
    if (d.featureLevels.cols() < m_config.lookback + 1)
        throw std::logic_error("generate: needs the series it continues (the data file)");
    const Index lookback = m_config.lookback;
    const SeriesTransform &transform = d.options.transform;
    Matrix levels = d.transformedFeatures; // 1 x R
    Matrix inputs = m_config.differencing ? difference(levels) : levels;
    Matrix window = d.featureScaler.transform(inputs.rightCols(lookback)); // 1 x L
    double level = levels(0, levels.cols() - 1);
    std::vector<double> result;
    const Index horizon = m_config.horizon;
    while (static_cast<int>(result.size()) < steps) {
        // A pass emits the model's whole horizon (one value for a one-step model; with a
        // one-value window and an encoder-decoder, the one-to-many sequence).
        const Matrix scaled = predictWindow(trainer, window); // 1 x Hz
        for (Index k = 0; k < horizon && static_cast<int>(result.size()) < steps; ++k) {
            const double value = d.targetScaler.inverse(0, scaled(0, k));
            level = m_config.differencing ? level + value : value;
            result.push_back(transform.inverse(level));
        }
        // feed the outputs back: the window slides on by the horizon
        Matrix joined(1, lookback + horizon);
        joined << window, scaled.row(0);
        window = joined.rightCols(lookback);
    }
    return result;
}

} // namespace rnn
