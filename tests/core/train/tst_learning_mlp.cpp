// Lesson 1, MLP vs RNN, through the same core API as rnnlab-train: the feed-forward network
// (model "mlp") learns the sine windows of the "sine" preset at its fixed seed, on exactly the
// windows an Elman network learns beside it; what it cannot take (texts, sequence tasks, other
// topologies) is refused with a sentence that says why; and its model file loads back to the
// same forecasts.
#include "train/experiment.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace rnn;

namespace {

ExperimentConfig sine(CellType model)
{
    ExperimentConfig c
        = PresetLibrary::load(RNNLAB_SOURCE_DIR "/resources/presets/presets.json").preset("sine");
    c.model = model;
    return c;
}

double testMse(const nlohmann::json &report)
{
    const double rmse = report["test"]["rmse"].get<double>();
    return rmse * rmse;
}

} // namespace

class TstLearningMlp : public QObject
{
    Q_OBJECT
private slots:
    void mlpLearnsTheSineWindows()
    {
        Experiment mlp(sine(CellType::Mlp));
        QVERIFY(mlp.networkConfig().isMlp());
        QCOMPARE(mlp.networkConfig().windowSteps, 20); // the lookback, read at once
        mlp.train();
        const nlohmann::json r = mlp.report();
        const double mse = testMse(r);
        const double persistence = r["baselines"]["persistence"]["rmse"].get<double>();
        qInfo("mlp on sine (preset, seed 1): test MSE %.5f (RMSE %.4f), persistence RMSE %.4f, "
              "%d weights, %.2f s",
              mse, std::sqrt(mse), persistence, r["parameters"].get<int>(),
              r["seconds"].get<double>());
        QVERIFY(mse < 0.006); // measured 0.00462; the noise alone (sd 0.05) is 0.0025
        QVERIFY(std::sqrt(mse) < persistence);
    }

    void elmanLearnsTheSameWindows()
    {
        Experiment mlp(sine(CellType::Mlp));
        Experiment elman(sine(CellType::Elman));
        // the same windows of the same series, one as a vector and one as a sequence
        QCOMPARE(elman.trainer().trainSet().size(), mlp.trainer().trainSet().size());
        QCOMPARE(elman.testSet().size(), mlp.testSet().size());
        QVERIFY(elman.testSet().inputs.front() == mlp.testSet().inputs.front());
        QVERIFY(elman.trainer().trainSet().values.back() == mlp.trainer().trainSet().values.back());
        elman.train();
        const double mse = testMse(elman.report());
        qInfo("elman on sine (preset, seed 1): test MSE %.5f", mse);
        QVERIFY(mse < 0.007); // measured 0.00541
    }

    void refusesWhereItDoesNotApply_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("topology");
        QTest::addColumn<QString>("expected");
        QTest::newRow("texts") << "emotions"
                               << ""
                               << "forecasts only";
        QTest::newRow("adding task") << "adding"
                                     << ""
                                     << "forecasts only";
        QTest::newRow("letters task") << "letters"
                                      << ""
                                      << "forecasts only";
        QTest::newRow("encoder-decoder") << "sine"
                                         << "encoder_decoder"
                                         << "many_to_one";
    }

    void refusesWhereItDoesNotApply()
    {
        QFETCH(QString, preset);
        QFETCH(QString, topology);
        QFETCH(QString, expected);
        ExperimentConfig c
            = PresetLibrary::load(RNNLAB_SOURCE_DIR "/resources/presets/presets.json")
                  .preset(preset.toStdString());
        c.model = CellType::Mlp;
        if (!topology.isEmpty())
            c.apply({ { "topology", topology.toStdString() } });
        try {
            Experiment experiment(c);
            QFAIL("an MLP was built where it does not apply");
        } catch (const std::invalid_argument &error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(expected), error.what());
        }
    }

    void modelFileLoadsBack()
    {
        ExperimentConfig c = sine(CellType::Mlp);
        c.epochs = 3;
        Experiment trained(c);
        trained.train();
        QTemporaryDir dir;
        const std::string path = dir.filePath("mlp.json").toStdString();
        saveModel(trained.modelFile(), path);
        const ModelFile model = loadModel(path);
        QVERIFY(model.network.isMlp());
        QCOMPARE(model.network.windowSteps, 20);
        const Experiment loaded = Experiment::fromModel(model);
        const std::vector<double> a = trained.generate(5);
        const std::vector<double> b = loaded.generate(5);
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY(std::abs(a[i] - b[i]) < 1e-12);
    }
};

QTEST_APPLESS_MAIN(TstLearningMlp)
#include "tst_learning_mlp.moc"
