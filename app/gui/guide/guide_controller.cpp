#include "guide_controller.h"

#include "beat_bar.h"
#include "control/training_controller.h"
#include "lesson.h"
#include "main_window.h"
#include "panels/dataset_panel.h"
#include "panels/model_panel.h"
#include "panels/transport_bar.h"
#include "views/cell_view.h"
#include "views/unrolled_view.h"
#include "views/view_tabs.h"

#include <QAction>
#include <QSlider>
#include <QTabBar>
#include <QTabWidget>

namespace rnnlab {

GuideController::GuideController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_player = new BeatPlayer(this, this);
    m_bar = new BeatBar(m_player);
    m_guided = new QAction(tr("Guided keys"), this);
    m_guided->setCheckable(true);
    m_guided->setChecked(true);
    m_guided->setShortcut(QKeySequence(Qt::Key_G));
    m_guided->setToolTip(tr("On: Space, the arrows and Page Up/Down move through the beats "
                            "(G). Off: they step the network as before."));
    window->addAction(m_guided);
    m_bar->addSwitch(m_guided);
    connect(window->controller(), &TrainingController::idle, m_player, &BeatPlayer::stageIdle);
    watchManualControls();
}

bool GuideController::active() const
{
    return m_guided->isChecked() && m_player->count() > 0;
}

void GuideController::setLesson(const Lesson &lesson, const QString &language)
{
    m_bar->setLanguage(language);
    m_player->setBeats(lesson.beats, lesson.config, lesson.recurrentScale);
    m_window->inspection()->setHighlights({});
    m_bar->rebuild();
}

void GuideController::setInstant(bool instant)
{
    m_player->setPacing(instant ? 0 : 350, instant ? 0 : 700);
    m_bar->setAnimated(!instant);
}

bool GuideController::nextKey()
{
    if (!active())
        return false;
    m_player->next();
    return true;
}

bool GuideController::previousKey()
{
    if (!active())
        return false;
    m_player->previous();
    return true;
}

void GuideController::watchManualControls()
{
    const auto leave = [this] { m_player->leavePath(); };
    TransportBar *transport = m_window->transportBar();
    for (QAction *action :
         { transport->resetAction(), transport->stepBackAction(), transport->stepForwardAction(),
           transport->stepTimeAction(), transport->stepBpttAction(), transport->stepSampleAction(),
           transport->stepBatchAction(), transport->stepEpochAction(), transport->playAction() })
        connect(action, &QAction::triggered, this, leave);
    connect(transport, &TransportBar::historyScrubbed, this, leave);
    connect(m_window->modelPanel(), &ModelPanel::settingsApplied, this, leave);
    connect(m_window->datasetPanel(), &DatasetPanel::dataApplied, this, leave);
    // A click on any tab, of the groups or inside one (views/view_tabs.h).
    for (QTabBar *bar : m_window->plotTabs()->findChildren<QTabBar *>())
        connect(bar, &QTabBar::tabBarClicked, this, leave);
    connect(m_window->unrolledView(), &UnrolledView::stepClicked, this, leave);
    connect(m_window->cellView(), &CellView::unitSelected, this, leave);
}

void GuideController::restartRun(const rnn::ExperimentConfig &config, double recurrentScale)
{
    m_window->startRun(config, recurrentScale);
}

void GuideController::train(TrainUnit unit)
{
    TrainingController *c = m_window->controller();
    switch (unit) {
    case TrainUnit::Sample:
        c->stepSample();
        break;
    case TrainUnit::Batch:
        c->stepBatch();
        break;
    case TrainUnit::Epoch:
        c->stepEpoch();
        break;
    }
}

bool GuideController::busy() const
{
    return m_window->controller()->busy();
}

int GuideController::steps() const
{
    const SnapshotPtr s = m_window->controller()->current();
    return s ? s->trace.steps() : 0;
}

Phase GuideController::phase() const
{
    return m_window->controller()->cursor().phase();
}

int GuideController::cursorStep() const
{
    return m_window->controller()->cursor().step();
}

void GuideController::seek(Phase phase, int step)
{
    m_window->controller()->seekCursor(phase, step);
}

void GuideController::select(std::optional<int> step, std::optional<int> row,
                             std::optional<int> unit)
{
    InspectionState *state = m_window->inspection();
    if (row)
        state->setRow(*row);
    if (unit)
        state->setUnit(*unit);
    if (step)
        state->setStep(*step);
}

void GuideController::highlight(const QStringList &names)
{
    m_window->inspection()->setHighlights(names);
}

void GuideController::openView(const QString &key)
{
    if (QWidget *view = m_window->view(key))
        m_window->plotTabs()->setCurrentWidget(view);
    else
        m_window->showError(tr("This beat opens the view \"%1\", which this version does not "
                               "have.")
                                .arg(key));
}

void GuideController::inspect(const QString &text, int testSample)
{
    m_window->controller()->inspect(text.isEmpty()
                                        ? InspectRequest::sample(InspectSource::Test, testSample)
                                        : InspectRequest::typed(text));
}

SnapshotPtr GuideController::snapshot() const
{
    return m_window->controller()->current();
}

MeasureContext GuideController::measureContext() const
{
    const InspectionState *state = m_window->inspection();
    return { state->step(), state->row(), state->unit() };
}

} // namespace rnnlab
