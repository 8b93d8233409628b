// Tests of Scaler: each kind maps the training part as stated, inverse(transform(x)) == x,
// fitting uses the training columns only, JSON round trip, and bad JSON is refused.
#include "data/scaler.h"

#include <nlohmann/json.hpp>

#include <QtTest>

using namespace rnn;

Q_DECLARE_METATYPE(rnn::ScalerKind)

class TstScaler : public QObject
{
    Q_OBJECT

    static Matrix data()
    {
        Matrix m(2, 6);
        m << 1, 2, 3, 4, 100, -50, //
            10, 10, 20, 40, 0, 5;
        return m;
    }

private slots:
    void kinds_data()
    {
        QTest::addColumn<ScalerKind>("kind");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::newRow("none") << ScalerKind::None << 1.0 << 4.0;
        QTest::newRow("minmax01") << ScalerKind::MinMax01 << 0.0 << 1.0;
        QTest::newRow("minmax11") << ScalerKind::MinMaxSymmetric << -1.0 << 1.0;
        QTest::newRow("zscore") << ScalerKind::ZScore << -1.3416407864998738 << 1.3416407864998738;
    }
    void kinds()
    {
        QFETCH(ScalerKind, kind);
        QFETCH(double, low);
        QFETCH(double, high);
        Scaler scaler(kind);
        scaler.fit(data(), 0, 4); // the training part: the first four columns only
        const Matrix scaled = scaler.transform(data());
        QCOMPARE(scaled(0, 0), low);
        QCOMPARE(scaled(0, 3), high);
        // Fit on train only: the outliers of columns 4 and 5 fall outside the training range.
        if (kind == ScalerKind::MinMax01 || kind == ScalerKind::MinMaxSymmetric) {
            QVERIFY(scaled(0, 4) > 1.0);
            QVERIFY(scaled(0, 5) < low);
        }
        const Matrix back = scaler.inverse(scaled);
        QVERIFY((back - data()).cwiseAbs().maxCoeff() < 1e-12);
        QCOMPARE(scaler.inverse(0, scaler.transform(0, 42.0)), 42.0);

        const Scaler restored = Scaler::fromJson(nlohmann::json::parse(scaler.toJson().dump()));
        QVERIFY(restored.kind() == kind);
        QVERIFY((restored.transform(data()) - scaled).cwiseAbs().maxCoeff() == 0.0);
    }

    void zscoreUsesTrainingMeanAndStd()
    {
        Scaler scaler(ScalerKind::ZScore);
        scaler.fit(data(), 0, 4);
        const Matrix scaled = scaler.transform(data().leftCols(4));
        QVERIFY(std::abs(scaled.row(1).mean()) < 1e-12);
        QVERIFY(std::abs((scaled.row(1).array().square().mean()) - 1.0) < 1e-12);
    }

    void constantVariableIsOnlyShifted()
    {
        Matrix m(1, 3);
        m << 5, 5, 5;
        Scaler scaler(ScalerKind::MinMax01);
        scaler.fit(m);
        QCOMPARE(scaler.transform(0, 5.0), 0.0);
        QCOMPARE(scaler.transform(0, 6.0), 1.0);
        QCOMPARE(scaler.inverse(0, 0.0), 5.0);
    }

    void selectKeepsTheChosenVariables()
    {
        Scaler scaler(ScalerKind::MinMax01);
        scaler.fit(data(), 0, 4);
        const Scaler second = scaler.select({ 1 });
        QCOMPARE(second.variableCount(), Index { 1 });
        QCOMPARE(second.transform(0, 40.0), 1.0);
        QCOMPARE(second.inverse(0, 0.0), 10.0);
    }

    void badJsonIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown kind")
            << R"({"kind":"log","offset":[0],"scale":[1],"low":0,"high":1})";
        QTest::newRow("zero scale")
            << R"({"kind":"minmax01","offset":[0],"scale":[0],"low":0,"high":1})";
        QTest::newRow("lengths differ")
            << R"({"kind":"zscore","offset":[0,1],"scale":[1],"low":0,"high":1})";
        QTest::newRow("missing field") << R"({"kind":"zscore","offset":[0]})";
        QTest::newRow("wrong type") << R"({"kind":3,"offset":[0],"scale":[1],"low":0,"high":1})";
    }
    void badJsonIsRefused()
    {
        QFETCH(QString, text);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 Scaler::fromJson(nlohmann::json::parse(text.toStdString())));
    }
};

QTEST_APPLESS_MAIN(TstScaler)
#include "tst_scaler.moc"
