// Finite-difference check of backward (full BPTT): every parameter, every input and every
// initial state, for every cell type, stacked and bidirectional networks, both losses, all
// five readout placements, a per-step loss mask, ignored labels, an embedding and dropout; the
// mean- and max-pooled readouts also with padding tokens (pad steps left out of the pool, a
// sequence of pads only).
//
// Fourth-order central differences
//     n = (-L(w + 2 eps) + 8 L(w + eps) - 8 L(w - eps) + L(w - 2 eps)) / (12 eps),  eps = 1e-4
// (truncation error ~eps^4, rounding error ~1e-16 / eps ~ 1e-12: the plain two-point central
// difference with eps = 1e-6 has rounding noise of ~1e-10, too much for the small LSTM
// gradients), compared with the analytic gradient a by the relative error
//     |a - n| / max(1e-5, |a| + |n|) <= 1e-6.
// (The floor 1e-5 keeps entries whose true gradient is ~0 from dividing rounding noise of
// ~1e-12 by ~0: below it the check is an absolute error <= 1e-11.)
#include "nn/network.h"
#include "nn_test_support.h"

#include <QtTest>

#include <cmath>
#include <functional>

using namespace rnn;
using namespace rnn::testing;

namespace {

constexpr double eps = 1e-4;
constexpr double floorDenominator = 1e-5;
constexpr double tolerance = 1e-6;

struct Worst
{
    double error = 0.0;
    QString where;
    void add(double analytic, double numeric, const QString &what)
    {
        const double e = std::abs(analytic - numeric)
            / std::max(floorDenominator, std::abs(analytic) + std::abs(numeric));
        if (!(e <= error)) { // NaN counts as worst
            error = e;
            where = QStringLiteral("%1: analytic %2, numeric %3")
                        .arg(what)
                        .arg(analytic, 0, 'g', 12)
                        .arg(numeric, 0, 'g', 12);
        }
    }
};

// Central difference of loss() with respect to the scalar at *value.
double numeric(double *value, const std::function<double()> &loss)
{
    const double saved = *value;
    const auto at = [&](double offset) {
        *value = saved + offset;
        return loss();
    };
    const double result
        = (-at(2.0 * eps) + 8.0 * at(eps) - 8.0 * at(-eps) + at(-2.0 * eps)) / (12.0 * eps);
    *value = saved;
    return result;
}

void checkMatrix(Matrix &values, const Matrix &analytic, const QString &name,
                 const std::function<double()> &loss, Worst &worst, int skipColumn = -1)
{
    QCOMPARE(analytic.rows(), values.rows());
    QCOMPARE(analytic.cols(), values.cols());
    for (Index c = 0; c < values.cols(); ++c) {
        if (c == skipColumn)
            continue;
        for (Index r = 0; r < values.rows(); ++r)
            worst.add(analytic(r, c), numeric(&values(r, c), loss),
                      QStringLiteral("%1(%2,%3)").arg(name).arg(r).arg(c));
    }
}

// Every initial state (h0, c0; Jordan's context and output) of every layer and direction
// against finite differences of `loss`, which reads them from `quick.initial`.
void checkInitialStates(const NetworkConfig &config, ForwardOptions &quick, const Trace &trace,
                        const std::function<double()> &loss, Worst &worst)
{
    for (int l = 0; l < config.layers; ++l) {
        for (int d = 0; d < config.directions(); ++d) {
            const LayerTrace &lt = trace.layers[std::size_t(l)][std::size_t(d)];
            const QString where = QStringLiteral("layer%1.%2.").arg(l).arg(d);
            if (config.cell == CellType::Jordan) {
                checkMatrix(quick.initial.context, lt.dInitialContext,
                            where + QStringLiteral("context0"), loss, worst);
                checkMatrix(quick.initial.output, lt.dInitialOutput,
                            where + QStringLiteral("output0"), loss, worst);
                continue;
            }
            checkMatrix(quick.initial.hidden[std::size_t(l)][std::size_t(d)], lt.dInitialHidden,
                        where + QStringLiteral("h0"), loss, worst);
            if (config.cell == CellType::Lstm)
                checkMatrix(quick.initial.cell[std::size_t(l)][std::size_t(d)], lt.dInitialCell,
                            where + QStringLiteral("c0"), loss, worst);
        }
    }
}

QString describe(const Worst &worst)
{
    return QStringLiteral("relative error %1 at %2").arg(worst.error, 0, 'g', 3).arg(worst.where);
}

} // namespace

class TstGradientCheck : public QObject
{
    Q_OBJECT
private slots:
    void matchesFiniteDifferences_data()
    {
        QTest::addColumn<int>("cell");
        QTest::addColumn<int>("layers");
        QTest::addColumn<bool>("bidirectional");
        QTest::addColumn<int>("readout");
        QTest::addColumn<int>("placement");
        QTest::addColumn<int>("vocabulary"); // 0 = plain inputs
        QTest::addColumn<bool>("extras"); // step mask (EveryStep) and an ignored label (Softmax)
        // input and (many-to-one) readout dropout at a fixed mask seed: the loss is still a
        // smooth function of everything, and its gradient goes through the masks
        QTest::addColumn<bool>("dropout");

        const struct
        {
            CellType cell;
            const char *name;
        } cells[] = { { CellType::Elman, "elman" },
                      { CellType::Jordan, "jordan" },
                      { CellType::Lstm, "lstm" },
                      { CellType::Gru, "gru" } };
        const struct
        {
            int layers;
            bool bidirectional;
            const char *name;
        } shapes[] = { { 1, false, "1layer" },
                       { 2, false, "2layers" },
                       { 1, true, "bidir" },
                       { 2, true, "2layers-bidir" } };
        const struct
        {
            ReadoutPlacement placement;
            const char *name;
        } placements[] = { { ReadoutPlacement::EveryStep, "every" },
                           { ReadoutPlacement::LastStep, "last" },
                           { ReadoutPlacement::FinalStates, "final" },
                           { ReadoutPlacement::MeanPool, "mean" },
                           { ReadoutPlacement::MaxPool, "max" } };
        for (const auto &cell : cells) {
            for (const auto &shape : shapes) {
                if (cell.cell == CellType::Jordan && (shape.layers > 1 || shape.bidirectional))
                    continue;
                for (int readout = 0; readout < 2; ++readout) {
                    for (const auto &placement : placements) {
                        if (cell.cell == CellType::Jordan && isPooled(placement.placement))
                            continue; // a Jordan readout is fed back at every step
                        QTest::addRow("%s/%s/%s/%s", cell.name, shape.name,
                                      readout == 0 ? "mse" : "xent", placement.name)
                            << int(cell.cell) << shape.layers << shape.bidirectional << readout
                            << int(placement.placement) << 0 << false << false;
                    }
                }
            }
            QTest::addRow("%s/embedding/xent/every", cell.name)
                << int(cell.cell) << 1 << false << 1 << int(ReadoutPlacement::EveryStep) << 5
                << false << false;
            QTest::addRow("%s/mask/mse/every", cell.name)
                << int(cell.cell) << 1 << false << 0 << int(ReadoutPlacement::EveryStep) << 0
                << true << false;
            QTest::addRow("%s/mask-ignore/xent/every", cell.name)
                << int(cell.cell) << 1 << false << 1 << int(ReadoutPlacement::EveryStep) << 0
                << true << false;
            QTest::addRow("%s/dropout/mse/every", cell.name)
                << int(cell.cell) << 1 << false << 0 << int(ReadoutPlacement::EveryStep) << 0
                << false << true;
            if (cell.cell == CellType::Jordan)
                continue;
            QTest::addRow("%s/dropout/xent/last", cell.name)
                << int(cell.cell) << 1 << false << 1 << int(ReadoutPlacement::LastStep) << 0
                << false << true;
            QTest::addRow("%s/dropout-bidir/mse/final", cell.name)
                << int(cell.cell) << 1 << true << 0 << int(ReadoutPlacement::FinalStates) << 0
                << false << true;
            QTest::addRow("%s/dropout-2layers-bidir/xent/mean", cell.name)
                << int(cell.cell) << 2 << true << 1 << int(ReadoutPlacement::MeanPool) << 0 << false
                << true;
            QTest::addRow("%s/dropout-embedding/xent/mean", cell.name)
                << int(cell.cell) << 1 << false << 1 << int(ReadoutPlacement::MeanPool) << 5
                << false << true;
            QTest::addRow("%s/dropout-embedding-bidir/xent/max", cell.name)
                << int(cell.cell) << 1 << true << 1 << int(ReadoutPlacement::MaxPool) << 5 << false
                << true;
        }
    }

    void matchesFiniteDifferences()
    {
        QFETCH(int, cell);
        QFETCH(int, layers);
        QFETCH(bool, bidirectional);
        QFETCH(int, readout);
        QFETCH(int, placement);
        QFETCH(int, vocabulary);
        QFETCH(bool, extras);
        QFETCH(bool, dropout);

        NetworkConfig config;
        config.cell = CellType(cell);
        config.inputSize = 3;
        config.hiddenSize = 4;
        config.layers = layers;
        config.bidirectional = bidirectional;
        config.outputSize = 3;
        config.readout = ReadoutKind(readout);
        config.placement = ReadoutPlacement(placement);
        config.jordanMu = 0.6;
        config.vocabularySize = vocabulary;
        config.embeddingSize = vocabulary > 0 ? 3 : 0;
        config.paddingToken = false;
        if (dropout) {
            config.inputDropout = 0.4;
            config.readoutDropout = config.placement == ReadoutPlacement::EveryStep ? 0.0 : 0.5;
        }
        QCOMPARE(QString::fromStdString(config.validate()), QString());

        const int steps = 4;
        const int batch = 2;
        Random random(1234 + std::uint64_t(cell) * 100 + std::uint64_t(placement));
        Network network(config, 7);
        // Non-zero biases so every term of the chain rule is exercised.
        for (Parameter &p : network.parameters())
            p.value += randomMatrix(p.value.rows(), p.value.cols(), random, 0.3);
        InputBatch input = randomInput(config, steps, batch, random);
        Targets targets = randomTargets(config, steps, batch, random);
        if (extras) {
            targets.stepMask = Vector::Ones(steps);
            targets.stepMask(1) = 0.0;
            if (!targets.labels.empty())
                targets.labels[4] = -1; // step 2, batch 0: ignored
        }
        ForwardOptions options;
        options.initial = randomInitialStates(config, batch, random);
        options.dropout = dropout;
        options.dropoutSeed = 77;

        Trace trace = network.forward(input, targets, options);
        network.backward(trace);
        QVERIFY(trace.hasGradients);
        QVERIFY(std::isfinite(trace.loss));
        QVERIFY(trace.loss > 0.0);
        if (dropout) { // some entries dropped, some kept, in both masks
            QVERIFY(trace.inputMask.minCoeff() == 0.0 && trace.inputMask.maxCoeff() > 1.0);
            if (config.readoutDropout > 0.0)
                QVERIFY(trace.featureMask.minCoeff() == 0.0 && trace.featureMask.maxCoeff() > 1.0);
        }

        // The loss as a function of everything below; initial states are perturbed in quick.
        ForwardOptions quick = options;
        quick.recordTrace = false;
        const auto loss = [&]() { return network.forward(input, targets, quick).loss; };

        Worst worst;
        Parameters &parameters = network.parameters();
        for (std::size_t i = 0; i < parameters.size(); ++i)
            checkMatrix(parameters[i].value, trace.gradients[i],
                        QString::fromStdString(parameters[i].name), loss, worst);
        if (!config.hasEmbedding())
            checkMatrix(input.values, trace.dInput, QStringLiteral("x"), loss, worst);
        checkInitialStates(config, quick, trace, loss, worst);
        QVERIFY2(worst.error <= tolerance, qPrintable(describe(worst)));
    }

    // Mean and max pooling over the real steps: with token 0 as padding, pre-padded sequences
    // of 1..T real tokens and one of pads only. Every parameter (but the pad's embedding column,
    // which gets no gradient) and every initial state match finite differences; the pool weights
    // are 1 / (real steps) on real steps and 0 on pads, and pad steps get no direct gradient.
    void pooledWithPadding_data()
    {
        QTest::addColumn<int>("cell");
        QTest::addColumn<int>("layers");
        QTest::addColumn<bool>("bidirectional");
        // The readout's skip path (the mean of the word vectors beside the pooled states) with
        // its own loss on the training pass.
        QTest::addColumn<bool>("skip");
        // Each unit's maximum over the real steps (MaxPool) rather than the mean.
        QTest::addColumn<bool>("max");
        for (const bool max : { false, true }) {
            const char *pool = max ? "max" : "mean";
            QTest::addRow("elman/%s", pool) << int(CellType::Elman) << 1 << false << false << max;
            QTest::addRow("lstm/%s", pool) << int(CellType::Lstm) << 1 << false << false << max;
            QTest::addRow("gru/%s", pool) << int(CellType::Gru) << 1 << false << false << max;
            QTest::addRow("lstm/bidir/%s", pool)
                << int(CellType::Lstm) << 1 << true << false << max;
            QTest::addRow("gru/2layers-bidir/%s", pool)
                << int(CellType::Gru) << 2 << true << false << max;
            QTest::addRow("elman/2layers-bidir/%s", pool)
                << int(CellType::Elman) << 2 << true << false << max;
            QTest::addRow("lstm/skip/%s", pool) << int(CellType::Lstm) << 1 << false << true << max;
            QTest::addRow("lstm/bidir-skip/%s", pool)
                << int(CellType::Lstm) << 1 << true << true << max;
            QTest::addRow("gru/2layers-bidir-skip/%s", pool)
                << int(CellType::Gru) << 2 << true << true << max;
        }
    }
    void pooledWithPadding()
    {
        QFETCH(int, cell);
        QFETCH(int, layers);
        QFETCH(bool, bidirectional);
        QFETCH(bool, skip);
        QFETCH(bool, max);
        NetworkConfig config;
        config.cell = CellType(cell);
        config.hiddenSize = 3;
        config.layers = layers;
        config.bidirectional = bidirectional;
        config.outputSize = 3;
        config.readout = ReadoutKind::Softmax;
        config.placement = max ? ReadoutPlacement::MaxPool : ReadoutPlacement::MeanPool;
        config.vocabularySize = 6;
        config.embeddingSize = 3;
        config.paddingToken = true;
        config.readoutSkip = skip;
        config.skipLoss = skip ? 0.7 : 0.0;
        QCOMPARE(QString::fromStdString(config.validate()), QString());

        const int steps = 4;
        const int batch = 4;
        Random random(99 + std::uint64_t(cell));
        Network network(config, 11);
        for (Parameter &p : network.parameters())
            p.value += randomMatrix(p.value.rows(), p.value.cols(), random, 0.3);
        network.parameters()[0].value.col(0).setZero(); // the pad's vector stays zero
        // Sequence b has b real tokens (1..5), pre-padded: b = 0 is all pads.
        InputBatch input;
        input.steps = steps;
        input.batch = batch;
        for (int t = 0; t < steps; ++t)
            for (int b = 0; b < batch; ++b)
                input.tokens.push_back(t >= steps - b ? 1 + int(random.below(5)) : 0);
        Targets targets = randomTargets(config, steps, batch, random);
        ForwardOptions options;
        options.initial = randomInitialStates(config, batch, random);
        options.auxiliaryLoss = true;

        Trace trace = network.forward(input, targets, options);
        network.backward(trace);
        QVERIFY(trace.hasGradients);
        QCOMPARE(trace.features.rows(), Index(config.featureSize()));
        QCOMPARE(trace.skipLoss > 0.0, skip);
        if (skip) { // the skip rows are the mean of the word vectors over the real steps
            const LayerTrace &first = trace.layers.front()[0];
            Vector mean = Vector::Zero(config.embeddingSize);
            for (int t = 1; t < steps; ++t)
                mean += first.step(first.input, t, 3) / 3.0;
            QVERIFY((trace.features.col(3).tail(config.embeddingSize) - mean).norm() < 1e-15);
            // Without the auxiliary loss (an evaluation pass) the loss is the network's alone.
            ForwardOptions evaluation = options;
            evaluation.auxiliaryLoss = false;
            const Trace plain = network.forward(input, targets, evaluation);
            QVERIFY(std::abs(plain.loss + trace.skipLoss - trace.loss) < 1e-12);
        }
        QCOMPARE(trace.poolWeights.size(), Index(steps) * batch);
        for (int t = 0; t < steps; ++t) {
            for (int b = 0; b < batch; ++b) {
                const double expected = t >= steps - b ? 1.0 / b : 0.0;
                QCOMPARE(trace.poolWeights(Index(t) * batch + b), expected);
                if (expected == 0.0)
                    for (int d = 0; d < config.directions(); ++d)
                        QVERIFY(trace.top(d).step(trace.top(d).dHiddenDirect, t, b).isZero(0.0));
            }
        }
        // The all-pad sequence has zero features: its logits are the readout's bias.
        QVERIFY(trace.features.col(0).isZero(0.0));
        // The features are the mean (or each unit's maximum) of the top outputs over the real
        // steps; with MaxPool only the step of the maximum gets the unit's gradient.
        for (int d = 0; d < config.directions(); ++d) {
            const LayerTrace &top = trace.top(d);
            Vector pooled = max ? Vector(top.step(top.hidden, 1, 3)) : Vector(Vector::Zero(3));
            for (int t = 1; t < steps; ++t)
                pooled = max ? Vector(pooled.cwiseMax(top.step(top.hidden, t, 3)))
                             : Vector(pooled + top.step(top.hidden, t, 3) / 3.0);
            QVERIFY((trace.features.col(3).segment(Index(d) * config.hiddenSize, config.hiddenSize)
                     - pooled)
                        .norm()
                    < 1e-15);
            if (!max)
                continue;
            QCOMPARE(trace.poolArgmax.rows(), Index(config.pooledSize()));
            QVERIFY((trace.poolArgmax.col(0).array() == -1).all()); // the all-pad sequence
            for (Index r = 0; r < config.hiddenSize; ++r) {
                const int winner = trace.poolArgmax(Index(d) * config.hiddenSize + r, 3);
                QCOMPARE(top.step(top.hidden, winner, 3)(r), pooled(r));
                for (int t = 1; t < steps; ++t)
                    if (t != winner)
                        QCOMPARE(top.step(top.dHiddenDirect, t, 3)(r), 0.0);
            }
        }

        ForwardOptions quick = options;
        quick.recordTrace = false;
        const auto loss = [&]() { return network.forward(input, targets, quick).loss; };
        Worst worst;
        Parameters &parameters = network.parameters();
        for (std::size_t i = 0; i < parameters.size(); ++i)
            checkMatrix(parameters[i].value, trace.gradients[i],
                        QString::fromStdString(parameters[i].name), loss, worst, i == 0 ? 0 : -1);
        checkInitialStates(config, quick, trace, loss, worst);
        QVERIFY2(worst.error <= tolerance, qPrintable(describe(worst)));
    }

    // With token 0 as padding its embedding column gets no gradient; the others still match.
    void paddingTokenGetsNoGradient()
    {
        NetworkConfig config;
        config.cell = CellType::Gru;
        config.hiddenSize = 4;
        config.outputSize = 2;
        config.vocabularySize = 4;
        config.embeddingSize = 3;
        config.paddingToken = true;
        Network network(config, 3);
        QVERIFY(network.parameters()[0].value.col(0).isZero(0.0));
        Random random(5);
        InputBatch input = randomInput(config, 5, 2, random);
        input.tokens[0] = 0;
        input.tokens[3] = 0;
        input.tokens[1] = 2;
        const Targets targets = randomTargets(config, 5, 2, random);
        Trace trace = network.forward(input, targets);
        network.backward(trace);
        const Matrix &dTable = trace.gradients[0];
        QCOMPARE(network.parameters()[0].name, std::string("embedding.weight"));
        QVERIFY(dTable.col(0).isZero(0.0));
        QVERIFY(!dTable.col(2).isZero(0.0));
        ForwardOptions quick;
        quick.recordTrace = false;
        const auto loss = [&]() { return network.forward(input, targets, quick).loss; };
        Worst worst;
        checkMatrix(network.parameters()[0].value, dTable, QStringLiteral("embedding"), loss, worst,
                    0);
        QVERIFY2(worst.error <= tolerance, qPrintable(worst.where));
    }
};

QTEST_APPLESS_MAIN(TstGradientCheck)
#include "tst_gradient_check.moc"
