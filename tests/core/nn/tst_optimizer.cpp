// The three optimizers of core/train/optimizer.h against hand-computed updates, the learning
// rate setter, weight decay and configuration checks. (Kept beside the other core/nn tests:
// it is the nn engineer's unit.)
#include "train/optimizer.h"

#include <QtTest>

using namespace rnn;

namespace {

Parameters scalarParameter(double value)
{
    return { Parameter { "w", Matrix::Constant(1, 1, value) } };
}

Gradients scalarGradient(double value)
{
    return { Matrix::Constant(1, 1, value) };
}

} // namespace

class TstOptimizer : public QObject
{
    Q_OBJECT
private slots:
    void sgdSubtractsLearningRateTimesGradient()
    {
        OptimizerConfig config;
        config.kind = OptimizerKind::Sgd;
        config.learningRate = 0.5;
        Optimizer optimizer(config);
        Parameters p = { Parameter { "a", Matrix { { 1.0, 2.0 }, { 3.0, 4.0 } } },
                         Parameter { "b", Matrix::Constant(2, 1, -1.0) } };
        const Gradients g = { Matrix { { 0.5, -1.0 }, { 0.0, 2.0 } }, Matrix::Constant(2, 1, 4.0) };
        optimizer.step(p, g);
        QCOMPARE(p[0].value, (Matrix { { 0.75, 2.5 }, { 3.0, 3.0 } }));
        QCOMPARE(p[1].value, Matrix(Matrix::Constant(2, 1, -3.0)));
        QCOMPARE(optimizer.stepCount(), std::int64_t(1));
    }

    void momentumAccumulates()
    {
        OptimizerConfig config;
        config.kind = OptimizerKind::Momentum;
        config.learningRate = 0.1;
        config.momentum = 0.9;
        Optimizer optimizer(config);
        Parameters p = scalarParameter(1.0);
        optimizer.step(p, scalarGradient(1.0)); // v = 1, p = 1 - 0.1
        QCOMPARE(p[0].value(0, 0), 0.9);
        optimizer.step(p, scalarGradient(1.0)); // v = 0.9 + 1 = 1.9, p = 0.9 - 0.19
        QCOMPARE(p[0].value(0, 0), 0.9 - 0.1 * 1.9);
        optimizer.step(p, scalarGradient(0.0)); // v = 1.71: moves on without gradient
        QCOMPARE(p[0].value(0, 0), 0.9 - 0.1 * 1.9 - 0.1 * (0.9 * 1.9));
    }

    void adamMatchesHandComputedSteps()
    {
        OptimizerConfig config;
        config.kind = OptimizerKind::Adam;
        config.learningRate = 0.1; // beta1 0.9, beta2 0.999, eps 1e-8 (defaults)
        Optimizer optimizer(config);
        Parameters p = scalarParameter(1.0);
        // Step 1: m = 0.05, v = 0.00025, m^ = 0.5, v^ = 0.25: p = 1 - 0.1 * 0.5 / (0.5 + 1e-8).
        optimizer.step(p, scalarGradient(0.5));
        QVERIFY(std::abs(p[0].value(0, 0) - 0.900000002) < 1e-15);
        // Step 2 (g = -1): m = -0.055, v = 0.00124975, bias-corrected by 1 - 0.9^2, 1 - 0.999^2.
        optimizer.step(p, scalarGradient(-1.0));
        QVERIFY(std::abs(p[0].value(0, 0) - 0.9366103542405654) < 1e-15);
        QCOMPARE(optimizer.stepCount(), std::int64_t(2));
    }

    void learningRateIsSettableAndResetForgets()
    {
        OptimizerConfig config;
        config.kind = OptimizerKind::Momentum;
        config.learningRate = 1.0;
        Optimizer optimizer(config);
        optimizer.setLearningRate(0.25);
        QCOMPARE(optimizer.learningRate(), 0.25);
        Parameters p = scalarParameter(0.0);
        optimizer.step(p, scalarGradient(4.0));
        QCOMPARE(p[0].value(0, 0), -1.0);
        optimizer.reset();
        QCOMPARE(optimizer.stepCount(), std::int64_t(0));
        optimizer.step(p, scalarGradient(4.0)); // velocity forgotten: the same step again
        QCOMPARE(p[0].value(0, 0), -2.0);
    }

    void weightDecayAddsL2Gradient()
    {
        OptimizerConfig config;
        config.kind = OptimizerKind::Sgd;
        config.learningRate = 0.1;
        config.weightDecay = 0.5;
        Optimizer optimizer(config);
        Parameters p = scalarParameter(2.0);
        optimizer.step(p, scalarGradient(1.0)); // g' = 1 + 0.5 * 2 = 2
        QCOMPARE(p[0].value(0, 0), 1.8);
    }

    void rejectsMismatchedGradients()
    {
        Optimizer optimizer;
        Parameters p = scalarParameter(1.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, optimizer.step(p, Gradients {}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 optimizer.step(p, Gradients { Matrix::Zero(2, 1) }));
    }

    void validateNamesTheProblem_data()
    {
        QTest::addColumn<double>("learningRate");
        QTest::addColumn<double>("momentum");
        QTest::addColumn<double>("beta2");
        QTest::addColumn<bool>("valid");
        QTest::newRow("defaults") << 0.01 << 0.9 << 0.999 << true;
        QTest::newRow("negative rate") << -1.0 << 0.9 << 0.999 << false;
        QTest::newRow("momentum 1") << 0.01 << 1.0 << 0.999 << false;
        QTest::newRow("beta2 1") << 0.01 << 0.9 << 1.0 << false;
    }
    void validateNamesTheProblem()
    {
        QFETCH(double, learningRate);
        QFETCH(double, momentum);
        QFETCH(double, beta2);
        QFETCH(bool, valid);
        OptimizerConfig config;
        config.learningRate = learningRate;
        config.momentum = momentum;
        config.beta2 = beta2;
        QCOMPARE(config.validate().empty(), valid);
    }
};

QTEST_APPLESS_MAIN(TstOptimizer)
#include "tst_optimizer.moc"
