// The guided lesson in the main window: a BeatPlayer (app/engine) playing the lesson's beats on
// the window's parts (this class is its BeatStage), the BeatBar that shows them, and the keys.
// While the guide is on (the lesson has beats and "Guided keys" is checked), Space, Right and
// Page Down go to the next beat (or reveal a question's answer), Left and Page Up go back; the
// old stepping stays on Shift+Space (play/pause), Shift+Right and Shift+Left (step), and on
// every button and key of the transport bar. Any manual control (a transport button or key, a
// tab, a click on a step or a unit, new model or data settings) leaves the guided path; the
// bar then offers "Back to beat K".
#pragma once

#include "beat_player.h"

#include <QObject>

class QAction;

namespace rnnlab {

class BeatBar;
class MainWindow;
struct Lesson;

class GuideController : public QObject, public BeatStage
{
    Q_OBJECT

public:
    explicit GuideController(MainWindow *window);

    BeatPlayer *player() const { return m_player; }
    BeatBar *bar() const { return m_bar; }
    // Checked: the presenter's keys move beats (only when the lesson has beats).
    QAction *guidedAction() const { return m_guided; }
    bool active() const;

    void setLesson(const Lesson &lesson, const QString &language);
    // Plays everything at once (no pause, no animation): --beat screenshots and tests.
    void setInstant(bool instant);

    // The presenter's keys: true when the guide took them.
    bool nextKey();
    bool previousKey();

    // BeatStage
    void restartRun(const rnn::ExperimentConfig &config, double recurrentScale) override;
    void train(TrainUnit unit) override;
    bool busy() const override;
    int steps() const override;
    Phase phase() const override;
    int cursorStep() const override;
    void seek(Phase phase, int step) override;
    void select(std::optional<int> step, std::optional<int> row, std::optional<int> unit) override;
    void highlight(const QStringList &names) override;
    void openView(const QString &key) override;
    void inspect(const QString &text, int testSample) override;
    SnapshotPtr snapshot() const override;
    MeasureContext measureContext() const override;

private:
    void watchManualControls();

    MainWindow *m_window;
    BeatPlayer *m_player = nullptr;
    BeatBar *m_bar = nullptr;
    QAction *m_guided = nullptr;
};

} // namespace rnnlab
