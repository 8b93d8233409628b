// The guided lesson's bar above the unrolled network: the beat strip (one numbered chip per beat,
// the current one filled, a question's chip marked "?"; a click jumps to that beat), the previous
// and next buttons, "Back to beat K" once the teacher has left the path, and the caption: the
// beat's text, its question with the choices, and once revealed the answer with the real
// network's numbers. In presenter mode the caption is a large, high-contrast band readable from
// the back of a room. It shows what the BeatPlayer says; it decides nothing.
#pragma once

#include <QWidget>

class QAction;
class QGraphicsOpacityEffect;
class QHBoxLayout;
class QLabel;
class QPropertyAnimation;
class QPushButton;
class QToolButton;

namespace rnnlab {

class BeatPlayer;

class BeatBar : public QWidget
{
    Q_OBJECT

public:
    BeatBar(BeatPlayer *player, QWidget *parent = nullptr);

    void setLanguage(const QString &language) { m_language = language; }
    void setPresenter(bool on);
    bool presenter() const { return m_presenter; }
    // Fades the caption in on each beat (off for scripted screenshots and tests).
    void setAnimated(bool on) { m_animated = on; }
    // The chips were made for the beats the player has now.
    void rebuild();
    // Redraws the caption and the strip from the player.
    void refresh();

    QString captionText() const; // the caption as plain text (tests)
    QToolButton *chip(int index) const;
    QPushButton *backButton() const { return m_back; }

    // The guide on/off switch shown at the right of the strip (GuideController's action).
    void addSwitch(QAction *action);

private:
    void applyStyle();

    BeatPlayer *m_player;
    QString m_language = QStringLiteral("en");
    bool m_presenter = false;
    bool m_animated = true;
    int m_shownBeat = -2;
    QLabel *m_title = nullptr;
    QHBoxLayout *m_chips = nullptr;
    QList<QToolButton *> m_chipButtons;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QPushButton *m_back = nullptr;
    QLabel *m_caption = nullptr;
    QGraphicsOpacityEffect *m_fade = nullptr;
    QPropertyAnimation *m_fadeIn = nullptr;
};

} // namespace rnnlab
