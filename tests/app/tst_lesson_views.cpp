// The views the lecture was missing (issue 9): lesson 1's MLP beside the RNN (views/mlp_view.h)
// and lesson 6's gradient connectivity (views/connectivity_view.h), fed hand-made snapshots with
// the lessons' settings. Each trains its side networks through core off the GUI thread; the test
// waits for them and checks what is drawn: the MLP reads the whole window (its W_1 one column per
// position) and answers what core's forward answers; the Elman row of the connectivity falls
// below the LSTM's far from the output step, and the output step follows the inspection state.
// Lesson 2's shared weights: a click on W or U in one column of the unrolled network highlights
// that matrix in every column. Presenter mode: at 1920 x 1080 the unrolled network's and the
// chosen view's type (the smallest a view draws is 0.85 of it) is at least 22 px high. Inputs
// labelled by what they are (a one-hot step by its symbol, a multivariate input by its variables'
// names) and the hover text of boxes and arrows, with their numbers.
#include "colour_maps.h"
#include "inspection_state.h"
#include "main_window.h"
#include "presenter_style.h"
#include "trace_adapter.h"
#include "views/connectivity_view.h"
#include "views/mlp_view.h"
#include "views/unrolled_view.h"
#include "views/view_registry.h"

#include "data/synthetic_tasks.h"

#include "sample_trace.h"

#include <QtTest>

#include <cmath>

using namespace rnnlab;
using namespace rnnlab::testing;

namespace {

SnapshotPtr lessonSnapshot(const rnn::ExperimentConfig &config, const Matrix &input, int epoch)
{
    auto s = std::make_shared<Snapshot>();
    s->config = config;
    s->epoch = epoch;
    s->trace.input = input;
    return s;
}

} // namespace

class TstLessonViews : public QObject
{
    Q_OBJECT
private slots:
    void bothViewsAreRegistered()
    {
        QStringList keys;
        for (const ViewRegistry::Entry &e : ViewRegistry::builtIn().entries())
            keys << e.key;
        QVERIFY(keys.contains(QStringLiteral("mlp")));
        QVERIFY(keys.contains(QStringLiteral("connectivity")));
    }

    void mlpIsTrainedBesideTheRnnAndDrawn()
    {
        // lesson 1's settings (resources/lessons/01_mlp_vs_rnn.json)
        rnn::ExperimentConfig c;
        c.task = rnn::Task::Forecast;
        c.generator = rnn::Generator::Sine;
        c.lookback = 20;
        c.noise = 0.05;
        c.model = rnn::CellType::Elman;
        c.hidden = 4;
        c.batchSize = 8;
        c.seed = 42;
        Matrix window(1, 20);
        for (int t = 0; t < 20; ++t)
            window(0, t) = 0.5 + 0.4 * std::sin(0.3 * t);
        MlpView view;
        view.resize(900, 420);
        view.show();
        view.setSnapshot(lessonSnapshot(c, window, 3));
        QTRY_VERIFY_WITH_TIMEOUT(view.hasMlp(), 30000);
        QVERIFY(!view.property("busy").toBool());
        const SideModel &mlp = *view.mlp();
        QVERIFY(mlp.network.config().isMlp());
        QCOMPARE(mlp.network.config().windowSteps, 20); // the whole window at once
        QCOMPARE(mlp.network.parameters().front().value.cols(), Eigen::Index(20));
        QCOMPARE(mlp.epochs, 3); // as many epochs as the RNN
        QVERIFY(mlp.testRmse.has_value());
        // what the view draws as y is core's forward of that window
        rnn::InputBatch batch;
        batch.steps = 20;
        batch.values = window;
        QVERIFY(std::abs(view.output() - mlp.network.forward(batch).outputs(0, 0)) < 1e-12);
        QVERIFY(!view.grab().isNull());
        // a text run is not one for the MLP: said, not trained
        rnn::ExperimentConfig text = c;
        text.task = rnn::Task::Classify;
        text.generator = rnn::Generator::None;
        view.setSnapshot(lessonSnapshot(text, window, 1));
        QVERIFY(!view.hasMlp());
    }

    void connectivityFallsFasterForElman()
    {
        // lesson 6's settings (resources/lessons/06_vanishing_gradient.json), untrained
        rnn::ExperimentConfig c;
        c.task = rnn::Task::Forecast;
        c.generator = rnn::Generator::Latching;
        c.sequenceLength = 50;
        c.trainSamples = 200;
        c.testSamples = 20;
        c.model = rnn::CellType::Elman;
        c.hidden = 16;
        c.batchSize = 8;
        c.seed = 42;
        rnn::LatchingOptions latching;
        latching.sequences = 1;
        latching.length = 50;
        const Matrix input = rnn::latchingProblem(latching).sequences.front().input;
        InspectionState state;
        ConnectivityView view;
        view.setInspection(&state);
        view.resize(900, 360);
        view.show();
        view.setSnapshot(lessonSnapshot(c, input, 0));
        QTRY_VERIFY_WITH_TIMEOUT(view.elman() && view.lstm(), 30000);
        QCOMPARE(view.elman()->outputStep, 49); // the last step until one is chosen
        // far from t the Elman network hears its input far less than the LSTM
        QVERIFY(view.elman()->relative()(0) < 1e-3 * view.lstm()->relative()(0));
        state.setStep(30); // a click on column 31 of the unrolled network
        QCOMPARE(view.outputStep(), 30);
        QCOMPARE(view.elman()->outputStep, 30);
        QCOMPARE(view.elman()->norms(31), 0.0);
        QVERIFY(view.lstm()->norms(30) > 0.0);
        QVERIFY(!view.grab().isNull());
    }

    void sharedWeightIsHighlightedInEveryColumn()
    {
        UnrolledView view;
        view.setSnapshot(sampleSnapshot(rnn::CellType::Elman, 3, 6));
        view.setColumnWidth(60);
        view.resize(view.sizeHint());
        view.setCursor(Phase::Update, 0);
        QSignalSpy selected(&view, &UnrolledView::weightSelected);
        const auto colourAt = [&view](const QPointF &point) {
            QImage image(view.size(), QImage::Format_ARGB32);
            image.fill(Qt::white);
            view.render(&image);
            return QColor(image.pixel(point.toPoint())).name();
        };
        const QString highlight = colours::highlightColour().name();
        QVERIFY(colourAt(view.inputWeightPoint(4)) != highlight);
        // a click on W in column 2
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.inputWeightPoint(1).toPoint());
        QCOMPARE(view.selectedWeight(), UnrolledView::SharedWeight::Input);
        QCOMPARE(selected.count(), 1);
        for (int t = 0; t < 6; ++t) // the same matrix, highlighted at every step
            QCOMPARE(colourAt(view.inputWeightPoint(t)), highlight);
        QVERIFY(colourAt(view.recurrentWeightPoint(3)) != highlight);
        // a click on U between columns 4 and 5
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.recurrentWeightPoint(4).toPoint());
        QCOMPARE(view.selectedWeight(), UnrolledView::SharedWeight::Recurrent);
        for (int t = 1; t < 6; ++t)
            QCOMPARE(colourAt(view.recurrentWeightPoint(t)), highlight);
        QVERIFY(colourAt(view.inputWeightPoint(2)) != highlight);
        // a click on an output box clears it (and still chooses the step)
        QSignalSpy stepped(&view, &UnrolledView::stepClicked);
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.outputRect(2).center().toPoint());
        QCOMPARE(view.selectedWeight(), UnrolledView::SharedWeight::None);
        QCOMPARE(stepped.count(), 1);
    }

    void inputsAreLabelledByWhatTheyAre()
    {
        // core's Trace of a one-hot sequence (Elman's letters) through the adapter: each step
        // is labelled by its letter
        rnn::NetworkConfig config;
        config.cell = rnn::CellType::Elman;
        config.inputSize = 3;
        config.hiddenSize = 2;
        config.outputSize = 3;
        config.placement = rnn::ReadoutPlacement::EveryStep;
        const rnn::Network network(config, 1);
        rnn::InputBatch batch;
        batch.steps = 4;
        batch.values = Matrix::Zero(3, 4);
        const int letters[] = { 0, 1, 1, 2 };
        for (int t = 0; t < 4; ++t)
            batch.values(letters[t], t) = 1.0;
        AdapterOptions options;
        options.inputNames = { QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("d") };
        const SequenceTrace letterTrace = adaptTrace(network.forward(batch), options);
        QCOMPARE(letterTrace.inputSymbols,
                 QStringList({ QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("a"),
                               QStringLiteral("d") }));
        // numbers are not symbols: a step that is not one-hot gets no label
        batch.values(0, 0) = 0.5;
        const QStringList mixed = adaptTrace(network.forward(batch), options).inputSymbols;
        QCOMPARE(mixed.size(), 4);
        QVERIFY(mixed.at(0).isEmpty());
        QCOMPARE(mixed.at(1), QStringLiteral("a"));
        batch.values = Matrix::Constant(3, 4, 0.25); // no step is one-hot: no labels at all
        QVERIFY(adaptTrace(network.forward(batch), options).inputSymbols.isEmpty());

        // on screen: the symbol in the hover text of the input, and Beijing-like named rows
        auto snapshot = std::make_shared<Snapshot>(*sampleSnapshot(rnn::CellType::Elman, 3, 6));
        snapshot->trace.inputSymbols = QStringList(6, QStringLiteral("x"));
        snapshot->trace.inputSymbols[2] = QStringLiteral("falo");
        UnrolledView view;
        view.setSnapshot(snapshot);
        view.setColumnWidth(60);
        QVERIFY(view.toolTipAt(view.inputRect(2).center()).contains(QStringLiteral("falo")));
        const QStringList names
            = { "pollution", "DEWP", "TEMP", "PRES", "wnd_dir", "wnd_spd", "snow", "rain" };
        auto beijing = std::make_shared<Snapshot>(*sampleSnapshot(rnn::CellType::Lstm, 4, 6));
        beijing->trace.input = Matrix::Random(8, 6);
        beijing->trace.inputNames = names;
        view.setSnapshot(beijing);
        QVERIFY(view.inputRect(0).height() >= 8 * 12.0); // one small row per variable
        const QString hover = view.toolTipAt(view.inputRect(3).center());
        for (const QString &name : names)
            QVERIFY2(hover.contains(name + QStringLiteral(" = ")), qPrintable(hover));
    }

    void hoverShowsNameValueEquationAndGradient()
    {
        const SnapshotPtr snapshot = sampleSnapshot(rnn::CellType::Lstm, 4, 6);
        UnrolledView view;
        view.setSnapshot(snapshot);
        view.setColumnWidth(60);
        view.setCursor(Phase::Update, 0);
        view.resize(view.sizeHint());
        const RowTrace &row = snapshot->trace.rows.front();
        // the hidden row of step 3 (t = 4), unit 1: every quantity with its numbers
        const QRectF column(view.inputRect(3).left(), 0, view.inputRect(3).width(), 0);
        QString cell;
        for (double y = 0; y < view.height() && cell.isEmpty(); y += 2.0) {
            const QString text = view.toolTipAt(QPointF(column.center().x(), y));
            if (text.contains(QStringLiteral("unit 1")))
                cell = text;
        }
        QVERIFY2(cell.contains(QStringLiteral("t = 4")), qPrintable(cell));
        const Quantity *f = row.find(QStringLiteral("f"));
        QVERIFY2(cell.contains(QStringLiteral("f = σ(%1) = %2")
                                   .arg(f->preactivation(0, 3), 0, 'f', 3)
                                   .arg(f->values(0, 3), 0, 'f', 3)),
                 qPrintable(cell));
        QVERIFY(cell.contains(QStringLiteral("∂L/∂h")));
        // an arrow: its name and the gradient it carries back
        const QString arrow = view.toolTipAt(view.recurrentWeightPoint(3));
        QVERIFY2(arrow.contains(QStringLiteral("U h_{t-1}")), qPrintable(arrow));
        QVERIFY2(arrow.contains(QStringLiteral("‖∂L/∂h_t‖")), qPrintable(arrow));
        // the output box: its value and target
        QVERIFY(view.toolTipAt(view.outputRect(5).center()).contains(QStringLiteral("target")));
    }

    void presenterTypeIsLargeEnough()
    {
        MainWindow window;
        window.resize(1920, 1080);
        window.show();
        QVERIFY(window.loadLesson(QStringLiteral("1")));
        auto *unrolled = window.findChild<UnrolledView *>();
        QVERIFY(unrolled);
        const int before = QFontInfo(unrolled->font()).pixelSize();
        window.setPresenterMode(true);
        QVERIFY(window.presenterMode());
        QWidget *chosen = window.plotTabs()->currentWidget();
        QCOMPARE(chosen->objectName(), QStringLiteral("mlp")); // lesson 1's first view
        for (QWidget *view : { static_cast<QWidget *>(unrolled), chosen }) {
            const int pixels = QFontInfo(view->font()).pixelSize();
            QVERIFY2(0.85 * pixels >= presenter::minimumPixels,
                     qPrintable(QStringLiteral("%1: %2 px").arg(view->objectName()).arg(pixels)));
        }
        // thick lines in the network and the chosen view, and the whole network in sight
        QCOMPARE(presenter::lineWidth(unrolled, 1.5), 1.5 * presenter::lineScale);
        QCOMPARE(presenter::lineWidth(chosen, 1.0), presenter::lineScale);
        QTRY_VERIFY(unrolled->visibleRegion().boundingRect().height()
                    >= unrolled->sizeHint().height());
        window.setPresenterMode(false);
        QCOMPARE(QFontInfo(unrolled->font()).pixelSize(), before);
        QCOMPARE(presenter::lineWidth(unrolled, 1.5), 1.5);
    }

    void highContrastKeepsTheHuesAndLeavesWhiteSooner()
    {
        const QColor paleNormal = colours::diverging(0.1);
        const QColor darkNormal = colours::diverging(-1.0);
        colours::setHighContrast(true);
        const QColor paleHigh = colours::diverging(0.1);
        const QColor darkHigh = colours::diverging(-1.0);
        const QColor orangeHigh = colours::diverging(1.0);
        colours::setHighContrast(false);
        QCOMPARE(colours::diverging(0.1), paleNormal); // switched back
        // a small value is further from white, the ends are darker
        QVERIFY(paleHigh.lightnessF() < paleNormal.lightnessF());
        QVERIFY(darkHigh.lightnessF() < darkNormal.lightnessF());
        // the same colour-blind-safe hues: purple below zero, orange above
        QVERIFY(darkHigh.blue() > darkHigh.green() && darkHigh.red() > darkHigh.green());
        QVERIFY(orangeHigh.red() > orangeHigh.green() && orangeHigh.green() > orangeHigh.blue());
        QVERIFY(std::abs(paleHigh.hslHueF() - paleNormal.hslHueF()) < 0.05f);
    }
};

QTEST_MAIN(TstLessonViews)
#include "tst_lesson_views.moc"
