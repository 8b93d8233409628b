// The bag-of-words naive Bayes (core/baselines/naive_bayes.h): a tiny example computed by hand,
// and the accuracy it reaches beside the network on the shipped texts, through the text
// pipeline (same training texts, same tokenizer): Portuguese emotions 129 of 180 test sentences
// (71.7 %; the word-count naive Bayes reached 72.2 %, a tokenizer apart), GoEmotions'
// six Ekman classes 57.6 % (the README's TF-IDF logistic regression: 58.5 %).
#include "baselines/naive_bayes.h"
#include "train/experiment.h"

#include "../train/small_configs.h"

#include <QtTest>

#include <stdexcept>

using rnn::NaiveBayes;
using rnn::Vector;

namespace {

// Class 0 saw "a a b", class 1 "b c": V = 3, n_0 = 3, n_1 = 2, priors 1/2.
// P(a|0) = 3/6, P(b|0) = 2/6, P(c|0) = 1/6; P(a|1) = 1/5, P(b|1) = 2/5, P(c|1) = 2/5.
NaiveBayes tiny()
{
    return NaiveBayes::fit({ { "a", "a", "b" }, { "b", "c" } }, { 0, 1 }, 2);
}

double naiveBayesAccuracy(const rnn::ExperimentConfig &config)
{
    const rnn::Experiment experiment(config);
    const auto e = std::get<rnn::ClassificationEvaluation>(experiment.evaluate());
    if (!e.naiveBayes)
        throw std::logic_error("no naive Bayes baseline");
    return e.naiveBayes->accuracy;
}

} // namespace

class TstNaiveBayes : public QObject
{
    Q_OBJECT
private slots:
    void byHand()
    {
        const NaiveBayes model = tiny();
        QCOMPARE(model.vocabularySize(), rnn::Index(3));
        // "a b": 1/2 * 3/6 * 2/6 = 1/12 against 1/2 * 1/5 * 2/5 = 1/25 -> 25/37
        const Vector ab = model.probabilities({ "a", "b" });
        QVERIFY(std::abs(ab(0) - 25.0 / 37.0) < 1e-12);
        QVERIFY(std::abs(ab.sum() - 1.0) < 1e-12);
        // "c" and an unseen word (ignored): 1/2 * 1/6 against 1/2 * 2/5 -> 5/17
        QVERIFY(std::abs(model.probabilities({ "c", "zzz" })(0) - 5.0 / 17.0) < 1e-12);
        QCOMPARE(model.classify({ { "a", "b" }, { "c" }, {} }), (std::vector<int> { 0, 1, 0 }));
    }
    void refusesBadInput()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, NaiveBayes::fit({ { "a" } }, {}, 2));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, NaiveBayes::fit({ { "a" } }, { 2 }, 2));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 NaiveBayes::fit({ { "a" } }, { 0 }, 2, 0.0));
    }
    void portugueseEmotions()
    {
        const double accuracy = naiveBayesAccuracy(rnn::testconfigs::smallPortugueseEmotions());
        QVERIFY2(accuracy > 0.71 && accuracy < 0.73, qPrintable(QString::number(accuracy)));
    }
    void goEmotions()
    {
        rnn::ExperimentConfig config = rnn::testconfigs::smallPortugueseEmotions();
        config.dataFile = RNNLAB_SOURCE_DIR "/resources/datasets/goemotions_ekman_train.csv";
        config.testDataFile = RNNLAB_SOURCE_DIR "/resources/datasets/goemotions_ekman_test.csv";
        const double accuracy = naiveBayesAccuracy(config);
        QVERIFY2(accuracy > 0.56 && accuracy < 0.59, qPrintable(QString::number(accuracy)));
    }
};

QTEST_APPLESS_MAIN(TstNaiveBayes)
#include "tst_naive_bayes.moc"
