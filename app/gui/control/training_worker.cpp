#include "training_worker.h"

#include <QThread>

namespace rnnlab {

namespace {
constexpr qint64 MinimumEmitIntervalMs = 33; // about 30 snapshots per second at most
}

TrainingWorker::TrainingWorker(QObject *parent)
    : QObject(parent)
{ }

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::configure(const SessionSetup &setup)
{
    const QString error = m_session.reset(setup);
    if (!error.isEmpty()) {
        emit failed(error);
        return;
    }
    emitSnapshot();
}

QString TrainingWorker::advance(Amount amount)
{
    switch (amount) {
    case Amount::Sample:
        return m_session.stepSample();
    case Amount::Batch:
        return m_session.stepBatch();
    case Amount::Epoch:
        return m_session.stepEpoch();
    }
    return {};
}

void TrainingWorker::step(Amount amount)
{
    if (!m_session.ready())
        return;
    const QString error = advance(amount);
    emitSnapshot();
    if (!error.isEmpty()) {
        m_playing.store(false);
        emit failed(error);
    }
}

void TrainingWorker::playLoop()
{
    if (m_looping)
        return; // the chain that runs goes on, now that play is on again
    m_looping = true;
    playChunk();
}

void TrainingWorker::playChunk()
{
    if (!m_playing.load() || !m_session.ready()) {
        m_looping = false;
        if (m_session.ready())
            emitSnapshot(); // the last state, which the throttle may have held back
        emit stopped();
        return;
    }
    const auto amount = static_cast<Amount>(m_chunk.load());
    const QString error = advance(amount);
    if (!error.isEmpty()) {
        m_playing.store(false);
        m_looping = false;
        emitSnapshot();
        emit failed(error);
        emit stopped();
        return;
    }
    if (!m_inFlight.load()
        && (!m_sinceEmit.isValid() || m_sinceEmit.elapsed() >= MinimumEmitIntervalMs))
        emitSnapshot();
    // Queue the next chunk behind any command that arrived meanwhile (pause, reset, restore).
    QMetaObject::invokeMethod(this, &TrainingWorker::playChunk, Qt::QueuedConnection);
}

void TrainingWorker::restore(const SnapshotPtr &snapshot)
{
    if (snapshot && !m_session.restore(*snapshot))
        emit failed(tr("This moment cannot be restored; training continues from the present."));
    else
        emitSnapshot();
}

void TrainingWorker::resume(const SessionSetup &setup, const std::vector<MomentRecord> &moments,
                            int displayed)
{
    std::vector<SnapshotPtr> history;
    const QString error = m_session.resume(setup, moments, &history);
    if (!error.isEmpty()) {
        emit failed(error);
        return;
    }
    m_inFlight.store(true);
    emit historyRestored(QList<SnapshotPtr>(history.begin(), history.end()), displayed);
}

void TrainingWorker::inspect(const InspectRequest &request, const SnapshotPtr &base)
{
    SnapshotPtr snapshot;
    try {
        snapshot = m_session.inspect(request, base);
    } catch (const std::exception &e) {
        emit failed(
            tr("Core could not inspect this sequence: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    if (!snapshot) {
        emit failed(tr("There is nothing to inspect yet."));
        return;
    }
    m_inFlight.store(true);
    emit snapshotReady(snapshot);
}

void TrainingWorker::emitSnapshot()
{
    m_sinceEmit.restart();
    // Nothing core throws may cross the event loop: it becomes a readable message.
    SnapshotPtr snapshot;
    try {
        snapshot = m_session.snapshot();
    } catch (const std::exception &e) {
        m_playing.store(false);
        emit failed(
            tr("Core could not record this moment: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    m_inFlight.store(true);
    emit snapshotReady(snapshot);
}

} // namespace rnnlab
