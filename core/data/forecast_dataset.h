// ForecastDataset: everything a forecasting exercise needs, prepared from a CsvTable in one
// call: the chosen columns, the chronological split, optional differencing, scaling fitted on
// the training rows only, and the windows of each part. The trainer feeds `train` and
// `validation` to the network and reports metrics on `test` in the data's own units via
// toDataUnits(), beside the persistence and seasonal-naive baselines computed from `levels`.
//
// Example (airline, Keras tutorial split):
//   ForecastOptions o; o.targets = {"Passengers"}; o.window.lookback = 12;
//   ForecastDataset d = ForecastDataset::build(CsvTable::load(path), o);
//
// Shapes: X = features, Y = targets, R = table rows, L = lookback, Hz = horizon.
#pragma once

#include "csv_table.h"
#include "scaler.h"
#include "series_split.h"
#include "series_transform.h"
#include "windowing.h"

#include <optional>
#include <string>
#include <vector>

namespace rnn {

struct ForecastOptions
{
    std::vector<std::string> targets; // at least one numeric column
    std::vector<std::string> features; // empty = the targets (univariate)
    WindowOptions window;
    double trainFraction = 0.67; // used when testBeginRow < 0 (Keras tutorial: 0.67)
    double validationFraction = 0.0;
    // An explicit split instead of fractions: test = [testBeginRow, R), validation =
    // [validationBeginRow, testBeginRow) (validationBeginRow < 0 = no validation part).
    Index validationBeginRow = -1;
    Index testBeginRow = -1;
    ScalerKind scaling = ScalerKind::MinMax01;
    // Scalers fitted before (on another file's training rows, or read from a model file): used
    // as they are instead of being fitted on this table's training rows. With both given,
    // testBeginRow = 0 makes the whole table the test part (a separate test file).
    std::optional<Scaler> featureScaler;
    std::optional<Scaler> targetScaler;
    bool difference = false; // predict changes; inputs are changes too
    // Applied before differencing and scaling to the targets and to the inputs that are targets
    // (the values must then be positive in the whole table).
    SeriesTransform transform;
    std::string validate() const; // empty if valid, else the problem in English
};

struct ForecastDataset
{
    std::string source;
    std::vector<std::string> featureNames; // X
    std::vector<std::string> targetNames; // Y
    std::vector<std::string> rowLabels; // R: the first text column (dates), or row numbers
    ForecastOptions options;
    SeriesSplit split; // in table rows
    Matrix levels; // Y x R: the targets in data units, as read
    Matrix featureLevels; // X x R: the features in data units, as read
    Matrix transformedLevels; // Y x R: levels after options.transform (= levels without one)
    Matrix transformedFeatures; // X x R: the features after the transform (targets only)
    Scaler featureScaler; // fitted on the training rows (of the differenced series if asked)
    Scaler targetScaler;
    WindowSet train, validation, test; // scaled; firstTargetRow is a table row

    // Throws DataError (file, line, column) for unknown or text columns, and for too few rows
    // for the chosen window in any non-empty part; std::invalid_argument for invalid options.
    static ForecastDataset build(const CsvTable &table, const ForecastOptions &options);

    Index inputSize() const { return static_cast<Index>(featureNames.size()); }
    Index outputSize() const { return static_cast<Index>(targetNames.size()); }
    // A network output (Y x Hz, scaled, and changes if differencing) for the sample whose first
    // target is table row `firstTargetRow`, back in data units (levels): Y x Hz.
    Matrix toDataUnits(const Matrix &scaledPrediction, Index firstTargetRow) const;
    // The same, from the targets' last known levels (Y) given instead of the table's (a window
    // whose values the user changed).
    Matrix toDataUnits(const Matrix &scaledPrediction, const Vector &lastLevel) const;
    // The inputs of the window whose first target is table row `firstTargetRow`, as the plot
    // draws them: the features' levels of the `lookback` rows before it (X x L, data units).
    Matrix windowLevels(Index firstTargetRow, Index lookback) const;
    // A window given in data units (X x L: the features' levels of the rows [firstTargetRow - L,
    // firstTargetRow)) as the network reads it: with differencing, the changes into each of its
    // rows (the first from the table's level of the row before the window), then scaled with the
    // feature scaler. windowLevels() of a window gives back that window's scaled inputs.
    Matrix scaleWindow(const Matrix &windowLevels, Index firstTargetRow) const;
    // The targets' levels at the row before `firstTargetRow` as the window `windowLevels`
    // (X x L, data units) has them: a target that is also a feature takes the window's last
    // value, the others the table's (Y). Differencing forecasts changes from these.
    Vector lastLevel(const Matrix &windowLevels, Index firstTargetRow) const;
    // The true targets of that sample in data units: Y x Hz.
    Matrix truth(Index firstTargetRow, Index horizon) const;
    // The scaled targets the network learns for the rows [firstTargetRow, firstTargetRow +
    // horizon) (their changes when differencing), as in the windows: Y x Hz. A many-to-many
    // network learns these at every step of a window, not only at its last.
    Matrix scaledTargets(Index firstTargetRow, Index horizon) const;
};

} // namespace rnn
