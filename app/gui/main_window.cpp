#include "main_window.h"
#include "about_dialog.h"

#include "control/compare_controller.h"
#include "control/training_controller.h"
#include "export/export_centre.h"
#include "guide/beat_bar.h"
#include "guide/guide_controller.h"
#include "language.h"
#include "panels/dataset_panel.h"
#include "panels/inspector_panel.h"
#include "panels/lesson_panel.h"
#include "panels/model_panel.h"
#include "panels/network_panel.h"
#include "panels/transport_bar.h"
#include "presenter_style.h"
#include "session_manager.h"
#include "views/cell_view.h"
#include "views/classification_view.h"
#include "views/colour_legend.h"
#include "views/equation_view.h"
#include "views/gradient_plot.h"
#include "views/heatmap_view.h"
#include "views/loss_plot.h"
#include "views/prediction_plot.h"
#include "views/unrolled_view.h"
#include "views/view_registry.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSlider>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace rnnlab {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("RNN Lab"));
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_language = currentLanguage();
    m_controller = new TrainingController(this);
    m_inspection = new InspectionState(this);
    m_compare = new CompareController(this);
    m_sessions = new SessionManager(this);
    connect(m_sessions, &SessionManager::fileUsed, this, &MainWindow::addRecentFile);
    buildCentre();
    buildDocks();
    m_guide = new GuideController(this);
    static_cast<QVBoxLayout *>(centralWidget()->layout())->insertWidget(1, m_guide->bar());
    buildStatusBar();
    m_export = new ExportCentre(this);
    buildMenus();
    m_frameTimer = new QTimer(this);
    m_frameTimer->setSingleShot(true);
    connect(m_frameTimer, &QTimer::timeout, this, &MainWindow::drawFrame);
    connectController();
    resize(1480, 900);
}

MainWindow::~MainWindow() = default;

UnrolledView *MainWindow::unrolledView() const
{
    return m_network->unrolledView();
}

CellView *MainWindow::cellView() const
{
    return m_inspector->cellView();
}

EquationView *MainWindow::equationView() const
{
    return m_inspector->equationView();
}

HeatmapView *MainWindow::heatmapView() const
{
    return qobject_cast<HeatmapView *>(view(QStringLiteral("heatmap")));
}

GradientPlot *MainWindow::gradientPlot() const
{
    return qobject_cast<GradientPlot *>(view(QStringLiteral("gradient")));
}

LossPlot *MainWindow::lossPlot() const
{
    return qobject_cast<LossPlot *>(view(QStringLiteral("loss")));
}

PredictionPlot *MainWindow::predictionPlot() const
{
    return qobject_cast<PredictionPlot *>(view(QStringLiteral("prediction")));
}

ClassificationView *MainWindow::classificationView() const
{
    return qobject_cast<ClassificationView *>(view(QStringLiteral("classification")));
}

void MainWindow::buildCentre()
{
    auto *centre = new QWidget(this);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new QLabel(centre);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "background:#fee0b6; color:#3b2000; padding:6px; border-bottom:1px solid #b35806"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_centreSplitter = new QSplitter(Qt::Vertical, centre);
    m_network = new NetworkPanel(m_inspection, m_centreSplitter);
    m_tabs = new ViewTabs(m_centreSplitter);
    for (QWidget *view : ViewRegistry::builtIn().populate(m_tabs, m_inspection))
        m_views.insert(view->objectName(), view);
    m_centreSplitter->setStretchFactor(0, 3);
    m_centreSplitter->setStretchFactor(1, 2);
    layout->addWidget(m_centreSplitter);
    setCentralWidget(centre);

    connect(m_tabs, &ViewTabs::currentViewChanged, this, &MainWindow::refreshCurrentTab);
}

void MainWindow::buildDocks()
{
    const auto makeDock = [this](const QString &title, const QString &name, QWidget *widget,
                                 Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        addDockWidget(area, dock);
        m_docks << dock;
        return dock;
    };
    m_lessons = new LessonPanel;
    m_dataset = new DatasetPanel;
    m_model = new ModelPanel;
    QDockWidget *lessonDock
        = makeDock(tr("Lesson"), QStringLiteral("lessonDock"), m_lessons, Qt::LeftDockWidgetArea);
    QDockWidget *dataDock
        = makeDock(tr("Data"), QStringLiteral("dataDock"), m_dataset, Qt::LeftDockWidgetArea);
    QDockWidget *modelDock
        = makeDock(tr("Model"), QStringLiteral("modelDock"), m_model, Qt::LeftDockWidgetArea);
    tabifyDockWidget(lessonDock, dataDock);
    tabifyDockWidget(dataDock, modelDock);
    lessonDock->raise();

    m_inspector = new InspectorPanel(m_inspection);
    QDockWidget *inspectorDock
        = makeDock(tr("Cell inspector and equations"), QStringLiteral("inspectorDock"), m_inspector,
                   Qt::RightDockWidgetArea);
    // The centre (network and plot tabs) gets the room a 1280-pixel screen has left.
    resizeDocks({ lessonDock, inspectorDock }, { 280, 360 }, Qt::Horizontal);

    m_transport = new TransportBar;
    auto *bar = new QToolBar(tr("Transport"), this);
    bar->setObjectName(QStringLiteral("transportBar"));
    bar->setMovable(false);
    bar->addWidget(m_transport);
    addToolBar(Qt::BottomToolBarArea, bar);

    connect(m_lessons, &LessonPanel::lessonChosen, this,
            [this](const QString &id) { loadLesson(id); });
    connect(m_model, &ModelPanel::settingsApplied, this, [this] {
        m_model->applyTo(m_lesson.config);
        restartTraining(tr("New model settings: the network was re-initialised from seed %1 "
                           "and training starts again. The data is unchanged.")
                            .arg(m_lesson.config.seed));
    });
    connect(m_dataset, &DatasetPanel::dataApplied, this, [this] {
        m_dataset->applyTo(m_lesson.config);
        m_model->setConfig(m_lesson.config);
        restartTraining(tr("New data: training starts again from seed %1 with the same model.")
                            .arg(m_lesson.config.seed));
    });
    connect(m_dataset, &DatasetPanel::fileOpened, this, &MainWindow::addRecentFile);
    // The gradient plot's compare mode runs two trainings of its own.
    GradientPlot *gradients = gradientPlot();
    connect(gradients, &GradientPlot::compareRequested, this,
            [this, gradients](const CompareRequest &request) {
                gradients->compareButton()->setEnabled(false);
                m_compare->run(m_controller->setup(), request);
            });
    connect(m_compare, &CompareController::finished, gradients,
            [gradients](const SnapshotPtr &first, const SnapshotPtr &second) {
                gradients->setComparison(first, second);
                gradients->compareButton()->setEnabled(true);
            });
    connect(m_compare, &CompareController::failed, this, [this, gradients](const QString &message) {
        gradients->compareButton()->setEnabled(true);
        showError(message);
    });
}

void MainWindow::buildStatusBar()
{
    const auto field = [this](const QString &tip) {
        auto *label = new QLabel(this);
        label->setToolTip(tip);
        label->setMinimumWidth(90);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_epochLabel = field(tr("Completed epochs"));
    m_sampleLabel = field(tr("Samples seen in this epoch"));
    m_phaseLabel = field(tr("Where the play head is: forward, loss, backward or update"));
    m_lossLabel = field(tr("Loss of the sample on display"));
    m_rateLabel = field(tr("Learning rate"));
    m_seedLabel = field(tr("Seed: the same seed replays the same run"));
    updateStatus();
}

void MainWindow::connectController()
{
    TrainingController *c = m_controller;
    connect(m_transport->resetAction(), &QAction::triggered, this, [this] {
        restartTraining(tr("Training restarted from seed %1.").arg(m_lesson.config.seed));
    });
    connect(m_transport->stepForwardAction(), &QAction::triggered, c,
            &TrainingController::stepForward);
    connect(m_transport->stepBackAction(), &QAction::triggered, c, &TrainingController::stepBack);
    connect(m_transport->stepTimeAction(), &QAction::triggered, c, &TrainingController::stepTime);
    connect(m_transport->stepBpttAction(), &QAction::triggered, c, &TrainingController::stepBptt);
    connect(m_transport->stepSampleAction(), &QAction::triggered, c,
            &TrainingController::stepSample);
    connect(m_transport->stepBatchAction(), &QAction::triggered, c, &TrainingController::stepBatch);
    connect(m_transport->stepEpochAction(), &QAction::triggered, c, &TrainingController::stepEpoch);
    connect(m_transport->playAction(), &QAction::triggered, c, &TrainingController::setPlaying);
    connect(m_transport, &TransportBar::speedChanged, c, &TrainingController::setSpeed);
    connect(m_transport, &TransportBar::historyScrubbed, c, &TrainingController::scrubTo);
    connect(c, &TrainingController::playingChanged, m_transport, &TransportBar::setPlaying);
    connect(c, &TrainingController::historyChanged, m_transport, &TransportBar::setHistory);
    connect(c, &TrainingController::snapshotChanged, this, &MainWindow::onSnapshot);
    connect(c, &TrainingController::cursorMoved, this, &MainWindow::onCursor);
    connect(c, &TrainingController::errorOccurred, this, &MainWindow::showError);
    connect(m_inspection, &InspectionState::inspectionRequested, c, &TrainingController::inspect);
    c->setSpeed(m_transport->speedSlider()->value());
}

bool MainWindow::loadLesson(const QString &name)
{
    const Lesson *lesson = findLesson(name);
    if (!lesson) {
        showError(tr("There is no lesson called \"%1\".").arg(name));
        return false;
    }
    applyLesson(*lesson);
    return true;
}

void MainWindow::applyLesson(const Lesson &lesson)
{
    m_lesson = lesson;
    m_lessons->setLanguage(m_language);
    if (const Lesson *builtIn = findLesson(lesson.id); builtIn && builtIn->id == lesson.id)
        m_lessons->showLesson(lesson.id);
    else
        m_lessons->showOwnLesson(lesson); // opened from a file
    m_model->setConfig(lesson.config);
    m_dataset->setConfig(lesson.config);
    m_sessions->lessonApplied(); // the title, no session file, nothing unsaved
    showPanelsOfLesson();
    m_banner->hide();
    SessionSetup setup;
    setup.config = lesson.config;
    setup.recurrentScale = lesson.recurrentScale;
    m_controller->configure(setup);
    m_guide->setLesson(lesson, m_language);
}

void MainWindow::startRun(const rnn::ExperimentConfig &config, double recurrentScale)
{
    m_lesson.config = config;
    m_lesson.recurrentScale = recurrentScale;
    m_model->setConfig(config);
    m_dataset->setConfig(config);
    m_banner->hide();
    SessionSetup setup;
    setup.config = config;
    setup.recurrentScale = recurrentScale;
    m_controller->configure(setup);
}

void MainWindow::showPanelsOfLesson()
{
    // The first panel the lesson names that is a plot tab comes to the front.
    for (const QString &panel : std::as_const(m_lesson.panels)) {
        if (QWidget *view = m_views.value(panel)) {
            m_tabs->setCurrentWidget(view);
            return;
        }
    }
}

void MainWindow::restartTraining(const QString &why)
{
    SessionSetup setup = m_controller->setup();
    setup.config = m_lesson.config;
    setup.initialWeights.clear(); // from the seed (an imported model's weights are not kept)
    m_controller->configure(setup);
    m_banner->setText(why);
    m_banner->show();
    statusBar()->showMessage(why, 8000);
}

bool MainWindow::openDataFile(const QString &path)
{
    QString error;
    if (!m_dataset->openFile(path, &error)) { // trains on it at once
        showError(error);
        return false;
    }
    addRecentFile(path);
    m_dataset->raiseParentDock();
    return true;
}

void MainWindow::onSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    m_pendingSnapshot = snapshot;
    scheduleFrame(m_controller->isPlaying() ? FrameIntervalMs : 0);
}

void MainWindow::onCursor(Phase, int)
{
    m_cursorPending = true;
    scheduleFrame(m_controller->isPlaying() ? FrameIntervalMs : 0);
}

void MainWindow::scheduleFrame(qint64 intervalMs)
{
    if (intervalMs <= 0) { // not playing: the user stepped, show it now
        m_frameTimer->stop();
        drawFrame();
        return;
    }
    if (m_frameTimer->isActive())
        return;
    const qint64 since = m_sinceFrame.isValid() ? m_sinceFrame.elapsed() : intervalMs;
    m_frameTimer->start(static_cast<int>(std::max<qint64>(0, intervalMs - since)));
}

void MainWindow::drawFrame()
{
    m_sinceFrame.restart();
    if (const SnapshotPtr snapshot = std::exchange(m_pendingSnapshot, nullptr))
        drawSnapshot(snapshot);
    if (std::exchange(m_cursorPending, false))
        drawCursor(m_controller->cursor().phase(), m_controller->cursor().step());
    if (m_plotPending) {
        // The plot on show is the most expensive view: while playing it follows at a slower pace.
        const bool playing = m_controller->isPlaying();
        if (!playing || !m_sincePlot.isValid() || m_sincePlot.elapsed() >= PlotIntervalMs)
            refreshCurrentTab();
        else if (!m_frameTimer->isActive())
            m_frameTimer->start(
                static_cast<int>(std::max<qint64>(0, PlotIntervalMs - m_sincePlot.elapsed())));
    }
}

void MainWindow::drawSnapshot(const SnapshotPtr &snapshot)
{
    m_inspection->setSnapshot(snapshot);
    m_dataset->setVocabulary(snapshot->vocabulary);
    // Only the plot on show is redrawn (the others when their tab is opened).
    m_shown = snapshot;
    m_plotPending = true;
    if (!snapshot->message.isEmpty())
        showError(snapshot->message);
    updateStatus();
}

void MainWindow::refreshCurrentTab()
{
    m_plotPending = false;
    if (!m_shown)
        return;
    m_sincePlot.restart();
    m_inspection->setPlotSnapshot(m_shown);
}

void MainWindow::drawCursor(Phase phase, int step)
{
    m_inspection->setCursor(phase, step);
    updateStatus();
}

void MainWindow::updateStatus()
{
    const SnapshotPtr s = m_controller ? m_controller->current() : nullptr;
    const TraceCursor &cursor = m_controller->cursor();
    m_epochLabel->setText(tr("Epoch %1").arg(s ? s->epoch : 0));
    m_sampleLabel->setText(
        tr("Sample %1/%2").arg(s ? s->sample : 0).arg(s ? s->samplesPerEpoch : 0));
    QString phase = phaseName(cursor.phase());
    if (cursor.phase() == Phase::Forward || cursor.phase() == Phase::Backward)
        phase += tr(" t=%1").arg(cursor.step() + 1);
    m_phaseLabel->setText(tr("Phase: %1").arg(phase));
    m_lossLabel->setText(tr("Loss %1").arg(s ? s->loss : 0.0, 0, 'g', 4));
    m_rateLabel->setText(
        tr("Learning rate %1").arg(s ? s->learningRate : m_lesson.config.learningRate));
    m_seedLabel->setText(tr("Seed %1").arg(s ? s->seed : m_lesson.config.seed));
}

QString MainWindow::statusText() const
{
    return QStringList { m_epochLabel->text(), m_sampleLabel->text(), m_phaseLabel->text(),
                         m_lossLabel->text(),  m_rateLabel->text(),   m_seedLabel->text() }
        .join(QStringLiteral(" | "));
}

void MainWindow::showError(const QString &message)
{
    m_lastError = message;
    m_banner->setText(message);
    m_banner->show();
    statusBar()->showMessage(message, 10000);
}

void MainWindow::setPresenterMode(bool on)
{
    m_presenter = on;
    for (QDockWidget *dock : std::as_const(m_docks))
        dock->setVisible(!on);
    menuBar()->setVisible(!on);
    m_tabs->setTabBarsVisible(!on);
    m_guide->bar()->setPresenter(on);
    presenter::applyType(centralWidget(), on); // type for the back of the room
    if (auto *action = findChild<QAction *>(QStringLiteral("presenterAction"))) {
        const QSignalBlocker blocker(action);
        action->setChecked(on);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        openFile(urls.first().toLocalFile());
}

bool MainWindow::openFile(const QString &path)
{
    if (path.endsWith(QStringLiteral(".rnnlab"), Qt::CaseInsensitive))
        return m_sessions->openSession(path);
    if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        return m_sessions->openLesson(path);
    return openDataFile(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved work: Save, Discard or Cancel (session_manager.h).
    if (!m_sessions->maybeClose()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace rnnlab
