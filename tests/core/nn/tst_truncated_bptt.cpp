// Truncated BPTT: k >= T (and 0) is full BPTT bit for bit; k = 1 keeps only each step's own
// loss gradient, so with the loss at the last step only nothing reaches the initial state; a k
// in between differs from full BPTT and cuts exactly at multiples of k.
#include "nn/network.h"
#include "nn_test_support.h"

#include <QtTest>

using namespace rnn;
using namespace rnn::testing;

namespace {

struct Setup
{
    NetworkConfig config;
    InputBatch input;
    Targets targets;
    ForwardOptions options;
};

Setup makeSetup(CellType cell, ReadoutPlacement placement, bool bidirectional)
{
    Setup s;
    s.config.cell = cell;
    s.config.inputSize = 2;
    s.config.hiddenSize = 3;
    s.config.outputSize = 2;
    s.config.placement = placement;
    s.config.bidirectional = bidirectional;
    Random random(77);
    s.input = randomInput(s.config, 6, 2, random);
    s.targets = randomTargets(s.config, 6, 2, random);
    s.options.initial = randomInitialStates(s.config, 2, random);
    return s;
}

bool sameGradients(const Trace &a, const Trace &b)
{
    for (std::size_t i = 0; i < a.gradients.size(); ++i) {
        if (a.gradients[i] != b.gradients[i])
            return false;
    }
    return true;
}

} // namespace

class TstTruncatedBptt : public QObject
{
    Q_OBJECT
private slots:
    void cases_data()
    {
        QTest::addColumn<int>("cell");
        QTest::addColumn<bool>("bidirectional");
        QTest::newRow("elman") << int(CellType::Elman) << false;
        QTest::newRow("jordan") << int(CellType::Jordan) << false;
        QTest::newRow("lstm") << int(CellType::Lstm) << false;
        QTest::newRow("gru") << int(CellType::Gru) << false;
        QTest::newRow("lstm bidirectional") << int(CellType::Lstm) << true;
    }

    void longTruncationEqualsFull_data() { cases_data(); }
    void longTruncationEqualsFull()
    {
        QFETCH(int, cell);
        QFETCH(bool, bidirectional);
        const Setup s = makeSetup(CellType(cell), ReadoutPlacement::EveryStep, bidirectional);
        const Network network(s.config, 5);
        Trace full = network.forward(s.input, s.targets, s.options);
        network.backward(full);
        for (int k : { 6, 7, 100 }) {
            Trace truncated = network.forward(s.input, s.targets, s.options);
            network.backward(truncated, BackwardOptions { k });
            QVERIFY2(sameGradients(full, truncated), qPrintable(QString::number(k)));
        }
    }

    void oneStepCutsEverythingBeforeTheLoss_data() { cases_data(); }
    void oneStepCutsEverythingBeforeTheLoss()
    {
        QFETCH(int, cell);
        QFETCH(bool, bidirectional);
        // Loss only at the last step: with k = 1 no gradient reaches earlier steps (forward
        // direction), nor the initial state.
        const Setup s = makeSetup(CellType(cell), ReadoutPlacement::LastStep, bidirectional);
        const Network network(s.config, 5);
        Trace full = network.forward(s.input, s.targets, s.options);
        network.backward(full);
        Trace cut = network.forward(s.input, s.targets, s.options);
        network.backward(cut, BackwardOptions { 1 });
        QVERIFY(!sameGradients(full, cut));
        const LayerTrace &fullForward = full.layers[0][0];
        const LayerTrace &cutForward = cut.layers[0][0];
        if (CellType(cell) == CellType::Jordan) {
            QVERIFY(!fullForward.dInitialContext.isZero(0.0));
            QVERIFY(cutForward.dInitialContext.isZero(0.0));
            QVERIFY(cutForward.dInitialOutput.isZero(0.0));
        } else {
            QVERIFY(!fullForward.dInitialHidden.isZero(0.0));
            QVERIFY(cutForward.dInitialHidden.isZero(0.0));
        }
        // Only the last step's columns of dPre are non-zero.
        const Index b = cut.batch;
        QVERIFY(cutForward.dPre.leftCols(5 * b).isZero(0.0));
        QVERIFY(!cutForward.dPre.rightCols(b).isZero(0.0));
        QVERIFY(!fullForward.dPre.leftCols(5 * b).isZero(0.0));
    }

    void cutsAtMultiplesOfK()
    {
        // Elman, loss at every step, k = 2, T = 6: the total gradient at h_t equals the direct
        // one exactly at the last step of each segment (t = 1, 3, 5), where nothing is carried.
        const Setup s = makeSetup(CellType::Elman, ReadoutPlacement::EveryStep, false);
        const Network network(s.config, 5);
        Trace trace = network.forward(s.input, s.targets, s.options);
        network.backward(trace, BackwardOptions { 2 });
        const LayerTrace &lt = trace.layers[0][0];
        for (int t = 0; t < 6; ++t) {
            const Matrix total = lt.stepColumns(lt.dHidden, t);
            const Matrix direct = lt.stepColumns(lt.dHiddenDirect, t);
            if (t % 2 == 1)
                QVERIFY2(total == direct, qPrintable(QString::number(t)));
            else
                QVERIFY2(total != direct, qPrintable(QString::number(t)));
        }
        Trace full = network.forward(s.input, s.targets, s.options);
        network.backward(full);
        QVERIFY(!sameGradients(full, trace));
    }
};

QTEST_APPLESS_MAIN(TstTruncatedBptt)
#include "tst_truncated_bptt.moc"
