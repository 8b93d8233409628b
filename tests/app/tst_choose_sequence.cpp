// Choosing the sequence in the window (offscreen, the real worker thread): a click on the
// prediction plot puts that window's Trace on screen, exactly core's forward and backward of it
// with the weights on display; typing in the "Choose the sequence" tab reads the sentence at
// once; a click on the confusion matrix filters the test sentences; the weights never change.
#include "control/training_controller.h"
#include "main_window.h"
#include "views/classification_view.h"
#include "views/equation_view.h"
#include "views/inspect_view.h"
#include "views/prediction_plot.h"
#include "views/sentence_picker.h"
#include "views/sequence_card.h"
#include "views/window_editor.h"

#include "nn/network.h"
#include "train/experiment.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
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
        // The inspector is on the last word, not on the padding before the words, and the
        // counter says what is on screen.
        QVERIFY(shown->trace.isPadding(0));
        const int step = window.inspection()->step();
        QCOMPARE(shown->trace.tokens.at(step), QStringLiteral("raiva"));
        QTRY_VERIFY(
            window.equationView()->plainText().contains(QStringLiteral("t = %1").arg(step + 1)));
        QVERIFY(view->counterLabel()->text().contains(QStringLiteral("typed sentence")));
        QCOMPARE(view->indexSpin()->text(), QStringLiteral("—")); // no number of a set
        // Stepping forward through the padding keeps the inspector on a word.
        window.inspection()->setCursor(Phase::Forward, 0);
        QCOMPARE(window.inspection()->step(), shown->trace.firstRealStep());
        // A test sentence picked from the list: the counter names it and counts the set.
        emit view->sentencePicker()->picked(11);
        QVERIFY(waitIdle(window));
        QTRY_COMPARE_WITH_TIMEOUT(window.inspection()->snapshot()->inspected.request.source,
                                  InspectSource::Test, Timeout);
        const SnapshotPtr picked = window.inspection()->snapshot();
        QVERIFY(!picked->trace.isPadding(window.inspection()->step()));
        QTRY_VERIFY(view->counterLabel()->text().contains(
            QStringLiteral("test sentence 12 of %1").arg(picked->testSamples)));
        QVERIFY(view->indexSpin()->text().startsWith(QStringLiteral("no. 12 of")));

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

    // A forecast window's points dragged with the mouse: the window on screen takes the new
    // value (passengers, data units) and the forecast is core's for the new input.
    void draggingAPointOfTheWindowUpdatesTheForecast()
    {
        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("12")));
        window.resize(1280, 800);
        window.show();
        QVERIFY(waitIdle(window));
        window.controller()->stepEpoch();
        QVERIFY(waitIdle(window));
        auto *view = qobject_cast<InspectView *>(window.view(QStringLiteral("inspect")));
        QVERIFY(window.plotTabs()->setCurrentWidget(view));
        window.controller()->inspect(InspectRequest::sample(InspectSource::Test, 4));
        QVERIFY(waitIdle(window));
        const SnapshotPtr before = window.inspection()->snapshot();
        QCOMPARE(before->inspected.request.index, 4);
        WindowEditor *editor = view->windowEditor();
        QTRY_VERIFY_WITH_TIMEOUT(editor->isVisible() && !editor->values().empty(), Timeout);
        QCustomPlot *plot = editor->plot();
        plot->replot();
        const int step = static_cast<int>(before->inspected.inputLevels.cols()) - 1; // last month
        QCOMPARE(editor->values().at(static_cast<std::size_t>(step)),
                 before->inspected.inputLevels(0, step));
        // Drag the last point 40 pixels up.
        const QPoint from = editor->pointPosition(step).toPoint();
        const QPoint to = from - QPoint(0, 40);
        QTest::mousePress(plot, Qt::LeftButton, {}, from);
        QTest::mouseMove(plot, from - QPoint(0, 20));
        QTest::mouseMove(plot, to);
        QTest::mouseRelease(plot, Qt::LeftButton, {}, to);
        const double dragged = plot->yAxis->pixelToCoord(to.y());
        QVERIFY(dragged > before->inspected.inputLevels(0, step) + 1.0);
        QVERIFY(waitIdle(window));
        QTRY_COMPARE_WITH_TIMEOUT(window.inspection()->snapshot()->inspected.inputLevels(0, step),
                                  dragged, Timeout);
        const SnapshotPtr after = window.inspection()->snapshot();
        // Core's forecast of that window, computed here from the same weights.
        const rnn::Experiment data(trainingConfig(window.controller()->setup()));
        const rnn::ForecastDataset &test = *data.forecastTestDataset();
        const rnn::Index row = test.test.firstTargetRow[4];
        rnn::Matrix levels = test.windowLevels(row, data.config().lookback);
        levels(0, step) = dragged;
        rnn::SequenceSet one = data.testSet().subset({ 4 });
        one.inputs.front() = test.scaleWindow(levels, row);
        const rnn::Trace trace = snapshotNetwork(*after)->forward(one.inputBatch({ 0 }));
        const double expected
            = test.toDataUnits(trace.outputs.col(0), test.lastLevel(levels, row))(0, 0);
        QCOMPARE(after->inspected.forecast(0, 0), expected);
        QVERIFY(after->inspected.forecast(0, 0) != before->inspected.forecast(0, 0));
        QVERIFY(view->presentCard()->headingText().contains(QString::number(expected, 'f', 1)));
        QVERIFY(weightsOf(*after) == weightsOf(*before));
    }

    // Lesson 7's what-if: "does the network hear the clue at distance 30?" A sequence of the
    // long-range task picked with next, previous and random, pinned, one value changed, the
    // original and the present side by side, each core's forward of its input.
    void aSyntheticSequenceIsPickedAndOneValueChanged()
    {
        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("7")));
        SessionSetup setup = window.controller()->setup();
        setup.config.sequenceLength = 32; // the clue 30 distractors before the question
        window.controller()->configure(setup);
        window.show();
        QVERIFY(waitIdle(window));
        window.controller()->stepBatch();
        QVERIFY(waitIdle(window));
        auto *view = qobject_cast<InspectView *>(window.view(QStringLiteral("inspect")));
        QVERIFY(window.plotTabs()->setCurrentWidget(view));
        const auto press = [&](const QString &text) {
            for (QPushButton *b : view->findChildren<QPushButton *>())
                if (b->text() == text) {
                    b->click();
                    return waitIdle(window);
                }
            return false;
        };
        QVERIFY(press(QStringLiteral("▶")));
        QTRY_COMPARE_WITH_TIMEOUT(window.inspection()->snapshot()->inspected.request.source,
                                  InspectSource::Train, Timeout);
        const int first = window.inspection()->snapshot()->inspected.sample;
        QVERIFY(press(QStringLiteral("▶")));
        QTRY_COMPARE_WITH_TIMEOUT(window.inspection()->snapshot()->inspected.sample, first + 1,
                                  Timeout);
        QVERIFY(press(QStringLiteral("◀")));
        QTRY_COMPARE_WITH_TIMEOUT(window.inspection()->snapshot()->inspected.sample, first,
                                  Timeout);
        QVERIFY(press(QStringLiteral("Random")));
        const SnapshotPtr picked = window.inspection()->snapshot();
        QCOMPARE(picked->inspected.request.source, InspectSource::Train);
        QCOMPARE(picked->trace.steps(), 32);
        QVERIFY(view->counterLabel()->text().contains(QStringLiteral("training sequence %1 of %2")
                                                          .arg(picked->inspected.sample + 1)
                                                          .arg(picked->samplesPerEpoch)));
        // Pin it, then change the first input at the clue's step (t = 1).
        view->pinButton()->click();
        QVERIFY(waitIdle(window));
        QTRY_VERIFY_WITH_TIMEOUT(view->originalCard()->isVisible(), Timeout);
        const double clue = view->presentCard()->values().at(0);
        view->presentCard()->setValue(0, clue > 0.5 ? 0.0 : 1.0);
        QVERIFY(waitIdle(window));
        QTRY_COMPARE_WITH_TIMEOUT(window.inspection()->snapshot()->trace.input(0, 0),
                                  clue > 0.5 ? 0.0 : 1.0, Timeout);
        const SnapshotPtr now = window.inspection()->snapshot();
        QVERIFY(now->original.has_value());
        QCOMPARE(now->original->trace.input(0, 0), clue);
        QCOMPARE(now->inspected.sample, picked->inspected.sample);
        QVERIFY(view->originalCard()->isVisible() && view->presentCard()->isVisible());
        QVERIFY(view->counterLabel()->text().contains(QStringLiteral("values changed")));
        // Both are core's forward of their input with the weights on display.
        const rnn::Experiment data(trainingConfig(window.controller()->setup()));
        rnn::SequenceSet one = data.trainer().trainSet().subset({ picked->inspected.sample });
        const rnn::Network &network = *snapshotNetwork(*now);
        const rnn::Trace original = network.forward(one.inputBatch({ 0 }), one.targets({ 0 }));
        one.inputs.front()(0, 0) = clue > 0.5 ? 0.0 : 1.0;
        const rnn::Trace changed = network.forward(one.inputBatch({ 0 }), one.targets({ 0 }));
        QCOMPARE(now->original->trace.loss, original.loss);
        QCOMPARE(now->loss, changed.loss);
        QCOMPARE(now->trace.rows.front().find(QStringLiteral("c"))->values,
                 rnn::Matrix(changed.layers[0][0].cell));
        QVERIFY(weightsOf(*now) == weightsOf(*picked));
    }
};

QTEST_MAIN(TestChooseSequence)
#include "tst_choose_sequence.moc"
