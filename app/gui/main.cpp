// Entry point of the RNN Lab desktop application:
//   rnnlab [--lesson NAME] [--data FILE] [--language en|pt_BR]
//          [--screenshot FILE.png [--after-epochs N]] [FILE]
//          [--inspect-text TEXT | --inspect-sample N] [--open F.rnnlab] [--save-session F.rnnlab]
//          [--play] [--restore-autosave] [--beat K [--reveal]] [--presenter]
//   rnnlab [--lesson NAME] --export-animation FILE.gif|.mp4|.webm [--after-epochs N]
//          [--animation-epochs E] [--animation-size WxH] [--animation-fps F] [--animation-plot KEY]
//   rnnlab --check-lesson FILE | --list-lessons | --version | --help
// FILE (what a file manager passes, the .desktop file's %f) is opened by its kind: a session
// (*.rnnlab), a lesson (*.json) or a CSV file (as --data FILE).
// --open F.rnnlab opens a saved session; --save-session F.rnnlab trains --after-epochs N epochs
// (0: none), saves the session to F and quits (with --screenshot, after the picture). --play
// starts training at once, an epoch a frame. After a crash the next start offers to restore the
// autosaved work (a dialog; --restore-autosave restores it without asking; scripted runs and the
// offscreen platform never ask, and leave the autosave where it is).
// With --screenshot the app trains N epochs on the lesson, renders its whole main window to the
// PNG and exits (works under QT_QPA_PLATFORM=offscreen and xvfb-run). --inspect-text reads TEXT
// with the model's vocabulary and --inspect-sample the N-th test sequence (1 = the first): every
// view shows that sequence (the "Choose the sequence" tab comes to the front) while training
// steps on the training data as always. --inspect-text given twice compares the two sentences
// side by side (what if), with the same weights. --check-lesson validates a
// lesson file (its keys, types, preset and values) and exits 0, or 1 with the message naming the
// file and the key on stderr; it opens no window and needs no display (a QCoreApplication), nor
// do --version (the version and the resource folder) and --help.
// --export-animation trains N epochs, then writes the unrolled network over one forward and
// backward pass of the sequence on screen (or over E more epochs of training) as an animated GIF
// or a video, and exits; it shows no window (export/animation_exporter.h).
// --list-lessons prints one line per lesson, tab-separated: its number, its title (in --language)
// and how many guided beats it has; no window either. --beat K plays the lesson's guided beats
// 1..K at once (with --reveal, also the answer of beat K's question) before the screenshot;
// --presenter opens the window in presenter mode (F11).
// Hidden switch for the start-up benchmark: with the environment variable
// RNNLAB_EXIT_AFTER_FIRST_PAINT=1 the app prints "first paint: N ms since process start" to
// stdout when the main window is first painted, and quits.
#include "allocator.h"
#include "app_options.h"
#include "beat_player.h"
#include "control/training_controller.h"
#include "export/animation_exporter.h"
#include "guide/guide_controller.h"
#include "language.h"
#include "lesson.h"
#include "main_window.h"
#include "panels/transport_bar.h"
#include "screenshot.h"
#include "session_manager.h"
#include "train/experiment_config.h"
#include "version.h"
#include "views/view_registry.h"
#include "views/view_tabs.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QSlider>
#include <QTabWidget>
#include <QTimer>

#include <QElapsedTimer>
#include <QEvent>
#include <QFile>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

using rnnlab::AppOptions;

// Milliseconds since the kernel started this process (Linux: /proc/self/stat, 10 ms ticks);
// -1 where that is not known.
double msSinceProcessStart()
{
#ifdef __linux__
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields[19].toDouble(); // field 22: starttime
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs
        = static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1e3 / static_cast<double>(sysconf(_SC_CLK_TCK));
#else
    return -1;
#endif
}

// Reports the first paint of the main window and quits (RNNLAB_EXIT_AFTER_FIRST_PAINT=1).
class FirstPaintReporter : public QObject
{
public:
    explicit FirstPaintReporter(const QElapsedTimer &sinceMain, QObject *parent)
        : QObject(parent)
        , m_sinceMain(sinceMain)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Reported once the whole window (children included) has been painted.
            QMetaObject::invokeMethod(this, &FirstPaintReporter::report, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void report()
    {
        std::printf("first paint: %.0f ms since process start (%lld ms since main)\n",
                    msSinceProcessStart(), m_sinceMain.elapsed());
        std::fflush(stdout);
        QApplication::exit(0);
    }

    QElapsedTimer m_sinceMain;
    bool m_done = false;
};

// Whether the command line asks only for something that needs no window (--check-lesson,
// --version, --help), looked at before any application object exists.
bool needsNoWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        for (const char *name : { "check-lesson", "list-lessons", "version", "help", "help-all" }) {
            const QByteArray option = QByteArray("--") + name;
            if (arg == option || arg == option.mid(1) || arg.startsWith(option + '='))
                return true;
        }
        if (arg == "-v" || arg == "-h" || arg == "-?")
            return true;
    }
    return false;
}

void printVersion()
{
    std::printf("rnnlab (RNN Lab) %s\n%s\n", rnn::coreVersion(),
                qPrintable(QCoreApplication::translate("main", "Resources: %1")
                               .arg(QString::fromStdString(rnn::resourcesDirectory()))));
}

// rnnlab --check-lesson FILE: 0 when FILE is a valid lesson, else 1 and the message on stderr.
int checkLesson(const QString &file)
{
    QString error;
    if (rnnlab::readLessonFile(file, &error).id.isEmpty()) {
        std::fprintf(stderr, "rnnlab: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s: a valid lesson\n", qPrintable(file));
    return 0;
}

// rnnlab --list-lessons: "N<TAB>title<TAB>beats", one line per built-in lesson.
int listLessons(const QString &language)
{
    for (const rnnlab::Lesson &lesson : rnnlab::builtInLessons())
        std::printf("%d\t%s\t%d\n", lesson.number,
                    qPrintable(rnnlab::Lesson::pick(lesson.title, language)),
                    static_cast<int>(lesson.beats.size()));
    return 0;
}

// The plot tabs a lesson's beats may open: the view registry's keys.
void registerViewKeys()
{
    QStringList keys;
    for (const auto &entry : rnnlab::ViewRegistry::builtIn().entries())
        keys << entry.key;
    rnnlab::setKnownViewKeys(keys);
}

// --check-lesson, --version and --help, with a QCoreApplication: no window, no display needed.
int runWithoutWindow(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("RNN Lab"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(rnn::coreVersion()));
    QCommandLineParser parser;
    const AppOptions options;
    options.addTo(parser);
    parser.process(app); // prints --help and exits
    if (parser.isSet(options.version)) {
        printVersion();
        return 0;
    }
    if (parser.isSet(options.listLessons))
        return listLessons(parser.isSet(options.language) ? parser.value(options.language)
                                                          : QStringLiteral("en"));
    return checkLesson(parser.value(options.checkLesson));
}

// The positional FILE: a session, a lesson or a CSV file, by its name.
void openPositionalFile(rnnlab::MainWindow *window, const QString &file)
{
    if (!window->openFile(file))
        std::fprintf(stderr, "rnnlab: %s\n", qPrintable(window->lastError()));
}

// Work autosaved before a crash: restored when asked (--restore-autosave) or when the user says
// so; never asked in scripted runs or on the offscreen platform (nobody could answer).
void offerAutosave(rnnlab::MainWindow *window, bool restore, bool scripted)
{
    const QString path = rnnlab::SessionManager::autosavePath();
    if (!QFileInfo::exists(path))
        return;
    if (!restore) {
        if (scripted || QGuiApplication::platformName() == QLatin1String("offscreen"))
            return;
        const auto answer = QMessageBox::question(
            window, QCoreApplication::translate("main", "Restore unsaved work?"),
            QCoreApplication::translate("main",
                                        "RNN Lab was not closed properly. Restore the work "
                                        "autosaved at %1?")
                .arg(QLocale().toString(QFileInfo(path).lastModified(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            rnnlab::SessionManager::removeAutosave();
            return;
        }
    }
    window->sessions()->restoreAutosave();
}

// rnnlab --export-animation FILE: trains, writes the animation and returns the exit code.
int exportAnimation(rnnlab::MainWindow *window, const QCommandLineParser &parser,
                    const AppOptions &options)
{
    rnnlab::AnimationOptions animation;
    animation.file = parser.value(options.exportAnimation);
    animation.trainFirst = parser.value(options.epochs).toInt();
    animation.epochs = parser.value(options.animationEpochs).toInt();
    animation.framesPerSecond = parser.value(options.animationFps).toDouble();
    animation.plot = parser.value(options.animationPlot);
    animation.caption = window->windowTitle();
    const QStringList size = parser.value(options.animationSize).split(QLatin1Char('x'));
    animation.size = size.size() == 2 ? QSize(size[0].toInt(), size[1].toInt()) : QSize();
    int code = 1;
    auto *exporter = new rnnlab::AnimationExporter(animation, window->controller(), window);
    QObject::connect(
        exporter, &rnnlab::AnimationExporter::finished, exporter,
        [&](bool ok, const QString &message) {
            if (ok)
                std::printf("%s\n",
                            qPrintable(QCoreApplication::translate("main", "Wrote %1 (%2 frames).")
                                           .arg(animation.file)
                                           .arg(exporter->totalFrames())));
            else
                std::fprintf(stderr, "rnnlab: %s\n", qPrintable(message));
            code = ok ? 0 : 1;
            QApplication::exit(code);
        });
    exporter->start();
    QApplication::exec();
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    rnn::keepFreedMemory();
    registerViewKeys();
    if (needsNoWindow(argc, argv))
        return runWithoutWindow(argc, argv);
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RNN Lab"));
    QApplication::setOrganizationName(QStringLiteral("RNN Lab"));
    QApplication::setApplicationVersion(QString::fromLatin1(rnn::coreVersion()));
    // Ties the windows to the installed .desktop file (its icon and name in the task bar).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.rnnlab.RnnLab"));

    QCommandLineParser parser;
    const AppOptions options;
    options.addTo(parser);
    parser.process(app);
    const QCommandLineOption &lesson = options.lesson;
    const QCommandLineOption &data = options.data;
    const QCommandLineOption &language = options.language;
    const QCommandLineOption &screenshot = options.screenshot;
    const QCommandLineOption &epochs = options.epochs;
    const QCommandLineOption &inspectText = options.inspectText;
    const QCommandLineOption &inspectSample = options.inspectSample;

    const QString chosenLanguage
        = parser.isSet(language) ? parser.value(language) : rnnlab::preferredLanguage();
    rnnlab::installTranslation(chosenLanguage);

    QPointer<rnnlab::MainWindow> window;
    const auto makeWindow = [&](const QString &lessonName) {
        auto *w = new rnnlab::MainWindow;
        w->setAttribute(Qt::WA_DeleteOnClose);
        if (lessonName.isEmpty() || !w->loadLesson(lessonName))
            w->loadLesson(rnnlab::defaultLesson().id);
        return w;
    };
    std::function<void(rnnlab::MainWindow *)> wireLanguage;
    wireLanguage = [&](rnnlab::MainWindow *w) {
        QObject::connect(w, &rnnlab::MainWindow::languageChangeRequested, &app,
                         [&, w](const QString &code) {
                             // The whole window is rebuilt in the new language, same lesson.
                             rnnlab::savePreferredLanguage(code);
                             rnnlab::installTranslation(code);
                             const QString current = w->currentLesson();
                             const QRect geometry = w->geometry();
                             auto *next = makeWindow(current);
                             next->setGeometry(geometry);
                             next->sessions()->adopt(*w->sessions()); // the same run, trained
                             w->setWindowModified(false);
                             wireLanguage(next);
                             next->show();
                             window = next;
                             w->close();
                         });
    };
    window = makeWindow(parser.value(lesson));
    wireLanguage(window);
    if (parser.isSet(data) && !window->openDataFile(parser.value(data)))
        std::fprintf(stderr, "rnnlab: %s\n", qPrintable(window->lastError()));
    if (!parser.positionalArguments().isEmpty())
        openPositionalFile(window, parser.positionalArguments().constFirst());
    if (parser.isSet(inspectText) || parser.isSet(inspectSample)) {
        const QStringList texts = parser.values(inspectText);
        rnnlab::InspectRequest request = texts.isEmpty()
            ? rnnlab::InspectRequest::sample(rnnlab::InspectSource::Test,
                                             parser.value(inspectSample).toInt() - 1)
            : rnnlab::InspectRequest::typed(texts.last());
        if (texts.size() > 1) // what if: the first text is the original beside the last
            request.original = std::make_shared<const rnnlab::InspectRequest>(
                rnnlab::InspectRequest::typed(texts.first()));
        window->controller()->inspect(request);
        if (QWidget *view = window->view(QStringLiteral("inspect")))
            window->plotTabs()->setCurrentWidget(view);
    }
    const bool scripted = parser.isSet(screenshot) || parser.isSet(options.saveSession)
        || parser.isSet(options.open);
    if (parser.isSet(options.open)
        && !window->sessions()->openSession(parser.value(options.open))) {
        std::fprintf(stderr, "rnnlab: %s\n", qPrintable(window->lastError()));
        return 1;
    }
    offerAutosave(window, parser.isSet(options.restoreAutosave), scripted);
    if (parser.isSet(options.play)) {
        window->transportBar()->speedSlider()->setValue(5);
        window->controller()->setPlaying(true);
    }
    if (parser.isSet(options.exportAnimation))
        return exportAnimation(window, parser, options);
    if (parser.isSet(options.size)) {
        const QStringList wh = parser.value(options.size).split(QLatin1Char('x'));
        const int w = wh.value(0).toInt(), h = wh.size() == 2 ? wh.value(1).toInt() : 0;
        if (w < 200 || h < 200 || w > 10000 || h > 10000) {
            std::fprintf(stderr, "rnnlab: %s\n",
                         qPrintable(QCoreApplication::translate(
                                        "main", "--size takes WIDTHxHEIGHT, e.g. 1280x800, not %1")
                                        .arg(parser.value(options.size))));
            return 2;
        }
        window->resize(w, h);
    }
    if (qEnvironmentVariableIntValue("RNNLAB_EXIT_AFTER_FIRST_PAINT") == 1)
        window->installEventFilter(new FirstPaintReporter(sinceMain, window));
    window->show();
    if (parser.isSet(options.presenter)) {
        window->setPresenterMode(true);
        if (parser.isSet(screenshot)) // the projector's picture
            window->resize(1920, 1080);
    }
    // --beat K: the guided beats 1..K, at once; the screenshot waits until they have played.
    bool beatsPlaying = false;
    if (parser.isSet(options.beat)) {
        rnnlab::BeatPlayer *player = window->guide()->player();
        bool isNumber = false;
        const int beat = parser.value(options.beat).toInt(&isNumber);
        if (!isNumber || beat < 1 || beat > player->count()) {
            std::fprintf(stderr, "rnnlab: %s\n",
                         qPrintable(QCoreApplication::translate(
                                        "main", "--beat %1: lesson \"%2\" has beats 1 to %3.")
                                        .arg(parser.value(options.beat), window->currentLesson())
                                        .arg(player->count())));
            return 1;
        }
        window->guide()->setInstant(true);
        beatsPlaying = true;
        QObject::connect(player, &rnnlab::BeatPlayer::settled, &app, [&, player] {
            if (parser.isSet(options.reveal) && !player->revealed()
                && player->currentBeat()->asks()) {
                player->reveal();
                return;
            }
            beatsPlaying = false;
        });
        player->goTo(beat - 1);
        if (!parser.isSet(screenshot))
            window->guide()->setInstant(false);
    }
    if (parser.isSet(screenshot) || parser.isSet(options.saveSession)) {
        bool ok = false;
        auto *runner = new rnnlab::ScreenshotRunner(window, parser.value(screenshot),
                                                    parser.value(epochs).toInt(), &app);
        QObject::connect(runner, &rnnlab::ScreenshotRunner::done, &app, [&](bool saved) {
            rnnlab::MainWindow *shown = window.data();
            if (!shown) {
                QApplication::exit(1);
                return;
            }
            ok = saved;
            if (!saved)
                std::fprintf(stderr, "rnnlab: could not write %s\n",
                             qPrintable(parser.value(screenshot)));
            if (ok && parser.isSet(options.saveSession)
                && !shown->sessions()->saveTo(parser.value(options.saveSession))) {
                const QString error = shown->lastError();
                std::fprintf(stderr, "rnnlab: %s\n", qPrintable(error));
                ok = false;
            }
            // A scripted run leaves what it saved; it has nothing unsaved to ask about.
            shown->setWindowModified(false);
            QApplication::exit(ok ? 0 : 1);
        });
        // The beats first (they train through the same controller), then the picture.
        auto *wait = new QTimer(runner);
        QObject::connect(wait, &QTimer::timeout, runner, [&, wait, runner] {
            if (beatsPlaying)
                return;
            wait->stop();
            runner->start();
        });
        wait->start(20);
        const int code = QApplication::exec();
        return ok ? code : 1;
    }
    return QApplication::exec();
}
