// ForecastEvaluation: how a trained forecaster did on the test windows, in the data's own units,
// beside the naive baselines it must beat (persistence, seasonal naive). It also keeps, for every
// test window, the table row of its first target, the truth, the prediction and the baselines'
// values, so a plot draws what the metrics were computed from and never recomputes them.
// A value type made by ForecastPipeline; toJson() writes the report schema of experiment.h.
//
// Shapes: Y = targets, Hz = horizon.
#pragma once

#include "train/metrics.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace rnn {

// One forecast window in data units.
struct ForecastWindow
{
    Index targetRow = 0; // the table row of the window's first target
    Matrix truth; // Y x Hz
    Matrix prediction; // Y x Hz
    // Hz: the naive forecasts of the first target (persistence repeats row targetRow - 1;
    // seasonal naive repeats the value one season earlier); NaN where a window lacks the history.
    Vector persistence;
    Vector seasonalNaive;
};

struct ForecastEvaluation
{
    std::string target; // the first target column's name
    RegressionMetrics test; // the network on every element of every test window
    Index samples = 0; // test windows
    RegressionMetrics persistence;
    std::optional<RegressionMetrics> seasonalNaive; // when every test window has a season before it
    Index season = 0;
    std::vector<ForecastWindow> windows; // the test windows, in order

    // {"test": {"rmse", "mae", "samples"}, "baselines": {"persistence": {"rmse", "mae"},
    //  ["seasonal_naive": {"rmse", "mae", "season"}]}, "target"}
    nlohmann::json toJson() const;
    // The metrics beside the baselines, a line each, for terminals.
    std::string briefReport() const;
};

} // namespace rnn
