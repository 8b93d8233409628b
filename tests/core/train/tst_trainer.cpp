// The Trainer of core/train/trainer.h on small hand-made sequence sets: granular stepping (one
// sample, one batch, one epoch; inspecting a sample leaves the weights untouched), determinism
// and copies, divergence caught at its step with finite weights kept, early stopping restoring the
// best weights, the progress callback's Stop, the learning-rate schedules, option checks.
#include "train/trainer.h"

#include <QtTest>

#include <cmath>

using namespace rnn;

namespace {

// N sequences of T steps, one input channel; target (many-to-one) = the mean of the inputs,
// times `scale` (so a validation set can ask for something else).
SequenceSet meanTask(int n, int steps, std::uint64_t seed, double scale = 1.0)
{
    Random random(seed);
    SequenceSet set;
    set.steps = steps;
    for (int i = 0; i < n; ++i) {
        Matrix x(1, steps);
        for (int t = 0; t < steps; ++t)
            x(0, t) = random.uniform(-1.0, 1.0);
        set.inputs.push_back(x);
        set.values.push_back(Matrix::Constant(1, 1, scale * x.mean()));
    }
    return set;
}

Network smallNetwork(CellType cell = CellType::Elman, std::uint64_t seed = 3)
{
    NetworkConfig config;
    config.cell = cell;
    config.inputSize = 1;
    config.hiddenSize = 6;
    config.outputSize = 1;
    config.placement = ReadoutPlacement::LastStep;
    return Network(config, seed);
}

bool sameParameters(const Parameters &a, const Parameters &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].value != b[i].value)
            return false;
    return true;
}

bool allFinite(const Parameters &parameters)
{
    for (const auto &p : parameters)
        if (!p.value.allFinite())
            return false;
    return true;
}

} // namespace

class TstTrainer : public QObject
{
    Q_OBJECT
private slots:
    void batchLayoutIsStepMajor()
    {
        SequenceSet set = meanTask(3, 4, 1);
        const InputBatch batch = set.inputBatch({ 2, 0 });
        QCOMPARE(batch.steps, 4);
        QCOMPARE(batch.batch, 2);
        QCOMPARE(batch.values.cols(), Index(8));
        // step t of batch element b is column t*B + b
        QCOMPARE(batch.values(0, 3 * 2 + 0), set.inputs[2](0, 3));
        QCOMPARE(batch.values(0, 1 * 2 + 1), set.inputs[0](0, 1));
        const Targets targets = set.targets({ 2, 0 });
        QCOMPARE(targets.values(0, 1), set.values[0](0, 0));
        QCOMPARE(set.validate(), std::string());
    }

    void stepSampleUpdatesAndReturnsItsTrace()
    {
        TrainerOptions options;
        Trainer trainer(smallNetwork(), options, meanTask(20, 5, 1));
        const Parameters before = trainer.network().parameters();
        StepResult result;
        const Trace trace = trainer.stepSample(3, &result);
        QVERIFY(trace.hasLoss);
        QVERIFY(trace.hasGradients);
        QCOMPARE(trace.batch, 1);
        QCOMPARE(trace.steps, 5);
        QCOMPARE(result.loss, trace.loss);
        QVERIFY(result.gradientNorm > 0.0);
        QVERIFY(!sameParameters(before, trainer.network().parameters()));
        QCOMPARE(trainer.report().steps, std::int64_t(1));
        QCOMPARE(trainer.epoch(), 0); // the epoch cursor did not move
    }

    void inspectLeavesTheWeightsUnchanged()
    {
        Trainer trainer(smallNetwork(CellType::Lstm), {}, meanTask(10, 6, 2), meanTask(4, 6, 9));
        trainer.stepBatch();
        const Parameters before = trainer.network().parameters();
        const Trace trace = trainer.inspect(4);
        const Trace validation = trainer.inspect(1, true);
        QVERIFY(trace.hasGradients);
        QVERIFY(validation.hasLoss);
        QVERIFY(sameParameters(before, trainer.network().parameters()));
        // the same sample inspected twice gives the same numbers
        QCOMPARE(trainer.inspect(4).loss, trace.loss);
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, trainer.inspect(10));
    }

    void batchesMakeAnEpoch_data()
    {
        QTest::addColumn<int>("samples");
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<int>("batches");
        QTest::newRow("exact") << 12 << 4 << 3;
        QTest::newRow("remainder") << 10 << 4 << 3;
        QTest::newRow("one big batch") << 5 << 16 << 1;
        QTest::newRow("single samples") << 3 << 1 << 3;
    }
    void batchesMakeAnEpoch()
    {
        QFETCH(int, samples);
        QFETCH(int, batchSize);
        QFETCH(int, batches);
        TrainerOptions options;
        options.batchSize = batchSize;
        Trainer trainer(smallNetwork(), options, meanTask(samples, 4, 5));
        for (int b = 1; b < batches; ++b)
            QVERIFY(!trainer.stepBatch().epochFinished);
        QCOMPARE(trainer.epoch(), 0);
        QVERIFY(trainer.stepBatch().epochFinished);
        QCOMPARE(trainer.epoch(), 1);
        QCOMPARE(trainer.report().history.size(), std::size_t(1));
        QCOMPARE(trainer.report().steps, std::int64_t(batches));
        const EpochRecord record = trainer.runEpoch();
        QCOMPARE(record.epoch, 2);
        QCOMPARE(trainer.report().steps, std::int64_t(2 * batches));
    }

    void trainingLowersTheLoss()
    {
        TrainerOptions options;
        options.epochs = 30;
        options.batchSize = 8;
        options.optimizer.learningRate = 0.02;
        Trainer trainer(smallNetwork(CellType::Gru), options, meanTask(64, 8, 11));
        const double before = trainer.evaluateLoss(trainer.trainSet());
        const TrainingReport &report = trainer.train();
        QCOMPARE(report.reason, StopReason::Finished);
        QCOMPARE(report.epochs, 30);
        QCOMPARE(report.history.size(), std::size_t(30));
        QVERIFY2(trainer.evaluateLoss(trainer.trainSet()) < 0.2 * before,
                 qPrintable(QString::number(before)));
        QVERIFY(!report.briefReport().empty());
    }

    void sameSeedSameWeightsAndCopiesBranch()
    {
        TrainerOptions options;
        options.epochs = 3;
        Trainer a(smallNetwork(), options, meanTask(20, 5, 1));
        Trainer b(smallNetwork(), options, meanTask(20, 5, 1));
        a.runEpoch();
        b.runEpoch();
        QVERIFY(sameParameters(a.network().parameters(), b.network().parameters()));
        Trainer copy = a; // a branch of the run
        a.runEpoch();
        copy.runEpoch();
        QVERIFY(sameParameters(a.network().parameters(), copy.network().parameters()));
        options.seed = 2; // another shuffle
        Trainer c(smallNetwork(), options, meanTask(20, 5, 1));
        c.runEpoch();
        QVERIFY(!sameParameters(b.network().parameters(), c.network().parameters()));
    }

    void divergenceIsCaughtAndFiniteWeightsKept_data()
    {
        QTest::addColumn<double>("learningRate");
        QTest::newRow("1e6") << 1e6;
        QTest::newRow("1e12") << 1e12;
        QTest::newRow("1e200") << 1e200;
    }
    void divergenceIsCaughtAndFiniteWeightsKept()
    {
        QFETCH(double, learningRate);
        TrainerOptions options;
        options.epochs = 50;
        options.batchSize = 4;
        options.clipNorm = 0.0;
        options.optimizer.kind = OptimizerKind::Sgd;
        options.optimizer.learningRate = learningRate;
        // Jordan: the output is fed back, so large weights blow the loss up
        NetworkConfig config;
        config.cell = CellType::Jordan;
        config.inputSize = 1;
        config.hiddenSize = 4;
        config.placement = ReadoutPlacement::EveryStep;
        SequenceSet set;
        set.steps = 10;
        Random random(4);
        for (int i = 0; i < 16; ++i) {
            Matrix x(1, 10);
            for (int t = 0; t < 10; ++t)
                x(0, t) = random.uniform(-3.0, 3.0);
            set.inputs.push_back(x);
            set.values.push_back(100.0 * x);
        }
        Trainer trainer(Network(config, 1), options, set);
        int calls = 0;
        const TrainingReport &report = trainer.train([&](const ProgressInfo &) {
            ++calls;
            return Progress::Continue;
        });
        QCOMPARE(report.reason, StopReason::Diverged);
        QVERIFY(trainer.stopped());
        QVERIFY(report.epochs < 50);
        QVERIFY(allFinite(trainer.network().parameters()));
        const QString message = QString::fromStdString(report.message);
        QVERIFY2(message.contains("learning rate") && message.contains("clip"),
                 report.message.c_str());
        QVERIFY2(message.contains("NaN") || message.contains("infinite"), report.message.c_str());
        // further steps refuse to run and change nothing
        const Parameters kept = trainer.network().parameters();
        QVERIFY(trainer.stepBatch().diverged);
        QVERIFY(sameParameters(kept, trainer.network().parameters()));
    }

    void earlyStoppingRestoresTheBestWeights()
    {
        TrainerOptions options;
        options.epochs = 100;
        options.patience = 3;
        options.optimizer.learningRate = 0.05;
        // validation asks for the opposite of training: its loss rises as training succeeds
        Trainer trainer(smallNetwork(), options, meanTask(32, 5, 1), meanTask(16, 5, 2, -1.0));
        const TrainingReport &report = trainer.train();
        QCOMPARE(report.reason, StopReason::EarlyStopped);
        QVERIFY(report.bestEpoch >= 1);
        QCOMPARE(report.epochs, report.bestEpoch + 3);
        QCOMPARE(trainer.evaluateLoss(trainer.validationSet()), report.bestValidationLoss);
        QVERIFY(QString::fromStdString(report.message).contains("restored"));
    }

    void callbackCanStop()
    {
        TrainerOptions options;
        options.epochs = 10;
        options.batchSize = 2;
        Trainer trainer(smallNetwork(), options, meanTask(10, 4, 1));
        int calls = 0;
        const TrainingReport &report = trainer.train([&](const ProgressInfo &info) {
            ++calls;
            return info.epochFinished ? Progress::Stop : Progress::Continue;
        });
        QCOMPARE(report.reason, StopReason::Cancelled);
        QCOMPARE(report.epochs, 1);
        QCOMPARE(calls, 5); // five batches, the last finished epoch 1
        // training can continue afterwards
        trainer.train();
        QCOMPARE(trainer.report().epochs, 10);
        QCOMPARE(trainer.report().reason, StopReason::Finished);
    }

    void learningRateSchedules_data()
    {
        QTest::addColumn<int>("schedule");
        QTest::addColumn<int>("epoch");
        QTest::addColumn<double>("expected");
        QTest::newRow("constant") << int(LearningRateSchedule::Constant) << 7 << 0.1;
        QTest::newRow("step 0") << int(LearningRateSchedule::Step) << 0 << 0.1;
        QTest::newRow("step 4") << int(LearningRateSchedule::Step) << 4 << 0.1;
        QTest::newRow("step 5") << int(LearningRateSchedule::Step) << 5 << 0.05;
        QTest::newRow("step 12") << int(LearningRateSchedule::Step) << 12 << 0.025;
        QTest::newRow("cosine 0") << int(LearningRateSchedule::Cosine) << 0 << 0.1;
        QTest::newRow("cosine half") << int(LearningRateSchedule::Cosine) << 10 << 0.05;
        QTest::newRow("cosine end") << int(LearningRateSchedule::Cosine) << 20 << 0.0;
    }
    void learningRateSchedules()
    {
        QFETCH(int, schedule);
        QFETCH(int, epoch);
        QFETCH(double, expected);
        TrainerOptions options;
        options.epochs = 20;
        options.optimizer.learningRate = 0.1;
        options.schedule = static_cast<LearningRateSchedule>(schedule);
        options.stepEvery = 5;
        options.stepFactor = 0.5;
        QVERIFY(std::abs(options.learningRateAt(epoch) - expected) < 1e-12);
    }
    void scheduleReachesTheOptimizer()
    {
        TrainerOptions options;
        options.schedule = LearningRateSchedule::Step;
        options.stepEvery = 1;
        options.stepFactor = 0.5;
        options.optimizer.learningRate = 0.1;
        Trainer trainer(smallNetwork(), options, meanTask(4, 3, 1));
        trainer.runEpoch();
        trainer.runEpoch();
        QCOMPARE(trainer.report().history[0].learningRate, 0.1);
        QCOMPARE(trainer.report().history[1].learningRate, 0.05);
    }

    void badOptionsAndDataAreExplained_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<double>("clip");
        QTest::addColumn<int>("inputSize");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("batch") << 0 << 1.0 << 1 << "batch size";
        QTest::newRow("clip") << 4 << -1.0 << 1 << "clipping";
        QTest::newRow("shape") << 4 << 1.0 << 3 << "do not fit";
    }
    void badOptionsAndDataAreExplained()
    {
        QFETCH(int, batchSize);
        QFETCH(double, clip);
        QFETCH(int, inputSize);
        QFETCH(QString, mentions);
        TrainerOptions options;
        options.batchSize = batchSize;
        options.clipNorm = clip;
        NetworkConfig config;
        config.inputSize = inputSize;
        config.placement = ReadoutPlacement::LastStep;
        try {
            Trainer trainer(Network(config, 1), options, meanTask(4, 3, 1));
            QFAIL("no error");
        } catch (const std::invalid_argument &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(mentions), e.what());
        }
    }

    void predictLaysOutSamples()
    {
        NetworkConfig config;
        config.inputSize = 1;
        config.hiddenSize = 3;
        config.placement = ReadoutPlacement::EveryStep;
        SequenceSet set;
        set.steps = 4;
        for (int i = 0; i < 3; ++i) {
            set.inputs.push_back(Matrix::Constant(1, 4, 0.1 * (i + 1)));
            set.values.push_back(Matrix::Zero(1, 4));
        }
        Trainer trainer(Network(config, 1), {}, set);
        const Matrix all = trainer.predict(set);
        QCOMPARE(all.cols(), Index(12));
        // sample 2 alone gives the columns 8..11 of the whole prediction
        const Matrix one = trainer.predict(set.subset({ 2 }));
        QVERIFY((one - all.middleCols(8, 4)).cwiseAbs().maxCoeff() < 1e-12);
    }
};

QTEST_APPLESS_MAIN(TstTrainer)
#include "tst_trainer.moc"
