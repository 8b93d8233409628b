// Learning result of the Portuguese emotion sentences (issue 10).
// The Portuguese sentences with the default text pipeline (rnn::textClassificationDefaults(),
// what `rnnlab-train --task classify --data emocoes_ptbr.csv --test-data emocoes_ptbr_test.csv`
// runs): >= 72.2 % at 4 of the seeds 1..5 (issue 10's criterion; 70.6, 75.0, 73.3, 73.3, 72.8 %).
// The word-count naive Bayes on the same tokens ("!" and "?" included) gets 75.0 %: the network
// does not beat it, and the app says so.
//
// Five seeds of a minute or more each in one test function: CMakeLists.txt gives it a longer
// QtTest watchdog (QTEST_FUNCTION_TIMEOUT) than the 300 s default.
#include "train/experiment.h"

#include <QtTest>

#include <cstdint>

using namespace rnn;

class TstLearningPortuguese : public QObject
{
    Q_OBJECT
private slots:
    void portugueseDefaultPipelineFourOfFiveSeeds()
    {
        int reached = 0;
        for (std::uint64_t seed = 1; seed <= 5; ++seed) {
            ExperimentConfig config = textClassificationDefaults();
            config.dataFile = RNNLAB_SOURCE_DIR "/resources/datasets/emocoes_ptbr.csv";
            config.testDataFile = RNNLAB_SOURCE_DIR "/resources/datasets/emocoes_ptbr_test.csv";
            config.seed = seed;
            Experiment experiment(config);
            QVERIFY(experiment.networkConfig().subwordBuckets > 0);
            QVERIFY(experiment.networkConfig().skipPadding);
            QCOMPARE(experiment.testSet().size(), Index(180));
            experiment.train();
            const nlohmann::json r = experiment.report();
            const double accuracy = r["test"]["accuracy"].get<double>();
            const double bayes = r["baselines"]["naive_bayes"]["accuracy"].get<double>();
            qInfo("emocoes, default text pipeline, seed %d: test accuracy %.1f%% (naive Bayes "
                  "%.1f%%), %.1f s",
                  int(seed), 100.0 * accuracy, 100.0 * bayes, r["seconds"].get<double>());
            QVERIFY(accuracy > 0.5); // three times the majority class at every seed
            if (accuracy >= 0.722 - 1e-9)
                ++reached;
        }
        QVERIFY2(reached >= 4, qPrintable(QString("%1 of 5 seeds reach 72.2 %").arg(reached)));
    }
};

QTEST_APPLESS_MAIN(TstLearningPortuguese)
#include "tst_learning_portuguese.moc"
