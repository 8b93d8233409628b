// Metrics and baselines of core/train/metrics.h on cases small enough to compute by hand, plus the
// airline baselines of the classic tutorial's framing recomputed from the shipped
// resources/datasets/airline_passengers.csv: 48.66 and 42.32, recorded here as the course's
// shared/datasets/scripts/baselines.py prints them (README.md's results table repeats them).
#include "train/metrics.h"

#include <QtTest>

#include <fstream>
#include <sstream>
#include <stdexcept>

using rnn::Index;
using rnn::Matrix;
using rnn::Vector;

Q_DECLARE_METATYPE(std::vector<int>)

class TstMetrics : public QObject
{
    Q_OBJECT
private slots:
    void regression_data()
    {
        QTest::addColumn<QList<double>>("predicted");
        QTest::addColumn<QList<double>>("actual");
        QTest::addColumn<double>("rmse");
        QTest::addColumn<double>("mae");
        QTest::newRow("exact") << QList<double> { 1, 2, 3 } << QList<double> { 1, 2, 3 } << 0.0
                               << 0.0;
        // errors 3, -4: rmse = sqrt((9 + 16) / 2), mae = 7 / 2
        QTest::newRow("3-4") << QList<double> { 3, 0 } << QList<double> { 0, 4 } << std::sqrt(12.5)
                             << 3.5;
        // errors 1, 1, 1, -5: rmse = sqrt(28 / 4), mae = 8 / 4. Every value is a small integer,
        // so the sums are exact in any order and 1e-12 is no rounding allowance: this row failed
        // in the release preset only because GCC 12.2's SLP vectoriser (AVX-512, -march=native)
        // built the list {1, 1, 1, 0} as {1, 1, 1, 1} (rmse sqrt(19/4)); CMakeLists.txt turns it
        // off with RNNLAB_NATIVE.
        QTest::newRow("outlier") << QList<double> { 1, 1, 1, 0 } << QList<double> { 0, 0, 0, 5 }
                                 << std::sqrt(7.0) << 2.0;
    }
    void regression()
    {
        QFETCH(QList<double>, predicted);
        QFETCH(QList<double>, actual);
        QFETCH(double, rmse);
        QFETCH(double, mae);
        const auto n = static_cast<Index>(predicted.size());
        Matrix p(1, n), a(1, n);
        for (Index i = 0; i < n; ++i) {
            p(0, i) = predicted[static_cast<qsizetype>(i)];
            a(0, i) = actual[static_cast<qsizetype>(i)];
        }
        const auto m = rnn::regressionMetrics(p, a);
        QCOMPARE(m.count, n);
        QVERIFY(std::abs(m.rmse - rmse) < 1e-12);
        QVERIFY(std::abs(m.mae - mae) < 1e-12);
    }
    void regressionRejectsShapeMismatch()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 rnn::regressionMetrics(Matrix::Zero(1, 3), Matrix::Zero(1, 2)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 rnn::regressionMetrics(Matrix(0, 0), Matrix(0, 0)));
    }
    void persistenceByHand()
    {
        Vector s(6);
        s << 1, 2, 4, 7, 11, 16;
        // samples at rows 2 and 4: predictions 2 and 7 against 4 and 11 -> errors 2, 4
        const auto m = rnn::persistenceBaseline(s, { 2, 4 });
        QVERIFY(std::abs(m.rmse - std::sqrt(10.0)) < 1e-12);
        QVERIFY(std::abs(m.mae - 3.0) < 1e-12);
        // horizon 2 from row 3: both steps predict s[2] = 4 against 7 and 11 -> errors 3, 7
        const auto h = rnn::persistenceBaseline(s, { 3 }, 2);
        QCOMPARE(h.count, Index(2));
        QVERIFY(std::abs(h.mae - 5.0) < 1e-12);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rnn::persistenceBaseline(s, { 0 }));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rnn::persistenceBaseline(s, { 5 }, 2));
    }
    void seasonalByHand()
    {
        Vector s(8);
        s << 1, 5, 2, 6, 3, 7, 4, 8; // season 2
        // rows 4..7 predicted from rows 2..5: 2,6,3,7 against 3,7,4,8 -> every error 1
        const auto m = rnn::seasonalNaiveBaseline(s, { 4, 5, 6, 7 }, 2);
        QVERIFY(std::abs(m.rmse - 1.0) < 1e-12);
        // horizon 3 from row 4, season 2: rows 4,5,6 predicted by rows 2,3,2 (the last one two
        // seasons back, never a row the sample may not see): 2,6,2 against 3,7,4 -> 1,1,2
        const auto h = rnn::seasonalNaiveBaseline(s, { 4 }, 2, 3);
        QVERIFY(std::abs(h.mae - 4.0 / 3.0) < 1e-12);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rnn::seasonalNaiveBaseline(s, { 1 }, 2));
    }
    void airlineBaselinesMatchTheRecordedFigures()
    {
        std::ifstream in(RNNLAB_SOURCE_DIR "/resources/datasets/airline_passengers.csv");
        QVERIFY(in.good());
        std::string line;
        std::getline(in, line); // header
        std::vector<double> values;
        while (std::getline(in, line))
            values.push_back(std::stod(line.substr(line.find(',') + 1)));
        QCOMPARE(values.size(), std::size_t(144));
        const Vector series = Eigen::Map<const Vector>(values.data(), 144);
        // Brownlee's framing, look_back 1 on the test part (rows 96..143): targets rows 97..142.
        std::vector<Index> rows;
        for (Index r = 97; r <= 142; ++r)
            rows.push_back(r);
        QCOMPARE(QString::number(rnn::persistenceBaseline(series, rows).rmse, 'f', 2),
                 QStringLiteral("48.66"));
        QCOMPARE(QString::number(rnn::seasonalNaiveBaseline(series, rows, 12).rmse, 'f', 2),
                 QStringLiteral("42.32"));
    }
    void classificationByHand()
    {
        // true:      0 0 0 1 1 2
        // predicted: 0 0 1 1 2 2
        const std::vector<int> actual { 0, 0, 0, 1, 1, 2 };
        const std::vector<int> predicted { 0, 0, 1, 1, 2, 2 };
        const auto m = rnn::classificationMetrics(actual, predicted, 3);
        QCOMPARE(m.count, Index(6));
        QVERIFY(std::abs(m.accuracy - 4.0 / 6.0) < 1e-12);
        // class 0: P = 2/2, R = 2/3, F1 = 0.8; class 1: P = 1/2, R = 1/2, F1 = 0.5;
        // class 2: P = 1/2, R = 1/1, F1 = 2/3
        QVERIFY(std::abs(m.precision[0] - 1.0) < 1e-12);
        QVERIFY(std::abs(m.recall[0] - 2.0 / 3.0) < 1e-12);
        QVERIFY(std::abs(m.f1[0] - 0.8) < 1e-12);
        QVERIFY(std::abs(m.f1[1] - 0.5) < 1e-12);
        QVERIFY(std::abs(m.precision[2] - 0.5) < 1e-12);
        QVERIFY(std::abs(m.recall[2] - 1.0) < 1e-12);
        QVERIFY(std::abs(m.macroF1 - (0.8 + 0.5 + 2.0 / 3.0) / 3.0) < 1e-12);
        const std::vector<std::vector<Index>> confusion { { 2, 1, 0 }, { 0, 1, 1 }, { 0, 0, 1 } };
        QCOMPARE(m.confusion, confusion);
        QCOMPARE(m.support, (std::vector<Index> { 3, 2, 1 }));
        const std::string table = rnn::formatClassificationReport(m, { "anger", "joy", "fear" });
        QVERIFY(table.find("anger") != std::string::npos);
    }
    void classWithoutPredictionsHasZeroPrecision()
    {
        const auto m = rnn::classificationMetrics({ 0, 1 }, { 0, 0 }, 2);
        QCOMPARE(m.precision[1], 0.0);
        QCOMPARE(m.recall[1], 0.0);
        QCOMPARE(m.f1[1], 0.0);
        QVERIFY(std::abs(m.precision[0] - 0.5) < 1e-12);
    }
    void classificationRejectsBadInput_data()
    {
        QTest::addColumn<std::vector<int>>("actual");
        QTest::addColumn<std::vector<int>>("predicted");
        QTest::newRow("lengths") << std::vector<int> { 0, 1 } << std::vector<int> { 0 };
        QTest::newRow("empty") << std::vector<int> {} << std::vector<int> {};
        QTest::newRow("out of range") << std::vector<int> { 0, 3 } << std::vector<int> { 0, 1 };
        QTest::newRow("negative") << std::vector<int> { 0, 1 } << std::vector<int> { -1, 1 };
    }
    void classificationRejectsBadInput()
    {
        QFETCH(std::vector<int>, actual);
        QFETCH(std::vector<int>, predicted);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 rnn::classificationMetrics(actual, predicted, 2));
    }
    void majorityBaseline()
    {
        // train: class 2 most often; test: 2 of 5 are class 2
        QCOMPARE(rnn::majorityClass({ 0, 2, 2, 1, 2 }, 3), 2);
        QCOMPARE(rnn::majorityClass({ 1, 0 }, 2), 0); // tie -> lowest id
        QVERIFY(
            std::abs(rnn::majorityBaselineAccuracy({ 0, 2, 2, 1, 2 }, { 2, 0, 1, 2, 1 }, 3) - 0.4)
            < 1e-12);
    }
    void argmax()
    {
        Matrix scores(3, 3);
        scores << 0.1, 5, -1, //
            0.7, 1, -2, //
            0.2, 2, -0.5;
        QCOMPARE(rnn::argmaxColumns(scores), (std::vector<int> { 1, 0, 2 }));
    }
};

QTEST_APPLESS_MAIN(TstMetrics)
#include "tst_metrics.moc"
