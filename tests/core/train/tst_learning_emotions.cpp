// Learning result of the emotion exercise: GoEmotions in six classes, train file -> test file,
// with the preset's defaults and seed: accuracy >= 57% (the issue asks >= 50%; the majority class
// gives 18%; TF-IDF + logistic regression on the same files gives 58.5%, which the preset's mean
// pooling and dropout reach: 59.3%, macro-F1 0.592; the margin allows small numeric changes).
#include "train/experiment.h"

#include <QtTest>

using namespace rnn;

class TstLearningEmotions : public QObject
{
    Q_OBJECT
private slots:
    void goEmotionsAccuracy()
    {
        const ExperimentConfig config
            = PresetLibrary::load(RNNLAB_SOURCE_DIR "/resources/presets/presets.json")
                  .preset("emotions");
        Experiment experiment(config);
        QCOMPARE(experiment.trainer().trainSet().size(), Index(3479));
        QCOMPARE(experiment.testSet().size(), Index(545));
        experiment.train();
        const nlohmann::json r = experiment.report();
        const double accuracy = r["test"]["accuracy"].get<double>();
        qInfo("emotions: test accuracy %.1f%%, macro-F1 %.3f, majority %.1f%%, %d epochs, %.1f s",
              100.0 * accuracy, r["test"]["macro_f1"].get<double>(),
              100.0 * r["baselines"]["majority"]["accuracy"].get<double>(), r["epochs"].get<int>(),
              r["seconds"].get<double>());
        QVERIFY(accuracy >= 0.57);
        QVERIFY(accuracy > 2.0 * r["baselines"]["majority"]["accuracy"].get<double>());
    }
};

QTEST_APPLESS_MAIN(TstLearningEmotions)
#include "tst_learning_emotions.moc"
