#include "beat_bar.h"

#include "beat_player.h"

#include <QGraphicsOpacityEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QPropertyAnimation>
#include <QPushButton>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace rnnlab {

BeatBar::BeatBar(BeatPlayer *player, QWidget *parent)
    : QWidget(parent)
    , m_player(player)
{
    setObjectName(QStringLiteral("beatBar"));
    setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 6);
    layout->setSpacing(4);
    auto *strip = new QHBoxLayout;
    strip->setSpacing(4);
    m_title = new QLabel(tr("Guided lesson"), this);
    m_title->setObjectName(QStringLiteral("beatTitle"));
    strip->addWidget(m_title);
    m_previous = new QToolButton(this);
    m_previous->setText(QStringLiteral("◀"));
    m_previous->setToolTip(tr("Previous beat (Left, Page Up)"));
    connect(m_previous, &QToolButton::clicked, m_player, &BeatPlayer::previous);
    strip->addWidget(m_previous);
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(3);
    strip->addLayout(m_chips);
    m_next = new QToolButton(this);
    m_next->setText(QStringLiteral("▶"));
    m_next->setToolTip(tr("Next beat, or the answer (Space, Right, Page Down)"));
    connect(m_next, &QToolButton::clicked, m_player, &BeatPlayer::next);
    strip->addWidget(m_next);
    strip->addStretch(1);
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backToBeat"));
    m_back->setToolTip(tr("Put the network back as this beat showed it (the run is replayed "
                          "from its seed)"));
    connect(m_back, &QPushButton::clicked, m_player, &BeatPlayer::backToBeat);
    m_back->hide();
    strip->addWidget(m_back);
    layout->addLayout(strip);

    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("beatCaption"));
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::RichText);
    m_caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_caption->setMinimumHeight(40);
    m_fade = new QGraphicsOpacityEffect(m_caption);
    m_fade->setOpacity(1.0);
    m_caption->setGraphicsEffect(m_fade);
    m_fadeIn = new QPropertyAnimation(m_fade, "opacity", this);
    m_fadeIn->setStartValue(0.15);
    m_fadeIn->setEndValue(1.0);
    m_fadeIn->setDuration(220);
    layout->addWidget(m_caption);

    connect(m_player, &BeatPlayer::beatChanged, this, &BeatBar::refresh);
    connect(m_player, &BeatPlayer::settled, this, &BeatBar::refresh);
    connect(m_player, &BeatPlayer::offPathChanged, this, &BeatBar::refresh);
    applyStyle();
}

void BeatBar::addSwitch(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    static_cast<QHBoxLayout *>(static_cast<QVBoxLayout *>(layout())->itemAt(0)->layout())
        ->addWidget(button);
}

void BeatBar::setPresenter(bool on)
{
    m_presenter = on;
    applyStyle();
    refresh();
}

void BeatBar::applyStyle()
{
    // Presenter mode: a dark caption band with large type; the colours of the question and the
    // answer (orange, light blue) stay apart for colour-blind viewers.
    if (m_presenter) {
        setStyleSheet(QStringLiteral(
            "#beatBar { background:#1a1a1a; }"
            "#beatBar QLabel { color:#ffffff; }"
            "#beatTitle { font-size:20px; font-weight:bold; }"
            "#beatCaption { font-size:30px; padding:6px 10px; }"
            "#beatBar QToolButton { font-size:20px; min-width:34px; min-height:30px;"
            "  color:#ffffff; background:#3a3a3a; border:1px solid #777; border-radius:15px; }"
            "#beatBar QToolButton:checked { background:#fdb863; color:#000; }"
            "#beatBar QPushButton { font-size:20px; }"));
    } else {
        setStyleSheet(QStringLiteral(
            "#beatBar { background:#f3f0e8; border-bottom:1px solid #c8c0a8; }"
            "#beatTitle { font-weight:bold; }"
            "#beatCaption { font-size:14px; }"
            "#beatBar QToolButton { min-width:22px; border:1px solid #999; border-radius:11px;"
            "  background:#ffffff; }"
            "#beatBar QToolButton:checked { background:#b35806; color:#ffffff; }"));
    }
}

void BeatBar::rebuild()
{
    qDeleteAll(m_chipButtons);
    m_chipButtons.clear();
    const auto &beats = m_player->beats();
    for (int i = 0; i < static_cast<int>(beats.size()); ++i) {
        auto *chip = new QToolButton(this);
        chip->setCheckable(true);
        const bool asks = beats[static_cast<std::size_t>(i)].asks();
        chip->setText(asks ? tr("%1?").arg(i + 1) : QString::number(i + 1));
        chip->setToolTip(asks ? tr("Beat %1: a question for the class").arg(i + 1)
                              : tr("Beat %1").arg(i + 1));
        connect(chip, &QToolButton::clicked, this, [this, i] {
            m_player->goTo(i);
            refresh();
        });
        m_chips->addWidget(chip);
        m_chipButtons << chip;
    }
    setVisible(!beats.empty());
    m_shownBeat = -2;
    refresh();
}

QToolButton *BeatBar::chip(int index) const
{
    return index >= 0 && index < m_chipButtons.size() ? m_chipButtons.at(index) : nullptr;
}

void BeatBar::refresh()
{
    const int current = m_player->current();
    for (int i = 0; i < m_chipButtons.size(); ++i)
        m_chipButtons.at(i)->setChecked(i == current);
    m_previous->setEnabled(current > 0 || m_player->revealed() || m_player->offPath());
    m_next->setEnabled(
        current + 1 < m_player->count()
        || (m_player->currentBeat() && m_player->currentBeat()->asks() && !m_player->revealed()));
    m_back->setText(tr("↺ Back to beat %1").arg(current + 1));
    m_back->setVisible(m_player->offPath());

    QString html;
    if (current < 0) {
        html = tr("%n beat(s): press Space or → to start, or click a number.", nullptr,
                  m_player->count())
                   .toHtmlEscaped();
    } else {
        html = QStringLiteral("<b>%1/%2</b>&nbsp; %3")
                   .arg(current + 1)
                   .arg(m_player->count())
                   .arg(m_player->caption(m_language).toHtmlEscaped());
        const QString question = m_player->questionText(m_language);
        if (!question.isEmpty()) {
            const QString colour
                = m_presenter ? QStringLiteral("#fdb863") : QStringLiteral("#8a4000");
            html += QStringLiteral("<br><span style='color:%1'><b>%2</b> %3</span>")
                        .arg(colour, tr("Predict:").toHtmlEscaped(), question.toHtmlEscaped());
            const QStringList choices = m_player->choices(m_language);
            const int answer = m_player->currentBeat()->ask->answer;
            QStringList items;
            for (int k = 0; k < choices.size(); ++k) {
                QString item = QStringLiteral("%1) %2")
                                   .arg(QChar(u'A' + k))
                                   .arg(choices.at(k).toHtmlEscaped());
                if (m_player->revealed() && k == answer)
                    item = QStringLiteral("<u><b>%1 ✓</b></u>").arg(item);
                items << item;
            }
            if (!items.isEmpty())
                html += QStringLiteral("<br>") + items.join(QStringLiteral(" &nbsp;&nbsp; "));
            if (m_player->revealed() && !m_player->playing()) {
                const QString answerColour
                    = m_presenter ? QStringLiteral("#92c5de") : QStringLiteral("#08519c");
                html += QStringLiteral("<br><span style='color:%1'><b>%2</b> %3</span>")
                            .arg(answerColour, tr("What the network did:").toHtmlEscaped(),
                                 m_player->revealCaption(m_language).toHtmlEscaped());
            } else if (!m_player->revealed()) {
                html += QStringLiteral("<br><span style='font-size:%1; color:gray'>%2</span>")
                            .arg(m_presenter ? QStringLiteral("18px") : QStringLiteral("11px"),
                                 tr("Next key: the app answers by doing it.").toHtmlEscaped());
            }
        }
        if (m_player->offPath())
            html += QStringLiteral("<br><span style='font-size:%1; color:gray'>%2</span>")
                        .arg(m_presenter ? QStringLiteral("18px") : QStringLiteral("11px"),
                             tr("You left the guided path: explore, then come back to the beat.")
                                 .toHtmlEscaped());
    }
    m_caption->setText(html);
    const int shown = current * 2 + (m_player->revealed() ? 1 : 0);
    if (shown != m_shownBeat) {
        m_shownBeat = shown;
        if (m_animated) {
            m_fadeIn->stop();
            m_fadeIn->start();
        } else {
            m_fade->setOpacity(1.0);
        }
    }
}

QString BeatBar::captionText() const
{
    QTextDocument document;
    document.setHtml(m_caption->text());
    return document.toPlainText();
}

} // namespace rnnlab
