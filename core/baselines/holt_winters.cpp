// Implementation of holt_winters.h: the heuristic start, the smoothing filter, and its fit.
#include "holt_winters.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace rnn {

namespace {

struct Constants
{
    double alpha = 0.0, beta = 0.0, gamma = 0.0;
};

// The states after every row, when a caller wants more than the squared error.
struct Path
{
    Vector level; // R: after observing row t
    Vector trend; // R
    Vector seasonal; // m + R: factor of row t at t + m (the start's factors first)
    Vector oneStep; // R: the forecast of row t from the rows before it
};

// Runs the filter over y from `start`; returns the sum of squared one-step errors.
double filter(const Vector &y, const Constants &c, const HoltWintersState &start, Seasonality kind,
              Path *path = nullptr)
{
    const Index m = start.seasonal.size(), rows = y.size();
    Vector s(m + rows);
    s.head(m) = start.seasonal;
    if (path)
        *path = { Vector(rows), Vector(rows), Vector(), Vector(rows) };
    double level = start.level, trend = start.trend, sse = 0.0;
    const bool mul = kind == Seasonality::Multiplicative;
    for (Index t = 0; t < rows; ++t) {
        const double base = level + trend, season = s(t);
        const double forecast = mul ? base * season : base + season;
        sse += (y(t) - forecast) * (y(t) - forecast);
        const double next
            = c.alpha * (mul ? y(t) / season : y(t) - season) + (1.0 - c.alpha) * base;
        trend = c.beta * (next - level) + (1.0 - c.beta) * trend;
        s(t + m) = c.gamma * (mul ? y(t) / base : y(t) - base) + (1.0 - c.gamma) * season;
        level = next;
        if (path) {
            path->level(t) = level;
            path->trend(t) = trend;
            path->oneStep(t) = forecast;
        }
    }
    if (path)
        path->seasonal = s;
    return sse;
}

// The centred moving average (2 x m for an even m) of the first `length` values; NaN where the
// window does not fit.
Vector centredMovingAverage(const Vector &y, Index length, Index m)
{
    Vector trend = Vector::Constant(length, std::numeric_limits<double>::quiet_NaN());
    const Index half = m / 2;
    for (Index i = half; i + half <= length - 1; ++i) {
        if (m % 2 == 1)
            trend(i) = y.segment(i - half, m).mean();
        else
            trend(i) = (y.segment(i - half, m).sum() + y.segment(i - half + 1, m).sum())
                / (2.0 * static_cast<double>(m));
    }
    return trend;
}

double clamp01(double v)
{
    return std::clamp(v, 0.0, 1.0);
}

} // namespace

std::string toString(Seasonality seasonality)
{
    return seasonality == Seasonality::Multiplicative ? "multiplicative" : "additive";
}

std::string HoltWintersOptions::validate(const Vector &training) const
{
    const Index rows = training.size();
    if (season < 2)
        return "Holt-Winters needs a season of at least 2 rows";
    if (rows < 2 * season || rows < 10 + 2 * (season / 2))
        return "Holt-Winters needs at least two seasons (" + std::to_string(2 * season)
            + " rows) and " + std::to_string(10 + 2 * (season / 2))
            + " rows of training data; there are " + std::to_string(rows);
    if (!training.allFinite())
        return "Holt-Winters needs finite values";
    if (seasonality == Seasonality::Multiplicative && training.minCoeff() <= 0.0)
        return "multiplicative Holt-Winters needs positive values";
    return {};
}

HoltWintersState heuristicState(const Vector &series, Index m, Seasonality seasonality)
{
    const Index minRows = 10 + 2 * (m / 2);
    Index cycles = std::min<Index>(5, series.size() / m);
    cycles = std::max<Index>(cycles, (minRows + m - 1) / m);
    const Index length = std::min(series.size(), cycles * m);
    if (m < 2 || series.size() < 2 * m || length - 2 * (m / 2) < 10)
        throw std::invalid_argument("Holt-Winters' heuristic start needs two seasons and ten "
                                    "values of their moving average");
    const Vector trend = centredMovingAverage(series, length, m);
    const bool mul = seasonality == Seasonality::Multiplicative;
    HoltWintersState state;
    state.seasonal = Vector::Zero(m);
    Vector counts = Vector::Zero(m);
    std::vector<double> smooth; // the moving average where it is defined
    for (Index i = 0; i < length; ++i) {
        if (std::isnan(trend(i)))
            continue;
        state.seasonal(i % m) += mul ? series(i) / trend(i) : series(i) - trend(i);
        counts(i % m) += 1.0;
        smooth.push_back(trend(i));
    }
    state.seasonal = state.seasonal.cwiseQuotient(counts);
    if (mul)
        state.seasonal /= state.seasonal.mean();
    else
        state.seasonal.array() -= state.seasonal.mean();
    // the straight line through the first ten values at x = 1 .. 10; the level is its value at 0
    double meanX = 5.5, meanY = 0.0, covariance = 0.0, variance = 0.0;
    for (std::size_t i = 0; i < 10; ++i)
        meanY += smooth[i] / 10.0;
    for (std::size_t i = 0; i < 10; ++i) {
        const double dx = static_cast<double>(i + 1) - meanX;
        covariance += dx * (smooth[i] - meanY);
        variance += dx * dx;
    }
    state.trend = covariance / variance;
    state.level = meanY - state.trend * meanX;
    return state;
}

HoltWinters HoltWinters::fit(const Vector &training, const HoltWintersOptions &options)
{
    if (const std::string problem = options.validate(training); !problem.empty())
        throw std::invalid_argument(problem);
    const Index m = options.season;
    HoltWinters model;
    model.seasonality = options.seasonality;
    model.season = m;
    model.heuristicStart = heuristicState(training, m, options.seasonality);
    // x = [alpha, beta, gamma, level, trend, s_{-m} .. s_{-1}]
    const auto unpack = [m](const Vector &x, Constants &c, HoltWintersState &s) {
        c = { clamp01(x(0)), clamp01(x(1)), clamp01(x(2)) };
        s = { x(3), x(4), x.tail(m) };
    };
    const auto sse = [&](const Vector &x) {
        Constants c;
        HoltWintersState s;
        unpack(x, c, s);
        const double value = filter(training, c, s, options.seasonality);
        return std::isfinite(value) ? value : std::numeric_limits<double>::max();
    };
    Vector x0(5 + m);
    x0 << 0.5, 0.5, 0.5, model.heuristicStart.level, model.heuristicStart.trend,
        model.heuristicStart.seasonal;
    double best = std::numeric_limits<double>::max();
    Vector start = x0;
    for (double a : { 0.1, 0.3, 0.5, 0.7, 0.9 })
        for (double b : { 0.1, 0.3, 0.5, 0.7, 0.9 })
            for (double g : { 0.1, 0.3, 0.5, 0.7, 0.9 }) {
                x0.head(3) << a, b, g;
                if (const double value = sse(x0); value < best) {
                    best = value;
                    start = x0;
                }
            }
    const NelderMeadResult result = nelderMead(sse, start, options.minimiser);
    Constants c;
    unpack(result.x, c, model.fittedStart);
    model.alpha = c.alpha;
    model.beta = c.beta;
    model.gamma = c.gamma;
    model.trainingSse = result.value;
    return model;
}

Vector HoltWinters::oneStepAhead(const Vector &series, bool fitted) const
{
    Path path;
    filter(series, { alpha, beta, gamma }, fitted ? fittedStart : heuristicStart, seasonality,
           &path);
    return path.oneStep;
}

Matrix HoltWinters::forecasts(const Vector &series, const std::vector<Index> &firstTargetRows,
                              Index horizon, bool fitted) const
{
    Path path;
    filter(series, { alpha, beta, gamma }, fitted ? fittedStart : heuristicStart, seasonality,
           &path);
    const Index m = season;
    Matrix result(horizon, static_cast<Index>(firstTargetRows.size()));
    for (std::size_t n = 0; n < firstTargetRows.size(); ++n) {
        const Index r = firstTargetRows[n];
        if (r < 1 || r + horizon > series.size())
            throw std::invalid_argument("Holt-Winters: a forecast window lacks the history or "
                                        "runs past the end of the series");
        const double level = path.level(r - 1), trend = path.trend(r - 1);
        for (Index k = 0; k < horizon; ++k) {
            const Index ahead = k + 1;
            const Index row = r + k - m * ((ahead + m - 1) / m); // latest factor of that month
            const double factor = path.seasonal(row + m);
            const double base = level + static_cast<double>(ahead) * trend;
            result(k, static_cast<Index>(n))
                = seasonality == Seasonality::Multiplicative ? base * factor : base + factor;
        }
    }
    return result;
}

} // namespace rnn
