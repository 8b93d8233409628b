// Initialisers: orthogonal recurrent blocks (W^T W = I), Glorot bounds, zero biases and the LSTM
// forget-gate bias, determinism from the seed.
#include "nn/initializer.h"
#include "nn/network.h"
#include "random.h"

#include <QtTest>

#include <cmath>

using namespace rnn;

class TstInitializer : public QObject
{
    Q_OBJECT
private slots:
    void orthogonalHasOrthonormalColumnsOrRows_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::newRow("square 8") << 8 << 8;
        QTest::newRow("square 1") << 1 << 1;
        QTest::newRow("tall 6x3") << 6 << 3;
        QTest::newRow("wide 3x6") << 3 << 6;
    }
    void orthogonalHasOrthonormalColumnsOrRows()
    {
        QFETCH(int, rows);
        QFETCH(int, cols);
        Random random(11);
        Matrix w(rows, cols);
        orthogonal(w, random);
        const Matrix gram = rows >= cols ? Matrix(w.transpose() * w) : Matrix(w * w.transpose());
        QVERIFY((gram - Matrix::Identity(gram.rows(), gram.cols())).cwiseAbs().maxCoeff() < 1e-12);
    }

    void glorotStaysWithinBounds()
    {
        Random random(3);
        Matrix w(20, 30);
        glorotUniform(w, random);
        const double limit = std::sqrt(6.0 / 50.0);
        QVERIFY(w.cwiseAbs().maxCoeff() <= limit);
        QVERIFY(w.cwiseAbs().maxCoeff() > 0.8 * limit); // actually spread over the range
        QVERIFY(std::abs(w.mean()) < 0.05);
    }

    void networkParametersFollowTheScheme_data()
    {
        QTest::addColumn<int>("cell");
        QTest::newRow("elman") << int(CellType::Elman);
        QTest::newRow("jordan") << int(CellType::Jordan);
        QTest::newRow("lstm") << int(CellType::Lstm);
        QTest::newRow("gru") << int(CellType::Gru);
    }
    void networkParametersFollowTheScheme()
    {
        QFETCH(int, cell);
        NetworkConfig config;
        config.cell = CellType(cell);
        config.inputSize = 3;
        config.hiddenSize = 5;
        config.outputSize = 2;
        InitializerOptions init;
        init.forgetBias = 1.0;
        const Network network(config, 42, init);
        const Index h = config.hiddenSize;
        for (const Parameter &p : network.parameters()) {
            const QString name = QString::fromStdString(p.name);
            if (name.endsWith(QLatin1String("weight_hidden"))) {
                for (Index g = 0; g < p.value.rows() / h; ++g) {
                    const Matrix block = p.value.middleRows(g * h, h);
                    QVERIFY2(
                        (block.transpose() * block - Matrix::Identity(h, h)).cwiseAbs().maxCoeff()
                            < 1e-12,
                        qPrintable(name));
                }
            } else if (name.endsWith(QLatin1String("weight_input"))) {
                const double limit = std::sqrt(6.0 / double(h + p.value.cols()));
                QVERIFY(p.value.cwiseAbs().maxCoeff() <= limit);
                QVERIFY(!p.value.isZero(0.0));
            } else if (name == QLatin1String("readout.weight")) {
                const double limit = std::sqrt(6.0 / double(p.value.rows() + p.value.cols()));
                QVERIFY(p.value.cwiseAbs().maxCoeff() <= limit);
            } else if (name.contains(QLatin1String("bias"))) {
                if (config.cell == CellType::Lstm && name.startsWith(QLatin1String("layer"))) {
                    QVERIFY(p.value.middleRows(h, h).isConstant(1.0, 0.0)); // forget gate
                    QVERIFY(p.value.topRows(h).isZero(0.0));
                    QVERIFY(p.value.bottomRows(2 * h).isZero(0.0));
                } else {
                    QVERIFY2(p.value.isZero(0.0), qPrintable(name));
                }
            }
        }
    }

    void forgetBiasOptionIsUsed()
    {
        NetworkConfig config;
        config.cell = CellType::Lstm;
        config.hiddenSize = 3;
        InitializerOptions init;
        init.forgetBias = 2.5;
        const Network network(config, 1, init);
        const Matrix &bias
            = network.parameters()[std::size_t(network.parameterIndex("layer0.forward.bias"))]
                  .value;
        QVERIFY(bias.middleRows(3, 3).isConstant(2.5, 0.0));
    }

    void sameSeedSameWeightsOtherSeedOtherWeights()
    {
        NetworkConfig config;
        config.cell = CellType::Gru;
        config.layers = 2;
        config.bidirectional = true;
        const Network a(config, 9);
        const Network b(config, 9);
        const Network c(config, 10);
        bool allEqual = true;
        bool anyDifferent = false;
        for (std::size_t i = 0; i < a.parameters().size(); ++i) {
            allEqual = allEqual && a.parameters()[i].value == b.parameters()[i].value;
            anyDifferent = anyDifferent || a.parameters()[i].value != c.parameters()[i].value;
        }
        QVERIFY(allEqual);
        QVERIFY(anyDifferent);
    }
};

QTEST_APPLESS_MAIN(TstInitializer)
#include "tst_initializer.moc"
