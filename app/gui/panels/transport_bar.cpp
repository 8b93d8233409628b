#include "transport_bar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

namespace rnnlab {

TransportBar::TransportBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(4);

    m_reset = makeAction(tr("Reset"), tr("Re-initialise the network from the seed"),
                         QKeySequence(Qt::CTRL | Qt::Key_R));
    m_stepBack = makeAction(tr("◀ Back"), tr("Step back (Left, Page Up)"), QKeySequence());
    m_stepForward = makeAction(tr("Step ▶"), tr("Step forward (Right, Page Down)"), QKeySequence());
    m_stepTime = makeAction(tr("t → t+1"), tr("One time step of the forward pass"),
                            QKeySequence(Qt::Key_F));
    m_stepBptt = makeAction(tr("BPTT t ← t+1"), tr("One time step of backpropagation through time"),
                            QKeySequence(Qt::Key_B));
    m_stepSample = makeAction(tr("Sample"), tr("One sample: forward, loss, backward, update"),
                              QKeySequence(Qt::Key_S));
    m_stepBatch
        = makeAction(tr("Batch"), tr("One mini-batch"), QKeySequence(Qt::SHIFT | Qt::Key_S));
    m_stepEpoch = makeAction(tr("Epoch"), tr("One whole epoch"), QKeySequence(Qt::Key_E));
    m_play = makeAction(tr("▶ Play"), tr("Play or pause (Space)"), QKeySequence());
    m_play->setCheckable(true);

    for (QAction *action : { m_reset, m_stepBack, m_stepForward, m_stepTime, m_stepBptt,
                             m_stepSample, m_stepBatch, m_stepEpoch, m_play }) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(button);
        if (action == m_reset || action == m_stepForward || action == m_stepEpoch)
            layout->addSpacing(8);
    }

    m_speedLabel = new QLabel(tr("Speed"), this);
    layout->addWidget(m_speedLabel);
    m_speed = new QSlider(Qt::Horizontal, this);
    m_speed->setRange(1, 5);
    m_speed->setValue(2);
    m_speed->setPageStep(1);
    m_speed->setTickPosition(QSlider::TicksBelow);
    m_speed->setFixedWidth(90);
    m_speed->setFocusPolicy(Qt::NoFocus);
    m_speed->setToolTip(
        tr("1: every time step · 2: every phase · 3: every sample · 4: every batch · 5: epochs"));
    connect(m_speed, &QSlider::valueChanged, this, &TransportBar::speedChanged);
    layout->addWidget(m_speed);

    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("History"), this));
    m_history = new QSlider(Qt::Horizontal, this);
    m_history->setRange(0, 0);
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setToolTip(tr("Return to any recorded moment (weights, trace and metrics)"));
    connect(m_history, &QSlider::valueChanged, this, &TransportBar::historyScrubbed);
    layout->addWidget(m_history, 1);
    m_historyLabel = new QLabel(this);
    m_historyLabel->setMinimumWidth(70);
    layout->addWidget(m_historyLabel);
    setHistory(0, -1);
}

QAction *TransportBar::makeAction(const QString &text, const QString &tip, const QKeySequence &key)
{
    auto *action = new QAction(text, this);
    action->setToolTip(key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString()));
    if (!key.isEmpty())
        action->setShortcut(key);
    return action;
}

void TransportBar::setPlaying(bool playing)
{
    const QSignalBlocker blocker(m_play);
    m_play->setChecked(playing);
    m_play->setText(playing ? tr("❚❚ Pause") : tr("▶ Play"));
}

void TransportBar::setHistory(int size, int displayed)
{
    const QSignalBlocker blocker(m_history);
    m_history->setRange(0, std::max(size - 1, 0));
    m_history->setValue(std::max(displayed, 0));
    m_history->setEnabled(size > 1);
    m_historyLabel->setText(size > 0 ? tr("%1 / %2").arg(displayed + 1).arg(size) : QString());
}

} // namespace rnnlab
