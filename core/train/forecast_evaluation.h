// ForecastEvaluation: how a trained forecaster did on the test windows, in the data's own units,
// beside the baselines it must beat (persistence, seasonal naive, and Holt-Winters: the classical
// exponential smoothing fitted on the training part, core/baselines). It also keeps, for every
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
    Vector holtWinters; // Hz: its forecasts made after row targetRow - 1; NaN when not fitted
};

// Holt-Winters beside the network: its metrics on the same test windows and the constants it
// was fitted with (core/baselines/holt_winters.h).
struct HoltWintersBaseline
{
    RegressionMetrics metrics;
    std::string seasonality; // "additive" or "multiplicative"
    Index season = 0;
    double alpha = 0.0, beta = 0.0, gamma = 0.0;
};

struct ForecastEvaluation
{
    std::string target; // the first target column's name
    RegressionMetrics test; // the network on every element of every test window
    Index samples = 0; // test windows
    RegressionMetrics persistence;
    std::optional<RegressionMetrics> seasonalNaive; // when every test window has a season before it
    Index season = 0;
    // when the training part has two seasons (and, multiplicative, positive values) and the test
    // windows continue its series (not a separate test file)
    std::optional<HoltWintersBaseline> holtWinters;
    std::vector<ForecastWindow> windows; // the test windows, in order

    // {"test": {"rmse", "mae", "samples"}, "baselines": {"persistence": {"rmse", "mae"},
    //  ["seasonal_naive": {"rmse", "mae", "season"}], ["holt_winters": {"rmse", "mae",
    //  "seasonality", "season", "alpha", "beta", "gamma"}]}, "target"}
    nlohmann::json toJson() const;
    // The metrics beside the baselines, a line each, and a sentence naming the baselines whose
    // RMSE is lower than the network's, for terminals.
    std::string briefReport() const;
    // The baselines with a lower test RMSE than the network's ("persistence", "seasonal_naive",
    // "holt_winters", the report's keys), in that order; empty when the network beats them all.
    std::vector<std::string> baselinesBeatingNetwork() const;
};

} // namespace rnn
