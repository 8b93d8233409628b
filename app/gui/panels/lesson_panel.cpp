#include "lesson_panel.h"

#include <QListWidget>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rnnlab {

LessonPanel::LessonPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_list = new QListWidget(splitter);
    m_list->setAlternatingRowColors(true);
    m_text = new QTextBrowser(splitter);
    m_text->setOpenExternalLinks(true);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const QString id = m_list->item(row)->data(Qt::UserRole).toString();
        if (id == m_current)
            return;
        m_current = id;
        if (const Lesson *lesson = findLesson(id))
            m_text->setHtml(lessonHtml(*lesson));
        emit lessonChosen(id);
    });
    fill();
}

void LessonPanel::fill()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Lesson &lesson : builtInLessons()) {
        auto *item = new QListWidgetItem(
            tr("%1. %2").arg(lesson.number).arg(Lesson::pick(lesson.title, m_language)), m_list);
        item->setData(Qt::UserRole, lesson.id);
        item->setToolTip(Lesson::pick(lesson.question, m_language));
        if (lesson.id == m_current)
            m_list->setCurrentItem(item);
    }
    if (const Lesson *lesson = findLesson(m_current))
        m_text->setHtml(lessonHtml(*lesson));
}

void LessonPanel::setLanguage(const QString &language)
{
    m_language = language;
    fill();
}

void LessonPanel::showLesson(const QString &id)
{
    m_current = id;
    fill();
}

void LessonPanel::showOwnLesson(const Lesson &lesson)
{
    m_current = lesson.id;
    fill();
    m_text->setHtml(lessonHtml(lesson));
}

QString LessonPanel::lessonHtml(const Lesson &lesson) const
{
    QString html
        = QStringLiteral("<h3>%1</h3>").arg(Lesson::pick(lesson.title, m_language).toHtmlEscaped());
    const QStringList paragraphs
        = Lesson::pick(lesson.text, m_language).split(QStringLiteral("\n\n"));
    for (const QString &paragraph : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    const QString question = Lesson::pick(lesson.question, m_language);
    if (!question.isEmpty())
        html += QStringLiteral("<p style='background:#fee0b6; padding:6px'><b>%1</b> %2</p>")
                    .arg(tr("Ask the class:").toHtmlEscaped(), question.toHtmlEscaped());
    if (!lesson.references.isEmpty()) {
        html += QStringLiteral("<p><small><i>%1</i> ").arg(tr("References:").toHtmlEscaped());
        html += lesson.references.join(QStringLiteral("; ")).toHtmlEscaped();
        html += QStringLiteral("</small></p>");
    }
    return html;
}

} // namespace rnnlab
