#include "pipeline_advisor.h"

#include "data/csv_table.h"
#include "data/data_error.h"
#include "data/series_split.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>

namespace rnn {

namespace {

constexpr int maxSeasonalLookback = 48;
constexpr int maxAutoLookback = 24;

double lineR2(const Vector &x)
{
    const Index n = x.size();
    const Vector t = Vector::LinSpaced(n, 0.0, static_cast<double>(n - 1));
    const double mt = t.mean(), mx = x.mean();
    const double stt = (t.array() - mt).square().sum();
    const double sxx = (x.array() - mx).square().sum();
    if (!(stt > 0.0) || !(sxx > 0.0))
        return 0.0;
    const double stx = ((t.array() - mt) * (x.array() - mx)).sum();
    return stx * stx / (stt * sxx);
}

// Partial autocorrelation at lags 1..acf.size()-1 (Durbin-Levinson).
Vector partialAutocorrelation(const Vector &acf)
{
    const Index maxLag = acf.size() - 1;
    Vector pacf = Vector::Zero(maxLag + 1);
    Vector phi = Vector::Zero(maxLag + 1), previous = Vector::Zero(maxLag + 1);
    for (Index k = 1; k <= maxLag; ++k) {
        double num = acf(k), den = 1.0;
        for (Index j = 1; j < k; ++j) {
            num -= previous(j) * acf(k - j);
            den -= previous(j) * acf(j);
        }
        phi(k) = std::abs(den) > 1e-12 ? num / den : 0.0;
        for (Index j = 1; j < k; ++j)
            phi(j) = previous(j) - phi(k) * previous(k - j);
        pacf(k) = phi(k);
        previous = phi;
    }
    return pacf;
}

// The slope of log(swing) on log(level) over blocks of `block` rows: the swing is the standard
// deviation of the block around its own straight line. NaN when it cannot be measured (fewer
// than 4 blocks, or levels that hardly change).
double swingSlope(const Vector &x, Index block)
{
    const Index blocks = block >= 2 ? x.size() / block : 0;
    if (blocks < 4)
        return std::numeric_limits<double>::quiet_NaN();
    std::vector<double> logLevel, logSwing;
    for (Index b = 0; b < blocks; ++b) {
        const Vector part = x.segment(b * block, block);
        const double level = part.mean();
        const Vector t = Vector::LinSpaced(block, 0.0, static_cast<double>(block - 1));
        const double mt = t.mean();
        const double slope
            = ((t.array() - mt) * (part.array() - level)).sum() / (t.array() - mt).square().sum();
        const double swing
            = std::sqrt((part.array() - level - slope * (t.array() - mt)).square().sum()
                        / static_cast<double>(block));
        if (!(level > 0.0) || !(swing > 0.0))
            return std::numeric_limits<double>::quiet_NaN();
        logLevel.push_back(std::log(level));
        logSwing.push_back(std::log(swing));
    }
    const auto [lo, hi] = std::minmax_element(logLevel.begin(), logLevel.end());
    if (*hi - *lo < std::log(1.5)) // the level hardly changes: nothing to measure against
        return std::numeric_limits<double>::quiet_NaN();
    const Eigen::Map<const Vector> u(logLevel.data(), static_cast<Index>(logLevel.size()));
    const Eigen::Map<const Vector> v(logSwing.data(), static_cast<Index>(logSwing.size()));
    const double mu = u.mean(), mv = v.mean();
    return ((u.array() - mu) * (v.array() - mv)).sum() / (u.array() - mu).square().sum();
}

std::string stepName(DateSpacing spacing)
{
    switch (spacing) {
    case DateSpacing::Hour:
        return "hour-to-hour";
    case DateSpacing::Day:
        return "day-to-day";
    case DateSpacing::Week:
        return "week-to-week";
    case DateSpacing::Month:
        return "month-to-month";
    case DateSpacing::Quarter:
        return "quarter-to-quarter";
    case DateSpacing::Year:
        return "year-to-year";
    default:
        return "row-to-row";
    }
}

} // namespace

std::string AdvisorOptions::validate() const
{
    if (seasonHint < 0)
        return "the season hint must be 0 or more";
    if (season && *season < 1)
        return "the season must be at least 1 row";
    if (lookback && *lookback < 1)
        return "the lookback must be at least 1 step";
    if ((epochs && *epochs < 0) || defaultEpochs < 0)
        return "the epochs must be 0 or more";
    return {};
}

Vector PipelineAdvisor::autocorrelation(const Vector &x, Index maxLag)
{
    const Index n = x.size();
    maxLag = std::clamp<Index>(maxLag, 0, std::max<Index>(n - 1, 0));
    Vector acf = Vector::Zero(maxLag + 1);
    if (n < 2)
        return acf;
    const Vector c = x.array() - x.mean();
    const double variance = c.squaredNorm();
    if (!(variance > 0.0))
        return acf;
    for (Index k = 0; k <= maxLag; ++k)
        acf(k) = c.head(n - k).dot(c.tail(n - k)) / variance;
    return acf;
}

PipelineAdvice PipelineAdvisor::advise(const Vector &training, const AdvisorOptions &options)
{
    if (const std::string problem = options.validate(); !problem.empty())
        throw std::invalid_argument(problem);
    PipelineAdvice a;
    a.trainingRows = training.size();
    const Index n = training.size();
    const bool measurable = n >= 8 && training.allFinite();
    a.swingSlope = std::numeric_limits<double>::quiet_NaN();

    // ---- differencing
    if (measurable) {
        a.trendR2 = lineR2(training);
        const Vector acf = autocorrelation(training, 1);
        a.lag1 = acf.size() > 1 ? acf(1) : 0.0;
    }
    if (options.differencing) {
        a.differencing = *options.differencing;
        a.reasons.push_back(AdviceReason::DifferencingGiven);
    } else if (measurable && a.trendR2 >= 0.5) {
        a.differencing = true;
        a.reasons.push_back(AdviceReason::TrendDifferenced);
    } else if (measurable && a.lag1 >= 0.97) {
        a.differencing = true;
        a.reasons.push_back(AdviceReason::RandomWalkDifferenced);
    } else {
        a.reasons.push_back(AdviceReason::NoTrend);
    }

    // ---- season, from the autocorrelation of the changes (or of the levels)
    const Vector stationary
        = a.differencing && n >= 3 ? Vector(training.tail(n - 1) - training.head(n - 1)) : training;
    const Index maxLag = std::max<Index>(0, std::min<Index>(stationary.size() / 3, 400));
    const Vector acf = autocorrelation(stationary, maxLag);
    const double significant = 2.0 / std::sqrt(static_cast<double>(std::max<Index>(n, 1)));
    // A peak: higher than its neighbours, clearly above noise, and rising at least 0.1 above
    // the lowest autocorrelation before it (a slowly decaying one has no season).
    const auto peak = [&](Index k) {
        return k >= 2 && k + 1 <= maxLag && acf(k) > acf(k - 1) && acf(k) >= acf(k + 1)
            && acf(k) > std::max(0.2, significant)
            && acf.segment(1, k - 1).minCoeff() < acf(k) - 0.1;
    };
    if (options.season) {
        a.season = *options.season;
        a.reasons.push_back(AdviceReason::SeasonGiven);
    } else if (measurable) {
        const int hint = options.seasonHint;
        if (hint >= 2 && hint + 1 <= maxLag && peak(hint)) {
            a.season = hint;
        } else {
            // Off the calendar, a peak must show a cycle: it comes back at twice its lag, or it
            // is strong on its own. A lone weak peak (a trend's leftovers in a short quarterly
            // series: 0.22 at 31 quarters) is noise, and a season taken from it made the network
            // lose to persistence.
            const auto repeats = [&](Index k) {
                return (2 * k <= maxLag && acf(2 * k) > std::max(0.1, significant))
                    || acf(k) >= 0.5;
            };
            Index best = 0;
            for (Index k = 2; k < maxLag; ++k)
                if (peak(k) && repeats(k) && (best == 0 || acf(k) > acf(best)))
                    best = k;
            a.season = static_cast<int>(best);
        }
        a.reasons.push_back(a.season >= 2 ? AdviceReason::SeasonFound : AdviceReason::NoSeason);
    } else {
        a.reasons.push_back(AdviceReason::NoSeason);
    }
    if (a.season >= 2 && a.season <= maxLag)
        a.seasonAutocorrelation = acf(a.season);
    a.baselineSeason
        = a.season >= 1 ? a.season : (options.seasonHint >= 2 ? options.seasonHint : 12);

    // ---- transform
    const bool positive = n > 0 && training.allFinite() && training.minCoeff() > 0.0;
    if (options.transform) {
        a.transform.kind = *options.transform;
        if (a.transform.kind == TransformKind::BoxCox && positive)
            a.transform.lambda = SeriesTransform::fitBoxCoxLambda(training);
        a.reasons.push_back(AdviceReason::TransformGiven);
    } else if (!positive) {
        a.reasons.push_back(AdviceReason::NotPositive);
    } else if (a.season < 2) {
        a.reasons.push_back(AdviceReason::NoSeasonNoTransform);
    } else {
        const Index block = a.season;
        a.swingSlope = measurable ? swingSlope(training, block) : a.swingSlope;
        if (std::isfinite(a.swingSlope) && a.swingSlope >= 0.75) {
            a.transform.kind = TransformKind::Log;
            a.reasons.push_back(AdviceReason::SwingGrowsLog);
        } else if (std::isfinite(a.swingSlope) && a.swingSlope >= 0.35) {
            a.transform = { TransformKind::BoxCox, std::round((1.0 - a.swingSlope) * 10.0) / 10.0 };
            a.reasons.push_back(AdviceReason::SwingGrowsBoxCox);
        } else {
            a.reasons.push_back(AdviceReason::SwingSteady);
        }
    }

    // ---- lookback
    const int room = static_cast<int>(std::max<Index>(1, n / 4)); // windows enough to learn from
    if (options.lookback) {
        a.lookback = *options.lookback;
        a.reasons.push_back(AdviceReason::LookbackGiven);
    } else {
        if (a.season >= 2) {
            a.lookback = std::min(a.season, maxSeasonalLookback);
            a.reasons.push_back(a.season > maxSeasonalLookback ? AdviceReason::LookbackSeasonCapped
                                                               : AdviceReason::LookbackSeason);
        } else {
            const Vector pacf
                = partialAutocorrelation(autocorrelation(stationary, maxAutoLookback));
            // Without memory at lags 1 and 2, the few far lags that pass the test are what
            // testing 24 lags at once gives by chance (realinv's changes: 12, 16 and 23
            // quarters, and a 23-step lookback lost to persistence): the lookback is then one
            // cycle of the calendar (4 quarters, 12 months, 7 days), or the shortest.
            const auto counts
                = [&](Index k) { return k < pacf.size() && std::abs(pacf(k)) > significant; };
            if (!counts(1) && !counts(2)) {
                a.lookback
                    = options.seasonHint >= 3 ? std::min(options.seasonHint, maxAutoLookback) : 3;
                a.reasons.push_back(AdviceReason::LookbackNoMemory);
            } else {
                int last = 0;
                for (Index k = 1; k < pacf.size(); ++k)
                    if (counts(k))
                        last = static_cast<int>(k);
                a.lookback = std::clamp(last, 3, maxAutoLookback);
                a.reasons.push_back(AdviceReason::LookbackAutocorrelation);
            }
        }
        if (a.lookback > room) {
            a.lookback = std::max(1, room);
            a.reasons.push_back(AdviceReason::LookbackShortened);
        }
    }

    // ---- scaling
    a.scaling = a.differencing ? ScalerKind::MinMaxSymmetric : ScalerKind::MinMax01;
    a.reasons.push_back(a.differencing ? AdviceReason::ScalingChanges
                                       : AdviceReason::ScalingLevels);

    // ---- epochs: a long series shows the network enough windows in fewer epochs
    constexpr double windowsShown = 75000.0;
    const double windows = static_cast<double>(std::max<Index>(1, n - a.lookback));
    a.epochs = options.epochs ? *options.epochs : options.defaultEpochs;
    if (!options.epochs && windows * a.epochs > windowsShown) {
        a.epochs = std::max(20, std::min(a.epochs, static_cast<int>(windowsShown / windows)));
        a.reasons.push_back(AdviceReason::EpochsLongSeries);
    }
    return a;
}

std::string PipelineAdvice::explain(DateSpacing spacing) const
{
    std::ostringstream out;
    out.setf(std::ios::fixed);
    out.precision(2);
    const std::string step = stepName(spacing);
    for (AdviceReason reason : reasons) {
        switch (reason) {
        case AdviceReason::TrendDifferenced:
            out << "the series grows or falls (a straight line explains " << trendR2 * 100.0
                << " % of it): the network forecasts the " << step << " change";
            break;
        case AdviceReason::RandomWalkDifferenced:
            out << "the series wanders (lag-1 autocorrelation " << lag1
                << "): the network forecasts the " << step << " change";
            break;
        case AdviceReason::NoTrend:
            out << "no trend (a straight line explains " << trendR2 * 100.0
                << " %): the network forecasts the level itself";
            break;
        case AdviceReason::DifferencingGiven:
            out << "differencing " << (differencing ? "on" : "off") << ", as given";
            break;
        case AdviceReason::SwingGrowsLog:
            out << "the seasonal swing grows with the level (slope " << swingSlope
                << "): the log of the series is forecast";
            break;
        case AdviceReason::SwingGrowsBoxCox:
            out << "the seasonal swing grows with the level, less than in proportion (slope "
                << swingSlope << "): a Box-Cox transform, lambda " << transform.lambda;
            break;
        case AdviceReason::NoSeasonNoTransform:
            out << "no seasonal swing to steady: no transform";
            break;
        case AdviceReason::SwingSteady:
            out << "the swing does not grow with the level: no transform";
            break;
        case AdviceReason::NotPositive:
            out << "the series has values of 0 or below: no log transform";
            break;
        case AdviceReason::TransformGiven:
            out << "transform " << transformKindNames.toString(transform.kind) << ", as given";
            break;
        case AdviceReason::SeasonFound:
            out << "a season of " << season << " rows (autocorrelation " << seasonAutocorrelation
                << " at that lag): seasonal naive (the value " << season
                << " rows before) is a baseline to beat";
            break;
        case AdviceReason::NoSeason:
            out << "no season in the autocorrelation: persistence (the last value) is the "
                   "baseline; seasonal naive repeats the value "
                << baselineSeason << " rows before";
            break;
        case AdviceReason::SeasonGiven:
            out << "a season of " << season << " rows, as given";
            break;
        case AdviceReason::LookbackSeason:
            out << "the lookback covers one season: " << lookback << " steps";
            break;
        case AdviceReason::LookbackSeasonCapped:
            out << "the season is long: the lookback is capped at " << lookback << " steps";
            break;
        case AdviceReason::LookbackAutocorrelation:
            out << "the lookback reaches the last lag whose partial autocorrelation counts: "
                << lookback << " steps";
            break;
        case AdviceReason::LookbackNoMemory:
            out << "no partial autocorrelation at lags 1 and 2 (farther ones are chance): a "
                   "lookback of "
                << lookback << " steps";
            break;
        case AdviceReason::LookbackGiven:
            out << "a lookback of " << lookback << " steps, as given";
            break;
        case AdviceReason::LookbackShortened:
            out << "the training part is short: the lookback is shortened to " << lookback
                << " steps";
            break;
        case AdviceReason::ScalingChanges:
            out << "the changes are scaled to [-1, 1] with the range of the training part";
            break;
        case AdviceReason::EpochsLongSeries:
            out << "a long series: " << epochs << " epochs show the network about 75000 windows";
            break;
        case AdviceReason::ScalingLevels:
            out << "the values are scaled to [0, 1] with the range of the training part";
            break;
        }
        out << '\n';
    }
    return out.str();
}

nlohmann::json PipelineAdvice::toJson() const
{
    nlohmann::json j;
    j["differencing"] = differencing;
    j["transform"] = transformKindNames.toString(transform.kind);
    if (transform.kind == TransformKind::BoxCox)
        j["box_cox_lambda"] = transform.lambda;
    j["season"] = season;
    j["lookback"] = lookback;
    j["scaling"] = scalerKindNames.toString(scaling);
    j["epochs"] = epochs;
    j["training_rows"] = trainingRows;
    j["trend_r2"] = trendR2;
    j["lag1_autocorrelation"] = lag1;
    if (std::isfinite(swingSlope))
        j["swing_slope"] = swingSlope;
    std::vector<std::string> lines;
    std::istringstream in(explain());
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    j["reasons"] = lines;
    return j;
}

PipelineAdvice PipelineAdvisor::applyTo(ExperimentConfig &config, const AdvisorOptions &options,
                                        DetectedColumns *detected)
{
    const std::string path = resolveResourcePath(config.dataFile);
    const DetectedColumns columns = ColumnDetector::detect(CsvReader::readFile(path));
    if (detected)
        *detected = columns;
    if (config.target.empty())
        config.target = columns.target;
    if (config.target.empty())
        throw DataError(path, 1, 0, "the file has no numeric column to forecast");
    if (config.dateColumn.empty())
        config.dateColumn = columns.dateColumn;
    CsvTableOptions tableOptions;
    tableOptions.interpolateMissing = config.interpolateMissing;
    const CsvTable table = CsvTable::load(path, tableOptions);
    const Matrix series = table.series({ config.target });
    const Index rows = series.cols();
    Index trainEnd = 0;
    if (!config.testFrom.empty() && !config.dateColumn.empty()) {
        trainEnd = table.firstRowStartingWith(config.dateColumn, config.testFrom);
        trainEnd -= static_cast<Index>(std::floor(static_cast<double>(std::max<Index>(trainEnd, 0))
                                                  * config.validationFraction));
    } else if (!config.testDataFile.empty()) {
        trainEnd = SeriesSplit::byFraction(rows, 1.0 - config.validationFraction,
                                           config.validationFraction)
                       .train.end;
    } else {
        trainEnd = SeriesSplit::byFraction(rows, config.trainFraction, config.validationFraction)
                       .train.end;
    }
    trainEnd = std::clamp<Index>(trainEnd, 0, rows);
    AdvisorOptions o = options;
    if (!o.epochs)
        o.defaultEpochs = config.epochs;
    if (o.seasonHint == 0)
        o.seasonHint = columns.seasonHint;
    const PipelineAdvice advice
        = PipelineAdvisor::advise(series.row(0).head(trainEnd).transpose(), o);
    config.differencing = advice.differencing;
    config.transform = advice.transform.kind;
    config.boxCoxLambda = advice.transform.lambda;
    config.season = advice.baselineSeason;
    config.lookback = advice.lookback;
    config.scaling = advice.scaling;
    config.epochs = advice.epochs;
    return advice;
}

} // namespace rnn
