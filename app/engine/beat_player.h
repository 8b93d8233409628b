// Plays a guided lesson's beats (beat.h) on a BeatStage, the app as the player sees it: restart
// the run with other settings, train, move the play head, select, highlight, open a tab. The
// player decides what happens when; the stage (the main window's GuideController, or a test's
// fake) does it. QtCore only: no widget here.
//
// Moving on (next()) plays the next beat's actions after a short pause, and a question's first
// press reveals its answer by running the reveal's actions; the reveal's text is filled from the
// snapshot on screen at that moment (beat_measures.h). Going back, jumping to an earlier beat or
// coming back after the teacher left the path restarts the run from its seed and replays beats
// 1..K at once: the run is deterministic, so beat K always shows the same network and numbers.
// Jumping forward plays the beats in between at once and the last one with its pause.
//
// Asynchronous stage work (restarting, training) is awaited: the player calls stageIdle() when
// the stage says it has finished, and only then goes on with the next action.
#pragma once

#include "beat.h"
#include "beat_measures.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace rnnlab {

class BeatStage
{
public:
    virtual ~BeatStage() = default;
    // Starts the run again from its seed with these settings (asynchronous).
    virtual void restartRun(const rnn::ExperimentConfig &config, double recurrentScale) = 0;
    // One sample, batch or epoch of training (asynchronous).
    virtual void train(TrainUnit unit) = 0;
    // True while a restart or training is on its way.
    virtual bool busy() const = 0;
    // The play head over the Trace on display, and T (0 before the first snapshot).
    virtual int steps() const = 0;
    virtual Phase phase() const = 0;
    virtual int cursorStep() const = 0;
    virtual void seek(Phase phase, int step) = 0;
    virtual void select(std::optional<int> step, std::optional<int> row, std::optional<int> unit)
        = 0;
    virtual void highlight(const QStringList &names) = 0;
    virtual void openView(const QString &key) = 0;
    // Shows a typed sentence (text) or test sequence `testSample` (0-based) (asynchronous).
    virtual void inspect(const QString &text, int testSample) = 0;
    // What the reveal's numbers are measured on.
    virtual SnapshotPtr snapshot() const = 0;
    virtual MeasureContext measureContext() const = 0;
};

class BeatPlayer : public QObject
{
    Q_OBJECT

public:
    explicit BeatPlayer(BeatStage *stage, QObject *parent = nullptr);

    // A lesson's beats and the run they start from; stops whatever was playing. No beat is on
    // (current() == -1) until next() or goTo().
    void setBeats(std::vector<Beat> beats, const rnn::ExperimentConfig &config,
                  double recurrentScale);
    const std::vector<Beat> &beats() const { return m_beats; }
    int count() const { return static_cast<int>(m_beats.size()); }
    int current() const { return m_current; }
    const Beat *currentBeat() const;
    bool revealed() const { return m_revealed; }
    // The teacher used a control of the app: the screen no longer shows beat K.
    bool offPath() const { return m_offPath; }
    // True while actions are queued or running (a pause, an animation, training).
    bool playing() const { return !m_queue.empty() || m_waiting; }

    // Pause before a beat's actions and the longest play-head animation, in milliseconds;
    // 0, 0 plays everything at once (tests, --beat screenshots).
    void setPacing(int pauseMs, int animationMs);

    // Next: reveal the question's answer, else the next beat (after leaving the path: beat K
    // replayed, then the next). Previous: back to the beat before (or to the question of this
    // one once revealed; after leaving the path, back to beat K).
    void next();
    void previous();
    void goTo(int index); // 0-based
    void reveal();
    void backToBeat() { goTo(m_current); }
    // A saved session's beat: `index` becomes the current beat without running its actions (the
    // session has restored the run as it was), off the path, so "back to beat" replays it.
    void resumeAt(int index);
    void leavePath();

    // The texts of the current beat in `language`, measurements filled from the stage's snapshot.
    QString caption(const QString &language, bool *complete = nullptr) const;
    QString questionText(const QString &language) const;
    QStringList choices(const QString &language) const;
    QString revealCaption(const QString &language, bool *complete = nullptr) const;

public slots:
    // The stage finished its asynchronous work.
    void stageIdle();

signals:
    // A beat started (its text is on), or its reveal did.
    void beatChanged(int index);
    void offPathChanged(bool offPath);
    // Every action of the beat (or reveal) has run: the numbers on screen are the beat's.
    void settled();

private:
    struct Task
    {
        std::function<void()> run;
        bool waits = false; // asynchronous on the stage: wait for stageIdle()
        int pauseMs = 0; // a pause before the next task
        bool seek = false; // an animated play-head move to (phase, step)
        Phase phase = Phase::Forward;
        int step = 0;
        bool instant = false;
    };
    void enqueue(const BeatActions &actions, bool instant);
    void enqueueRestart();
    void pump();
    void animateSeek();
    void setOffPath(bool offPath);

    BeatStage *m_stage;
    std::vector<Beat> m_beats;
    rnn::ExperimentConfig m_config;
    double m_recurrentScale = 1.0;
    int m_current = -1;
    bool m_revealed = false;
    bool m_offPath = false;
    int m_pauseMs = 350;
    int m_animationMs = 700;
    std::deque<Task> m_queue;
    bool m_waiting = false;
    bool m_pumping = false;
    QTimer m_timer;
    // What the beat's own text is measured on: the screen when its actions had run (a reveal
    // that trains afterwards does not change the numbers the beat already said).
    SnapshotPtr m_beatSnapshot;
    MeasureContext m_beatContext;
    Phase m_seekPhase = Phase::Forward;
    int m_seekStep = 0;
};

} // namespace rnnlab
