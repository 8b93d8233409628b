// Implementation of session_manager.h, part one: the session and its autosave. Part two,
// session_manager_files.cpp, is the model and lesson files.
#include "session_manager.h"

#include "autosave_slot.h"
#include "beat_player.h"
#include "control/training_controller.h"
#include "guide/guide_controller.h"
#include "main_window.h"
#include "panels/dataset_panel.h"
#include "panels/lesson_panel.h"
#include "panels/model_panel.h"
#include "panels/transport_bar.h"
#include "views/view_tabs.h"

#include "train/model_io.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSlider>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>

#include <algorithm>
#include <memory>
#include <set>
#include <utility>

namespace rnnlab {

namespace {

const QString sessionFilter()
{
    return QCoreApplication::translate("rnnlab::SessionManager",
                                       "RNN Lab sessions (*.rnnlab);;All files (*)");
}

// The moments of `history` a session keeps: the first, the one on display, the present and
// evenly spaced ones between, at most `count`.
std::vector<int> chooseMoments(int size, int displayed, int count)
{
    std::set<int> chosen { 0, size - 1, std::clamp(displayed, 0, size - 1) };
    const int between = std::max(0, count - static_cast<int>(chosen.size()));
    for (int i = 1; i <= between && size > 2; ++i)
        chosen.insert(static_cast<int>(static_cast<long>(i) * (size - 1) / (between + 1)));
    return { chosen.begin(), chosen.end() };
}

} // namespace

SessionManager::SessionManager(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    TrainingController *controller = window->controller();
    connect(controller, &TrainingController::snapshotChanged, this, &SessionManager::onSnapshot);
    connect(controller, &TrainingController::historyRestored, this, [this] {
        if (!m_pendingWindow)
            return;
        applyWindowState(*m_pendingWindow);
        m_pendingWindow.reset();
        m_path = m_pendingPath;
        markClean();
        if (!m_path.isEmpty())
            emit fileUsed(m_path);
        emit sessionOpened();
    });
    connect(controller, &TrainingController::errorOccurred, this, [this] {
        m_pendingWindow.reset(); // a session that could not be opened: the present run stays
    });
    m_sinceAutosave.start();
    m_autosaveTimer.setInterval(autosaveInterval());
    connect(&m_autosaveTimer, &QTimer::timeout, this, [this] {
        if (m_window->isWindowModified())
            autosaveNow();
    });
    m_autosaveTimer.start();
    // A normal exit leaves no autosave behind; only a crash, a power cut or kill does.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &SessionManager::dropOwnAutosave);
}

SessionManager::~SessionManager()
{
    if (m_autosaveWrite) { // the thread reads the write's fields: it must end first
        m_autosaveWrite->thread->wait();
        delete m_autosaveWrite->thread;
    }
}

void SessionManager::addActions(QMenu *file)
{
    QAction *first = file->actions().isEmpty() ? nullptr : file->actions().constFirst();
    const auto add = [&](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, file);
        if (!key.isEmpty())
            action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        file->insertAction(first, action);
        return action;
    };
    add(tr("&Open session…"), QKeySequence::Open, [this] {
        const QString path
            = QFileDialog::getOpenFileName(m_window, tr("Open a session"), {}, sessionFilter());
        if (!path.isEmpty())
            openSession(path);
    });
    add(tr("&Save session"), QKeySequence::Save, [this] { save(); });
    add(tr("Save session &as…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
        [this] { saveAs(); });
    file->insertSeparator(first);
    add(tr("Open &lesson…"), {}, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open a lesson"), {},
                                                          tr("Lessons (*.json);;All files (*)"));
        if (!path.isEmpty())
            openLesson(path);
    });
    add(tr("Save as l&esson…"), {}, [this] {
        QDialog dialog(m_window);
        dialog.setWindowTitle(tr("Save as lesson"));
        auto *form = new QFormLayout(&dialog);
        auto *title = new QLineEdit(Lesson::pick(m_window->m_lesson.title, m_window->m_language));
        auto *text
            = new QPlainTextEdit(Lesson::pick(m_window->m_lesson.text, m_window->m_language));
        auto *question
            = new QLineEdit(Lesson::pick(m_window->m_lesson.question, m_window->m_language));
        form->addRow(new QLabel(tr("The present model, data, settings and open view, with your "
                                   "own words for the class.")));
        form->addRow(tr("Title"), title);
        form->addRow(tr("Text"), text);
        form->addRow(tr("Question for the class"), question);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        form->addRow(buttons);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString path
            = askSavePath(tr("Save as lesson"), tr("Lessons (*.json)"), QStringLiteral(".json"));
        if (!path.isEmpty())
            saveAsLesson(path, { title->text(), text->toPlainText(), question->text() });
    });
    file->insertSeparator(first);
    add(tr("&Export model…"), {}, [this] {
        const QString path = askSavePath(tr("Export the model"), tr("Model files (*.json)"),
                                         QStringLiteral(".json"));
        if (!path.isEmpty())
            exportModel(path);
    });
    add(tr("&Import model…"), {}, [this] {
        const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Import a model"), {}, tr("Model files (*.json);;All files (*)"));
        if (!path.isEmpty())
            importModel(path);
    });
    file->insertSeparator(first);
}

QString SessionManager::askSavePath(const QString &title, const QString &filter,
                                    const QString &suffix)
{
    QString path = QFileDialog::getSaveFileName(m_window, title, {}, filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += suffix;
    return path;
}

std::optional<SessionDocument> SessionManager::document() const
{
    const TrainingController *controller = m_window->controller();
    const std::vector<SnapshotPtr> &history = controller->history();
    if (history.empty())
        return std::nullopt;
    SessionDocument document;
    document.lesson = m_window->m_lesson;
    document.setup = controller->setup();
    // A big model keeps fewer moments: about 2 million numbers in all.
    const auto weights = static_cast<double>(std::max<rnn::Index>(
        1,
        snapshotNetwork(*history.back())
            ? rnn::parameterScalarCount(snapshotNetwork(*history.back())->parameters())
            : 1));
    const int count = std::clamp(static_cast<int>(2e6 / (4.0 * weights)), 3, MaximumSavedMoments);
    const int displayed = std::max(controller->displayedIndex(), 0);
    for (const int i : chooseMoments(static_cast<int>(history.size()), displayed, count)) {
        if (const std::optional<MomentRecord> moment
            = snapshotMoment(*history[static_cast<std::size_t>(i)])) {
            if (i == displayed)
                document.displayed = static_cast<int>(document.moments.size());
            document.moments.push_back(*moment);
        }
    }
    if (document.moments.empty())
        return std::nullopt;
    QJsonObject window;
    if (QWidget *tab = m_window->m_tabs->currentWidget())
        window[QStringLiteral("tab")] = tab->objectName();
    window[QStringLiteral("presenter")] = m_window->presenterMode();
    window[QStringLiteral("speed")] = controller->speed();
    window[QStringLiteral("phase")] = static_cast<int>(controller->cursor().phase());
    window[QStringLiteral("step")] = controller->cursor().step();
    window[QStringLiteral("state")] = QString::fromLatin1(m_window->saveState().toBase64());
    document.window = window;
    if (const BeatPlayer *player = m_window->m_guide->player(); player->current() >= 0)
        document.beat = QString::number(player->current() + 1);
    return document;
}

bool SessionManager::save()
{
    return m_path.isEmpty() ? saveAs() : saveTo(m_path);
}

bool SessionManager::saveAs()
{
    const QString path
        = askSavePath(tr("Save the session"), sessionFilter(), QStringLiteral(".rnnlab"));
    return !path.isEmpty() && saveTo(path);
}

bool SessionManager::saveTo(const QString &path)
{
    const std::optional<SessionDocument> doc = document();
    if (!doc) {
        m_window->showError(tr("There is nothing to save yet."));
        return false;
    }
    QString error;
    if (!writeSessionFile(*doc, path, &error)) {
        m_window->showError(error);
        return false;
    }
    m_path = path;
    markClean();
    emit fileUsed(path);
    m_window->statusBar()->showMessage(tr("Saved %1.").arg(path), 5000);
    return true;
}

bool SessionManager::openSession(const QString &path)
{
    QString error;
    QStringList notes;
    const std::optional<SessionDocument> doc = readSessionFile(path, &error, &notes);
    if (!doc) {
        m_window->showError(tr("Could not open the session: %1").arg(error));
        return false;
    }
    if (!openDocument(*doc, path))
        return false;
    if (!notes.isEmpty())
        m_window->showError(notes.join(QLatin1Char(' ')));
    return true;
}

bool SessionManager::openDocument(const SessionDocument &document, const QString &path)
{
    // The window changes only once the worker has rebuilt the run (historyRestored).
    m_pendingWindow = document.window;
    m_pendingPath = path;
    const Lesson lesson = document.lesson;
    const rnn::ExperimentConfig config = document.setup.config;
    const int beat = document.beat.toInt() - 1; // -1: none
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_window->controller(), &TrainingController::historyRestored, this,
                          [this, lesson, config, beat, connection] {
                              disconnect(*connection);
                              MainWindow *w = m_window;
                              w->m_lesson = lesson;
                              w->m_lesson.config = config;
                              const Lesson *builtIn = findLesson(lesson.id);
                              if (builtIn && builtIn->id == lesson.id)
                                  w->m_lessons->showLesson(lesson.id);
                              else
                                  w->m_lessons->showOwnLesson(lesson);
                              w->m_model->setConfig(config);
                              w->m_dataset->setConfig(config);
                              w->m_banner->hide();
                              w->m_guide->setLesson(w->m_lesson, w->m_language);
                              w->m_guide->player()->resumeAt(beat);
                              updateTitle();
                          });
    // Connected after the window's own handler above, so the title is set before markClean.
    m_window->controller()->resume(document.setup, document.moments, document.displayed);
    return true;
}

void SessionManager::adopt(const SessionManager &other)
{
    const std::optional<SessionDocument> doc = other.document();
    if (!doc || doc->moments.back().updates == 0)
        return; // nothing trained: the lesson as it starts is the same
    const bool modified = other.m_window->isWindowModified();
    const std::uint64_t clean = other.m_cleanSteps;
    openDocument(*doc, other.m_path);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection
        = connect(this, &SessionManager::sessionOpened, this, [this, connection, modified, clean] {
              disconnect(*connection);
              m_cleanSteps = clean;
              m_window->setWindowModified(modified);
          });
}

void SessionManager::applyWindowState(const QJsonObject &window)
{
    const QByteArray state
        = QByteArray::fromBase64(window.value(QStringLiteral("state")).toString().toLatin1());
    if (!state.isEmpty())
        m_window->restoreState(state);
    const QString tab = window.value(QStringLiteral("tab")).toString();
    if (QWidget *view = m_window->view(tab))
        m_window->m_tabs->setCurrentWidget(view);
    m_window->setPresenterMode(window.value(QStringLiteral("presenter")).toBool());
    const int speed = window.value(QStringLiteral("speed")).toInt(0);
    if (speed >= 1 && speed <= 5)
        m_window->m_transport->speedSlider()->setValue(speed);
    const int phase = window.value(QStringLiteral("phase")).toInt(-1);
    if (phase >= 0 && phase <= static_cast<int>(Phase::Update))
        m_window->controller()->setCursor(static_cast<Phase>(phase),
                                          window.value(QStringLiteral("step")).toInt());
}

void SessionManager::lessonApplied()
{
    m_path.clear();
    m_cleanSteps = 0;
    m_window->setWindowModified(false);
    updateTitle();
}

void SessionManager::markClean()
{
    const SnapshotPtr current = m_window->controller()->current();
    m_cleanSteps = current ? current->stepsTaken : 0;
    m_autosavedSteps = m_cleanSteps;
    m_window->setWindowModified(false);
    updateTitle();
}

void SessionManager::updateTitle()
{
    const QString lesson = Lesson::pick(m_window->m_lesson.title, m_window->m_language);
    const QString name = m_path.isEmpty() ? lesson : QFileInfo(m_path).completeBaseName();
    m_window->setWindowTitle(tr("%1[*] — RNN Lab").arg(name));
}

void SessionManager::onSnapshot()
{
    const SnapshotPtr current = m_window->controller()->current();
    if (!current || m_pendingWindow)
        return;
    const bool modified = current->stepsTaken != m_cleanSteps;
    if (modified != m_window->isWindowModified())
        m_window->setWindowModified(modified);
    // At most once an interval, while there is training the last autosave does not hold.
    if (modified && m_sinceAutosave.elapsed() >= autosaveInterval())
        autosaveNow();
}

QString SessionManager::autosavePath()
{
    return autosave::slotPath(); // this instance's own (autosave_slot.h)
}

int SessionManager::autosaveInterval()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("RNNLAB_AUTOSAVE_SECONDS", &ok);
    return (ok && seconds > 0 ? seconds : 60) * 1000;
}

bool SessionManager::autosaveNow()
{
    const SnapshotPtr present = m_window->controller()->history().empty()
        ? nullptr
        : m_window->controller()->history().back();
    if (!present || present->stepsTaken == m_autosavedSteps)
        return false;
    if (m_autosaveWrite) // the last one is still being written: the next tick tries again
        return false;
    m_sinceAutosave.restart();
    std::optional<SessionDocument> doc = document();
    if (!doc)
        return false;
    // The document is a copy: training goes on while it is written.
    m_autosaveWrite = std::make_unique<AutosaveWrite>();
    AutosaveWrite *write = m_autosaveWrite.get();
    write->steps = present->stepsTaken;
    write->thread = QThread::create([doc = std::move(*doc), path = autosavePath(), write] {
        write->written = writeSessionFile(doc, path, &write->error);
    });
    connect(write->thread, &QThread::finished, this, &SessionManager::finishAutosave);
    write->thread->start(QThread::LowPriority);
    return true;
}

void SessionManager::finishAutosave()
{
    if (!m_autosaveWrite)
        return;
    const std::unique_ptr<AutosaveWrite> write = std::move(m_autosaveWrite);
    write->thread->wait();
    delete write->thread;
    if (write->written) {
        m_autosavedSteps = write->steps;
        m_ownsAutosave = true;
    } else if (!write->error.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Autosave failed: %1").arg(write->error), 10000);
    }
}

bool SessionManager::restoreAutosave()
{
    if (!QFileInfo::exists(autosavePath()))
        return false;
    QString error;
    QStringList notes;
    const std::optional<SessionDocument> doc = readSessionFile(autosavePath(), &error, &notes);
    if (!doc) {
        m_window->showError(tr("The autosaved work cannot be restored: %1").arg(error));
        return false;
    }
    // Restored work is unsaved work: it has no file of its own yet.
    if (!openDocument(*doc, QString()))
        return false;
    m_ownsAutosave = true;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &SessionManager::sessionOpened, this, [this, connection] {
        disconnect(*connection);
        m_cleanSteps = 0;
        m_window->setWindowModified(true);
        m_window->statusBar()->showMessage(tr("The autosaved work is restored."), 8000);
    });
    return true;
}

void SessionManager::removeAutosave()
{
    QFile::remove(autosavePath());
}

void SessionManager::dropOwnAutosave()
{
    finishAutosave();
    if (m_ownsAutosave)
        removeAutosave();
    m_ownsAutosave = false;
}

bool SessionManager::maybeClose()
{
    if (!m_window->isWindowModified()) {
        dropOwnAutosave();
        return true;
    }
    const QMessageBox::StandardButton answer = m_question
        ? m_question()
        : QMessageBox::question(m_window, tr("Unsaved work"),
                                tr("The training of this session is not saved. Save it before "
                                   "closing?"),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                QMessageBox::Save);
    if (answer == QMessageBox::Save && !save())
        return false;
    if (answer == QMessageBox::Cancel)
        return false;
    dropOwnAutosave();
    return true;
}

} // namespace rnnlab
