// What the File menu keeps and shares for the main window: sessions (*.rnnlab: Save, Save as,
// Open, the unsaved mark in the title, the question when closing with unsaved work, the autosave
// and the offer to restore it after a crash), models (Export and Import, the same JSON as
// rnnlab-train --save) and lessons of the teacher's own (Save as lesson, Open lesson). The
// formats are app/engine's (session_document.h, lesson.h) and core's; this class only gathers the
// window's state into them and puts it back. It lives in the GUI thread and never trains: a
// session is saved from the snapshots on record (immutable), and opened by the training worker.
#pragma once

#include "session_document.h"

#include <QElapsedTimer>
#include <QMessageBox>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

class QMenu;
class QThread;

namespace rnnlab {

class MainWindow;

class SessionManager : public QObject
{
    Q_OBJECT

public:
    explicit SessionManager(MainWindow *window);
    ~SessionManager() override;

    // Adds the session, model and lesson actions to the File menu (Ctrl+O, Ctrl+S, Ctrl+Shift+S).
    void addActions(QMenu *file);

    // The window as a session (at most MaximumSavedMoments moments of its history, always the
    // first, the one on display and the present); nullopt before the first snapshot.
    std::optional<SessionDocument> document() const;
    // Saves to the session's file (asks for one when there is none); false when not saved.
    bool save();
    bool saveAs();
    // Saves to `path`; false and a message in the window when it cannot (the previous file stays).
    bool saveTo(const QString &path);
    // Opens a session file: checked first, then the worker rebuilds it; false (and a message)
    // when the file is refused, and then nothing the user had open changes.
    bool openSession(const QString &path);
    QString sessionPath() const { return m_path; }

    // Models: the present moment's model as rnnlab-train --save writes it, and back (the run
    // restarts from the model's configuration and weights).
    bool exportModel(const QString &path);
    bool importModel(const QString &path);

    // Lessons of one's own: the present run, the open views and the teacher's texts (title, text,
    // question in the window's language) as a lesson file; the data file, unless the course
    // ships it, is copied beside it.
    struct LessonTexts
    {
        QString title;
        QString text;
        QString question;
    };
    bool saveAsLesson(const QString &path, const LessonTexts &texts);
    bool openLesson(const QString &path);

    // Takes over another window's session (the window rebuilt in another language): the same
    // moments, file and unsaved mark.
    void adopt(const SessionManager &other);

    // Called by the window when it starts a new run of a lesson: no session file, nothing
    // unsaved.
    void lessonApplied();
    void updateTitle();

    // When the window closes: true when it may (nothing unsaved, or the user saved or chose
    // Discard); false for Cancel or a failed save. The question is a dialog unless a test set
    // an answer.
    bool maybeClose();
    using Question = std::function<QMessageBox::StandardButton()>;
    void setCloseQuestion(Question question) { m_question = std::move(question); }

    // Autosave: every autosaveInterval() milliseconds while there is unsaved training (and at an
    // epoch's end at most that often), atomically, to autosavePath(): this instance's slot, so
    // two instances never share one (autosave_slot.h). Removed when the app closes normally;
    // RNNLAB_AUTOSAVE_SECONDS overrides the minute (tests). The file is written on a thread of
    // its own (a big text model's session is 150 MB: seconds the window would otherwise
    // freeze), one write at a time: autosaveNow() returns true when a write has started.
    static QString autosavePath();
    static int autosaveInterval();
    bool autosaveNow();
    // Waits for the autosave being written, if any, and takes in its outcome (called when its
    // thread ends, and before the app quits or drops the autosave).
    void finishAutosave();
    // Restores the autosaved session (after a crash); false when there is none or it is refused.
    bool restoreAutosave();
    static void removeAutosave();

    static constexpr int MaximumSavedMoments = 20;

signals:
    void fileUsed(const QString &path); // for the recent-files menu
    void sessionOpened(); // a session is on show (after openSession or restoreAutosave)

private:
    void onSnapshot();
    void markClean();
    bool openDocument(const SessionDocument &document, const QString &path);
    void applyWindowState(const QJsonObject &window);
    QString askSavePath(const QString &title, const QString &filter, const QString &suffix);

    MainWindow *m_window = nullptr;
    QString m_path; // the session's file, "" when never saved
    std::uint64_t m_cleanSteps = 0; // updates of the run when it was last saved or started
    std::uint64_t m_autosavedSteps = 0;
    QElapsedTimer m_sinceAutosave;
    QTimer m_autosaveTimer;
    int m_lastEpoch = -1;
    Question m_question;
    std::optional<QJsonObject> m_pendingWindow; // applied when the opened session is on show
    QString m_pendingPath;
    // The autosave is this window's (written or restored by it): only then does a normal exit
    // remove it, so a scripted run never deletes work autosaved before a crash.
    bool m_ownsAutosave = false;
    // The autosave being written (none: nullptr), and what its thread reports.
    struct AutosaveWrite
    {
        QThread *thread = nullptr;
        std::uint64_t steps = 0; // the updates it holds
        bool written = false;
        QString error;
    };
    std::unique_ptr<AutosaveWrite> m_autosaveWrite;
    void dropOwnAutosave();
};

} // namespace rnnlab
