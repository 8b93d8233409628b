// Occlusion (TextPipeline::occlusion): which words push a text classifier's prediction. On a
// tiny LSTM trained one epoch on the Portuguese emotion sentences: padding steps contribute
// nothing, every word's column sums to 0 over the classes (probabilities on both sides), and a
// word's column is exactly the change of the class probabilities that classifying the sentence
// typed without that word gives (the same network, through the tokenizer).
#include "train/experiment.h"
#include "train/text_pipeline.h"

#include "small_configs.h"

#include <QtTest>

using rnn::Index;
using rnn::Matrix;

class TstOcclusion : public QObject
{
    Q_OBJECT
private slots:
    void wordsChangeTheProbabilities()
    {
        rnn::Experiment experiment(rnn::testconfigs::smallPortugueseEmotions());
        experiment.train();
        const rnn::TextPipeline *text = experiment.text();
        QVERIFY(text);
        const std::vector<std::string> words = { "eu", "fiquei", "muito", "feliz", "hoje" };
        const int length = experiment.config().maxLength;
        const std::vector<int> ids = text->vocabulary().encode(words, length);
        const Matrix occlusion = text->occlusion(experiment.trainer(), ids);
        QCOMPARE(occlusion.rows(), Index(experiment.classNames().size()));
        QCOMPARE(occlusion.cols(), Index(length));
        const Index first = length - static_cast<Index>(words.size()); // the first word's step
        QVERIFY(occlusion.leftCols(first).isZero(0.0));
        for (Index t = first; t < length; ++t)
            QVERIFY(std::abs(occlusion.col(t).sum()) < 1e-12);
        QVERIFY(occlusion.rightCols(static_cast<Index>(words.size())).cwiseAbs().maxCoeff() > 0.0);
        // "muito" (step first + 2) removed, typed as a sentence
        Matrix full, without;
        experiment.classifyTexts({ "eu fiquei muito feliz hoje" }, &full);
        experiment.classifyTexts({ "eu fiquei feliz hoje" }, &without);
        QVERIFY((occlusion.col(first + 2) - (full.col(0) - without.col(0))).norm() < 1e-12);
    }
};

QTEST_APPLESS_MAIN(TstOcclusion)
#include "tst_occlusion.moc"
