// Every view renders a hand-made trace to a non-empty picture (pixels, not just a size), follows
// the cursor, and shows what the loss is made of.
#include "sample_trace.h"
#include "views/cell_equations.h"
#include "views/cell_view.h"
#include "views/classification_view.h"
#include "views/colour_legend.h"
#include "views/equation_view.h"
#include "views/gradient_plot.h"
#include "views/heatmap_view.h"
#include "views/importance_view.h"
#include "views/input_attribution_view.h"
#include "views/loss_plot.h"
#include "views/prediction_plot.h"
#include "views/unrolled_view.h"
#include "views/word_occlusion_view.h"

#include <QApplication>
#include <QHelpEvent>
#include <QTest>
#include <QToolTip>
#include <qcustomplot.h>

using namespace rnnlab;
using namespace rnnlab::testing;

class TestViews : public QObject
{
    Q_OBJECT

private:
    static QImage render(QWidget &widget, QSize size = { 800, 400 })
    {
        widget.resize(size);
        widget.show();
        QCoreApplication::processEvents();
        return widget.grab().toImage();
    }

private slots:
    void numbersRoundToZeroWithoutASign()
    {
        // A gradient of -2e-5 reads "0.000" in the equations and the hover, not "-0.000".
        QCOMPARE(CellEquations::number(-2e-5), QStringLiteral("0.000"));
        QCOMPARE(CellEquations::number(-0.0), QStringLiteral("0.000"));
        QCOMPARE(CellEquations::number(-0.0006), QStringLiteral("-0.001"));
        QCOMPARE(CellEquations::number(0.4567), QStringLiteral("0.457"));
    }

    void everyViewRendersSomething_data()
    {
        QTest::addColumn<int>("cell");
        QTest::newRow("LSTM") << static_cast<int>(rnn::CellType::Lstm);
        QTest::newRow("Elman") << static_cast<int>(rnn::CellType::Elman);
    }

    void everyViewRendersSomething()
    {
        QFETCH(int, cell);
        const SnapshotPtr snapshot = sampleSnapshot(static_cast<rnn::CellType>(cell), 6, 12);
        UnrolledView unrolled;
        unrolled.setSnapshot(snapshot);
        unrolled.setCursor(Phase::Backward, 4);
        QVERIFY(distinctColours(render(unrolled)) > 20);
        CellView cellView;
        cellView.setSnapshot(snapshot);
        cellView.setStep(3);
        QVERIFY(distinctColours(render(cellView, { 400, 320 })) > 10);
        HeatmapView heatmap;
        heatmap.setSnapshot(snapshot);
        QVERIFY(distinctColours(render(heatmap)) > 10);
        QCOMPARE(heatmap.mapCount(), cell == static_cast<int>(rnn::CellType::Lstm) ? 6 : 1);
        LossPlot loss;
        loss.setSnapshot(snapshot);
        QCOMPARE(loss.pointCount(), 3);
        QVERIFY(distinctColours(render(loss)) > 5);
        PredictionPlot prediction;
        prediction.setSnapshot(snapshot);
        QVERIFY(distinctColours(render(prediction)) > 5);
        GradientPlot gradients;
        gradients.setSnapshot(snapshot);
        QCOMPARE(gradients.curveCount(), cell == static_cast<int>(rnn::CellType::Lstm) ? 2 : 1);
        QVERIFY(distinctColours(render(gradients)) > 5);
        ColourLegend legend(ColourLegend::Kind::Diverging);
        QVERIFY(distinctColours(render(legend, { 200, 40 })) > 20);
    }

    void unrolledViewShowsOnlyWhatIsComputed()
    {
        const SnapshotPtr snapshot = sampleSnapshot(rnn::CellType::Lstm, 4, 6);
        UnrolledView view;
        view.setSnapshot(snapshot);
        view.setColumnWidth(60);
        // During the forward pass at t = 1, step 4's output is not computed yet: it stays blank.
        view.setCursor(Phase::Forward, 1);
        QImage early = render(view);
        const QPoint late = view.outputRect(4).center().toPoint();
        QCOMPARE(QColor(early.pixel(late)).name(), QColor(245, 245, 245).name());
        view.setCursor(Phase::Update, 0);
        QImage done = render(view);
        QVERIFY(QColor(done.pixel(late)).name() != QColor(245, 245, 245).name());
    }

    void zoomChangesTheWidth()
    {
        UnrolledView view;
        view.setSnapshot(sampleSnapshot(rnn::CellType::Lstm, 4, 100));
        view.setColumnWidth(40);
        const int wide = view.sizeHint().width();
        view.zoomToFit(800);
        QVERIFY(view.sizeHint().width() <= 800);
        QVERIFY(view.sizeHint().width() < wide);
    }

    void equationsSubstituteTheNumbers()
    {
        const SnapshotPtr snapshot = sampleSnapshot(rnn::CellType::Lstm, 4, 6);
        EquationView view;
        view.setSnapshot(snapshot);
        view.setUnit(2);
        view.setCursor(Phase::Forward, 3);
        const RowTrace &row = snapshot->trace.rows.front();
        const Quantity *f = row.find(QStringLiteral("f"));
        const QString text = view.plainText();
        // f_t = σ(W_f [h_{t-1}, x_t] + b_f) = σ(pre) = value, with this unit's numbers.
        QVERIFY2(text.contains(QStringLiteral("σ(%1)").arg(f->preactivation(2, 3), 0, 'f', 3)),
                 qPrintable(text));
        QVERIFY(text.contains(QString::number(f->values(2, 3), 'f', 3)));
        QVERIFY(text.contains(QStringLiteral("t = 4")));
        QVERIFY(!text.contains(QStringLiteral("∂L/∂h")));
        view.setCursor(Phase::Backward, 3);
        QVERIFY(view.plainText().contains(QStringLiteral("∂L/∂h")));
    }

    // Hover over the cell inspector (issue 9): a gate names itself and gives its real value, its
    // equation with the numbers and its gradient; an arrow what it carries and the gradient that
    // flows back along it; the tooltip event shows the same text.
    void cellViewHoverTellsNameValueEquationAndGradient()
    {
        const SnapshotPtr snapshot = sampleSnapshot(rnn::CellType::Lstm, 4, 6);
        CellView view;
        view.setSnapshot(snapshot);
        view.setStep(3);
        view.setUnit(2);
        render(view, { 420, 340 });
        const RowTrace &row = snapshot->trace.rows.front();
        const Quantity *f = row.find(QStringLiteral("f"));
        const QPointF gatePoint = view.partCentre(QStringLiteral("f"));
        QVERIFY(!gatePoint.isNull());
        const QString gate = view.toolTipAt(gatePoint);
        QVERIFY2(gate.startsWith(QStringLiteral("forget f")), qPrintable(gate));
        QVERIFY2(gate.contains(QStringLiteral("unit 3, t = 4")), qPrintable(gate));
        QVERIFY2(gate.contains(QStringLiteral("f = σ(%1) = %2")
                                   .arg(f->preactivation(2, 3), 0, 'f', 3)
                                   .arg(f->values(2, 3), 0, 'f', 3)),
                 qPrintable(gate));
        QVERIFY2(gate.contains(QStringLiteral("f_t = σ(W_f [h_{t-1}, x_t] + b_f)")),
                 qPrintable(gate));
        QVERIFY2(
            gate.contains(
                QStringLiteral("∂L/∂(pre-activation of f) = %1").arg(f->gradient(2, 3), 0, 'g', 3)),
            qPrintable(gate));
        // the cell state: the equation with the numbers of f, C(t-1), i and C~
        const QString cell = view.toolTipAt(view.partCentre(QStringLiteral("c")));
        QVERIFY2(cell.contains(QStringLiteral("C_t = f_t·C_{t-1} + i_t·C̃_t = %1·%2")
                                   .arg(f->values(2, 3), 0, 'f', 3)
                                   .arg(row.find(QStringLiteral("c"))->values(2, 2), 0, 'f', 3)),
                 qPrintable(cell));
        QVERIFY2(cell.contains(QStringLiteral("∂L/∂C_t = %1").arg(row.gradCell(2, 3), 0, 'g', 3)),
                 qPrintable(cell));
        // an arrow: h(t-1) into the forget gate, on its wire between the two
        const QPointF from = view.partCentre(QStringLiteral("h"), -1);
        const QString arrow = view.toolTipAt(QPointF((from.x() + gatePoint.x()) / 2, from.y()));
        QVERIFY2(arrow.startsWith(QStringLiteral("arrow h(t-1) → forget f")), qPrintable(arrow));
        QVERIFY2(arrow.contains(QStringLiteral("carries h = %1")
                                    .arg(row.find(QStringLiteral("h"))->values(2, 2), 0, 'f', 3)),
                 qPrintable(arrow));
        QVERIFY2(arrow.contains(QStringLiteral("gradient flowing back along it")),
                 qPrintable(arrow));
        QVERIFY(view.toolTipAt(QPointF(2, view.height() - 2)).isEmpty()); // nothing there
        // the tooltip event shows that text
        QHelpEvent help(QEvent::ToolTip, gatePoint.toPoint(),
                        view.mapToGlobal(gatePoint.toPoint()));
        QApplication::sendEvent(&view, &help);
        QCOMPARE(QToolTip::text(), gate);

        // Elman: the hidden layer, its tanh with the numbers and dL/dh
        const SnapshotPtr elman = sampleSnapshot(rnn::CellType::Elman, 4, 6);
        CellView elmanView;
        elmanView.setSnapshot(elman);
        elmanView.setStep(3);
        render(elmanView, { 420, 340 });
        const Quantity *h = elman->trace.rows.front().find(QStringLiteral("h"));
        const QString layer = elmanView.toolTipAt(elmanView.partCentre(QStringLiteral("h")));
        QVERIFY2(layer.startsWith(QStringLiteral("hidden layer")), qPrintable(layer));
        QVERIFY2(layer.contains(QStringLiteral("h_t = tanh(W x_t + U h_{t-1} + b) = tanh(%1) = %2")
                                    .arg(h->preactivation(0, 3), 0, 'f', 3)
                                    .arg(h->values(0, 3), 0, 'f', 3)),
                 qPrintable(layer));
        QVERIFY2(layer.contains(QStringLiteral("∂L/∂h_t")), qPrintable(layer));

        // Jordan: y(t-1) fed back into the context; GRU: h(t) and the wires into it
        // The hover text over `part` of the snapshot's cell at t = 4.
        const auto hoverAt = [](const SnapshotPtr &shown, const QString &part) {
            CellView other;
            other.setSnapshot(shown);
            other.setStep(3);
            render(other, { 420, 340 });
            return other.toolTipAt(other.partCentre(part));
        };
        const SnapshotPtr jordan = sampleSnapshot(rnn::CellType::Jordan, 4, 6);
        const QString fedBack = hoverAt(jordan, QStringLiteral("y"));
        QVERIFY2(fedBack.contains(QStringLiteral("y(t-1): the output at t = 3, fed back")),
                 qPrintable(fedBack));
        QVERIFY2(fedBack.contains(QString::number(jordan->trace.output(0, 2), 'f', 3)),
                 qPrintable(fedBack));
        const QString hNow = hoverAt(sampleSnapshot(rnn::CellType::Gru, 4, 6), QStringLiteral("h"));
        QVERIFY2(hNow.startsWith(QStringLiteral("h(t), unit 1, t = 4")), qPrintable(hNow));
    }

    void gradientDecayIsMeasured()
    {
        QVERIFY(GradientPlot::decayPerStep({ 0.01, 0.1, 1.0 }) > 0.9);
        QCOMPARE(GradientPlot::decayPerStep({ 1.0, 1.0, 1.0 }), 0.0);
    }

    void compareModeDrawsTwoCells()
    {
        auto elman = sampleSnapshot(rnn::CellType::Elman, 4, 10);
        auto lstm = sampleSnapshot(rnn::CellType::Lstm, 4, 10);
        GradientPlot plot;
        plot.setComparison(elman, lstm);
        QVERIFY(plot.comparing());
        QCOMPARE(plot.curveCount(), 3); // Elman h, LSTM h and LSTM C
    }

    void classificationShowsTheConfusionMatrix()
    {
        auto snapshot
            = std::const_pointer_cast<Snapshot>(sampleSnapshot(rnn::CellType::Lstm, 4, 3));
        snapshot->trace.tokens
            = { QStringLiteral("eu"), QStringLiteral("estou"), QStringLiteral("feliz") };
        ClassificationResult result;
        result.classes = { QStringLiteral("alegria"), QStringLiteral("raiva") };
        result.confusion = Matrix { { 8, 2 }, { 1, 9 } };
        result.probabilities = Vector { { 0.9, 0.1 } };
        // core's numbers, shown as they are (not those the matrix would give: 80 %, 90 %, 85 %)
        result.recall = Vector { { 0.25, 0.5 } };
        result.accuracy = 0.375;
        snapshot->classification = result;
        ClassificationView view;
        view.setSnapshot(snapshot);
        QVERIFY(view.tokensHtml().contains(QStringLiteral("feliz")));
        QVERIFY(view.tokensHtml().contains(QStringLiteral("alegria")));
        QVERIFY(view.accuracyText().contains(QStringLiteral("alegria: 25%")));
        QVERIFY(view.accuracyText().contains(QStringLiteral("raiva: 50%")));
        QVERIFY(view.accuracyText().contains(QStringLiteral("37.5%")));
        QVERIFY(!view.accuracyText().contains(QStringLiteral("Naive Bayes")));
        QVERIFY(distinctColours(render(view)) > 5);
        // core's naive Bayes beside the network, and in words when it is the more accurate
        snapshot->classification->naiveBayesAccuracy = 0.722;
        view.setSnapshot(snapshot);
        QVERIFY(view.accuracyText().contains(QStringLiteral("72.2%")));
        QVERIFY(view.accuracyText().contains(QStringLiteral("loses to naive Bayes")));
        snapshot->classification->naiveBayesAccuracy = 0.2;
        view.setSnapshot(snapshot);
        QVERIFY(!view.accuracyText().contains(QStringLiteral("loses")));
    }

    void wordsAreColouredForTheChosenClass()
    {
        auto snapshot
            = std::const_pointer_cast<Snapshot>(sampleSnapshot(rnn::CellType::Lstm, 4, 3));
        snapshot->trace.tokens
            = { QStringLiteral("<pad>"), QStringLiteral("que"), QStringLiteral("raiva") };
        ClassificationResult result;
        result.classes = { QStringLiteral("alegria"), QStringLiteral("raiva") };
        result.confusion = Matrix { { 1, 0 }, { 0, 1 } };
        // core's occlusion: "raiva" pushes raiva up by 0.4 (alegria down), "que" a little
        result.occlusion = Matrix { { 0.0, -0.01, -0.4 }, { 0.0, 0.01, 0.4 } };
        snapshot->classification = result;
        WordOcclusionView view;
        view.setSnapshot(snapshot);
        view.setClass(1);
        QVERIFY(view.sentenceHtml().contains(QStringLiteral("Toward raiva most: raiva (+40.0 %), "
                                                            "que (+1.0 %).")));
        QVERIFY(!view.sentenceHtml().contains(QStringLiteral("&lt;pad&gt;")));
        view.setClass(0);
        QVERIFY(view.sentenceHtml().contains(QStringLiteral("No word pushes it toward alegria.")));
        snapshot->classification.reset();
        view.setSnapshot(snapshot);
        QVERIFY(view.sentenceHtml().contains(QStringLiteral("no texts")));
    }

    void gradientTimesInputIsAHeatmapOfVariablesAndSteps()
    {
        auto snapshot
            = std::const_pointer_cast<Snapshot>(sampleSnapshot(rnn::CellType::Lstm, 4, 3));
        InputAttributionView view;
        view.setSnapshot(snapshot); // no attribution recorded: nothing drawn
        QCOMPARE(view.cellCount(), 0);
        snapshot->config.task = rnn::Task::Forecast;
        snapshot->config.features = { "pm25", "dew" };
        snapshot->trace.inputAttribution = Matrix { { 0.1, -0.2, 0.0 }, { 0.0, 0.05, 0.3 } };
        view.setSnapshot(snapshot);
        QCOMPARE(view.cellCount(), 6);
        QVERIFY(distinctColours(render(view)) > 5);
        snapshot->config.task = rnn::Task::Classify; // word vectors are no input variables
        view.setSnapshot(snapshot);
        QCOMPARE(view.cellCount(), 0);
    }

    void importanceAnswersWhetherOtherInputsHelp()
    {
        auto snapshot
            = std::const_pointer_cast<Snapshot>(sampleSnapshot(rnn::CellType::Lstm, 4, 3));
        ImportanceView view;
        view.setSnapshot(snapshot); // no series: nothing to draw, and says so
        QCOMPARE(view.barCount(), 0);
        QVERIFY(!view.summaryText().isEmpty());
        SeriesView series;
        series.target = { 1.0 };
        series.valueName = QStringLiteral("pm25");
        series.testRmse = 60.0;
        series.importanceVariables
            = { QStringLiteral("pm25"), QStringLiteral("snow"), QStringLiteral("press") };
        series.importance = { 20.0, 0.1, 6.0 };
        snapshot->series = series;
        view.setSnapshot(snapshot);
        QCOMPARE(view.barCount(), 3);
        // press (6 > 5 % of 60) helps; snow (0.1) does not; pm25 is the target's own past
        QVERIFY(view.summaryText().contains(QStringLiteral("Yes")));
        QVERIFY(view.summaryText().contains(QStringLiteral("press (+6)")));
        QVERIFY(view.summaryText().contains(QStringLiteral("About no effect: snow (+0.1)")));
        QVERIFY(distinctColours(render(view)) > 3);
        snapshot->series->importance = { 20.0, 0.1, 0.2 };
        view.setSnapshot(snapshot);
        QVERIFY(view.summaryText().contains(QStringLiteral("No input besides pm25")));
    }

    void predictionShowsCoresMetrics()
    {
        // The summary is core's evaluation of every test value, not a recomputation from the
        // points drawn (here they would give an RMSE of 1 and 0).
        auto snapshot
            = std::const_pointer_cast<Snapshot>(sampleSnapshot(rnn::CellType::Lstm, 4, 3));
        SeriesView series;
        series.target = { 1.0, 2.0, 3.0, 4.0 };
        series.prediction = { 1.0, 2.0, 3.0, 5.0 };
        series.persistence = { 0.0, 1.0, 2.0, 4.0 };
        series.trainEnd = series.validationEnd = 3;
        series.testRmse = 1.25;
        series.persistenceRmse = 2.5;
        snapshot->series = series;
        PredictionPlot plot;
        plot.setSnapshot(snapshot);
        QVERIFY(plot.summaryText().contains(QStringLiteral("network 1.25,")));
        QVERIFY(plot.summaryText().contains(QStringLiteral("value) 2.5.")));
        QVERIFY(!plot.summaryText().contains(QStringLiteral("Holt-Winters")));
        // Holt-Winters beside them, and in words who wins
        snapshot->series->holtWinters = { std::nan(""), std::nan(""), std::nan(""), 4.5 };
        snapshot->series->holtWintersRmse = 0.5;
        plot.setSnapshot(snapshot);
        QVERIFY(plot.summaryText().contains(QStringLiteral("Holt-Winters 0.5.")));
        QVERIFY(plot.summaryText().contains(QStringLiteral("loses to Holt-Winters")));
        QCOMPARE(plot.plot()->graph(4)->dataCount(), 1);
        snapshot->series->holtWintersRmse = 2.0;
        plot.setSnapshot(snapshot);
        QVERIFY(plot.summaryText().contains(QStringLiteral("The network beats Holt-Winters.")));
        snapshot->series->holtWinters.clear();
        snapshot->series->holtWintersRmse.reset();
        // A synthetic task has no persistence metric in core: the network's alone.
        snapshot->series->persistenceRmse.reset();
        plot.setSnapshot(snapshot);
        QCOMPARE(plot.summaryText(), QStringLiteral("Test RMSE: network 1.25."));
        snapshot->series->testRmse.reset();
        plot.setSnapshot(snapshot);
        QVERIFY(plot.summaryText().isEmpty());
    }
};

QTEST_MAIN(TestViews)
#include "tst_views.moc"
