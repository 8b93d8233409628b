// Tests of windowing: shapes and values on a tiny series, stride, multivariate inputs, target
// ranges with the lookback reaching back, and the TB batch layout.
#include "data/windowing.h"

#include <QtTest>

using namespace rnn;

class TstWindowing : public QObject
{
    Q_OBJECT

    static Matrix ramp(Index rows, double scale = 1.0)
    {
        Matrix m(1, rows);
        for (Index r = 0; r < rows; ++r)
            m(0, r) = scale * static_cast<double>(r);
        return m;
    }

private slots:
    void counts_data()
    {
        QTest::addColumn<int>("lookback");
        QTest::addColumn<int>("horizon");
        QTest::addColumn<int>("stride");
        QTest::addColumn<Index>("begin");
        QTest::addColumn<Index>("end");
        QTest::addColumn<Index>("count");
        QTest::addColumn<Index>("firstTarget");
        QTest::newRow("L3 H2") << 3 << 2 << 1 << Index { 0 } << Index { 10 } << Index { 6 }
                               << Index { 3 };
        QTest::newRow("L3 H2 stride 2")
            << 3 << 2 << 2 << Index { 0 } << Index { 10 } << Index { 3 } << Index { 3 };
        QTest::newRow("test part, lookback reaches back")
            << 3 << 1 << 1 << Index { 6 } << Index { 10 } << Index { 4 } << Index { 6 };
        QTest::newRow("part shorter than horizon")
            << 2 << 3 << 1 << Index { 8 } << Index { 10 } << Index { 0 } << Index { -1 };
        QTest::newRow("lookback too long")
            << 10 << 1 << 1 << Index { 0 } << Index { 10 } << Index { 0 } << Index { -1 };
        QTest::newRow("L9 H1 exactly one")
            << 9 << 1 << 1 << Index { 0 } << Index { 10 } << Index { 1 } << Index { 9 };
    }
    void counts()
    {
        QFETCH(int, lookback);
        QFETCH(int, horizon);
        QFETCH(int, stride);
        QFETCH(Index, begin);
        QFETCH(Index, end);
        QFETCH(Index, count);
        QFETCH(Index, firstTarget);
        const WindowOptions options { lookback, horizon, stride };
        const Matrix x = ramp(10);
        const WindowSet w = makeWindows(x, x, options, { begin, end });
        QCOMPARE(w.size(), count);
        QCOMPARE(windowCount(10, options, { begin, end }), count);
        for (Index i = 0; i < w.size(); ++i) {
            const Matrix &in = w.inputs[static_cast<std::size_t>(i)];
            const Matrix &out = w.targets[static_cast<std::size_t>(i)];
            const Index first = w.firstTargetRow[static_cast<std::size_t>(i)];
            QCOMPARE(in.rows(), Index { 1 });
            QCOMPARE(in.cols(), Index { lookback });
            QCOMPARE(out.cols(), Index { horizon });
            if (i == 0)
                QCOMPARE(first, firstTarget);
            // Inputs are the L rows right before the first target; targets lie inside the part.
            for (Index t = 0; t < lookback; ++t)
                QCOMPARE(in(0, t), static_cast<double>(first - lookback + t));
            for (Index h = 0; h < horizon; ++h)
                QCOMPARE(out(0, h), static_cast<double>(first + h));
            QVERIFY(first >= begin);
            QVERIFY(first + horizon <= end);
            QVERIFY(first - lookback >= 0);
        }
    }

    void multivariate()
    {
        Matrix features(2, 8);
        features.row(0) = ramp(8);
        features.row(1) = ramp(8, 10.0);
        const Matrix targets = ramp(8, 100.0);
        const WindowSet w = makeWindows(features, targets, { 4, 2, 1 }, { 0, 8 });
        QCOMPARE(w.size(), Index { 3 });
        QCOMPARE(w.inputs[1].rows(), Index { 2 });
        QCOMPARE(w.inputs[1](1, 3), 40.0);
        QCOMPARE(w.targets[1].rows(), Index { 1 });
        QCOMPARE(w.targets[1](0, 0), 500.0);
        QCOMPARE(w.targets[1](0, 1), 600.0);
    }

    void batchLayout()
    {
        const Matrix x = ramp(10);
        const WindowSet w = makeWindows(x, x, { 3, 1, 1 }, { 0, 10 });
        const Matrix b = w.batchInputs({ 4, 0 });
        QCOMPARE(b.rows(), Index { 1 });
        QCOMPARE(b.cols(), Index { 6 });
        // Step t of batch element j is column t * B + j.
        const std::vector<double> expected { 4, 0, 5, 1, 6, 2 };
        for (Index c = 0; c < 6; ++c)
            QCOMPARE(b(0, c), expected[static_cast<std::size_t>(c)]);
        const Matrix y = w.batchTargets({ 4, 0 });
        QCOMPARE(y(0, 0), 7.0);
        QCOMPARE(y(0, 1), 3.0);
    }

    void invalidOptions()
    {
        const Matrix x = ramp(10);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeWindows(x, x, { 0, 1, 1 }, { 0, 10 }));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeWindows(x, x, { 2, 0, 1 }, { 0, 10 }));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeWindows(x, x, { 2, 1, 0 }, { 0, 10 }));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 makeWindows(x, ramp(9), { 2, 1, 1 }, { 0, 10 }));
    }
};

QTEST_APPLESS_MAIN(TstWindowing)
#include "tst_windowing.moc"
