// The text pieces of the network: the subword embedding (nn/embedding.h) and pad skipping
// (nn/padding_mask.h). Finite differences (fourth order, as tst_gradient_check) of every
// parameter, the n-gram matrix included, for Elman, LSTM and GRU, one layer or two bidirectional,
// and the three many-to-one placements; the embedding's forward against its equation; and the
// point of pad skipping: a text gives the same outputs however much padding precedes it.
#include "nn/embedding.h"
#include "nn/network.h"
#include "nn_test_support.h"

#include <QtTest>

#include <cmath>
#include <functional>

using namespace rnn;
using namespace rnn::testing;

namespace {

constexpr double eps = 1e-4;

double numeric(double *value, const std::function<double()> &loss)
{
    const double saved = *value;
    const auto at = [&](double offset) {
        *value = saved + offset;
        return loss();
    };
    const double result
        = (-at(2.0 * eps) + 8.0 * at(eps) - 8.0 * at(-eps) + at(-2.0 * eps)) / (12.0 * eps);
    *value = saved;
    return result;
}

NetworkConfig textConfig(CellType cell, int layers, bool bidirectional, ReadoutPlacement placement)
{
    NetworkConfig config;
    config.cell = cell;
    config.hiddenSize = 3;
    config.layers = layers;
    config.bidirectional = bidirectional;
    config.outputSize = 3;
    config.readout = ReadoutKind::Softmax;
    config.placement = placement;
    config.vocabularySize = 6;
    config.embeddingSize = 3;
    config.paddingToken = true;
    config.subwordBuckets = 5;
    config.skipPadding = true;
    return config;
}

// Pre-padded sequences: sequence b has b + 1 real tokens (steps >= batch), each real step 0..2
// n-gram buckets.
InputBatch paddedInput(int steps, int batch, Random &random)
{
    InputBatch input;
    input.steps = steps;
    input.batch = batch;
    input.subwordOffsets.push_back(0);
    for (int t = 0; t < steps; ++t)
        for (int b = 0; b < batch; ++b) {
            const bool real = t >= steps - (b + 1);
            input.tokens.push_back(real ? 1 + int(random.below(5)) : 0);
            const int grams = real ? int(random.below(3)) : 0;
            for (int k = 0; k < grams; ++k)
                input.subwordIds.push_back(int(random.below(5)));
            input.subwordOffsets.push_back(int(input.subwordIds.size()));
        }
    return input;
}

} // namespace

class TstSubwordEmbedding : public QObject
{
    Q_OBJECT
private slots:
    void forwardIsTheMeanOfWordAndGrams()
    {
        Random random(3);
        const Matrix words = randomMatrix(2, 4, random);
        const Matrix grams = randomMatrix(2, 3, random);
        const Embedding embedding(words, &grams, true);
        // column 0: token 2 with grams {0, 2, 2}; column 1: token 3, no grams.
        const std::vector<int> tokens { 2, 3 };
        const std::vector<int> offsets { 0, 3, 3 };
        const std::vector<int> ids { 0, 2, 2 };
        Matrix x;
        embedding.forward(tokens, offsets, ids, x);
        const Vector expected0 = (words.col(2) + grams.col(0) + 2.0 * grams.col(2)) / 4.0;
        QVERIFY((x.col(0) - expected0).norm() < 1e-15);
        QVERIFY((x.col(1) - words.col(3)).norm() < 1e-15);
        // Without n-grams the lookup is the word's column.
        const Embedding plain(words, nullptr, true);
        plain.forward(tokens, {}, {}, x);
        QCOMPARE(x.col(0), words.col(2));
    }

    void matchesFiniteDifferences_data()
    {
        QTest::addColumn<int>("cell");
        QTest::addColumn<int>("layers");
        QTest::addColumn<bool>("bidirectional");
        QTest::addColumn<int>("placement");
        for (const CellType cell : { CellType::Elman, CellType::Lstm, CellType::Gru })
            for (const ReadoutPlacement placement :
                 { ReadoutPlacement::MeanPool, ReadoutPlacement::FinalStates,
                   ReadoutPlacement::LastStep }) {
                const QByteArray name
                    = QByteArray(cellTypeName(cell)) + "/" + readoutPlacementName(placement);
                QTest::newRow(name.constData()) << int(cell) << 1 << false << int(placement);
                QTest::newRow((name + "/2layers-bidir").constData())
                    << int(cell) << 2 << true << int(placement);
            }
    }
    void matchesFiniteDifferences()
    {
        QFETCH(int, cell);
        QFETCH(int, layers);
        QFETCH(bool, bidirectional);
        QFETCH(int, placement);
        const NetworkConfig config
            = textConfig(CellType(cell), layers, bidirectional, ReadoutPlacement(placement));
        QCOMPARE(QString::fromStdString(config.validate()), QString());
        Random random(17 + std::uint64_t(cell) * 3 + std::uint64_t(placement));
        Network network(config, 5);
        QCOMPARE(network.parameters()[1].name, std::string("embedding.subword_weight"));
        for (Parameter &p : network.parameters())
            p.value += randomMatrix(p.value.rows(), p.value.cols(), random, 0.3);
        network.parameters()[0].value.col(0).setZero();
        const InputBatch input = paddedInput(5, 4, random);
        const Targets targets = randomTargets(config, 5, 4, random);
        Trace trace = network.forward(input, targets);
        network.backward(trace);
        // Pad steps carry the state: the first real step of sequence 0 (t = 4) starts from 0.
        QVERIFY(trace.layers[0][0].step(trace.layers[0][0].hidden, 3, 0).isZero(0.0));
        ForwardOptions quick;
        quick.recordTrace = false;
        const auto loss = [&]() { return network.forward(input, targets, quick).loss; };
        double worst = 0.0;
        QString where;
        Parameters &parameters = network.parameters();
        for (std::size_t i = 0; i < parameters.size(); ++i) {
            Matrix &values = parameters[i].value;
            const Matrix &analytic = trace.gradients[i];
            QCOMPARE(analytic.rows(), values.rows());
            QCOMPARE(analytic.cols(), values.cols());
            for (Index c = i == 0 ? 1 : 0; c < values.cols(); ++c)
                for (Index r = 0; r < values.rows(); ++r) {
                    const double n = numeric(&values(r, c), loss);
                    const double a = analytic(r, c);
                    const double e = std::abs(a - n) / std::max(1e-5, std::abs(a) + std::abs(n));
                    if (!(e <= worst)) {
                        worst = e;
                        where = QStringLiteral("%1(%2,%3): analytic %4, numeric %5")
                                    .arg(QString::fromStdString(parameters[i].name))
                                    .arg(r)
                                    .arg(c)
                                    .arg(a)
                                    .arg(n);
                    }
                }
        }
        QVERIFY2(worst <= 1e-6, qPrintable(where));
        QVERIFY(trace.gradients[0].col(0).isZero(0.0)); // the pad's vector learns nothing
    }

    // A text's outputs do not depend on how many pads precede it (pad steps are skipped), so a
    // batch may be cut to its longest text.
    void paddingDoesNotChangeTheOutputs_data()
    {
        QTest::addColumn<int>("cell");
        QTest::addColumn<int>("placement");
        for (const CellType cell : { CellType::Elman, CellType::Lstm, CellType::Gru })
            for (const ReadoutPlacement placement :
                 { ReadoutPlacement::MeanPool, ReadoutPlacement::FinalStates })
                QTest::newRow(
                    (QByteArray(cellTypeName(cell)) + "/" + readoutPlacementName(placement))
                        .constData())
                    << int(cell) << int(placement);
    }
    void paddingDoesNotChangeTheOutputs()
    {
        QFETCH(int, cell);
        QFETCH(int, placement);
        const NetworkConfig config
            = textConfig(CellType(cell), 1, true, ReadoutPlacement(placement));
        Network network(config, 9);
        Random random(4);
        for (Parameter &p : network.parameters()) // biases too: pads would move the state
            p.value += randomMatrix(p.value.rows(), p.value.cols(), random, 0.3);
        network.parameters()[0].value.col(0).setZero();
        const InputBatch shortBatch = paddedInput(3, 3, random); // the last sequence has no pad
        // The same texts with 4 more pads in front of every one.
        InputBatch longBatch;
        longBatch.steps = 7;
        longBatch.batch = 3;
        longBatch.tokens.assign(4 * 3, 0);
        longBatch.tokens.insert(longBatch.tokens.end(), shortBatch.tokens.begin(),
                                shortBatch.tokens.end());
        longBatch.subwordOffsets.assign(4 * 3, 0);
        longBatch.subwordOffsets.insert(longBatch.subwordOffsets.end(),
                                        shortBatch.subwordOffsets.begin(),
                                        shortBatch.subwordOffsets.end());
        longBatch.subwordIds = shortBatch.subwordIds;
        const Trace a = network.forward(shortBatch);
        const Trace b = network.forward(longBatch);
        QVERIFY((a.outputs - b.outputs).norm() < 1e-12);
        // Without skipping, the pads would change them.
        NetworkConfig padded = config;
        padded.skipPadding = false;
        Network plain(padded, 9);
        QCOMPARE(QString::fromStdString(plain.setParameters(network.parameters())), QString());
        QVERIFY((plain.forward(shortBatch).outputs - plain.forward(longBatch).outputs).norm()
                > 1e-6);
    }

    void refusesBadSubwords()
    {
        const NetworkConfig config
            = textConfig(CellType::Gru, 1, false, ReadoutPlacement::MeanPool);
        const Network network(config, 1);
        Random random(2);
        InputBatch input = paddedInput(3, 2, random);
        QCOMPARE(QString::fromStdString(network.checkBatch(input, {})), QString());
        input.subwordIds.push_back(5); // out of 0..4, and the offsets no longer end there
        QVERIFY(!network.checkBatch(input, {}).empty());
        input.subwordOffsets.back() = int(input.subwordIds.size());
        QVERIFY(QString::fromStdString(network.checkBatch(input, {})).contains("bucket 5"));
        NetworkConfig jordan = config;
        jordan.cell = CellType::Jordan;
        jordan.placement = ReadoutPlacement::LastStep;
        QVERIFY(QString::fromStdString(jordan.validate()).contains("pad steps"));
    }
};

QTEST_APPLESS_MAIN(TstSubwordEmbedding)
#include "tst_subword_embedding.moc"
