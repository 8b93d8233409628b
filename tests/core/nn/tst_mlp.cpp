// The MLP of lesson 1 (core/nn/mlp.h) inside a Network: its parameters and shapes, the window
// flattened step by step, forward by hand, a fourth-order finite-difference check of every
// parameter and every input (as tst_gradient_check does for the cells), and the configurations
// it refuses.
#include "nn/mlp.h"
#include "nn/network.h"
#include "nn/parameter_shapes.h"
#include "nn_test_support.h"

#include <QtTest>

#include <cmath>
#include <functional>

using namespace rnn;
using namespace rnn::testing;

namespace {

NetworkConfig mlpConfig(int inputSize, int steps, int hidden, int layers, int outputs)
{
    NetworkConfig c;
    c.cell = CellType::Mlp;
    c.inputSize = inputSize;
    c.windowSteps = steps;
    c.hiddenSize = hidden;
    c.layers = layers;
    c.outputSize = outputs;
    c.placement = ReadoutPlacement::LastStep;
    return c;
}

// Fourth-order central difference of loss() at *value (eps = 1e-4, as tst_gradient_check).
double numeric(double *value, const std::function<double()> &loss)
{
    constexpr double eps = 1e-4;
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

double relativeError(double analytic, double numeric)
{
    return std::abs(analytic - numeric) / std::max(1e-5, std::abs(analytic) + std::abs(numeric));
}

} // namespace

class TstMlp : public QObject
{
    Q_OBJECT
private slots:
    void parametersAreNamedAndShaped()
    {
        const NetworkConfig c = mlpConfig(2, 5, 4, 2, 3);
        QCOMPARE(c.validate(), std::string());
        const Network network(c, 7);
        const Parameters &p = network.parameters();
        QCOMPARE(p.size(), std::size_t(6));
        QCOMPARE(p[0].name, std::string("dense0.weight"));
        QCOMPARE(p[0].value.rows(), Index(4));
        QCOMPARE(p[0].value.cols(), Index(10)); // X * T
        QCOMPARE(p[2].name, std::string("dense1.weight"));
        QCOMPARE(p[2].value.cols(), Index(4));
        QCOMPARE(p[4].name, std::string("readout.weight"));
        QCOMPARE(p[4].value.cols(), Index(4));
        // parameter_shapes.cpp agrees with the constructor, and counts the same
        const auto shapes = parameterShapes(c);
        QCOMPARE(shapes.size(), p.size());
        for (std::size_t i = 0; i < p.size(); ++i) {
            QCOMPARE(shapes[i].name, p[i].name);
            QCOMPARE(Index(shapes[i].rows), p[i].value.rows());
            QCOMPARE(Index(shapes[i].cols), p[i].value.cols());
        }
        QCOMPARE(parameterCount(c), std::int64_t(parameterScalarCount(p)));
    }

    void flattensStepByStep()
    {
        // X = 2, T = 3, B = 2: column t*B + b holds step t of sequence b
        Matrix window(2, 6);
        window << 1, 2, 3, 4, 5, 6, //
            11, 12, 13, 14, 15, 16;
        const Matrix flat = Mlp::flatten(window, 3, 2);
        QCOMPARE(flat.rows(), Index(6));
        QCOMPARE(flat.cols(), Index(2));
        // sequence 1: x_0 = (2, 12), x_1 = (4, 14), x_2 = (6, 16)
        QCOMPARE(flat(0, 1), 2.0);
        QCOMPARE(flat(1, 1), 12.0);
        QCOMPARE(flat(2, 1), 4.0);
        QCOMPARE(flat(5, 1), 16.0);
        QVERIFY(Mlp::unflatten(flat, 3, 2) == window);
    }

    void forwardIsTheEquations()
    {
        const NetworkConfig c = mlpConfig(1, 3, 2, 1, 1);
        const Network network(c, 3);
        InputBatch input;
        input.steps = 3;
        input.batch = 1;
        input.values = Matrix(1, 3);
        input.values << 0.5, -0.25, 1.0;
        const Trace trace = network.forward(input);
        QVERIFY(trace.isDense());
        QVERIFY(trace.layers.empty());
        const Parameters &p = network.parameters();
        const Vector z0 = input.values.transpose();
        const Vector z1 = (p[0].value * z0 + p[1].value).array().tanh().matrix();
        const double y = (p[2].value * z1 + p[3].value)(0, 0);
        QVERIFY(std::abs(trace.outputs(0, 0) - y) < 1e-14);
        QVERIFY((trace.dense.hidden[0] - z1).norm() < 1e-14);
    }

    void matchesFiniteDifferences_data()
    {
        QTest::addColumn<int>("inputSize");
        QTest::addColumn<int>("steps");
        QTest::addColumn<int>("layers");
        QTest::addColumn<int>("outputs");
        QTest::addColumn<int>("readout");
        QTest::newRow("sine-window/1layer/mse") << 1 << 6 << 1 << 1 << 0;
        QTest::newRow("multivariate/2layers/mse") << 3 << 4 << 2 << 2 << 0;
        QTest::newRow("3layers/xent") << 2 << 3 << 3 << 3 << 1;
    }

    void matchesFiniteDifferences()
    {
        QFETCH(int, inputSize);
        QFETCH(int, steps);
        QFETCH(int, layers);
        QFETCH(int, outputs);
        QFETCH(int, readout);
        NetworkConfig c = mlpConfig(inputSize, steps, 4, layers, outputs);
        c.readout = readout == 0 ? ReadoutKind::Linear : ReadoutKind::Softmax;
        Network network(c, 11);
        Random random(5);
        const int batch = 3;
        InputBatch input = randomInput(c, steps, batch, random);
        const Targets targets = randomTargets(c, steps, batch, random);
        Trace trace = network.forward(input, targets);
        network.backward(trace);
        QVERIFY(trace.hasGradients);
        const auto loss = [&] { return network.forward(input, targets).loss; };
        double worst = 0.0;
        QString where;
        const auto check = [&](Matrix &values, const Matrix &analytic, const QString &name) {
            QCOMPARE(analytic.rows(), values.rows());
            QCOMPARE(analytic.cols(), values.cols());
            for (Index col = 0; col < values.cols(); ++col)
                for (Index r = 0; r < values.rows(); ++r) {
                    const double e
                        = relativeError(analytic(r, col), numeric(&values(r, col), loss));
                    if (!(e <= worst)) {
                        worst = e;
                        where = QStringLiteral("%1(%2,%3)").arg(name).arg(r).arg(col);
                    }
                }
        };
        for (std::size_t i = 0; i < network.parameters().size(); ++i)
            check(network.parameters()[i].value, trace.gradients[i],
                  QString::fromStdString(network.parameters()[i].name));
        check(input.values, trace.dInput, QStringLiteral("input"));
        QVERIFY2(worst <= 1e-6, qPrintable(QStringLiteral("%1 at %2").arg(worst).arg(where)));
    }

    void refusesWhatItCannotBe_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("embedding") << "embedding"
                                   << "not tokens";
        QTest::newRow("bidirectional") << "bidirectional"
                                       << "bidirectional";
        QTest::newRow("every-step") << "every_step"
                                    << "many-to-one";
        QTest::newRow("no-window") << "window0"
                                   << "window_steps";
        QTest::newRow("dropout") << "dropout"
                                 << "dropout";
    }

    void refusesWhatItCannotBe()
    {
        QFETCH(QString, change);
        QFETCH(QString, message);
        NetworkConfig c = mlpConfig(1, 4, 3, 1, 1);
        if (change == "embedding") {
            c.vocabularySize = 5;
            c.embeddingSize = 2;
        } else if (change == "bidirectional") {
            c.bidirectional = true;
        } else if (change == "every_step") {
            c.placement = ReadoutPlacement::EveryStep;
        } else if (change == "window0") {
            c.windowSteps = 0;
        } else if (change == "dropout") {
            c.inputDropout = 0.2;
        }
        const QString error = QString::fromStdString(c.validate());
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void refusesAWindowOfAnotherLength()
    {
        const NetworkConfig c = mlpConfig(1, 4, 3, 1, 1);
        const Network network(c, 1);
        Random random(1);
        const InputBatch input = randomInput(c, 5, 2, random);
        QVERIFY(network.checkBatch(input, {}).find("windows of 4 steps") != std::string::npos);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, network.forward(input));
    }
};

QTEST_APPLESS_MAIN(TstMlp)
#include "tst_mlp.moc"
