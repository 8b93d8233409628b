#include "forecast_dataset.h"

#include "data_error.h"
#include "differencing.h"

#include <algorithm>
#include <stdexcept>

namespace rnn {

std::string ForecastOptions::validate() const
{
    if (targets.empty())
        return "choose at least one target column";
    std::string problem = window.validate();
    if (!problem.empty())
        return problem;
    if (featureScaler.has_value() != targetScaler.has_value())
        return "give both scalers fitted before (features and targets), or neither";
    const bool explicitRows = validationBeginRow >= 0 || testBeginRow >= 0;
    if (explicitRows && testBeginRow == 0 && (validationBeginRow > 0 || !featureScaler))
        return "a table that is all test part needs the scalers fitted on the training data";
    if (explicitRows && (testBeginRow < 0 || testBeginRow < validationBeginRow))
        return "an explicit split needs a test begin row, and a validation begin row (if any) "
               "at or before it";
    if (!explicitRows
        && (!(trainFraction > 0.0 && trainFraction <= 1.0) || !(validationFraction >= 0.0)
            || trainFraction + validationFraction > 1.0 + 1e-12))
        return "the train fraction must be in (0, 1], the validation fraction in [0, 1), and "
               "together at most 1";
    return {};
}

ForecastDataset ForecastDataset::build(const CsvTable &table, const ForecastOptions &options)
{
    const std::string problem = options.validate();
    if (!problem.empty())
        throw std::invalid_argument(problem);

    ForecastDataset d;
    d.source = table.source();
    d.options = options;
    d.targetNames = options.targets;
    d.featureNames = options.features.empty() ? options.targets : options.features;
    d.levels = table.series(d.targetNames); // throws DataError for unknown / text columns
    d.featureLevels = table.series(d.featureNames);
    const Index rows = table.rowCount();

    d.rowLabels.resize(static_cast<std::size_t>(rows));
    const CsvTable::Column *labels = nullptr;
    for (Index c = 0; c < table.columnCount() && !labels; ++c)
        if (!table.column(c).numeric)
            labels = &table.column(c);
    for (Index r = 0; r < rows; ++r)
        d.rowLabels[static_cast<std::size_t>(r)]
            = labels ? labels->text[static_cast<std::size_t>(r)] : std::to_string(r + 1);

    const bool explicitRows = options.validationBeginRow >= 0 || options.testBeginRow >= 0;
    const bool testOnly = explicitRows && options.testBeginRow == 0;
    try {
        if (testOnly) // a separate test file: no training part, the scalers come from elsewhere
            d.split.test = { 0, rows };
        else
            d.split = explicitRows
                ? SeriesSplit::byRows(rows,
                                      options.validationBeginRow >= 0 ? options.validationBeginRow
                                                                      : options.testBeginRow,
                                      options.testBeginRow)
                : SeriesSplit::byFraction(rows, options.trainFraction, options.validationFraction);
    } catch (const std::invalid_argument &error) {
        throw DataError(table.source(), table.lineOfRow(rows - 1), 1,
                        std::string("cannot split the ") + std::to_string(rows)
                            + " rows: " + error.what());
    }

    // The series the network sees: the (transformed) levels, or their changes (column k =
    // change into row k + 1).
    const Index shift = options.difference ? 1 : 0;
    const auto transformRows = [&](const Matrix &values, const std::vector<std::string> &names) {
        Matrix result = values;
        for (std::size_t i = 0; i < names.size(); ++i) {
            const bool target = std::find(d.targetNames.begin(), d.targetNames.end(), names[i])
                != d.targetNames.end();
            if (!target || options.transform.isIdentity())
                continue;
            const Index row = static_cast<Index>(i);
            const Index bad = options.transform.firstInvalid(values.row(row));
            if (bad >= 0)
                throw DataError(
                    table.source(), table.lineOfRow(bad), table.columnIndex(names[i]) + 1,
                    std::string("the ") + transformKindNames.toString(options.transform.kind)
                        + " transform needs positive values, and column \"" + names[i] + "\" holds "
                        + std::to_string(values(row, bad)) + " here; use --transform none");
            result.row(row) = options.transform.apply(Matrix(values.row(row)));
        }
        return result;
    };
    d.transformedLevels = transformRows(d.levels, d.targetNames);
    d.transformedFeatures = transformRows(d.featureLevels, d.featureNames);
    Matrix features = d.transformedFeatures;
    Matrix targets = d.transformedLevels;
    if (options.difference) {
        if (rows < 3)
            throw DataError(table.source(), table.lineOfRow(rows - 1), 1,
                            "differencing needs at least 3 rows");
        features = difference(features);
        targets = difference(targets);
    }
    const auto toSeries = [shift](RowRange range) {
        return RowRange { std::max<Index>(0, range.begin - shift), range.end - shift };
    };
    if (options.featureScaler) {
        d.featureScaler = *options.featureScaler;
        d.targetScaler = *options.targetScaler;
        if (d.featureScaler.kind() != ScalerKind::None
            && d.featureScaler.variableCount() != d.inputSize())
            throw std::invalid_argument("the feature scaler has "
                                        + std::to_string(d.featureScaler.variableCount())
                                        + " variables, not " + std::to_string(d.inputSize()));
        if (d.targetScaler.kind() != ScalerKind::None
            && d.targetScaler.variableCount() != d.outputSize())
            throw std::invalid_argument("the target scaler has "
                                        + std::to_string(d.targetScaler.variableCount())
                                        + " variables, not " + std::to_string(d.outputSize()));
    } else {
        const RowRange trainSeries = toSeries(d.split.train);
        if (trainSeries.size() < 1)
            throw DataError(table.source(), table.lineOfRow(0), 1, "the training part is empty");
        d.featureScaler = Scaler(options.scaling);
        d.featureScaler.fit(features, trainSeries.begin, trainSeries.end);
        d.targetScaler = Scaler(options.scaling);
        d.targetScaler.fit(targets, trainSeries.begin, trainSeries.end);
    }
    const Matrix scaledFeatures = d.featureScaler.transform(features);
    const Matrix scaledTargets = d.targetScaler.transform(targets);

    const Index targetColumn = table.columnIndex(d.targetNames.front()) + 1;
    const auto windowsOf = [&](RowRange part, const char *name) {
        WindowSet set;
        if (part.empty())
            return set;
        set = makeWindows(scaledFeatures, scaledTargets, options.window, toSeries(part));
        for (auto &row : set.firstTargetRow)
            row += shift;
        if (set.empty())
            throw DataError(table.source(), table.lineOfRow(part.end - 1), targetColumn,
                            std::string("the ") + name + " part (lines "
                                + std::to_string(table.lineOfRow(part.begin)) + " to "
                                + std::to_string(table.lineOfRow(part.end - 1)) + ", "
                                + std::to_string(part.size())
                                + " rows) is too short for a lookback of "
                                + std::to_string(options.window.lookback) + " and a horizon of "
                                + std::to_string(options.window.horizon)
                                + (options.difference ? " with differencing" : "")
                                + "; use a shorter lookback or more rows");
        return set;
    };
    d.train = windowsOf(d.split.train, "training");
    d.validation = windowsOf(d.split.validation, "validation");
    d.test = windowsOf(d.split.test, "test");
    return d;
}

Matrix ForecastDataset::toDataUnits(const Matrix &scaledPrediction, Index firstTargetRow) const
{
    Matrix values = targetScaler.inverse(scaledPrediction);
    if (!options.difference)
        return options.transform.inverse(values);
    if (firstTargetRow < 1 || firstTargetRow > levels.cols())
        throw std::out_of_range("toDataUnits: no level before row "
                                + std::to_string(firstTargetRow));
    const Matrix &base = transformedLevels.cols() == levels.cols() ? transformedLevels : levels;
    return options.transform.inverse(undifference(values, base.col(firstTargetRow - 1)));
}

Matrix ForecastDataset::toDataUnits(const Matrix &scaledPrediction, const Vector &lastLevel) const
{
    Matrix values = targetScaler.inverse(scaledPrediction);
    if (!options.difference)
        return values;
    if (lastLevel.size() != values.rows())
        throw std::invalid_argument("toDataUnits: " + std::to_string(lastLevel.size())
                                    + " last levels for " + std::to_string(values.rows())
                                    + " targets");
    return undifference(values, lastLevel);
}

Matrix ForecastDataset::windowLevels(Index firstTargetRow, Index lookback) const
{
    if (lookback < 1 || firstTargetRow - lookback < 0 || firstTargetRow > featureLevels.cols())
        throw std::out_of_range("windowLevels: rows outside the table");
    return featureLevels.middleCols(firstTargetRow - lookback, lookback);
}

Matrix ForecastDataset::scaleWindow(const Matrix &window, Index firstTargetRow) const
{
    const Index lookback = window.cols();
    if (window.rows() != inputSize() || lookback < 1)
        throw std::invalid_argument("scaleWindow: the window has " + std::to_string(window.rows())
                                    + " variables, not " + std::to_string(inputSize()));
    if (!options.difference)
        return featureScaler.transform(window);
    const Index before = firstTargetRow - lookback - 1; // the row the first change starts from
    if (before < 0 || before >= featureLevels.cols())
        throw std::out_of_range("scaleWindow: no level before the window");
    Matrix rows(window.rows(), lookback + 1);
    rows.col(0) = featureLevels.col(before);
    rows.rightCols(lookback) = window;
    return featureScaler.transform(difference(rows));
}

Vector ForecastDataset::lastLevel(const Matrix &window, Index firstTargetRow) const
{
    if (firstTargetRow < 1 || firstTargetRow > levels.cols())
        throw std::out_of_range("lastLevel: no level before row " + std::to_string(firstTargetRow));
    Vector last = levels.col(firstTargetRow - 1);
    for (std::size_t y = 0; y < targetNames.size(); ++y)
        for (std::size_t x = 0; x < featureNames.size() && window.cols() > 0; ++x)
            if (featureNames[x] == targetNames[y])
                last(static_cast<Index>(y)) = window(static_cast<Index>(x), window.cols() - 1);
    return last;
}

Matrix ForecastDataset::truth(Index firstTargetRow, Index horizon) const
{
    if (firstTargetRow < 0 || horizon < 1 || firstTargetRow + horizon > levels.cols())
        throw std::out_of_range("truth: rows outside the table");
    return levels.middleCols(firstTargetRow, horizon);
}

Matrix ForecastDataset::scaledTargets(Index firstTargetRow, Index horizon) const
{
    const Index shift = options.difference ? 1 : 0;
    if (firstTargetRow < shift || horizon < 1 || firstTargetRow + horizon > levels.cols())
        throw std::out_of_range("scaledTargets: rows outside the table");
    const Matrix &base = transformedLevels.cols() == levels.cols() ? transformedLevels : levels;
    const Matrix block = base.middleCols(firstTargetRow - shift, horizon + shift);
    return targetScaler.transform(shift ? difference(block) : block);
}

} // namespace rnn
