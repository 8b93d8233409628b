// The lesson panel of the left dock: the list of the course's lessons and, for the chosen one,
// its text, the question to ask the class before stepping, and its references. Lessons are data
// (lesson.h); this panel only shows them in the current language.
#pragma once

#include "lesson.h"

#include <QWidget>

class QListWidget;
class QTextBrowser;

namespace rnnlab {

class LessonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LessonPanel(QWidget *parent = nullptr);

    void setLanguage(const QString &language);
    void showLesson(const QString &id); // selects it without emitting lessonChosen
    // Shows a lesson that is not built in (opened from a file or a session).
    void showOwnLesson(const Lesson &lesson);
    QString currentLesson() const { return m_current; }
    QString lessonHtml(const Lesson &lesson) const;

signals:
    void lessonChosen(const QString &id);

private:
    void fill();

    QListWidget *m_list = nullptr;
    QTextBrowser *m_text = nullptr;
    QString m_language = QStringLiteral("en");
    QString m_current;
};

} // namespace rnnlab
