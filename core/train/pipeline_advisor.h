// PipelineAdvisor: the default preparation of a series the user opens, chosen from the TRAINING
// part only (the test part is never looked at), each choice with its reason in words:
//   differencing  when the series has a trend (a straight line explains at least half of its
//                 variance) or wanders like a random walk (lag-1 autocorrelation >= 0.97);
//   transform     log (or Box-Cox) when the seasonal swing grows with the level: the slope b of
//                 log(swing) on log(level) over the seasons; b >= 0.75 log, 0.35..0.75 Box-Cox
//                 with lambda = 1 - b, else none (values must be positive);
//   season        the lag of the highest peak of the autocorrelation of the (differenced)
//                 series, the calendar's (12 for months, ...) when it peaks there; off the
//                 calendar a peak must come back at twice its lag (or reach 0.5) to count;
//   lookback      one season (at most 48 steps), else the last significant partial
//                 autocorrelation up to 24 lags (at least 3); when neither lag 1 nor lag 2
//                 is significant, far lags that pass are chance: one calendar cycle (4
//                 quarters, 12 months, 7 days; 3 steps without dates);
//   scaling       fitted on the training part: [-1, 1] for changes, [0, 1] for levels;
//   epochs        fewer for a long series: about 75000 windows shown in all (at least 20).
// Every choice can be fixed instead (AdvisorOptions); a fixed choice is reported as given.
//
// Example: PipelineAdvice a = PipelineAdvisor::advise(training, {.seasonHint = 12});
//          a.differencing, a.transform.kind == TransformKind::Log, a.season == 12
#pragma once

#include "data/column_detector.h"
#include "data/scaler.h"
#include "data/series_transform.h"
#include "train/experiment_config.h"

#include <optional>
#include <string>
#include <vector>

namespace rnn {

struct AdvisorOptions
{
    int seasonHint = 0; // the calendar's cycle in rows (DetectedColumns::seasonHint), 0: none
    // Choices fixed by the user (unset: chosen from the data)
    std::optional<bool> differencing;
    std::optional<TransformKind> transform;
    std::optional<int> season;
    std::optional<int> lookback;
    std::optional<int> epochs;
    int defaultEpochs = 100; // the epochs of a short series
    std::string validate() const; // "" when usable
};

// Why a choice was made; the numbers the sentence quotes are in PipelineAdvice.
enum class AdviceReason {
    TrendDifferenced, // the series grows or falls: the network forecasts the change
    RandomWalkDifferenced, // it wanders (lag-1 autocorrelation near 1): the change
    NoTrend, // no trend: the level itself
    DifferencingGiven, // fixed by the user (on or off)
    SwingGrowsLog, // the swing grows in proportion to the level: log
    SwingGrowsBoxCox, // the swing grows, less than in proportion: Box-Cox
    SwingSteady, // the swing does not grow with the level: no transform
    NotPositive, // values <= 0: no log or Box-Cox
    NoSeasonNoTransform, // no season, so no seasonal swing to measure: no transform
    TransformGiven, // fixed by the user
    SeasonFound, // a season of N rows: seasonal naive is a baseline
    NoSeason, // no season: persistence is the baseline (seasonal naive uses the calendar's)
    SeasonGiven,
    LookbackSeason, // the lookback covers one season
    LookbackSeasonCapped, // a season too long: the lookback is capped
    LookbackAutocorrelation, // from the partial autocorrelation
    LookbackNoMemory, // none at lags 1 and 2: one calendar cycle (or 3 steps)
    LookbackGiven,
    LookbackShortened, // the training part is too short for more
    ScalingChanges, // scaled to [-1, 1] on the training part
    ScalingLevels, // scaled to [0, 1] on the training part
    EpochsLongSeries, // many windows: fewer epochs (about 75000 windows shown in all)
};

struct PipelineAdvice
{
    bool differencing = false;
    SeriesTransform transform;
    int season = 0; // 0: none found (seasonal naive then uses the calendar's, else 12)
    int baselineSeason = 12; // the season the seasonal-naive baseline and Holt-Winters use
    int lookback = 1;
    ScalerKind scaling = ScalerKind::MinMax01;
    int epochs = 100;

    // What was measured on the training part
    Index trainingRows = 0;
    double trendR2 = 0.0; // share of the variance a straight line explains
    double lag1 = 0.0; // lag-1 autocorrelation of the levels
    double swingSlope = 0.0; // slope of log(swing) on log(level), NaN when not measured
    double seasonAutocorrelation = 0.0; // autocorrelation at the season's lag

    std::vector<AdviceReason> reasons; // one per choice, in the order above
    // The reasons as English sentences, one per line, e.g. "the series grows: the network
    // forecasts the month-to-month change" (the units from the date spacing, if known).
    std::string explain(DateSpacing spacing = DateSpacing::None) const;
    nlohmann::json toJson() const;
};

class PipelineAdvisor
{
public:
    // training: the target's values over the training rows (at least 8 for any measurement;
    // fewer give the plain defaults).
    static PipelineAdvice advise(const Vector &training, const AdvisorOptions &options);

    // For a forecast of a CSV file (config.dataFile): reads it, fills an empty target (the
    // last numeric column) and date column, takes the training rows as ForecastPipeline will,
    // advises, and writes differencing, transform, season, lookback and scaling into config.
    // Throws DataError / std::invalid_argument as the file and config deserve.
    static PipelineAdvice applyTo(ExperimentConfig &config, const AdvisorOptions &options,
                                  DetectedColumns *detected = nullptr);

    // Autocorrelation of x at lags 0..maxLag (x's mean removed).
    static Vector autocorrelation(const Vector &x, Index maxLag);
};

} // namespace rnn
