// The readout on its own (core/nn/readout.h), without cells or a loss: each placement's forward
// against its formula, and its backward against finite differences of a fixed linear function
// of the outputs, for one and two directions, mean pooling with and without pads, and readout
// dropout; the pooling weights; Jordan's gradient entry point.
//
// The readout is affine in the hidden states and in its parameters, so the two-point central
// difference is exact up to rounding (~1e-11): |analytic - numeric| <= 1e-9 * max(1, |analytic|).
#include "nn/readout.h"
#include "nn_test_support.h"

#include <QtTest>

#include <functional>

using namespace rnn;
using namespace rnn::testing;

namespace {

constexpr int steps = 4;
constexpr int batch = 3;

NetworkConfig readoutConfig(ReadoutPlacement placement, bool bidirectional)
{
    NetworkConfig config;
    config.cell = CellType::Gru;
    config.hiddenSize = 3;
    config.outputSize = 2;
    config.bidirectional = bidirectional;
    config.placement = placement;
    return config;
}

// A trace whose top (only) layer holds random hidden states, as the layers would leave it.
Trace topLayerTrace(const NetworkConfig &config, Random &random)
{
    Trace trace;
    trace.steps = steps;
    trace.batch = batch;
    trace.placement = config.placement;
    trace.layers.resize(1);
    for (int d = 0; d < config.directions(); ++d) {
        LayerTrace lt;
        lt.steps = steps;
        lt.batch = batch;
        lt.reverse = d == 1;
        lt.hidden = randomMatrix(config.hiddenSize, steps * batch, random);
        trace.layers[0].push_back(lt);
    }
    return trace;
}

// Token ids with pads (0): sequence 0 has two real steps, sequence 1 none, sequence 2 all four.
std::vector<int> paddedTokens()
{
    // index t*B + b
    return { 5, 0, 1, 0, 0, 2, 3, 0, 4, 0, 0, 6 };
}

double dot(const Matrix &a, const Matrix &b)
{
    return (a.array() * b.array()).sum();
}

void compareNumeric(Matrix &values, const Matrix &analytic, const std::function<double()> &loss,
                    const char *name)
{
    QCOMPARE(analytic.rows(), values.rows());
    QCOMPARE(analytic.cols(), values.cols());
    constexpr double eps = 1e-5;
    for (Index c = 0; c < values.cols(); ++c) {
        for (Index r = 0; r < values.rows(); ++r) {
            const double saved = values(r, c);
            values(r, c) = saved + eps;
            const double up = loss();
            values(r, c) = saved - eps;
            const double down = loss();
            values(r, c) = saved;
            const double numeric = (up - down) / (2.0 * eps);
            const double error
                = std::abs(numeric - analytic(r, c)) / std::max(1.0, std::abs(analytic(r, c)));
            if (!(error <= 1e-9))
                QFAIL(qPrintable(QStringLiteral("%1(%2,%3): analytic %4, numeric %5")
                                     .arg(QString::fromLatin1(name))
                                     .arg(r)
                                     .arg(c)
                                     .arg(analytic(r, c), 0, 'g', 12)
                                     .arg(numeric, 0, 'g', 12)));
        }
    }
}

} // namespace

class TstReadout : public QObject
{
    Q_OBJECT
private slots:
    void forwardPicksTheRightSteps_data()
    {
        QTest::addColumn<int>("placement");
        QTest::addColumn<bool>("bidirectional");
        for (int p = 0; p <= int(ReadoutPlacement::MaxPool); ++p) {
            const QByteArray name = readoutPlacementName(ReadoutPlacement(p));
            QTest::newRow(name + " uni") << p << false;
            QTest::newRow(name + " bi") << p << true;
        }
    }
    void forwardPicksTheRightSteps()
    {
        QFETCH(int, placement);
        QFETCH(bool, bidirectional);
        const NetworkConfig config = readoutConfig(ReadoutPlacement(placement), bidirectional);
        Random random(11);
        Trace trace = topLayerTrace(config, random);
        const Matrix w = randomMatrix(config.outputSize, config.featureSize(), random);
        const Matrix b = randomMatrix(config.outputSize, 1, random);
        Readout(config, w, b).forward(trace, nullptr);

        const Index hs = config.hiddenSize;
        const auto hidden = [&](int d, Index t, Index s) {
            return Vector(trace.layers[0][std::size_t(d)].hidden.col(t * batch + s));
        };
        for (Index s = 0; s < batch; ++s) {
            for (Index t = 0; t < (placement == 0 ? steps : 1); ++t) {
                Vector f = Vector::Zero(config.featureSize());
                for (int d = 0; d < config.directions(); ++d) {
                    auto rows = f.segment(d * hs, hs);
                    switch (ReadoutPlacement(placement)) {
                    case ReadoutPlacement::EveryStep:
                        rows = hidden(d, t, s);
                        break;
                    case ReadoutPlacement::LastStep:
                        rows = hidden(d, steps - 1, s);
                        break;
                    case ReadoutPlacement::FinalStates:
                        rows = hidden(d, d == 1 ? 0 : steps - 1, s);
                        break;
                    case ReadoutPlacement::MeanPool:
                        for (Index u = 0; u < steps; ++u)
                            rows += hidden(d, u, s) / double(steps);
                        break;
                    case ReadoutPlacement::MaxPool:
                        rows = hidden(d, 0, s);
                        for (Index u = 1; u < steps; ++u)
                            rows = rows.cwiseMax(hidden(d, u, s));
                        break;
                    }
                }
                const Vector expected = w * f + b;
                const Vector got = trace.outputs.col(t * batch + s);
                QVERIFY2((got - expected).norm() <= 1e-12, qPrintable(QString::number(t)));
            }
        }
        QCOMPARE(trace.outputs.cols(), Index(placement == 0 ? steps * batch : batch));
    }

    void backwardMatchesFiniteDifferences_data()
    {
        QTest::addColumn<int>("placement");
        QTest::addColumn<bool>("bidirectional");
        QTest::addColumn<bool>("pads");
        QTest::addColumn<bool>("dropout");
        for (int p = 0; p <= int(ReadoutPlacement::MaxPool); ++p) {
            const QByteArray name = readoutPlacementName(ReadoutPlacement(p));
            QTest::newRow(name + " uni") << p << false << false << false;
            QTest::newRow(name + " bi") << p << true << false << false;
            if (p != 0)
                QTest::newRow(name + " bi dropout") << p << true << false << true;
        }
        const int pool = int(ReadoutPlacement::MeanPool);
        QTest::newRow("mean_pool uni pads") << pool << false << true << false;
        QTest::newRow("mean_pool bi pads dropout") << pool << true << true << true;
        const int max = int(ReadoutPlacement::MaxPool);
        QTest::newRow("max_pool uni pads") << max << false << true << false;
        QTest::newRow("max_pool bi pads dropout") << max << true << true << true;
    }
    void backwardMatchesFiniteDifferences()
    {
        QFETCH(int, placement);
        QFETCH(bool, bidirectional);
        QFETCH(bool, pads);
        QFETCH(bool, dropout);
        NetworkConfig config = readoutConfig(ReadoutPlacement(placement), bidirectional);
        if (pads) { // pads are left out only with an embedding whose token 0 is padding
            config.vocabularySize = 7;
            config.embeddingSize = 2;
        }
        if (dropout)
            config.readoutDropout = 0.4;
        Random random(23);
        Trace trace = topLayerTrace(config, random);
        if (pads)
            trace.tokens = paddedTokens();
        Matrix w = randomMatrix(config.outputSize, config.featureSize(), random);
        Matrix b = randomMatrix(config.outputSize, 1, random);
        const Readout readout(config, w, b);
        const Index columns = placement == 0 ? steps * batch : batch;
        const Matrix weights = randomMatrix(config.outputSize, columns, random);
        // L = sum of weights .* outputs; the same dropout mask at every evaluation.
        const auto loss = [&] {
            Random masks(5);
            readout.forward(trace, dropout ? &masks : nullptr);
            return dot(weights, trace.outputs);
        };
        loss();
        if (dropout)
            QVERIFY((trace.featureMask.array() == 0.0).any());
        trace.dOutputs = weights;
        Matrix dWeight, dBias;
        readout.backward(trace, dWeight, dBias);
        compareNumeric(w, dWeight, loss, "readout.weight");
        compareNumeric(b, dBias, loss, "readout.bias");
        for (int d = 0; d < config.directions(); ++d) {
            LayerTrace &lt = trace.layers[0][std::size_t(d)];
            const Matrix direct = lt.dHiddenDirect;
            compareNumeric(lt.hidden, direct, loss, d == 0 ? "h forward" : "h backward");
        }
    }

    void poolWeightsLeavePadsOut()
    {
        Vector weights;
        Readout::poolWeights(paddedTokens(), steps, batch, true, weights);
        Vector expected(steps * batch);
        expected << 0.5, 0, 0.25, 0, 0, 0.25, 0.5, 0, 0.25, 0, 0, 0.25;
        QCOMPARE(weights, expected);
        Readout::poolWeights(paddedTokens(), steps, batch, false, weights);
        QCOMPARE(weights, Vector::Constant(steps * batch, 0.25));
    }

    void jordanGradientEntersAtTheLossSteps()
    {
        NetworkConfig config = readoutConfig(ReadoutPlacement::LastStep, false);
        config.cell = CellType::Jordan;
        Random random(3);
        Trace trace = topLayerTrace(config, random);
        trace.recorded = true;
        const Matrix w = randomMatrix(config.outputSize, config.featureSize(), random);
        const Matrix b = randomMatrix(config.outputSize, 1, random);
        trace.dOutputs = randomMatrix(config.outputSize, batch, random);
        const Matrix direct = Readout(config, w, b).backwardJordan(trace);
        QCOMPARE(direct.cols(), Index(steps * batch));
        QCOMPARE(Matrix(direct.rightCols(batch)), trace.dOutputs);
        QCOMPARE(direct.leftCols((steps - 1) * batch).squaredNorm(), 0.0);
        QCOMPARE(trace.dFeatures, Matrix(w.transpose() * trace.dOutputs));
    }
};

QTEST_APPLESS_MAIN(TstReadout)
#include "tst_readout.moc"
