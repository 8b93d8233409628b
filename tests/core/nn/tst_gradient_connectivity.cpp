// Gradient connectivity (core/nn/gradient_connectivity.h): the definition checked against the
// Trace of an ordinary backward pass, the refusals, and lesson 6's picture: on the latching and
// adding tasks at a fixed seed, an Elman network's ||dL_t/dx_s|| falls faster with t - s than an
// LSTM's (by more than a decade, at initialisation and after an epoch of training).
#include "nn/gradient_connectivity.h"
#include "nn_test_support.h"
#include "train/experiment.h"

#include <QtTest>

using namespace rnn;
using namespace rnn::testing;

namespace {

InputBatch firstTestSequence(const Experiment &experiment)
{
    const SequenceSet &test = experiment.testSet();
    return test.inputBatch(std::vector<Index> { 0 });
}

// log10 of how far the curve falls from s = t to s = 0.
double fallInDecades(const GradientConnectivity &c)
{
    const double near = c.norms(c.outputStep);
    const double far = std::max(c.norms(0), 1e-300);
    return std::log10(near / far);
}

} // namespace

class TstGradientConnectivity : public QObject
{
    Q_OBJECT
private slots:
    void lastStepIsTheOrdinaryInputGradient()
    {
        // For an every-step network with one output, L_t's gradient is the input gradient of a
        // squared error at step t alone with dL/dy_t = 2.
        NetworkConfig c;
        c.cell = CellType::Lstm;
        c.inputSize = 2;
        c.hiddenSize = 3;
        c.outputSize = 1;
        c.placement = ReadoutPlacement::EveryStep;
        const Network network(c, 4);
        Random random(9);
        const InputBatch input = randomInput(c, 6, 1, random);
        const int t = 4;
        const GradientConnectivity g = gradientConnectivity(network, input, t);
        QCOMPARE(g.norms.size(), Index(6));
        QCOMPARE(g.norms(5), 0.0); // after t
        Targets targets;
        targets.values = network.forward(input).outputs;
        targets.values(0, t) -= 1.0;
        targets.stepMask = Vector::Zero(6);
        targets.stepMask(t) = 1.0;
        Trace trace = network.forward(input, targets);
        network.backward(trace);
        for (int s = 0; s <= t; ++s)
            QVERIFY(std::abs(g.norms(s) - trace.dInput.col(s).norm()) < 1e-14);
        QVERIFY(g.norms(t) > 0.0);
        QCOMPARE(g.relative().maxCoeff(), 1.0);
    }

    void refusesWhatItCannotConnect()
    {
        NetworkConfig c;
        c.cell = CellType::Elman;
        c.placement = ReadoutPlacement::LastStep;
        const Network network(c, 1);
        Random random(1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 gradientConnectivity(network, randomInput(c, 4, 1, random), 4));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 gradientConnectivity(network, randomInput(c, 4, 2, random), 1));
        // a many-to-one network is read at any step
        QCOMPARE(gradientConnectivity(network, randomInput(c, 4, 1, random), 1).norms.size(),
                 Index(4));
    }

    void elmanFallsFasterThanLstm_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<int>("epochs");
        // lesson 6's settings (T = 50, 16 units, seed 42) with the recurrent weights scaled by
        // 0.7 as the gradient plot's compare mode does (CompareRequest::recurrentScale)
        QTest::newRow("latching/initial") << "latching" << 0;
        QTest::newRow("adding/1 epoch") << "adding" << 1;
    }

    void elmanFallsFasterThanLstm()
    {
        QFETCH(QString, task);
        QFETCH(int, epochs);
        const auto trained = [&](CellType cell) {
            ExperimentConfig c;
            c.apply({ { "generator", task.toStdString() } });
            c.sequenceLength = 50;
            c.trainSamples = 400;
            c.testSamples = 20;
            c.model = cell;
            c.hidden = 16;
            c.clipNorm = 1.0;
            c.batchSize = 8;
            c.epochs = epochs;
            c.seed = 42;
            Experiment experiment(c);
            Network network = experiment.trainer().network();
            for (Parameter &p : network.parameters())
                if (p.name.find("weight_hidden") != std::string::npos)
                    p.value *= 0.7;
            experiment.trainer()
                = Trainer(network, experiment.trainer().options(), experiment.trainer().trainSet());
            if (epochs > 0)
                experiment.train();
            return experiment;
        };
        const Experiment elman = trained(CellType::Elman);
        const Experiment lstm = trained(CellType::Lstm);
        const InputBatch sequence = firstTestSequence(elman);
        QVERIFY(sequence.values == firstTestSequence(lstm).values); // the same sequence
        const int t = sequence.steps - 1;
        const GradientConnectivity e = gradientConnectivity(elman.trainer().network(), sequence, t);
        const GradientConnectivity l = gradientConnectivity(lstm.trainer().network(), sequence, t);
        // the mean of log10 ||dL_t/dx_s|| / max over the far half, s <= t/2
        const auto far = [t](const GradientConnectivity &g) {
            return g.relative().head(t / 2 + 1).array().log10().mean();
        };
        qInfo("%s, T = 50, t = 49: from s = 49 to s = 0 Elman falls %.2f decades, LSTM %.2f; "
              "far half at 10^%.2f and 10^%.2f of the peak",
              qPrintable(task), fallInDecades(e), fallInDecades(l), far(e), far(l));
        QVERIFY(fallInDecades(e) > fallInDecades(l) + 1.0);
        QVERIFY(far(e) < far(l) - 1.0);
    }
};

QTEST_APPLESS_MAIN(TstGradientConnectivity)
#include "tst_gradient_connectivity.moc"
