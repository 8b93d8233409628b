#include "pipeline_explanation.h"

namespace rnnlab {

namespace {

QString number(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

QStringList PipelineExplanation::sentences(const rnn::PipelineAdvice &a, rnn::DateSpacing spacing)
{
    QString change;
    switch (spacing) {
    case rnn::DateSpacing::Hour:
        change = tr("the hour-to-hour change");
        break;
    case rnn::DateSpacing::Day:
        change = tr("the day-to-day change");
        break;
    case rnn::DateSpacing::Week:
        change = tr("the week-to-week change");
        break;
    case rnn::DateSpacing::Month:
        change = tr("the month-to-month change");
        break;
    case rnn::DateSpacing::Quarter:
        change = tr("the quarter-to-quarter change");
        break;
    case rnn::DateSpacing::Year:
        change = tr("the year-to-year change");
        break;
    default:
        change = tr("the change from row to row");
        break;
    }
    QStringList out;
    for (rnn::AdviceReason reason : a.reasons) {
        switch (reason) {
        case rnn::AdviceReason::TrendDifferenced:
            out << tr("The series grows or falls (a straight line explains %1 % of it): the "
                      "network forecasts %2.")
                       .arg(number(a.trendR2 * 100.0), change);
            break;
        case rnn::AdviceReason::RandomWalkDifferenced:
            out << tr("The series wanders (lag-1 autocorrelation %1): the network forecasts %2.")
                       .arg(number(a.lag1), change);
            break;
        case rnn::AdviceReason::NoTrend:
            out << tr("No trend (a straight line explains %1 %): the network forecasts the level "
                      "itself.")
                       .arg(number(a.trendR2 * 100.0));
            break;
        case rnn::AdviceReason::DifferencingGiven:
            out << (a.differencing ? tr("Differencing on, as you chose.")
                                   : tr("Differencing off, as you chose."));
            break;
        case rnn::AdviceReason::SwingGrowsLog:
            out << tr("The seasonal swing grows with the level (slope %1): the network is given "
                      "the log of the series.")
                       .arg(number(a.swingSlope));
            break;
        case rnn::AdviceReason::SwingGrowsBoxCox:
            out << tr("The seasonal swing grows with the level, less than in proportion (slope "
                      "%1): a Box-Cox transform with lambda %2.")
                       .arg(number(a.swingSlope), number(a.transform.lambda));
            break;
        case rnn::AdviceReason::SwingSteady:
            out << tr("The swing does not grow with the level: no transform.");
            break;
        case rnn::AdviceReason::NotPositive:
            out << tr("The series has values of 0 or below: no log transform.");
            break;
        case rnn::AdviceReason::NoSeasonNoTransform:
            out << tr("No seasonal swing to steady: no transform.");
            break;
        case rnn::AdviceReason::TransformGiven:
            out << tr("Transform %1, as you chose.")
                       .arg(
                           QString::fromLatin1(rnn::transformKindNames.toString(a.transform.kind)));
            break;
        case rnn::AdviceReason::SeasonFound:
            out << tr("A season of %1 rows (autocorrelation %2 at that lag): the lookback covers "
                      "it, and seasonal naive (the value %1 rows before) is a baseline to beat.")
                       .arg(a.season)
                       .arg(number(a.seasonAutocorrelation));
            break;
        case rnn::AdviceReason::NoSeason:
            out << tr("No season in the autocorrelation: persistence (the last value) is the "
                      "baseline; seasonal naive repeats the value %1 rows before.")
                       .arg(a.baselineSeason);
            break;
        case rnn::AdviceReason::SeasonGiven:
            out << tr("A season of %1 rows, as you chose.").arg(a.season);
            break;
        case rnn::AdviceReason::LookbackSeason:
            out << tr("The lookback covers one season: %1 steps.").arg(a.lookback);
            break;
        case rnn::AdviceReason::LookbackSeasonCapped:
            out << tr("The season is long: the lookback is capped at %1 steps.").arg(a.lookback);
            break;
        case rnn::AdviceReason::LookbackAutocorrelation:
            out << tr("The lookback reaches the last lag whose partial autocorrelation counts: %1 "
                      "steps.")
                       .arg(a.lookback);
            break;
        case rnn::AdviceReason::LookbackNoMemory:
            out << tr("No partial autocorrelation at lags 1 and 2 (the farther lags that pass "
                      "are chance): a lookback of %1 steps, one cycle of the calendar when the "
                      "rows have dates.")
                       .arg(a.lookback);
            break;
        case rnn::AdviceReason::LookbackGiven:
            out << tr("A lookback of %1 steps, as you chose.").arg(a.lookback);
            break;
        case rnn::AdviceReason::LookbackShortened:
            out << tr("The training part is short: the lookback is shortened to %1 steps.")
                       .arg(a.lookback);
            break;
        case rnn::AdviceReason::ScalingChanges:
            out << tr("The changes are scaled to [-1, 1] with the range of the training part.");
            break;
        case rnn::AdviceReason::ScalingLevels:
            out << tr("The values are scaled to [0, 1] with the range of the training part.");
            break;
        case rnn::AdviceReason::EpochsLongSeries:
            out << tr("A long series: %1 epochs show the network about 75000 windows.")
                       .arg(a.epochs);
            break;
        }
    }
    return out;
}

QString PipelineExplanation::columns(const rnn::DetectedColumns &d, const QString &target)
{
    if (d.classification())
        return tr("Texts in \"%1\" and their classes in \"%2\": a classification.")
            .arg(QString::fromStdString(d.textColumn), QString::fromStdString(d.labelColumn));
    const QString dates = d.dateColumn.empty()
        ? tr("No date column (the x axis counts rows).")
        : tr("Dates in \"%1\" (%2).")
              .arg(QString::fromStdString(d.dateColumn),
                   QString::fromLatin1(rnn::dateSpacingNames.toString(d.spacing)));
    return tr("%1 %n numeric column(s); the target is \"%2\".", nullptr,
              static_cast<int>(d.numericColumns.size()))
        .arg(dates, target);
}

} // namespace rnnlab
