// The transport bar along the bottom of the window: reset, step one time step forward, step one
// time step of BPTT, step a sample, a batch, an epoch, play/pause with a speed control, and the
// history scrubber. It only emits the user's commands; the TrainingController carries them out.
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSlider;
class QToolButton;

namespace rnnlab {

class TransportBar : public QWidget
{
    Q_OBJECT

public:
    explicit TransportBar(QWidget *parent = nullptr);

    QAction *resetAction() const { return m_reset; }
    QAction *stepBackAction() const { return m_stepBack; }
    QAction *stepForwardAction() const { return m_stepForward; }
    QAction *stepTimeAction() const { return m_stepTime; }
    QAction *stepBpttAction() const { return m_stepBptt; }
    QAction *stepSampleAction() const { return m_stepSample; }
    QAction *stepBatchAction() const { return m_stepBatch; }
    QAction *stepEpochAction() const { return m_stepEpoch; }
    QAction *playAction() const { return m_play; }
    QSlider *speedSlider() const { return m_speed; }
    QSlider *historySlider() const { return m_history; }

    void setPlaying(bool playing);
    void setHistory(int size, int displayed);

signals:
    void speedChanged(int speed);
    void historyScrubbed(int index);

private:
    QAction *makeAction(const QString &text, const QString &tip, const QKeySequence &key);

    QAction *m_reset = nullptr;
    QAction *m_stepBack = nullptr;
    QAction *m_stepForward = nullptr;
    QAction *m_stepTime = nullptr;
    QAction *m_stepBptt = nullptr;
    QAction *m_stepSample = nullptr;
    QAction *m_stepBatch = nullptr;
    QAction *m_stepEpoch = nullptr;
    QAction *m_play = nullptr;
    QSlider *m_speed = nullptr;
    QSlider *m_history = nullptr;
    QLabel *m_historyLabel = nullptr;
    QLabel *m_speedLabel = nullptr;
};

} // namespace rnnlab
