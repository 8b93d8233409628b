// Learning results of the synthetic lessons, through core's Experiment with each preset's seed:
//   Elman's temporal XOR: after training, the error on every third bit (the predictable one) is
//   well below the error on the others (which stays near the 0.25 of guessing);
//   the adding problem, T = 100: an LSTM reaches MSE < 0.04 on held-out sequences and an Elman
//   network of the same size does not (it stays near the 1/6 of always answering the mean).
#include "train/experiment.h"

#include <QtTest>

using namespace rnn;

namespace {

ExperimentConfig preset(const char *name)
{
    return PresetLibrary::load(RNNLAB_SOURCE_DIR "/resources/presets/presets.json").preset(name);
}

} // namespace

class TstLearningSequences : public QObject
{
    Q_OBJECT
private slots:
    void elmanFindsTheXorStructure()
    {
        Experiment experiment(preset("xor"));
        QCOMPARE(experiment.networkConfig().cell, CellType::Elman);
        experiment.train();
        const nlohmann::json r = experiment.report();
        const double predictable = r["test"]["mse_predictable"].get<double>();
        const double other = r["test"]["mse_other"].get<double>();
        qInfo("xor: MSE on every third bit %.4f, on the others %.4f", predictable, other);
        QVERIFY(predictable < 0.25 * other);
        QVERIFY(other > 0.2); // the random bits stay unpredictable
    }

    void addingProblemLstmSucceedsElmanFails_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("solves");
        QTest::newRow("lstm") << "lstm" << true;
        QTest::newRow("elman") << "elman" << false;
    }
    void addingProblemLstmSucceedsElmanFails()
    {
        QFETCH(QString, model);
        QFETCH(bool, solves);
        ExperimentConfig config = preset("adding");
        config.model = cellTypeNames.fromString(model.toStdString());
        Experiment experiment(config);
        QCOMPARE(experiment.trainer().trainSet().steps, 100);
        experiment.train();
        const nlohmann::json r = experiment.report();
        const double mse = r["test"]["mse"].get<double>();
        qInfo("adding T=100, %s (hidden %d): held-out MSE %.4f (the mean gives %.4f), %.1f s",
              qPrintable(model), config.hidden, mse, r["baselines"]["mean"]["mse"].get<double>(),
              r["seconds"].get<double>());
        if (solves)
            QVERIFY(mse < 0.04);
        else
            QVERIFY(mse > 0.04);
    }
};

QTEST_APPLESS_MAIN(TstLearningSequences)
#include "tst_learning_sequences.moc"
