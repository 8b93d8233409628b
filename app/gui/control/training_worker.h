// The object that trains, moved to its own QThread by the TrainingController. It receives
// commands as queued calls, runs core through a TrainingSession, and sends immutable snapshots
// back with a queued signal, at most about 30 per second while playing and never more than one
// waiting in the GUI thread's queue. The only thing shared
// with the GUI thread is the atomic "playing" flag, which the controller clears to pause.
#pragma once

#include "snapshot.h"
#include "training_session.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>

namespace rnnlab {

class TrainingWorker : public QObject
{
    Q_OBJECT

public:
    enum class Amount { Sample, Batch, Epoch };

    explicit TrainingWorker(QObject *parent = nullptr);
    ~TrainingWorker() override;

    // Thread-safe: may be called from the GUI thread. Only the GUI thread starts and stops play
    // (TrainingController pauses before it queues a configure, resume or restore): the worker
    // never clears the flag itself except on an error, so a Play pressed before a queued
    // configure has run is not lost.
    void requestPause() { m_playing.store(false); }
    bool isPlaying() const { return m_playing.load(); }
    void setPlaying(bool playing) { m_playing.store(playing); }
    // Thread-safe: the GUI thread took the last snapshot sent. While playing, the worker sends a
    // new snapshot only after that (and at most about 30 a second), so snapshots never pile up
    // in the GUI thread's event queue however fast training runs.
    void snapshotTaken() { m_inFlight.store(false); }
    // Thread-safe: how much is trained between two snapshots while playing (1 sample ... epochs).
    void setChunk(Amount amount) { m_chunk.store(static_cast<int>(amount)); }

    // Worker-thread functions (call them through QMetaObject::invokeMethod, queued).
    void configure(const rnnlab::SessionSetup &setup);
    void step(rnnlab::TrainingWorker::Amount amount);
    // Trains chunk after chunk while playing, each queued behind any command that arrived
    // meanwhile; emits stopped when paused. Queued again while its chain still runs (paused and
    // played again before the chain saw the pause), it leaves that chain to go on.
    void playLoop();
    void restore(const rnnlab::SnapshotPtr &snapshot);
    // Opens a saved session: the run of `setup` through its saved moments (training_session.h);
    // answers with historyRestored, or failed (the present run is kept).
    void resume(const rnnlab::SessionSetup &setup, const std::vector<rnnlab::MomentRecord> &moments,
                int displayed);
    // Shows `request`'s sequence with the weights of `base` (the moment on display), weights
    // untouched; later snapshots keep showing it.
    void inspect(const rnnlab::InspectRequest &request, const rnnlab::SnapshotPtr &base);
    // The present model as a model file (worker thread; std::logic_error before a run is set up).
    rnn::ModelFile modelFile() const { return m_session.modelFile(); }

signals:
    void snapshotReady(const rnnlab::SnapshotPtr &snapshot);
    void historyRestored(const QList<rnnlab::SnapshotPtr> &history, int displayed);
    void failed(const QString &message);
    void stopped();

private:
    // One sample, batch or epoch of training; returns the error message, empty on success.
    QString advance(Amount amount);
    void emitSnapshot();
    void playChunk(); // one link of the play chain

    bool m_looping = false; // a play chain is queued or running (worker thread only)

    TrainingSession m_session;
    std::atomic_bool m_playing { false };
    std::atomic_bool m_inFlight { false };
    std::atomic_int m_chunk { static_cast<int>(Amount::Batch) };
    QElapsedTimer m_sinceEmit;
};

} // namespace rnnlab
