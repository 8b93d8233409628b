// HoltWinters: exponential smoothing with a trend and a season (Holt 1957, Winters 1960), the
// classical forecaster a statistician sets beside the network. Level l, trend b and seasonal
// factors s, with season length m, updated after every observed value y_t:
//
//   multiplicative   yhat_t = (l_{t-1} + b_{t-1}) * s_{t-m}
//                    l_t = alpha * y_t / s_{t-m} + (1 - alpha) * (l_{t-1} + b_{t-1})
//                    s_t = gamma * y_t / (l_{t-1} + b_{t-1}) + (1 - gamma) * s_{t-m}
//   additive         yhat_t = l_{t-1} + b_{t-1} + s_{t-m}
//                    l_t = alpha * (y_t - s_{t-m}) + (1 - alpha) * (l_{t-1} + b_{t-1})
//                    s_t = gamma * (y_t - l_{t-1} - b_{t-1}) + (1 - gamma) * s_{t-m}
//   both             b_t = beta * (l_t - l_{t-1}) + (1 - beta) * b_{t-1}
//   j steps ahead    (l + j b) * s (or + s), s the latest factor of that month of the season.
//
// fit() follows statsmodels 0.13.5 (ExponentialSmoothing(trend="add", seasonal=..., fit()) on the
// training part only): alpha, beta, gamma in [0, 1] and the initial state minimise the one-step
// squared error (Nelder-Mead, started from the heuristic initial state of Hyndman et al. 2008,
// section 2.6.1, and a coarse grid of the constants). Forecasting keeps those constants and
// updates the state with every observed value; it starts from the heuristic state by default,
// as statsmodels' ExponentialSmoothing(series, initialization_method="heuristic").fit(constants,
// optimized=False) does (airline: 23.85), or from the fitted one (airline: 17.16).
// Not a general ETS library: additive trend only, no damping, no Box-Cox, no intervals.
//
// Shapes: R = rows of the series, m = season, Hz = horizon, N = forecast windows.
#pragma once

#include "baselines/nelder_mead.h"
#include "types.h"

#include <string>
#include <vector>

namespace rnn {

enum class Seasonality { Additive, Multiplicative };

std::string toString(Seasonality seasonality); // "additive", "multiplicative"

// The state before the first row: its level and trend, and the seasonal factors that rows
// 0 .. m-1 are forecast with (s_{-m} .. s_{-1}).
struct HoltWintersState
{
    double level = 0.0;
    double trend = 0.0;
    Vector seasonal; // m
};

struct HoltWintersOptions
{
    Index season = 12;
    Seasonality seasonality = Seasonality::Multiplicative;
    NelderMeadOptions minimiser;
    // Empty if a series of `rows` values can be fitted, else why not, in English (the heuristic
    // needs two seasons and 10 + 2 * floor(m / 2) values; multiplicative, positive values).
    std::string validate(const Vector &training) const;
};

// The heuristic initial state (statsmodels' _initialization_heuristic): seasonal factors from
// the centred moving average of the first min(5, R / m) seasons (at least enough for ten
// values of it), level and trend from a straight line through its first ten values.
HoltWintersState heuristicState(const Vector &series, Index season, Seasonality seasonality);

struct HoltWinters
{
    Seasonality seasonality = Seasonality::Multiplicative;
    Index season = 12;
    double alpha = 0.0; // level
    double beta = 0.0; // trend
    double gamma = 0.0; // season
    HoltWintersState heuristicStart;
    HoltWintersState fittedStart;
    double trainingSse = 0.0; // of the one-step forecasts of the training part, fitted start

    // Throws std::invalid_argument when options.validate(training) says no.
    static HoltWinters fit(const Vector &training, const HoltWintersOptions &options);

    // The one-step forecast of every row of `series` from the rows before it: R.
    Vector oneStepAhead(const Vector &series, bool fittedStart = false) const;
    // For each window whose first target is row r of `series`: the forecasts of rows
    // r .. r + Hz - 1 made after observing row r - 1 (Hz x N). Rows r need r >= 1 and
    // r + Hz <= R; std::invalid_argument otherwise.
    Matrix forecasts(const Vector &series, const std::vector<Index> &firstTargetRows, Index horizon,
                     bool fittedStart = false) const;
};

} // namespace rnn
