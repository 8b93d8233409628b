// Tests of ForecastDataset: the airline and Beijing exercises prepared end to end (split sizes,
// no target leaking across the split, scaling fitted on training rows, data units restored,
// with and without differencing), scalers fitted before (a whole table of test), and the
// too-few-rows error.
#include "data/data_error.h"
#include "data/forecast_dataset.h"

#include <QtTest>

#include <nlohmann/json.hpp>

using namespace rnn;

namespace {
const std::string datasets = RNNLAB_SOURCE_DIR "/resources/datasets/";
}

class TstForecastDataset : public QObject
{
    Q_OBJECT
private slots:
    void airline_data()
    {
        QTest::addColumn<bool>("difference");
        QTest::addColumn<int>("lookback");
        QTest::addColumn<int>("horizon");
        QTest::addColumn<Index>("trainWindows");
        QTest::addColumn<Index>("testWindows");
        QTest::newRow("levels L12") << false << 12 << 1 << Index { 84 } << Index { 48 };
        QTest::newRow("levels L1") << false << 1 << 1 << Index { 95 } << Index { 48 };
        QTest::newRow("levels L12 H3") << false << 12 << 3 << Index { 82 } << Index { 46 };
        QTest::newRow("differenced L12") << true << 12 << 1 << Index { 83 } << Index { 48 };
        QTest::newRow("differenced L12 H3") << true << 12 << 3 << Index { 81 } << Index { 46 };
    }
    void airline()
    {
        QFETCH(bool, difference);
        QFETCH(int, lookback);
        QFETCH(int, horizon);
        QFETCH(Index, trainWindows);
        QFETCH(Index, testWindows);
        ForecastOptions o;
        o.targets = { "Passengers" };
        o.window.lookback = lookback;
        o.window.horizon = horizon;
        o.difference = difference;
        const ForecastDataset d
            = ForecastDataset::build(CsvTable::load(datasets + "airline_passengers.csv"), o);
        QCOMPARE(d.split.train.end, Index { 96 });
        QCOMPARE(d.split.test.begin, Index { 96 });
        QCOMPARE(d.train.size(), trainWindows);
        QCOMPARE(d.test.size(), testWindows);
        QVERIFY(d.validation.empty());
        QCOMPARE(d.inputSize(), Index { 1 });
        QCOMPARE(d.outputSize(), Index { 1 });
        QCOMPARE(d.rowLabels[96], std::string("1957-01"));
        for (const Index row : d.train.firstTargetRow)
            QVERIFY(row + horizon <= 96);
        for (const Index row : d.test.firstTargetRow)
            QVERIFY(row >= 96);
        QCOMPARE(d.test.firstTargetRow.front(), Index { 96 });
        // Min-max fitted on the training rows: training inputs lie in [0, 1], test ones exceed.
        double trainMax = 0.0;
        double testMax = 0.0;
        for (const auto &m : d.train.inputs)
            trainMax = std::max(trainMax, m.maxCoeff());
        for (const auto &m : d.test.inputs)
            testMax = std::max(testMax, m.maxCoeff());
        QVERIFY(trainMax <= 1.0 + 1e-12);
        if (!difference) {
            QCOMPARE(trainMax, 1.0);
            QVERIFY(testMax > 1.5);
        }
        // The scaled targets come back as the true levels.
        for (Index i = 0; i < d.test.size(); ++i) {
            const auto k = static_cast<std::size_t>(i);
            const Matrix units = d.toDataUnits(d.test.targets[k], d.test.firstTargetRow[k]);
            const Matrix truth = d.truth(d.test.firstTargetRow[k], horizon);
            QVERIFY((units - truth).cwiseAbs().maxCoeff() < 1e-9);
        }
        QCOMPARE(d.truth(96, 1)(0, 0), 315.0); // 1957-01
    }

    void beijingMultivariateByYear()
    {
        const CsvTable table = CsvTable::load(datasets + "beijing_pm25_daily.csv");
        ForecastOptions o;
        o.targets = { "pm25" };
        o.features = table.numericColumnNames();
        o.window.lookback = 7;
        o.testBeginRow = table.firstRowStartingWith("date", "2014"); // no validation part
        o.scaling = ScalerKind::ZScore;
        const ForecastDataset d = ForecastDataset::build(table, o);
        QCOMPARE(d.inputSize(), Index { 8 });
        QCOMPARE(d.split.train.size(), Index { 1461 });
        QCOMPARE(d.test.size(), Index { 365 });
        QCOMPARE(d.train.size(), Index { 1461 - 7 });
        QCOMPARE(d.test.inputs.front().rows(), Index { 8 });
        QCOMPARE(d.test.inputs.front().cols(), Index { 7 });
        QCOMPARE(d.rowLabels[static_cast<std::size_t>(d.test.firstTargetRow.front())],
                 std::string("2014-01-01"));
    }

    void tooFewRowsNamesFileLineAndColumn()
    {
        const CsvTable table
            = CsvTable::parse("t,a,v\n1,0,1\n2,0,2\n3,0,3\n4,0,4\n5,0,5\n6,0,6\n", "short.csv");
        ForecastOptions o;
        o.targets = { "v" };
        o.window.lookback = 4;
        o.trainFraction = 0.5; // 3 training rows, too few for a lookback of 4
        try {
            ForecastDataset::build(table, o);
            QFAIL("no error was reported");
        } catch (const DataError &error) {
            QCOMPARE(error.file(), std::string("short.csv"));
            QCOMPARE(error.line(), 4L); // the last training row
            QCOMPARE(error.column(), 3L); // the target column
            QVERIFY2(QString::fromStdString(error.reason()).contains(QStringLiteral("too short")),
                     error.what());
        }
    }

    void unknownTargetNamesTheColumns()
    {
        const CsvTable table = CsvTable::load(datasets + "airline_passengers.csv");
        ForecastOptions o;
        o.targets = { "passengers" };
        QVERIFY_THROWS_EXCEPTION(DataError, ForecastDataset::build(table, o));
    }

    void invalidOptions()
    {
        const CsvTable table = CsvTable::load(datasets + "airline_passengers.csv");
        ForecastOptions o;
        QVERIFY(!o.validate().empty()); // no target
        o.targets = { "Passengers" };
        QVERIFY(o.validate().empty());
        o.window.lookback = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ForecastDataset::build(table, o));
    }

    // Scalers fitted before (a model file, or the training file of a separate test file) are
    // used as given, and testBeginRow = 0 then makes the whole table the test part.
    void scalersFittedBeforeAndAWholeTableOfTest_data()
    {
        QTest::addColumn<bool>("difference");
        QTest::newRow("levels") << false;
        QTest::newRow("differencing") << true;
    }
    void scalersFittedBeforeAndAWholeTableOfTest()
    {
        QFETCH(bool, difference);
        const CsvTable table = CsvTable::load(datasets + "airline_passengers.csv");
        ForecastOptions o;
        o.targets = { "Passengers" };
        o.window.lookback = 12;
        o.difference = difference;
        const ForecastDataset fitted = ForecastDataset::build(table, o);
        Scaler other(ScalerKind::ZScore);
        other.fit(Matrix::Constant(1, 2, 100.0) + Matrix::Identity(1, 2)); // mean 100.5, std 0.5
        o.featureScaler = other;
        QVERIFY(!o.validate().empty()); // both scalers or neither
        o.targetScaler = other;
        const ForecastDataset given = ForecastDataset::build(table, o);
        QCOMPARE(given.featureScaler.toJson(), other.toJson());
        QCOMPARE(given.train.size(), fitted.train.size());
        QVERIFY(given.train.inputs[0] != fitted.train.inputs[0]);
        const double first = given.featureLevels(0, difference ? 1 : 0)
            - (difference ? given.featureLevels(0, 0) : 0.0);
        QCOMPARE(given.train.inputs[0](0, 0), (first - 100.5) / 0.5);

        o.testBeginRow = 0;
        const ForecastDataset test = ForecastDataset::build(table, o);
        QVERIFY(test.train.empty() && test.validation.empty());
        const Index shift = difference ? 1 : 0;
        QCOMPARE(test.test.size(), Index(144 - 12 - shift));
        QCOMPARE(test.test.firstTargetRow.front(), Index(12 + shift));
        o.featureScaler.reset();
        o.targetScaler.reset();
        QVERIFY(!o.validate().empty()); // all test needs scalers from elsewhere
    }
};

QTEST_APPLESS_MAIN(TstForecastDataset)
#include "tst_forecast_dataset.moc"
