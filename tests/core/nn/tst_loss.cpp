// The loss on its own (core/nn/loss.h), on readout outputs written by hand: the count of loss
// terms with step masks, ignored labels and the many-to-one slot; the loss against its formula;
// its backward against finite differences; a fully masked batch; the target checks.
#include "nn/loss.h"
#include "nn_test_support.h"

#include <QtTest>

#include <cmath>
#include <functional>

using namespace rnn;
using namespace rnn::testing;

namespace {

constexpr int steps = 4;
constexpr int batch = 3;
constexpr int outputs = 2;

NetworkConfig lossConfig(ReadoutKind kind, ReadoutPlacement placement)
{
    NetworkConfig config;
    config.outputSize = outputs;
    config.readout = kind;
    config.placement = placement;
    return config;
}

Trace outputTrace(const NetworkConfig &config, Random &random)
{
    Trace trace;
    trace.steps = steps;
    trace.batch = batch;
    trace.readout = config.readout;
    trace.placement = config.placement;
    const Index columns = config.placement == ReadoutPlacement::EveryStep ? steps * batch : batch;
    trace.outputs = randomMatrix(outputs, columns, random, 2.0);
    return trace;
}

// Targets for every readout column j of trace: random values (Linear) or label(j) (Softmax).
Targets columnTargets(const NetworkConfig &config, const Trace &trace, Random &random,
                      const std::function<int(Index)> &label)
{
    Targets targets;
    if (config.readout == ReadoutKind::Linear) {
        targets.values = randomMatrix(outputs, trace.outputs.cols(), random);
    } else {
        for (Index j = 0; j < trace.outputs.cols(); ++j)
            targets.labels.push_back(label(j));
    }
    return targets;
}

Vector mask(std::initializer_list<double> values)
{
    Vector m(Index(values.size()));
    Index i = 0;
    for (double v : values)
        m(i++) = v;
    return m;
}

} // namespace

class TstLoss : public QObject
{
    Q_OBJECT
private slots:
    void termCount_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("placement");
        QTest::addColumn<bool>("masked");
        QTest::addColumn<bool>("ignored");
        QTest::addColumn<int>("expected");
        const int linear = int(ReadoutKind::Linear);
        const int softmax = int(ReadoutKind::Softmax);
        const int every = int(ReadoutPlacement::EveryStep);
        const int pool = int(ReadoutPlacement::MeanPool);
        // Linear: counted steps * B * O; Softmax: counted labels.
        QTest::newRow("linear every step") << linear << every << false << false << 4 * 3 * 2;
        QTest::newRow("linear masked") << linear << every << true << false << 2 * 3 * 2;
        QTest::newRow("linear mean pool") << linear << pool << false << false << 3 * 2;
        QTest::newRow("softmax every step") << softmax << every << false << false << 4 * 3;
        QTest::newRow("softmax masked") << softmax << every << true << false << 2 * 3;
        // Labels -1 at (t=1, b=0), (t=2, b=2), (t=3, b=1); the mask keeps t = 1, 2.
        QTest::newRow("softmax ignored") << softmax << every << false << true << 12 - 3;
        QTest::newRow("softmax masked ignored") << softmax << every << true << true << 6 - 2;
        // Many to one: one label per sequence, the first one ignored.
        QTest::newRow("softmax pool ignored") << softmax << pool << false << true << 2;
    }
    void termCount()
    {
        QFETCH(int, kind);
        QFETCH(int, placement);
        QFETCH(bool, masked);
        QFETCH(bool, ignored);
        QFETCH(int, expected);
        const NetworkConfig config = lossConfig(ReadoutKind(kind), ReadoutPlacement(placement));
        Random random(2);
        Trace trace = outputTrace(config, random);
        // Every step: labels -1 at j = 3, 8, 10; many to one: at the first sequence.
        const bool every = placement == int(ReadoutPlacement::EveryStep);
        Targets targets = columnTargets(config, trace, random, [&](Index j) {
            const bool skip = every ? (j == 3 || j == 8 || j == 10) : j == 0;
            return ignored && skip ? -1 : 1;
        });
        if (masked)
            targets.stepMask = mask({ 0, 1, 1, 0 });
        const Loss loss(config);
        QCOMPARE(loss.checkTargets(targets, steps, batch), std::string());
        loss.forward(targets, trace);
        QCOMPARE(loss.termCount(trace), Index(expected));
    }

    void meanSquaredErrorIsTheMeanOverCountedTerms()
    {
        const NetworkConfig config = lossConfig(ReadoutKind::Linear, ReadoutPlacement::EveryStep);
        Random random(4);
        Trace trace = outputTrace(config, random);
        Targets targets;
        targets.values = randomMatrix(outputs, steps * batch, random);
        targets.stepMask = mask({ 1, 0, 1, 1 });
        Loss(config).forward(targets, trace);
        double sum = 0.0;
        for (int t = 0; t < steps; ++t) {
            const double step = (trace.outputs.middleCols(t * batch, batch)
                                 - targets.values.middleCols(t * batch, batch))
                                    .squaredNorm()
                / (3.0 * batch * outputs);
            QCOMPARE(trace.stepLoss(t), t == 1 ? 0.0 : step);
            sum += t == 1 ? 0.0 : step;
        }
        QVERIFY(trace.hasLoss);
        QVERIFY(std::abs(trace.loss - sum) <= 1e-15);
        QCOMPARE(trace.probabilities.size(), Index(0));
    }

    void crossEntropyIsTheMeanOverCountedLabels()
    {
        const NetworkConfig config
            = lossConfig(ReadoutKind::Softmax, ReadoutPlacement::FinalStates);
        Random random(6);
        Trace trace = outputTrace(config, random);
        Targets targets;
        targets.labels = { 1, -1, 0 };
        Loss(config).forward(targets, trace);
        double expected = 0.0;
        for (int b : { 0, 2 }) {
            const auto logits = trace.outputs.col(b).array();
            const double p = std::exp(logits(targets.labels[std::size_t(b)])) / logits.exp().sum();
            expected -= std::log(p) / 2.0;
            QVERIFY(std::abs(trace.probabilities(targets.labels[std::size_t(b)], b) - p) <= 1e-15);
        }
        QVERIFY(std::abs(trace.loss - expected) <= 1e-14);
        QCOMPARE(trace.stepLoss(steps - 1), trace.loss); // many to one: the last step
        QCOMPARE(trace.probabilities.colwise().sum(), RowVector::Ones(batch));
    }

    void backwardMatchesFiniteDifferences_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("placement");
        for (int kind = 0; kind < 2; ++kind) {
            const QByteArray name = readoutKindName(ReadoutKind(kind));
            QTest::newRow(name + " every step") << kind << int(ReadoutPlacement::EveryStep);
            QTest::newRow(name + " last step") << kind << int(ReadoutPlacement::LastStep);
        }
    }
    void backwardMatchesFiniteDifferences()
    {
        QFETCH(int, kind);
        QFETCH(int, placement);
        const NetworkConfig config = lossConfig(ReadoutKind(kind), ReadoutPlacement(placement));
        const bool every = config.placement == ReadoutPlacement::EveryStep;
        Random random(9);
        Trace trace = outputTrace(config, random);
        Targets targets = columnTargets(config, trace, random,
                                        [](Index j) { return j % 4 == 1 ? -1 : int(j % outputs); });
        if (every)
            targets.stepMask = mask({ 1, 1, 0, 1 });
        const Loss loss(config);
        loss.forward(targets, trace);
        loss.backward(trace);
        const Matrix analytic = trace.dOutputs;
        constexpr double eps = 1e-5;
        for (Index c = 0; c < trace.outputs.cols(); ++c) {
            for (Index r = 0; r < outputs; ++r) {
                const double saved = trace.outputs(r, c);
                const auto at = [&](double offset) {
                    trace.outputs(r, c) = saved + offset;
                    loss.forward(targets, trace);
                    return trace.loss;
                };
                const double numeric = (at(eps) - at(-eps)) / (2.0 * eps);
                trace.outputs(r, c) = saved;
                QVERIFY2(std::abs(numeric - analytic(r, c)) <= 1e-9,
                         qPrintable(QStringLiteral("(%1,%2): analytic %3, numeric %4")
                                        .arg(r)
                                        .arg(c)
                                        .arg(analytic(r, c))
                                        .arg(numeric)));
            }
        }
        if (every) // the masked step gets no gradient
            QCOMPARE(analytic.middleCols(2 * batch, batch).squaredNorm(), 0.0);
    }

    void fullyMaskedBatchHasZeroLossAndGradient()
    {
        for (int kind = 0; kind < 2; ++kind) {
            const NetworkConfig config = lossConfig(ReadoutKind(kind), ReadoutPlacement::EveryStep);
            Random random(1);
            Trace trace = outputTrace(config, random);
            Targets targets;
            if (kind == 0)
                targets.values = randomMatrix(outputs, steps * batch, random);
            else
                targets.labels.assign(steps * batch, 0);
            targets.stepMask = Vector::Zero(steps);
            const Loss loss(config);
            loss.forward(targets, trace);
            loss.backward(trace);
            QCOMPARE(loss.termCount(trace), Index(0));
            QCOMPARE(trace.loss, 0.0);
            QVERIFY(trace.dOutputs.allFinite());
            QCOMPARE(trace.dOutputs.squaredNorm(), 0.0);
        }
    }

    void checkTargetsExplains()
    {
        const NetworkConfig every = lossConfig(ReadoutKind::Softmax, ReadoutPlacement::EveryStep);
        Targets targets;
        targets.labels.assign(steps * batch, 0);
        QCOMPARE(Loss(every).checkTargets(targets, steps, batch), std::string());
        targets.labels[5] = outputs;
        QCOMPARE(Loss(every).checkTargets(targets, steps, batch),
                 std::string("Label 2 is not a class (0..1)."));
        targets.labels.pop_back();
        QCOMPARE(Loss(every).checkTargets(targets, steps, batch),
                 std::string("There are 11 labels, expected 12."));
        const NetworkConfig last = lossConfig(ReadoutKind::Linear, ReadoutPlacement::LastStep);
        Targets values;
        values.values = Matrix::Zero(outputs, batch);
        values.stepMask = Vector::Ones(steps);
        QCOMPARE(Loss(last).checkTargets(values, steps, batch),
                 std::string("A per-step loss mask needs the readout at every step."));
        values.values = Matrix::Zero(outputs, steps * batch);
        values.stepMask.resize(0);
        QCOMPARE(Loss(last).checkTargets(values, steps, batch),
                 std::string("The targets are 2 x 12, expected 2 x 3."));
    }
};

QTEST_APPLESS_MAIN(TstLoss)
#include "tst_loss.moc"
