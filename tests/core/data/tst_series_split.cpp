// Tests of SeriesSplit: Keras-style fractions (airline: 96 / 48), validation in between,
// explicit row boundaries (Beijing: 1461 / 365), and refused inputs.
#include "data/series_split.h"

#include <QtTest>

using namespace rnn;

class TstSeriesSplit : public QObject
{
    Q_OBJECT
private slots:
    void byFraction_data()
    {
        QTest::addColumn<Index>("rows");
        QTest::addColumn<double>("train");
        QTest::addColumn<double>("validation");
        QTest::addColumn<Index>("trainEnd");
        QTest::addColumn<Index>("validationEnd");
        QTest::newRow("airline keras")
            << Index { 144 } << 0.67 << 0.0 << Index { 96 } << Index { 96 };
        QTest::newRow("100 rows 0.67")
            << Index { 100 } << 0.67 << 0.0 << Index { 67 } << Index { 67 };
        QTest::newRow("70/15/15") << Index { 200 } << 0.7 << 0.15 << Index { 140 } << Index { 170 };
        QTest::newRow("all train") << Index { 10 } << 1.0 << 0.0 << Index { 10 } << Index { 10 };
    }
    void byFraction()
    {
        QFETCH(Index, rows);
        QFETCH(double, train);
        QFETCH(double, validation);
        QFETCH(Index, trainEnd);
        QFETCH(Index, validationEnd);
        const SeriesSplit s = SeriesSplit::byFraction(rows, train, validation);
        QCOMPARE(s.train.begin, Index { 0 });
        QCOMPARE(s.train.end, trainEnd);
        QCOMPARE(s.validation.begin, trainEnd);
        QCOMPARE(s.validation.end, validationEnd);
        QCOMPARE(s.test.begin, validationEnd);
        QCOMPARE(s.test.end, rows);
        QVERIFY(s.validate(rows).empty());
    }

    void byRows()
    {
        const SeriesSplit s = SeriesSplit::byRows(1826, 1461, 1461);
        QCOMPARE(s.train.size(), Index { 1461 });
        QVERIFY(s.validation.empty());
        QCOMPARE(s.test.size(), Index { 365 });
    }

    void refused_data()
    {
        QTest::addColumn<double>("train");
        QTest::addColumn<double>("validation");
        QTest::newRow("zero train") << 0.0 << 0.0;
        QTest::newRow("above one") << 0.8 << 0.3;
        QTest::newRow("negative") << 0.5 << -0.1;
        QTest::newRow("nan") << std::nan("") << 0.0;
    }
    void refused()
    {
        QFETCH(double, train);
        QFETCH(double, validation);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 SeriesSplit::byFraction(100, train, validation));
    }

    void refusedRows()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SeriesSplit::byRows(10, 0, 5));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SeriesSplit::byRows(10, 6, 5));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SeriesSplit::byRows(10, 5, 11));
    }
};

QTEST_APPLESS_MAIN(TstSeriesSplit)
#include "tst_series_split.moc"
