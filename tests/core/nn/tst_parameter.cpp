// The uniform parameter list helpers: look-up, counts, global norm and clipping by global norm.
#include "nn/parameter.h"

#include <QtTest>

using namespace rnn;

class TstParameter : public QObject
{
    Q_OBJECT
private slots:
    void findsByNameAndCounts()
    {
        const Parameters p
            = { Parameter { "a", Matrix::Zero(2, 3) }, Parameter { "b", Matrix::Zero(4, 1) } };
        QCOMPARE(findParameter(p, "b"), 1);
        QCOMPARE(findParameter(p, "c"), -1);
        QCOMPARE(parameterScalarCount(p), Index(10));
        const Gradients g = zeroGradients(p);
        QCOMPARE(g.size(), std::size_t(2));
        QCOMPARE(g[0].rows(), Index(2));
        QCOMPARE(g[0].cols(), Index(3));
        QVERIFY(g[1].isZero(0.0));
    }

    void clipsByGlobalNorm_data()
    {
        QTest::addColumn<double>("maxNorm");
        QTest::addColumn<double>("expectedNormAfter");
        // The gradients below have global norm sqrt(9 + 16 + 144) = 13.
        QTest::newRow("clipped") << 6.5 << 6.5;
        QTest::newRow("below the limit") << 20.0 << 13.0;
        QTest::newRow("disabled") << 0.0 << 13.0;
    }
    void clipsByGlobalNorm()
    {
        QFETCH(double, maxNorm);
        QFETCH(double, expectedNormAfter);
        Gradients g = { Matrix { { 3.0, 4.0 } }, Matrix::Constant(1, 1, 12.0) };
        const Gradients before = g;
        QCOMPARE(globalNorm(g), 13.0);
        const double returned = clipGradientNorm(g, maxNorm);
        QCOMPARE(returned, 13.0); // the norm BEFORE clipping
        QVERIFY(std::abs(globalNorm(g) - expectedNormAfter) < 1e-12);
        // Direction is kept: every entry scaled by the same factor.
        const double scale = expectedNormAfter / 13.0;
        QVERIFY((g[0] - scale * before[0]).isZero(1e-12));
        QVERIFY((g[1] - scale * before[1]).isZero(1e-12));
    }
};

QTEST_APPLESS_MAIN(TstParameter)
#include "tst_parameter.moc"
