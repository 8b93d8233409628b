// Network behaviour outside the gradient maths: configuration and batch validation, parameter
// names, recordTrace on/off give identical numbers, determinism of training from a seed, the
// Trace accessors, the loss normalisation, Jordan's shared readout and dropout.
#include "nn/network.h"
#include "nn_test_support.h"
#include "train/optimizer.h"

#include <QtTest>

using namespace rnn;
using namespace rnn::testing;

namespace {

NetworkConfig smallConfig(CellType cell)
{
    NetworkConfig config;
    config.cell = cell;
    config.inputSize = 2;
    config.hiddenSize = 4;
    config.outputSize = 2;
    return config;
}

} // namespace

class TstNetwork : public QObject
{
    Q_OBJECT
private slots:
    void validateExplains_data()
    {
        QTest::addColumn<int>("cell");
        QTest::addColumn<int>("layers");
        QTest::addColumn<bool>("bidirectional");
        QTest::addColumn<int>("hidden");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("lstm ok") << int(CellType::Lstm) << 3 << true << 4 << QString();
        QTest::newRow("jordan ok") << int(CellType::Jordan) << 1 << false << 4 << QString();
        QTest::newRow("jordan stacked")
            << int(CellType::Jordan) << 2 << false << 4 << QStringLiteral("one recurrent layer");
        QTest::newRow("jordan bidirectional")
            << int(CellType::Jordan) << 1 << true << 4 << QStringLiteral("bidirectional");
        QTest::newRow("no hidden")
            << int(CellType::Gru) << 1 << false << 0 << QStringLiteral("hidden size");
        QTest::newRow("no layers")
            << int(CellType::Elman) << 0 << false << 4 << QStringLiteral("layer");
        QTest::newRow("jordan mean pool")
            << int(CellType::Jordan) << -1 << false << 4 << QStringLiteral("pool");
        QTest::newRow("gru mean pool") << int(CellType::Gru) << -1 << true << 4 << QString();
    }
    void validateExplains()
    {
        QFETCH(int, cell);
        QFETCH(int, layers);
        QFETCH(bool, bidirectional);
        QFETCH(int, hidden);
        QFETCH(QString, errorContains);
        NetworkConfig config = smallConfig(CellType(cell));
        if (layers < 0) { // -1: one layer, readout pooled over the steps
            config.placement = ReadoutPlacement::MeanPool;
            layers = 1;
        }
        config.layers = layers;
        config.bidirectional = bidirectional;
        config.hiddenSize = hidden;
        const QString error = QString::fromStdString(config.validate());
        if (errorContains.isEmpty()) {
            QCOMPARE(error, QString());
        } else {
            QVERIFY2(error.contains(errorContains), qPrintable(error));
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Network { config });
        }
    }

    void parameterNamesAndShapes()
    {
        NetworkConfig config = smallConfig(CellType::Gru);
        config.layers = 2;
        config.bidirectional = true;
        config.vocabularySize = 6;
        config.embeddingSize = 3;
        const Network network(config);
        QStringList names;
        for (const Parameter &p : network.parameters())
            names << QString::fromStdString(p.name);
        QCOMPARE(names.first(), QStringLiteral("embedding.weight"));
        QCOMPARE(names.last(), QStringLiteral("readout.bias"));
        QCOMPARE(names.size(), 1 + 2 * 2 * 4 + 2);
        const auto shape = [&](const char *name) {
            const Matrix &m = network.parameters()[std::size_t(network.parameterIndex(name))].value;
            return QPoint(int(m.rows()), int(m.cols()));
        };
        QCOMPARE(shape("embedding.weight"), QPoint(3, 6));
        QCOMPARE(shape("layer0.forward.weight_input"), QPoint(12, 3));
        QCOMPARE(shape("layer1.backward.weight_input"), QPoint(12, 8));
        QCOMPARE(shape("layer1.backward.weight_hidden"), QPoint(12, 4));
        QCOMPARE(shape("layer0.backward.bias_hidden"), QPoint(12, 1));
        QCOMPARE(shape("readout.weight"), QPoint(2, 8));
        QCOMPARE(network.parameterIndex("nothing"), -1);

        const Network jordan(smallConfig(CellType::Jordan));
        QVERIFY(jordan.parameterIndex("layer0.forward.weight_context") >= 0);
        QCOMPARE(
            jordan.parameters()[std::size_t(jordan.parameterIndex("layer0.forward.weight_context"))]
                .value.cols(),
            Index(2));
    }

    void checkBatchRejectsWrongShapes()
    {
        const Network network(smallConfig(CellType::Lstm));
        Random random(1);
        InputBatch input = randomInput(network.config(), 3, 2, random);
        Targets targets = randomTargets(network.config(), 3, 2, random);
        QCOMPARE(QString::fromStdString(network.checkBatch(input, targets)), QString());
        InputBatch wrong = input;
        wrong.values = Matrix::Zero(2, 5);
        QVERIFY(!network.checkBatch(wrong, targets).empty());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, network.forward(wrong, targets));
        Targets wrongTargets = targets;
        wrongTargets.values = Matrix::Zero(2, 2);
        QVERIFY(!network.checkBatch(input, wrongTargets).empty());
        Targets wrongMask = targets;
        wrongMask.stepMask = Vector::Ones(2);
        QVERIFY(!network.checkBatch(input, wrongMask).empty());
    }

    void recordTraceOffGivesIdenticalNumbers_data()
    {
        QTest::addColumn<int>("cell");
        QTest::addColumn<bool>("bidirectional");
        QTest::addColumn<int>("readout");
        QTest::newRow("elman") << int(CellType::Elman) << false << 0;
        QTest::newRow("jordan") << int(CellType::Jordan) << false << 1;
        QTest::newRow("lstm") << int(CellType::Lstm) << false << 0;
        QTest::newRow("gru bidirectional") << int(CellType::Gru) << true << 1;
        QTest::newRow("lstm bidirectional") << int(CellType::Lstm) << true << 0;
        QTest::newRow("gru bidirectional mean pool") << int(CellType::Gru) << true << 2;
        QTest::newRow("lstm mean pool") << int(CellType::Lstm) << false << 3;
    }
    void recordTraceOffGivesIdenticalNumbers()
    {
        QFETCH(int, cell);
        QFETCH(bool, bidirectional);
        QFETCH(int, readout);
        NetworkConfig config = smallConfig(CellType(cell));
        config.bidirectional = bidirectional;
        config.layers = bidirectional ? 2 : 1;
        if (readout >= 2) { // 2, 3: linear, softmax read out from the mean over the steps
            config.placement = ReadoutPlacement::MeanPool;
            readout -= 2;
        }
        config.readout = ReadoutKind(readout);
        const Network network(config, 4);
        Random random(8);
        const InputBatch input = randomInput(config, 7, 3, random);
        const Targets targets = randomTargets(config, 7, 3, random);
        Trace recorded = network.forward(input, targets);
        network.backward(recorded);
        ForwardOptions quick;
        quick.recordTrace = false;
        Trace lean = network.forward(input, targets, quick);
        network.backward(lean);
        QCOMPARE(lean.loss, recorded.loss);
        QCOMPARE(lean.outputs, recorded.outputs);
        QCOMPARE(lean.gradients.size(), recorded.gradients.size());
        for (std::size_t i = 0; i < lean.gradients.size(); ++i)
            QVERIFY(lean.gradients[i] == recorded.gradients[i]);
        QCOMPARE(lean.layers[0][0].hidden, recorded.layers[0][0].hidden);
        // The display-only parts are empty when not recorded, filled when recorded.
        QCOMPARE(lean.layers[0][0].preactivation.size(), Index(0));
        QCOMPARE(lean.layers[0][0].dHidden.size(), Index(0));
        QVERIFY(recorded.layers[0][0].preactivation.size() > 0);
        QVERIFY(recorded.layers[0][0].dHidden.size() > 0);
        // Reusing a trace's buffers gives the same numbers again.
        network.forward(input, targets, ForwardOptions {}, lean);
        network.backward(lean);
        for (std::size_t i = 0; i < lean.gradients.size(); ++i)
            QVERIFY(lean.gradients[i] == recorded.gradients[i]);
    }

    void trainingIsDeterministic()
    {
        const auto train = [](std::uint64_t seed) {
            NetworkConfig config = smallConfig(CellType::Lstm);
            Network network(config, seed);
            OptimizerConfig oc;
            oc.kind = OptimizerKind::Adam;
            Optimizer optimizer(oc);
            Random random(seed + 1000);
            Trace trace;
            for (int step = 0; step < 20; ++step) {
                const InputBatch input = randomInput(config, 5, 4, random);
                const Targets targets = randomTargets(config, 5, 4, random);
                ForwardOptions lean;
                lean.recordTrace = false;
                network.forward(input, targets, lean, trace);
                network.backward(trace);
                clipGradientNorm(trace.gradients, 1.0);
                optimizer.step(network.parameters(), trace.gradients);
            }
            return network.parameters();
        };
        const Parameters a = train(3);
        const Parameters b = train(3);
        const Parameters c = train(4);
        bool same = true;
        bool different = false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            same = same && a[i].value == b[i].value; // bit-identical
            different = different || a[i].value != c[i].value;
        }
        QVERIFY(same);
        QVERIFY(different);
    }

    // Dropout acts only on passes that ask for it, with masks fixed by the seed: entries 0 or
    // 1 / (1 - p), about a fraction p of them dropped; evaluation passes are untouched.
    void dropoutOnlyWhenTrainingAndSeeded()
    {
        NetworkConfig config = smallConfig(CellType::Gru);
        config.vocabularySize = 20;
        config.embeddingSize = 8;
        config.bidirectional = true;
        config.readout = ReadoutKind::Softmax;
        config.placement = ReadoutPlacement::MeanPool;
        NetworkConfig plain = config;
        config.inputDropout = 0.4;
        config.readoutDropout = 0.25;
        QCOMPARE(QString::fromStdString(config.validate()), QString());
        const Network network(config, 5);
        const Network reference(plain, 5); // same weights, no dropout
        Random random(6);
        const InputBatch input = randomInput(config, 25, 8, random);
        const Targets targets = randomTargets(config, 25, 8, random);

        const Trace evaluation = network.forward(input, targets);
        QCOMPARE(evaluation.outputs, reference.forward(input, targets).outputs);
        QCOMPARE(evaluation.inputMask.size(), Index(0));
        QCOMPARE(evaluation.featureMask.size(), Index(0));

        ForwardOptions training;
        training.dropout = true;
        training.dropoutSeed = 42;
        Trace a = network.forward(input, targets, training);
        const Trace b = network.forward(input, targets, training);
        training.dropoutSeed = 43;
        const Trace c = network.forward(input, targets, training);
        QCOMPARE(a.inputMask.rows(), Index(8));
        QCOMPARE(a.inputMask.cols(), Index(25 * 8));
        QCOMPARE(a.featureMask.rows(), Index(2 * 4));
        QCOMPARE(a.featureMask.cols(), Index(8));
        QVERIFY(a.inputMask == b.inputMask && a.featureMask == b.featureMask);
        QCOMPARE(a.loss, b.loss);
        QVERIFY(a.inputMask != c.inputMask);
        QVERIFY(a.loss != c.loss);
        QVERIFY(a.loss != evaluation.loss);
        const auto check = [](const Matrix &mask, double p) {
            const double kept = 1.0 / (1.0 - p);
            Index dropped = 0;
            for (Index i = 0; i < mask.size(); ++i) {
                QVERIFY(mask.data()[i] == 0.0 || mask.data()[i] == kept);
                dropped += mask.data()[i] == 0.0 ? 1 : 0;
            }
            const double fraction = static_cast<double>(dropped) / static_cast<double>(mask.size());
            QVERIFY2(std::abs(fraction - p) < 0.1, qPrintable(QString::number(fraction)));
        };
        check(a.inputMask, 0.4);
        check(a.featureMask, 0.25);
        // The first layer sees the masked word vectors (token by token from the embedding).
        const Matrix &table = network.parameters()[0].value;
        const Index j = 17;
        QCOMPARE(a.layers[0][1].input.col(j),
                 Vector(table.col(input.tokens[std::size_t(j)]).cwiseProduct(a.inputMask.col(j))));
        network.backward(a);
        QVERIFY(a.hasGradients);

        NetworkConfig bad = config;
        bad.placement = ReadoutPlacement::EveryStep;
        QVERIFY(QString::fromStdString(bad.validate()).contains(QStringLiteral("many-to-one")));
        bad = config;
        bad.inputDropout = 1.0;
        QVERIFY(QString::fromStdString(bad.validate()).contains(QStringLiteral("dropout")));
    }

    // Small steps along the negative gradient lower the loss at every step.
    void sgdLowersTheLoss_data()
    {
        QTest::addColumn<int>("cell");
        QTest::newRow("elman") << int(CellType::Elman);
        QTest::newRow("jordan") << int(CellType::Jordan);
        QTest::newRow("lstm") << int(CellType::Lstm);
        QTest::newRow("gru") << int(CellType::Gru);
    }
    void sgdLowersTheLoss()
    {
        QFETCH(int, cell);
        NetworkConfig config = smallConfig(CellType(cell));
        Network network(config, 2);
        Random random(6);
        const InputBatch input = randomInput(config, 5, 4, random);
        const Targets targets = randomTargets(config, 5, 4, random);
        OptimizerConfig oc;
        oc.kind = OptimizerKind::Sgd;
        oc.learningRate = 0.1;
        Optimizer optimizer(oc);
        Trace trace = network.forward(input, targets);
        const double first = trace.loss;
        double previous = first;
        for (int step = 0; step < 30; ++step) {
            network.forward(input, targets, ForwardOptions {}, trace);
            QVERIFY2(trace.loss <= previous, qPrintable(QString::number(step)));
            previous = trace.loss;
            network.backward(trace);
            optimizer.step(network.parameters(), trace.gradients);
        }
        QVERIFY2(network.forward(input, targets).loss < 0.99 * first,
                 qPrintable(QString::number(first)));
    }

    void lossIsPyTorchMean()
    {
        // Output fixed by zero weights and a chosen bias: predictions = bias everywhere.
        NetworkConfig config = smallConfig(CellType::Elman);
        config.outputSize = 1;
        Network network(config);
        for (Parameter &p : network.parameters())
            p.value.setZero();
        network.parameters().back().value(0, 0) = 1.0; // readout.bias
        InputBatch input;
        input.steps = 3;
        input.batch = 2;
        input.values = Matrix::Zero(2, 6);
        Targets targets;
        targets.values = Matrix { { 1.0, 1.0, 3.0, 1.0, 1.0, 0.0 } }; // errors 0 0 2 0 0 -1
        Trace trace = network.forward(input, targets);
        QCOMPARE(trace.loss, (4.0 + 1.0) / 6.0);
        QCOMPARE(trace.stepLoss(1), 4.0 / 6.0);
        QCOMPARE(trace.stepLoss(2), 1.0 / 6.0);
        targets.stepMask = Vector { { 1.0, 1.0, 0.0 } }; // mean over the 2 counted steps * B
        trace = network.forward(input, targets);
        QCOMPARE(trace.loss, 4.0 / 4.0);
        QCOMPARE(trace.stepLoss(2), 0.0);
    }

    void jordanFeedsItsReadoutBack()
    {
        NetworkConfig config = smallConfig(CellType::Jordan);
        config.jordanMu = 0.5;
        const Network network(config, 12);
        Random random(2);
        const InputBatch input = randomInput(config, 4, 1, random);
        const Trace trace = network.forward(input);
        const LayerTrace &lt = trace.layers[0][0];
        QCOMPARE(trace.outputs, lt.feedback); // the readout IS the Jordan output
        for (int t = 1; t < 4; ++t) {
            const Matrix expected
                = 0.5 * lt.stepColumns(lt.context, t - 1) + lt.stepColumns(lt.feedback, t - 1);
            QVERIFY((lt.stepColumns(lt.context, t) - expected).isZero(1e-15));
        }
        QVERIFY(lt.stepColumns(lt.context, 0).isZero(0.0)); // zero initial context and output
        QVERIFY(!trace.hasLoss);
    }

    void traceAccessors()
    {
        NetworkConfig config = smallConfig(CellType::Lstm);
        config.bidirectional = true;
        const Network network(config, 1);
        Random random(3);
        const InputBatch input = randomInput(config, 5, 2, random);
        const Targets targets = randomTargets(config, 5, 2, random);
        Trace trace = network.forward(input, targets);
        network.backward(trace);
        const LayerTrace &backward = trace.layers[0][1];
        QVERIFY(backward.reverse);
        QCOMPARE(Matrix(backward.stepColumns(backward.hidden, 2)),
                 Matrix(backward.hidden.middleCols(4, 2)));
        QCOMPARE(Vector(backward.step(backward.cell, 3, 1)), Vector(backward.cell.col(7)));
        QCOMPARE(Matrix(backward.gateBlock(backward.gates, LstmGateForget)),
                 Matrix(backward.gates.middleRows(4, 4)));
        const Vector norms = trace.gradientNormPerStep();
        QCOMPARE(norms.size(), Index(5));
        for (int t = 0; t < 5; ++t) {
            double expected = 0.0;
            for (const LayerTrace &lt : trace.layers[0])
                for (int b = 0; b < 2; ++b)
                    expected += lt.step(lt.dHidden, t, b).norm();
            QVERIFY(std::abs(norms(t) - expected) < 1e-15);
            QVERIFY(norms(t) > 0.0);
        }
        // One direction at a time: the two add up to both, and a direction not there is empty.
        const Vector forward = trace.gradientNormPerStep(0, 0);
        const Vector reversed = trace.gradientNormPerStep(0, 1);
        QCOMPARE(forward.size(), Index(5));
        QVERIFY(std::abs(forward(1)
                         - trace.layers[0][0].step(trace.layers[0][0].dHidden, 1, 0).norm()
                         - trace.layers[0][0].step(trace.layers[0][0].dHidden, 1, 1).norm())
                < 1e-15);
        QVERIFY((forward + reversed - norms).cwiseAbs().maxCoeff() < 1e-14);
        QCOMPARE(trace.gradientNormPerStep(0, 2).size(), Index(0));
    }

private:
    static constexpr int LstmGateForget = 1;
};

QTEST_APPLESS_MAIN(TstNetwork)
#include "tst_network.moc"
