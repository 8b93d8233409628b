#include "training_controller.h"

#include <exception>

namespace rnnlab {

TrainingController::TrainingController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SnapshotPtr>();
    qRegisterMetaType<QList<SnapshotPtr>>();
    m_worker = new TrainingWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TrainingWorker::snapshotReady, this, &TrainingController::onSnapshot,
            Qt::QueuedConnection);
    connect(
        m_worker, &TrainingWorker::failed, this,
        [this](const QString &message) {
            m_pending = 0;
            m_workerPlaying = false;
            m_resetPending = false;
            emit errorOccurred(message);
            if (m_playing)
                setPlaying(false);
            emit idle();
        },
        Qt::QueuedConnection);
    connect(m_worker, &TrainingWorker::historyRestored, this,
            &TrainingController::onHistoryRestored, Qt::QueuedConnection);
    connect(
        m_worker, &TrainingWorker::stopped, this,
        [this] {
            m_workerPlaying = false;
            if (m_pending == 0)
                emit idle();
        },
        Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("training"));
    m_thread.start();
    m_animation.setSingleShot(false);
    connect(&m_animation, &QTimer::timeout, this, &TrainingController::animate);
}

TrainingController::~TrainingController()
{
    m_worker->requestPause();
    m_thread.quit();
    m_thread.wait();
}

void TrainingController::configure(const SessionSetup &setup)
{
    setPlaying(false);
    m_setup = setup;
    // The history of the present run is dropped only when the new run has started: if the new
    // settings fail, the user keeps the data and weights in use.
    m_resetPending = true;
    m_cursorToEnd = false;
    ++m_pending;
    TrainingWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, setup] { worker->configure(setup); }, Qt::QueuedConnection);
    emit historyChanged(0, -1);
}

void TrainingController::resume(const SessionSetup &setup, const std::vector<MomentRecord> &moments,
                                int displayed)
{
    setPlaying(false);
    m_resumedSetup = setup;
    m_cursorToEnd = false;
    ++m_pending;
    TrainingWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, setup, moments, displayed] { worker->resume(setup, moments, displayed); },
        Qt::QueuedConnection);
}

void TrainingController::setCursor(Phase phase, int step)
{
    if (!current())
        return;
    m_cursor.seek(phase, step);
    emitCursor();
}

void TrainingController::reset()
{
    configure(m_setup);
}

void TrainingController::inspect(const InspectRequest &request)
{
    m_setup.inspect = request;
    ++m_pending;
    TrainingWorker *worker = m_worker;
    const SnapshotPtr base = current();
    QMetaObject::invokeMethod(
        worker, [worker, request, base] { worker->inspect(request, base); }, Qt::QueuedConnection);
}

SnapshotPtr TrainingController::current() const
{
    if (m_displayed < 0 || m_displayed >= historySize())
        return nullptr;
    return m_history[static_cast<std::size_t>(m_displayed)];
}

rnn::ModelFile TrainingController::modelFile() const
{
    // The worker's copy, handed back through m_modelHandoff (see the header).
    ModelHandoff *handoff = &m_modelHandoff;
    {
        const std::lock_guard lock(handoff->mutex);
        handoff->done = false;
        handoff->model.reset();
        handoff->error = nullptr;
    }
    TrainingWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, handoff] {
            std::optional<rnn::ModelFile> model;
            std::exception_ptr error;
            try {
                model = worker->modelFile();
            } catch (...) {
                error = std::current_exception();
            }
            const std::lock_guard lock(handoff->mutex);
            handoff->model = std::move(model);
            handoff->error = error;
            handoff->done = true;
            handoff->ready.notify_one();
        },
        Qt::QueuedConnection);
    std::unique_lock lock(handoff->mutex);
    handoff->ready.wait(lock, [handoff] { return handoff->done; });
    if (handoff->error)
        std::rethrow_exception(handoff->error);
    rnn::ModelFile model = std::move(*handoff->model);
    handoff->model.reset();
    lock.unlock();
    // The weights of the moment on display: the user may have scrubbed back in the history.
    if (const SnapshotPtr shown = current())
        if (const rnn::Network *network = snapshotNetwork(*shown))
            model.parameters = network->parameters();
    return model;
}

void TrainingController::emitCursor()
{
    emit cursorMoved(m_cursor.phase(), m_cursor.step());
}

void TrainingController::continueFromDisplayed()
{
    // After scrubbing back, training resumes from the moment on display: later history is
    // dropped (like undo) and the worker restores that moment's weights.
    if (m_displayed >= 0 && m_displayed + 1 < historySize()) {
        m_history.resize(static_cast<std::size_t>(m_displayed + 1));
        ++m_pending;
        TrainingWorker *worker = m_worker;
        SnapshotPtr snapshot = m_history.back();
        QMetaObject::invokeMethod(
            worker, [worker, snapshot] { worker->restore(snapshot); }, Qt::QueuedConnection);
        m_history.pop_back(); // the restored snapshot comes back from the worker
        m_displayed = historySize() - 1;
        emit historyChanged(historySize(), m_displayed);
    }
}

void TrainingController::send(TrainingWorker::Amount amount, bool cursorToEnd)
{
    continueFromDisplayed();
    m_cursorToEnd = cursorToEnd;
    ++m_pending;
    TrainingWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, amount] { worker->step(amount); }, Qt::QueuedConnection);
}

void TrainingController::stepForward()
{
    if (busy())
        return;
    if (!current() || m_cursor.atEnd()) {
        send(TrainingWorker::Amount::Sample, false);
        return;
    }
    m_cursor.advance();
    emitCursor();
}

void TrainingController::stepBack()
{
    if (m_cursor.retreat()) {
        emitCursor();
        return;
    }
    // At the first step of a sample: go back to the previous recorded moment.
    if (m_displayed > 0) {
        scrubTo(m_displayed - 1);
        m_cursor.toEnd();
        emitCursor();
    }
}

void TrainingController::stepTime()
{
    if (busy())
        return;
    if (!current() || m_cursor.phase() != Phase::Forward
        || m_cursor.step() + 1 >= m_cursor.steps()) {
        if (current() && m_cursor.phase() == Phase::Forward) {
            m_cursor.advance(); // last forward step -> the loss
            emitCursor();
            return;
        }
        send(TrainingWorker::Amount::Sample, false);
        return;
    }
    m_cursor.advance();
    emitCursor();
}

void TrainingController::stepBptt()
{
    if (busy())
        return;
    if (!current() || m_cursor.atEnd()) {
        send(TrainingWorker::Amount::Sample, false);
        return;
    }
    if (m_cursor.phase() == Phase::Forward || m_cursor.phase() == Phase::Loss)
        m_cursor.seek(Phase::Backward, m_cursor.steps() - 1);
    else
        m_cursor.advance();
    emitCursor();
}

void TrainingController::stepSample()
{
    if (!busy())
        send(TrainingWorker::Amount::Sample, true);
}

void TrainingController::stepBatch()
{
    if (!busy())
        send(TrainingWorker::Amount::Batch, true);
}

void TrainingController::stepEpoch()
{
    if (!busy())
        send(TrainingWorker::Amount::Epoch, true);
}

void TrainingController::seekCursor(Phase phase, int step)
{
    if (!current())
        return;
    if (phase == Phase::Update)
        m_cursor.toEnd();
    else
        m_cursor.seek(phase, step);
    emitCursor();
}

void TrainingController::setSpeed(int speed)
{
    m_speed = std::clamp(speed, 1, 5);
    m_animation.setInterval(m_speed == 1 ? 350 : 60);
    const auto chunk = m_speed <= 3 ? TrainingWorker::Amount::Sample
        : m_speed == 4              ? TrainingWorker::Amount::Batch
                                    : TrainingWorker::Amount::Epoch;
    m_worker->setChunk(chunk);
    if (m_playing) {
        setPlaying(false);
        setPlaying(true);
    }
}

void TrainingController::setPlaying(bool playing)
{
    if (playing == m_playing)
        return;
    m_playing = playing;
    if (playing) {
        if (m_speed <= 2) {
            // Slow speeds are playback of true numbers: the cursor walks through each Trace.
            m_animation.setInterval(m_speed == 1 ? 350 : 60);
            m_animation.start();
        } else {
            continueFromDisplayed();
            m_cursorToEnd = true;
            m_worker->setPlaying(true);
            m_workerPlaying = true;
            QMetaObject::invokeMethod(m_worker, &TrainingWorker::playLoop, Qt::QueuedConnection);
        }
    } else {
        m_animation.stop();
        m_worker->requestPause();
    }
    emit playingChanged(playing);
}

void TrainingController::animate()
{
    if (busy())
        return;
    if (m_speed == 2 && current() && !m_cursor.atEnd()) {
        // Every phase: jump to the end of the forward pass, the loss, the end of BPTT, update.
        switch (m_cursor.phase()) {
        case Phase::Forward:
            m_cursor.seek(Phase::Loss, m_cursor.steps() - 1);
            break;
        case Phase::Loss:
            m_cursor.seek(Phase::Backward, 0);
            break;
        case Phase::Backward:
        case Phase::Update:
            m_cursor.toEnd();
            break;
        }
        emitCursor();
        return;
    }
    stepForward();
}

void TrainingController::scrubTo(int index)
{
    if (index < 0 || index >= historySize() || index == m_displayed)
        return;
    m_displayed = index;
    const SnapshotPtr snapshot = current();
    m_cursor.reset(snapshot->trace.steps());
    m_cursor.toEnd();
    emit snapshotChanged(snapshot);
    emitCursor();
    emit historyChanged(historySize(), m_displayed);
}

void TrainingController::thinHistory()
{
    if (historySize() <= MaximumHistory)
        return;
    // Keep the first moment, every other moment of the older half, and the recent half whole.
    std::vector<SnapshotPtr> thinned;
    const std::size_t half = m_history.size() / 2;
    for (std::size_t i = 0; i < m_history.size(); ++i) {
        if (i == 0 || i >= half || i % 2 == 0)
            thinned.push_back(m_history[i]);
    }
    m_history = std::move(thinned);
}

// An inspection's answer takes the place of the moment it was computed for (same serial), so
// the history keeps one entry per moment; false when that moment is gone (e.g. thinned).
bool TrainingController::replaceInHistory(const SnapshotPtr &snapshot)
{
    for (int i = historySize() - 1; i >= 0; --i) {
        SnapshotPtr &entry = m_history[static_cast<std::size_t>(i)];
        if (entry->serial != snapshot->serial)
            continue;
        entry = snapshot;
        m_pending = std::max(0, m_pending - 1);
        if (i == m_displayed) {
            m_cursor.reset(snapshot->trace.steps());
            m_cursor.toEnd();
            emit snapshotChanged(snapshot);
            emitCursor();
        }
        if (!busy())
            emit idle();
        return true;
    }
    return false;
}

void TrainingController::onHistoryRestored(const QList<SnapshotPtr> &history, int displayed)
{
    m_worker->snapshotTaken();
    m_resetPending = false;
    m_setup = m_resumedSetup;
    m_history.assign(history.begin(), history.end());
    m_displayed = std::clamp(displayed, 0, historySize() - 1);
    const SnapshotPtr shown = current();
    m_cursor.reset(shown ? shown->trace.steps() : 0);
    m_cursor.toEnd();
    m_pending = std::max(0, m_pending - 1);
    emit snapshotChanged(shown);
    emitCursor();
    emit historyChanged(historySize(), m_displayed);
    emit historyRestored();
    if (!busy())
        emit idle();
}

void TrainingController::onSnapshot(const SnapshotPtr &snapshot)
{
    m_worker->snapshotTaken();
    if (!snapshot)
        return;
    if (snapshot->reinspected && !m_resetPending && replaceInHistory(snapshot))
        return;
    if (m_resetPending) {
        m_resetPending = false;
        m_history.clear();
    }
    m_history.push_back(snapshot);
    thinHistory();
    m_displayed = historySize() - 1;
    m_cursor.reset(snapshot->trace.steps());
    if (m_cursorToEnd || snapshot->stepsTaken == 0)
        m_cursor.toEnd();
    m_pending = std::max(0, m_pending - 1);
    emit snapshotChanged(snapshot);
    emitCursor();
    emit historyChanged(historySize(), m_displayed);
    if (!busy())
        emit idle();
}

} // namespace rnnlab
