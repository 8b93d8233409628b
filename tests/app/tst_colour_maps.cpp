// The two colour maps: a diverging map (purple < 0 < orange, white at 0) and viridis.
#include "colour_maps.h"

#include <QTest>
#include <qcustomplot.h>

using namespace rnnlab;

class TestColourMaps : public QObject
{
    Q_OBJECT

private slots:
    void divergingHasWhiteZeroAndDistinctSigns()
    {
        const QColor zero = colours::diverging(0.0, 1.0);
        QVERIFY(zero.red() > 235 && zero.green() > 235 && zero.blue() > 235);
        const QColor negative = colours::diverging(-1.0, 1.0);
        const QColor positive = colours::diverging(1.0, 1.0);
        QVERIFY(negative.blue() > negative.red()); // purple side
        QVERIFY(positive.red() > positive.blue()); // orange side
        QCOMPARE(colours::diverging(-5.0, 1.0), negative); // clamped
        QCOMPARE(colours::diverging(std::nan(""), 1.0), zero); // never garbage
    }

    void sequentialGetsBrighter_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::newRow("0 to 0.5") << 0.0 << 0.5;
        QTest::newRow("0.25 to 0.75") << 0.25 << 0.75;
        QTest::newRow("0.5 to 1") << 0.5 << 1.0;
    }

    void sequentialGetsBrighter()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QVERIFY(colours::sequential(low, 1.0).lightnessF()
                < colours::sequential(high, 1.0).lightnessF());
    }

    void logScaleSpansTheRange()
    {
        QCOMPARE(colours::sequentialLog(1e-6, 1e-6, 1.0), colours::sequential(0.0, 1.0));
        QCOMPARE(colours::sequentialLog(1.0, 1e-6, 1.0), colours::sequential(1.0, 1.0));
        QCOMPARE(colours::sequentialLog(1e-3, 1e-6, 1.0), colours::sequential(0.5, 1.0));
    }

    void qcustomplotGradientsMatch()
    {
        QCPColorGradient gradient = colours::divergingGradient();
        const QRgb low = gradient.color(-1.0, QCPRange(-1, 1));
        QCOMPARE(QColor(low).name(), colours::diverging(-1.0, 1.0).name());
    }
};

QTEST_MAIN(TestColourMaps)
#include "tst_colour_maps.moc"
