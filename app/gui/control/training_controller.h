// The GUI thread's side of training: owns the worker thread, keeps the history of snapshots
// (thinned as it grows), the snapshot on display and the cursor over its Trace, and turns the
// transport bar's commands into queued calls to the worker. It never trains and never blocks:
// every answer from the worker arrives as a queued signal carrying an immutable snapshot.
#pragma once

#include "control/training_worker.h"
#include "snapshot.h"
#include "trace_cursor.h"
#include "training_session.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <vector>

namespace rnnlab {

class TrainingController : public QObject
{
    Q_OBJECT

public:
    explicit TrainingController(QObject *parent = nullptr);
    ~TrainingController() override;

    // Starts a new run (re-initialised from the seed). History is cleared.
    void configure(const SessionSetup &setup);
    const SessionSetup &setup() const { return m_setup; }

    // Opens a saved session: the worker rebuilds the run of `setup` and its saved moments, which
    // become the history (moment `displayed` on show); historyRestored() says when. On failure
    // errorOccurred() and the present run is kept.
    void resume(const SessionSetup &setup, const std::vector<MomentRecord> &moments, int displayed);
    // Moves the play head (a restored session's).
    void setCursor(Phase phase, int step);

    // Transport commands.
    void reset();
    void stepForward(); // one position of the cursor; past the update, trains the next sample
    void stepBack(); // one position back
    void stepTime(); // one time step of the forward pass
    void stepBptt(); // one time step of backpropagation through time
    void stepSample(); // a whole sample: forward, loss, backward, update
    void stepBatch();
    void stepEpoch();
    // Moves the play head over the Trace on display (a guided beat's "cursor"); trains nothing.
    void seekCursor(Phase phase, int step);
    void setPlaying(bool playing);
    void togglePlaying() { setPlaying(!m_playing); }
    bool isPlaying() const { return m_playing; }
    // 1 = animate every time step, 2 = every phase, 3 = one sample per frame, 4 = a batch,
    // 5 = an epoch per frame.
    void setSpeed(int speed);
    int speed() const { return m_speed; }
    // The worker's thread (tests hold it back to check that commands queued meanwhile hold).
    QThread *workerThread() { return &m_thread; }

    // Shows `request`'s sequence in every view, computed by the worker with the weights of the
    // moment on display (never changed); the answer replaces that moment in the history. Later
    // steps train on the training data as before and keep showing this sequence.
    void inspect(const InspectRequest &request);
    const InspectRequest &inspectRequest() const { return m_setup.inspect; }

    // The history scrubber: show a recorded moment; the next step continues from it.
    void scrubTo(int index);
    int historySize() const { return static_cast<int>(m_history.size()); }
    int displayedIndex() const { return m_displayed; }
    const std::vector<SnapshotPtr> &history() const { return m_history; }

    SnapshotPtr current() const;
    // The moment on display as a model file (what rnnlab-train --save writes): the run's
    // preprocessing from the worker, which answers between two chunks of training (this waits for
    // it), with the weights of that moment. Throws std::logic_error when nothing is set up yet.
    rnn::ModelFile modelFile() const;
    const TraceCursor &cursor() const { return m_cursor; }
    // True while a command is on its way to the worker and no answer came back yet.
    bool busy() const { return m_pending > 0 || m_workerPlaying; }

    static constexpr int MaximumHistory = 300;

signals:
    void snapshotChanged(const rnnlab::SnapshotPtr &snapshot);
    void cursorMoved(rnnlab::Phase phase, int step);
    void historyChanged(int size, int displayed);
    void playingChanged(bool playing);
    void errorOccurred(const QString &message);
    void idle(); // every command sent so far has been answered
    void historyRestored(); // a saved session is on show (resume())

private:
    void onSnapshot(const SnapshotPtr &snapshot);
    // A restored session's history from the worker (queued, like onSnapshot).
    void onHistoryRestored(const QList<SnapshotPtr> &history, int displayed);
    bool replaceInHistory(const SnapshotPtr &snapshot);
    void send(TrainingWorker::Amount amount, bool cursorToEnd);
    void continueFromDisplayed();
    void thinHistory();
    void animate();
    void emitCursor();

    SessionSetup m_setup;
    SessionSetup m_resumedSetup; // of a resume() on its way
    QThread m_thread;
    TrainingWorker *m_worker = nullptr; // lives in m_thread, deleted when it finishes
    // modelFile()'s hand-off from the worker thread: built before the thread starts and guarded
    // by a std::mutex, so ThreadSanitizer sees the whole exchange (Qt's BlockingQueuedConnection
    // and std::future sleep on futexes inside uninstrumented libraries).
    struct ModelHandoff
    {
        std::mutex mutex;
        std::condition_variable ready;
        bool done = false;
        std::optional<rnn::ModelFile> model;
        std::exception_ptr error;
    };
    mutable ModelHandoff m_modelHandoff;
    std::vector<SnapshotPtr> m_history;
    int m_displayed = -1;
    TraceCursor m_cursor;
    bool m_cursorToEnd = false; // where the cursor goes when the next snapshot arrives
    bool m_playing = false;
    int m_speed = 2;
    int m_pending = 0;
    bool m_workerPlaying = false;
    bool m_resetPending = false;
    QTimer m_animation;
};

} // namespace rnnlab
