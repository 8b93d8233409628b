// The one inspection state the views share: a view registered once (one line in a
// ViewRegistry) receives every change of the state, a hidden tab catches up when it is shown,
// the window's own views follow the state without the window pushing anything into them, and
// the gradient norms the views draw are core's (Trace::gradientNormPerStep, per direction).
#include "inspection_state.h"
#include "main_window.h"
#include "sample_trace.h"
#include "trace_adapter.h"
#include "views/cell_view.h"
#include "views/equation_view.h"
#include "views/heatmap_view.h"
#include "views/unrolled_view.h"
#include "views/view_registry.h"

#include "nn/network.h"
#include "random.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace rnnlab;
using namespace rnnlab::testing;

namespace {

// A view as a contributor would add one: setSnapshot() and, for the rest, setInspection().
class ProbeView : public QWidget
{
public:
    using QWidget::QWidget;
    void setSnapshot(const SnapshotPtr &snapshot) { drawn.push_back(snapshot); }
    void setInspection(InspectionState *state)
    {
        connect(state, &InspectionState::stepChanged, this, [this](int s) { step = s; });
        connect(state, &InspectionState::rowChanged, this, [this](int r) { row = r; });
        connect(state, &InspectionState::unitChanged, this, [this](int u) { unit = u; });
    }
    std::vector<SnapshotPtr> drawn;
    int step = -1;
    int row = -1;
    int unit = -1;
};

} // namespace

class TestInspection : public QObject
{
    Q_OBJECT

private slots:
    void aViewRegisteredOnceReceivesTheChanges()
    {
        ViewRegistry registry;
        registry.add<ProbeView>(QStringLiteral("probe"), "Probe");
        QTabWidget tabs;
        InspectionState state;
        const std::vector<QWidget *> views = registry.populate(&tabs, &state);
        QCOMPARE(views.size(), std::size_t(1));
        QCOMPARE(tabs.count(), 1);
        QCOMPARE(tabs.tabText(0), QStringLiteral("Probe"));
        auto *probe = static_cast<ProbeView *>(views.front());
        QCOMPARE(probe->objectName(), QStringLiteral("probe"));

        const SnapshotPtr snapshot = sampleSnapshot(rnn::CellType::Lstm, 4, 6, 2);
        state.setPlotSnapshot(snapshot);
        QCOMPARE(probe->drawn.size(), std::size_t(1));
        QCOMPARE(probe->drawn.back(), snapshot);
        state.setPlotSnapshot(snapshot); // the same one again: nothing to redraw
        QCOMPARE(probe->drawn.size(), std::size_t(1));
        state.setCursor(Phase::Forward, 3);
        QCOMPARE(probe->step, 3);
        state.setCursor(Phase::Update, 0); // the update phase keeps the inspected step
        QCOMPARE(probe->step, 3);
        state.setStep(5);
        QCOMPARE(probe->step, 5);
        state.setRow(1);
        QCOMPARE(probe->row, 1);
        state.setUnit(2);
        QCOMPARE(probe->unit, 2);
    }

    void aHiddenTabCatchesUpWhenShown()
    {
        ViewRegistry registry;
        registry.add<ProbeView>(QStringLiteral("first"), "First")
            .add<ProbeView>(QStringLiteral("second"), "Second");
        QTabWidget tabs;
        InspectionState state;
        const std::vector<QWidget *> views = registry.populate(&tabs, &state);
        auto *first = static_cast<ProbeView *>(views[0]);
        auto *second = static_cast<ProbeView *>(views[1]);
        const SnapshotPtr older = sampleSnapshot(rnn::CellType::Elman, 3, 5);
        const SnapshotPtr newer = sampleSnapshot(rnn::CellType::Elman, 3, 5);
        state.setPlotSnapshot(older);
        state.setPlotSnapshot(newer);
        QCOMPARE(first->drawn.size(), std::size_t(2)); // the tab on show draws each
        QVERIFY(second->drawn.empty()); // a hidden tab draws nothing
        tabs.setCurrentIndex(1);
        QCOMPARE(second->drawn.size(), std::size_t(1)); // once, the newest
        QCOMPARE(second->drawn.back(), newer);
        tabs.setCurrentIndex(0); // nothing missed: no redraw
        QCOMPARE(first->drawn.size(), std::size_t(2));
    }

    void theWindowsViewsFollowTheState()
    {
        MainWindow window;
        InspectionState *state = window.inspection();
        for (const ViewRegistry::Entry &entry : ViewRegistry::builtIn().entries())
            QVERIFY2(window.view(entry.key), qPrintable(entry.key));
        QCOMPARE(window.plotTabs()->viewCount(),
                 static_cast<int>(ViewRegistry::builtIn().entries().size()));

        const SnapshotPtr snapshot = sampleSnapshot(rnn::CellType::Lstm, 4, 8, 2);
        state->setSnapshot(snapshot);
        state->setCursor(Phase::Backward, 4);
        QCOMPARE(window.unrolledView()->phase(), Phase::Backward);
        QCOMPARE(window.unrolledView()->selectedStep(), 4);
        QTRY_VERIFY(window.equationView()->plainText().contains(QStringLiteral("t = 5")));
        state->setRow(1);
        QCOMPARE(window.cellView()->row(), 1);
        state->setUnit(3);
        QCOMPARE(window.cellView()->unit(), 3);
        // A click in a view writes back to the state, and the other views follow.
        QSignalSpy steps(state, &InspectionState::stepChanged);
        emit window.heatmapView()->stepClicked(2);
        QCOMPARE(steps.count(), 1);
        QCOMPARE(state->step(), 2);
        QTRY_VERIFY(window.equationView()->plainText().contains(QStringLiteral("t = 3")));
    }

    // The plot tabs in groups: every view opens by its key wherever it is, the group with it, and
    // no tab bar overflows into scroll arrows, and the window fits, at 1280x800 and in a
    // projector's 1024x768 (the presenter's view, without the docks).
    void theGroupedTabsOpenEveryViewByKeyWithoutOverflow_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("presenter");
        QTest::newRow("1280x800") << QSize(1280, 800) << false;
        QTest::newRow("projector 1024x768, presenter") << QSize(1024, 768) << true;
    }

    void theGroupedTabsOpenEveryViewByKeyWithoutOverflow()
    {
        QFETCH(QSize, size);
        QFETCH(bool, presenter);
        MainWindow window;
        window.setPresenterMode(presenter);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), size); // nothing in it is wider than the screen
        ViewTabs *tabs = window.plotTabs();
        QVERIFY(tabs->count() < tabs->viewCount()); // grouped: fewer tabs than views
        QSignalSpy shown(tabs, &ViewTabs::currentViewChanged);
        const auto fits = [presenter](QTabWidget *t) {
            if (presenter)
                return !t->tabBar()->isVisible();
            return !t->tabBar()->isVisible()
                || t->tabBar()->sizeHint().width() <= t->tabBar()->width();
        };
        for (const ViewRegistry::Entry &entry : ViewRegistry::builtIn().entries()) {
            QWidget *view = window.view(entry.key);
            QWidget *other
                = window.view(entry.key == QLatin1String("inspect") ? QStringLiteral("loss")
                                                                    : QStringLiteral("inspect"));
            QVERIFY(tabs->setCurrentWidget(other));
            shown.clear();
            QVERIFY(tabs->setCurrentWidget(view));
            QVERIFY(!shown.isEmpty());
            QCOMPARE(tabs->currentWidget(), view);
            QVERIFY2(view->isVisible(), qPrintable(entry.key));
            QCOMPARE(shown.last().constFirst().value<QWidget *>(), view);
            QVERIFY2(fits(tabs), qPrintable(entry.key));
            if (auto *group = qobject_cast<QTabWidget *>(tabs->QTabWidget::currentWidget());
                group && group != view)
                QVERIFY2(fits(group), qPrintable(entry.key));
        }
        // A lesson's "panels" list opens its first plot view (lesson 13: importance, in Explain).
        QVERIFY(window.loadLesson(QStringLiteral("13")));
        QCOMPARE(tabs->currentWidget(), window.view(QStringLiteral("importance")));
        QVERIFY(!tabs->setCurrentWidget(nullptr));
    }

    // The equation panel (issue 9): the selected unit's equations, with the numbers and BPTT's
    // gradients, read without scrolling at the default window size and at 1600x900 (an LSTM: its
    // six equations, the most of any cell).
    void theEquationsReadWithoutScrolling_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("default") << QSize();
        QTest::newRow("1600x900") << QSize(1600, 900);
    }

    void theEquationsReadWithoutScrolling()
    {
        QFETCH(QSize, size);
        MainWindow window;
        if (size.isValid())
            window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.loadLesson(QStringLiteral("0")));
        window.inspection()->setCursor(Phase::Backward, 3);
        EquationView *equations = window.equationView();
        // the panel shows the text once its throttled refresh ran
        auto *label = equations->findChild<QLabel *>();
        QVERIFY(label);
        QTRY_VERIFY(label->text().contains(QStringLiteral("∂L/∂C")));
        QVERIFY(label->text().contains(QStringLiteral("o<sub>t</sub>")));
        auto *scroll = qobject_cast<QScrollArea *>(equations->parentWidget()->parentWidget());
        QVERIFY(scroll);
        QTRY_COMPARE(scroll->verticalScrollBar()->maximum(), 0);
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        QVERIFY(equations->height() >= equations->sizeHint().height());
    }

    void gradientNormsAreCores_data()
    {
        QTest::addColumn<bool>("bidirectional");
        QTest::newRow("one direction") << false;
        QTest::newRow("bidirectional") << true;
    }

    void gradientNormsAreCores()
    {
        QFETCH(bool, bidirectional);
        rnn::NetworkConfig config;
        config.cell = rnn::CellType::Lstm;
        config.inputSize = 2;
        config.hiddenSize = 3;
        config.layers = 2;
        config.bidirectional = bidirectional;
        const rnn::Network network(config, 7);
        rnn::Random random(5);
        rnn::InputBatch input;
        input.steps = 6;
        input.batch = 1;
        input.values = Matrix(2, 6);
        for (Eigen::Index c = 0; c < 6; ++c)
            for (Eigen::Index r = 0; r < 2; ++r)
                input.values(r, c) = random.uniform(-1.0, 1.0);
        rnn::Targets targets;
        targets.values = Matrix(1, 6);
        for (Eigen::Index c = 0; c < 6; ++c)
            targets.values(0, c) = random.uniform(-1.0, 1.0);
        rnn::Trace trace = network.forward(input, targets);
        network.backward(trace);
        const SequenceTrace adapted = adaptTrace(trace);
        QCOMPARE(adapted.rows.size(), std::size_t(bidirectional ? 4 : 2));
        for (const RowTrace &row : adapted.rows) {
            const Vector core = trace.gradientNormPerStep(row.layer, row.reversed ? 1 : 0);
            QCOMPARE(row.gradientNorms.size(), std::size_t(6));
            for (int t = 0; t < 6; ++t) {
                QCOMPARE(row.gradientNorms[std::size_t(t)], core(t));
                QVERIFY(core(t) > 0.0);
            }
        }
        // Before backward there is no gradient: zeros, one per step.
        const SequenceTrace forwardOnly = adaptTrace(network.forward(input, targets));
        QCOMPARE(forwardOnly.rows.front().gradientNorms, std::vector<double>(6, 0.0));
    }
};

QTEST_MAIN(TestInspection)
#include "tst_inspection.moc"
