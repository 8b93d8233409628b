// Experiment (core/train/experiment.h): the lecture's topologies are wired as promised (where the
// readout and the loss sit, the shapes of inputs and targets), a saved model gives back the same
// predictions, and the text path classifies new texts. Small budgets: behaviour, not accuracy.
#include "train/experiment.h"

#include <QtTest>

using namespace rnn;

namespace {

ExperimentConfig airline(int epochs)
{
    ExperimentConfig config;
    config.dataFile = RNNLAB_SOURCE_DIR "/resources/datasets/airline_passengers.csv";
    config.target = "Passengers";
    config.lookback = 12;
    config.hidden = 4;
    config.epochs = epochs;
    return config;
}

} // namespace

class TstExperiment : public QObject
{
    Q_OBJECT
private slots:
    void forecastTopologies_data()
    {
        QTest::addColumn<QString>("topology");
        QTest::addColumn<int>("horizon");
        QTest::addColumn<int>("placement");
        QTest::addColumn<int>("outputs");
        QTest::addColumn<int>("steps");
        QTest::newRow("many-to-one")
            << "many_to_one" << 1 << int(ReadoutPlacement::LastStep) << 1 << 12;
        QTest::newRow("many-to-one, 3 ahead")
            << "many_to_one" << 3 << int(ReadoutPlacement::LastStep) << 3 << 12;
        QTest::newRow("encoder-decoder, 3 ahead")
            << "encoder_decoder" << 3 << int(ReadoutPlacement::EveryStep) << 1 << 15;
    }
    void forecastTopologies()
    {
        QFETCH(QString, topology);
        QFETCH(int, horizon);
        QFETCH(int, placement);
        QFETCH(int, outputs);
        QFETCH(int, steps);
        ExperimentConfig config = airline(1);
        config.topology = topology.toStdString();
        config.horizon = horizon;
        Experiment experiment(config);
        QCOMPARE(int(experiment.networkConfig().placement), placement);
        QCOMPARE(experiment.networkConfig().outputSize, outputs);
        const SequenceSet &train = experiment.trainer().trainSet();
        QCOMPARE(train.steps, steps);
        if (topology == "encoder_decoder") {
            // the decoder steps get zero inputs and carry the whole loss
            QCOMPARE(train.stepMask.size(), Index(15));
            QCOMPARE(train.stepMask.head(12).sum(), 0.0);
            QCOMPARE(train.stepMask.tail(3).sum(), 3.0);
            QVERIFY(train.inputs[0].rightCols(3).isZero());
        } else {
            QCOMPARE(train.values[0].rows(), Index(horizon));
        }
        experiment.train();
        const nlohmann::json r = experiment.report();
        QCOMPARE(r["test"]["samples"].get<int>(), 48 - horizon + 1);
        QVERIFY(std::isfinite(r["test"]["rmse"].get<double>()));
    }

    void savedModelPredictsTheSame()
    {
        Experiment experiment(airline(5));
        experiment.train();
        const ModelFile model = experiment.modelFile();
        QCOMPARE(model.history.size(), std::size_t(5));
        QVERIFY(!model.scaler.is_null());
        QTemporaryDir dir;
        const std::string path = dir.filePath("m.json").toStdString();
        saveModel(model, path);
        const Experiment loaded = Experiment::fromModel(loadModel(path));
        QCOMPARE(loaded.report()["test"]["rmse"].get<double>(),
                 experiment.report()["test"]["rmse"].get<double>());
        const Matrix a = experiment.forecastAfter(airline(0).dataFile);
        const Matrix b = loaded.forecastAfter(airline(0).dataFile);
        QVERIFY(a == b);
    }

    void textsAreClassified()
    {
        ExperimentConfig config;
        config.task = "classify";
        config.dataFile = RNNLAB_SOURCE_DIR "/resources/datasets/emocoes_ptbr.csv";
        config.testDataFile = RNNLAB_SOURCE_DIR "/resources/datasets/emocoes_ptbr_test.csv";
        config.hidden = 8;
        config.embeddingSize = 8;
        config.epochs = 1;
        Experiment experiment(config);
        QCOMPARE(experiment.classNames().size(), std::size_t(6));
        QCOMPARE(experiment.testSet().size(), Index(180));
        QCOMPARE(experiment.networkConfig().readout, ReadoutKind::Softmax);
        QCOMPARE(experiment.networkConfig().placement, ReadoutPlacement::LastStep);
        experiment.train();
        Matrix probabilities;
        const std::vector<int> classes = experiment.classifyTexts(
            { "Que alegria, coração!", "Tenho medo do escuro" }, &probabilities);
        QCOMPARE(classes.size(), std::size_t(2));
        QCOMPARE(probabilities.cols(), Index(2));
        QVERIFY(std::abs(probabilities.col(0).sum() - 1.0) < 1e-12);
        const ModelFile model = experiment.modelFile();
        QCOMPARE(model.labels, experiment.classNames());
        QVERIFY(!model.vocabulary.is_null());
    }

    void syntheticTasksPlaceTheLoss_data()
    {
        QTest::addColumn<QString>("generator");
        QTest::addColumn<int>("placement");
        QTest::addColumn<int>("readout");
        QTest::newRow("xor") << "xor" << int(ReadoutPlacement::EveryStep)
                             << int(ReadoutKind::Linear);
        QTest::newRow("letters") << "letters" << int(ReadoutPlacement::EveryStep)
                                 << int(ReadoutKind::Softmax);
        QTest::newRow("reber") << "reber" << int(ReadoutPlacement::EveryStep)
                               << int(ReadoutKind::Softmax);
        QTest::newRow("adding") << "adding" << int(ReadoutPlacement::LastStep)
                                << int(ReadoutKind::Linear);
        QTest::newRow("longrange")
            << "longrange" << int(ReadoutPlacement::LastStep) << int(ReadoutKind::Softmax);
        QTest::newRow("resetsum") << "resetsum" << int(ReadoutPlacement::EveryStep)
                                  << int(ReadoutKind::Linear);
        QTest::newRow("endlabel") << "endlabel" << int(ReadoutPlacement::EveryStep)
                                  << int(ReadoutKind::Softmax);
        QTest::newRow("latching") << "latching" << int(ReadoutPlacement::LastStep)
                                  << int(ReadoutKind::Softmax);
    }
    void syntheticTasksPlaceTheLoss()
    {
        QFETCH(QString, generator);
        QFETCH(int, placement);
        QFETCH(int, readout);
        ExperimentConfig config;
        config.generator = generator.toStdString();
        config.trainSamples = 20;
        config.sequenceLength = generator == "reber" ? 0 : 20;
        config.hidden = 4;
        config.epochs = 1;
        Experiment experiment(config);
        QCOMPARE(int(experiment.networkConfig().placement), placement);
        QCOMPARE(int(experiment.networkConfig().readout), readout);
        QCOMPARE(experiment.trainer().trainSet().size(), Index(20));
        experiment.train();
        const nlohmann::json r = experiment.report();
        QVERIFY(r.contains("test") && r.contains("baselines"));
    }
};

QTEST_APPLESS_MAIN(TstExperiment)
#include "tst_experiment.moc"
