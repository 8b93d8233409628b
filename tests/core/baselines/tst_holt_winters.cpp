// Holt-Winters (core/baselines/holt_winters.h) and its minimiser: the filter on series small
// enough to follow by hand, exactly; and the airline passengers against statsmodels 0.13.5
// (Debian 12's python3-statsmodels), on the split rnnlab-train uses (first 96 months train, last
// 48 test). The statsmodels figures below were printed by:
//
//   m = ExponentialSmoothing(y[:96], trend="add", seasonal="mul", seasonal_periods=12).fit()
//   p = m.params   # smoothing_level 0.7412, smoothing_trend 0, smoothing_seasonal 0, sse 4422.68
//   r = ExponentialSmoothing(y, trend="add", seasonal="mul", seasonal_periods=12,
//           initialization_method="heuristic").fit(smoothing_level=p["smoothing_level"],
//           smoothing_trend=p["smoothing_trend"], smoothing_seasonal=p["smoothing_seasonal"],
//           optimized=False)
//   rmse(r.fittedvalues[96:], y[96:])            # 23.8449 (the 23.85)
//   the same from the fitted initial state (initialization_method="known" with m's initial
//   level, trend and seasons)                    # 17.1648
//   _initialization_heuristic(y[:96], "add", "mul", 12)   # level 124.6778, trend 1.05859
#include "baselines/holt_winters.h"
#include "data/csv_table.h"

#include <QtTest>

#include <cmath>
#include <stdexcept>

using rnn::HoltWinters;
using rnn::HoltWintersOptions;
using rnn::Index;
using rnn::Matrix;
using rnn::Seasonality;
using rnn::Vector;

namespace {

Vector airline()
{
    const rnn::CsvTable table
        = rnn::CsvTable::load(RNNLAB_SOURCE_DIR "/resources/datasets/airline_passengers.csv");
    return table.series({ "Passengers" }).row(0).transpose();
}

double testRmse(const Vector &forecast, const Vector &series, Index testBegin)
{
    const Index n = series.size() - testBegin;
    return std::sqrt((forecast.tail(n) - series.tail(n)).squaredNorm() / static_cast<double>(n));
}

// Constants 1/2 and a season of two rows: every number below is exact in binary.
HoltWinters halves(Seasonality seasonality, double level, double trend, Vector seasonal)
{
    HoltWinters model;
    model.seasonality = seasonality;
    model.season = 2;
    model.alpha = model.beta = model.gamma = 0.5;
    model.heuristicStart = { level, trend, std::move(seasonal) };
    return model;
}

} // namespace

class TstHoltWinters : public QObject
{
    Q_OBJECT
private slots:
    void additiveByHand()
    {
        // l0 = 10, b0 = 1, s = (1, -1); y = 12, 10, 15, 14.
        // row 0: (10 + 1) + 1 = 12; observing 12: l = 11, b = 1, s0 = 1
        // row 1: (11 + 1) - 1 = 11; observing 10: l = 11.5, b = 0.75, s1 = -1.5
        // row 2: (11.5 + 0.75) + 1 = 13.25
        Vector s(2), y(4);
        s << 1, -1;
        y << 12, 10, 15, 14;
        const HoltWinters model = halves(Seasonality::Additive, 10, 1, s);
        const Vector oneStep = model.oneStepAhead(y);
        QCOMPARE(oneStep(0), 12.0);
        QCOMPARE(oneStep(1), 11.0);
        QCOMPARE(oneStep(2), 13.25);
        // made after row 1: two steps ahead is 11.5 + 2 * 0.75 plus s1 = -1.5
        const Matrix ahead = model.forecasts(y, { 2 }, 2);
        QCOMPARE(ahead(0, 0), 13.25);
        QCOMPARE(ahead(1, 0), 11.5);
    }
    void multiplicativeByHand()
    {
        // l0 = 10, b0 = 0, s = (1.5, 0.5); y = 15, 6, 17.
        // row 0: 10 * 1.5 = 15; observing 15: l = 10, b = 0, s0 = 1.5
        // row 1: 10 * 0.5 = 5; observing 6: l = 0.5 * 12 + 0.5 * 10 = 11, b = 0.5
        // row 2: (11 + 0.5) * 1.5 = 17.25
        Vector s(2), y(3);
        s << 1.5, 0.5;
        y << 15, 6, 17;
        const Vector oneStep = halves(Seasonality::Multiplicative, 10, 0, s).oneStepAhead(y);
        QCOMPARE(oneStep(0), 15.0);
        QCOMPARE(oneStep(1), 5.0);
        QCOMPARE(oneStep(2), 17.25);
    }
    void airlineHeuristicStartAsStatsmodels()
    {
        const rnn::HoltWintersState start
            = rnn::heuristicState(airline().head(96), 12, Seasonality::Multiplicative);
        QVERIFY(std::abs(start.level - 124.67777777777773) < 1e-9);
        QVERIFY(std::abs(start.trend - 1.058585858585868) < 1e-9);
        QVERIFY(std::abs(start.seasonal(0) - 0.9106345) < 1e-7);
        QVERIFY(std::abs(start.seasonal(7) - 1.17763086) < 1e-7);
        QVERIFY(std::abs(start.seasonal.mean() - 1.0) < 1e-12);
    }
    void airlineAsStatsmodels()
    {
        const Vector y = airline();
        QCOMPARE(y.size(), Index(144));
        HoltWintersOptions options;
        options.season = 12;
        const HoltWinters model = HoltWinters::fit(y.head(96), options);
        QVERIFY2(std::abs(model.alpha - 0.7412) < 0.01, qPrintable(QString::number(model.alpha)));
        QVERIFY(model.beta < 0.01 && model.gamma < 0.01);
        QVERIFY2(model.trainingSse < 4422.68 * 1.001,
                 qPrintable(QString::number(model.trainingSse)));
        const double heuristic = testRmse(model.oneStepAhead(y), y, 96);
        QVERIFY2(std::abs(heuristic - 23.85) < 0.05 * 23.85,
                 qPrintable(QString::number(heuristic)));
        const double fitted = testRmse(model.oneStepAhead(y, true), y, 96);
        QVERIFY2(std::abs(fitted - 17.16) < 0.05 * 17.16, qPrintable(QString::number(fitted)));
        // the windows' one-step forecasts are the same numbers
        std::vector<Index> rows;
        for (Index r = 96; r < 144; ++r)
            rows.push_back(r);
        const Matrix windows = model.forecasts(y, rows, 1);
        QVERIFY((windows.row(0).transpose() - model.oneStepAhead(y).tail(48)).norm() < 1e-9);
    }
    void refusesWhatItCannotFit_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("season");
        QTest::addColumn<double>("offset");
        QTest::newRow("one season") << 12 << 12 << 0.0;
        QTest::newRow("no season") << 48 << 1 << 0.0;
        QTest::newRow("negative values, multiplicative") << 48 << 12 << -200.0;
    }
    void refusesWhatItCannotFit()
    {
        QFETCH(int, rows);
        QFETCH(int, season);
        QFETCH(double, offset);
        HoltWintersOptions options;
        options.season = season;
        const Vector y = airline().head(rows).array() + offset;
        QVERIFY(!options.validate(y).empty());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, HoltWinters::fit(y, options));
    }
    void additiveFitsShiftedSeries()
    {
        // An additive season on a series shifted below zero still fits and forecasts finitely.
        HoltWintersOptions options;
        options.seasonality = Seasonality::Additive;
        const Vector y = airline().array() - 300.0;
        const HoltWinters model = HoltWinters::fit(y.head(96), options);
        QVERIFY(model.oneStepAhead(y).allFinite());
        QVERIFY(testRmse(model.oneStepAhead(y), y, 96) < 48.04); // beats persistence
    }
    void nelderMeadFindsRosenbrocksMinimum()
    {
        const auto rosenbrock = [](const Vector &x) {
            return 100.0 * std::pow(x(1) - x(0) * x(0), 2) + std::pow(1.0 - x(0), 2);
        };
        Vector x0(2);
        x0 << -1.2, 1.0;
        const rnn::NelderMeadResult r = rnn::nelderMead(rosenbrock, x0);
        QVERIFY2(std::abs(r.x(0) - 1.0) < 1e-4 && std::abs(r.x(1) - 1.0) < 1e-4,
                 qPrintable(QString("%1 %2").arg(r.x(0)).arg(r.x(1))));
    }
};

QTEST_APPLESS_MAIN(TstHoltWinters)
#include "tst_holt_winters.moc"
