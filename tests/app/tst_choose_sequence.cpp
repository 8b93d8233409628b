// Choosing the sequence in the window (offscreen, the real worker thread): a click on the
// prediction plot puts that window's Trace on screen, exactly core's forward and backward of it
// with the weights on display; typing in the "Choose the sequence" tab reads the sentence at
// once; a click on the confusion matrix filters the test sentences; the weights never change.
#include "control/training_controller.h"
#include "main_window.h"
#include "views/classification_view.h"
#include "views/inspect_view.h"
#include "views/prediction_plot.h"
#include "views/sentence_picker.h"
#include "views/sequence_card.h"

#include "nn/network.h"
#include "train/experiment.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <qcustomplot.h>

using namespace rnnlab;

namespace {

constexpr int Timeout = 60000; // ms; the worker runs in another thread on a shared machine

std::vector<rnn::Matrix> weightsOf(const Snapshot &snapshot)
{
    std::vector<rnn::Matrix> values;
    for (const rnn::Parameter &p : snapshotNetwork(snapshot)->parameters())
        values.push_back(p.value);
    return values;
}

bool waitIdle(MainWindow &window)
{
    QSignalSpy idle(window.controller(), &TrainingController::idle);
    return window.controller()->busy() ? idle.wait(Timeout) : true;
}

} // namespace

class TestChooseSequence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("RNN Lab tests")); }

    void clickingThePredictionPlotInspectsThatWindow()
    {
        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("12")));
        window.show();
        QVERIFY(waitIdle(window));
        window.controller()->stepEpoch();
        QVERIFY(waitIdle(window));
        window.plotTabs()->setCurrentWidget(window.predictionPlot());
        QTRY_VERIFY_WITH_TIMEOUT(window.inspection()->plotSnapshot(), Timeout);
        const SnapshotPtr before = window.inspection()->snapshot();
        const SeriesView &series = *before->series;
        const int point = series.validationEnd + 5; // the sixth test window
        window.predictionPlot()->pickAt(series.position.at(static_cast<std::size_t>(point)));
        QVERIFY(waitIdle(window));
        const SnapshotPtr shown = window.inspection()->snapshot();
        QCOMPARE(shown->inspected.request.source, InspectSource::Test);
        QCOMPARE(shown->inspected.sample, 5);
        QCOMPARE(PredictionPlot::inspectedPoint(*shown), point);
        // Core's own forward and backward of that window with the weights on display.
        const rnn::Experiment data(trainingConfig(window.controller()->setup()));
        const rnn::SequenceSet &test = data.testSet();
        rnn::Trace expected
            = snapshotNetwork(*shown)->forward(test.inputBatch({ 5 }), test.targets({ 5 }));
        snapshotNetwork(*shown)->backward(expected);
        QCOMPARE(shown->loss, expected.loss);
        QCOMPARE(shown->trace.rows.front().find(QStringLiteral("h"))->values,
                 rnn::Matrix(expected.layers[0][0].hidden));
        QVERIFY(weightsOf(*shown) == weightsOf(*before));
        QCOMPARE(window.controller()->historySize(), 2); // the same moment, not a new one
    }

    void typingASentenceReadsItAtOnce()
    {
        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("14")));
        window.show();
        QVERIFY(waitIdle(window));
        auto *view = qobject_cast<InspectView *>(window.view(QStringLiteral("inspect")));
        QVERIFY(view);
        window.plotTabs()->setCurrentWidget(view);
        const SnapshotPtr before = window.inspection()->snapshot();
        QTest::keyClicks(view->textEdit(), QStringLiteral("que raiva"));
        QVERIFY(waitIdle(window));
        QTRY_COMPARE_WITH_TIMEOUT(window.inspection()->snapshot()->inspected.words,
                                  QStringList({ QStringLiteral("que"), QStringLiteral("raiva") }),
                                  Timeout);
        const SnapshotPtr shown = window.inspection()->snapshot();
        QCOMPARE(shown->inspected.request.text, QStringLiteral("que raiva"));
        QCOMPARE(shown->trace.tokens.last(), QStringLiteral("raiva"));
        QVERIFY(weightsOf(*shown) == weightsOf(*before));
        // The card shows one column per word and the probabilities after each.
        QTRY_COMPARE_WITH_TIMEOUT(view->presentCard()->table()->columnCount(), 2, Timeout);

        // A click on a cell of the confusion matrix lists that cell's test sentences.
        window.plotTabs()->setCurrentWidget(window.classificationView());
        QTRY_VERIFY_WITH_TIMEOUT(window.inspection()->plotSnapshot()->classification, Timeout);
        const auto &rows = *window.inspection()->plotSnapshot()->classification->testRows;
        QCustomPlot *plot = window.classificationView()->plot();
        plot->replot();
        const QPointF cell(plot->xAxis->coordToPixel(1), plot->yAxis->coordToPixel(1));
        QVERIFY(window.classificationView()->pickCell(cell));
        QCOMPARE(window.plotTabs()->currentWidget(), view);
        const long expected = std::count_if(rows.begin(), rows.end(), [](const auto &r) {
            return r.trueClass == 1 && r.predicted == 1;
        });
        QCOMPARE(view->sentencePicker()->visibleRows(), static_cast<int>(expected));
        for (int row = 0; row < view->sentencePicker()->visibleRows(); ++row)
            QCOMPARE(
                rows.at(static_cast<std::size_t>(view->sentencePicker()->indexAt(row))).trueClass,
                1);
    }
};

QTEST_MAIN(TestChooseSequence)
#include "tst_choose_sequence.moc"
