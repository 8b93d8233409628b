// The text pipeline's n-grams, pad skipping, length buckets and gradient slices, end to end on
// the Portuguese sentences (a tiny network, one or two epochs): the weights after training do not
// depend on the thread count; the batched prediction (texts grouped by length, cut to their
// longest) equals each text read alone at full length; and a model file keeps the n-grams and
// the pad skipping, so the loaded model gives the same probabilities.
#include "train/experiment.h"
#include "train/model_io.h"
#include "train/text_pipeline.h"

#include "small_configs.h"

#include <QtTest>

using rnn::Index;
using rnn::Matrix;

namespace {

rnn::ExperimentConfig piecesConfig(int threads)
{
    rnn::ExperimentConfig config = rnn::testconfigs::smallPortugueseEmotions();
    config.epochs = 2;
    config.subwordBuckets = 257;
    config.pooling = rnn::Pooling::Mean;
    config.bidirectional = true;
    config.dropout = 0.2;
    config.lengthBuckets = true;
    config.sliceSize = 4;
    config.threads = threads;
    return config;
}

} // namespace

class TstTextSpeedPieces : public QObject
{
    Q_OBJECT
private slots:
    void sameWeightsWhateverTheThreads()
    {
        rnn::Experiment one(piecesConfig(1));
        rnn::Experiment two(piecesConfig(2));
        QVERIFY(one.networkConfig().skipPadding);
        QCOMPARE(one.networkConfig().subwordBuckets, 257);
        one.train();
        two.train();
        const rnn::Parameters &a = one.trainer().network().parameters();
        const rnn::Parameters &b = two.trainer().network().parameters();
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY2(a[i].value == b[i].value, a[i].name.c_str());
        // ... and the slices really computed something: the weights moved.
        rnn::Experiment untrained(piecesConfig(2));
        QVERIFY(untrained.trainer().network().parameters()[2].value != a[2].value);
    }

    void batchedPredictionEqualsEachTextAlone()
    {
        rnn::Experiment experiment(piecesConfig(2));
        experiment.train();
        const rnn::SequenceSet &test = experiment.testSet();
        QVERIFY(!test.subwords.empty());
        const Matrix p = experiment.trainer().predict(test);
        for (Index n : { Index(0), Index(7), test.size() - 1 }) {
            const rnn::Trace alone = experiment.trainer().inspect(test, n); // full length
            QCOMPARE(alone.steps, experiment.config().maxLength);
            QVERIFY((alone.probabilities.col(0) - p.col(n)).norm() < 1e-12);
        }
    }

    void modelFileRoundTrip()
    {
        rnn::Experiment experiment(piecesConfig(2));
        experiment.train();
        const std::vector<std::string> texts
            = { "fiquei muito feliz com a notícia", "que nojo dessa comida estragada",
                "palavrasinventadas tristíssimas" };
        Matrix before;
        experiment.classifyTexts(texts, &before);
        const nlohmann::json json = rnn::modelToJson(experiment.modelFile());
        QCOMPARE(json["network"]["subword_buckets"].get<int>(), 257);
        QCOMPARE(json["network"]["skip_padding"].get<bool>(), true);
        const rnn::ModelFile model
            = rnn::modelFromJson(nlohmann::json::parse(json.dump()), "m.json");
        QCOMPARE(model.network.subwordBuckets, 257);
        QVERIFY(model.network.skipPadding);
        const rnn::Experiment loaded = rnn::Experiment::fromModel(model);
        Matrix after;
        loaded.classifyTexts(texts, &after);
        QVERIFY((before - after).norm() < 1e-12);
        // A model file written before these pieces (no keys) reads as neither.
        nlohmann::json old = json;
        old["network"].erase("subword_buckets");
        old["network"].erase("skip_padding");
        old["parameters"].erase(1); // embedding.subword_weight
        const rnn::ModelFile oldModel = rnn::modelFromJson(old, "old.json");
        QCOMPARE(oldModel.network.subwordBuckets, 0);
        QVERIFY(!oldModel.network.skipPadding);
        // The bucket count is bounded before anything is allocated.
        nlohmann::json huge = json;
        huge["network"]["subword_buckets"] = 2000000000;
        QVERIFY_THROWS_EXCEPTION(rnn::ModelFileError, rnn::modelFromJson(huge, "huge.json"));
    }
};

QTEST_APPLESS_MAIN(TstTextSpeedPieces)
#include "tst_text_speed_pieces.moc"
