// Entry point of the RNN Lab desktop application:
//   rnnlab [--lesson NAME] [--data FILE] [--language en|pt_BR]
//          [--screenshot FILE.png [--after-epochs N]]
//          [--inspect-text TEXT | --inspect-sample N]
//   rnnlab --check-lesson FILE
// With --screenshot the app trains N epochs on the lesson, renders its whole main window to the
// PNG and exits (works under QT_QPA_PLATFORM=offscreen and xvfb-run). --inspect-text reads TEXT
// with the model's vocabulary and --inspect-sample the N-th test sequence (1 = the first): every
// view shows that sequence (the "Choose the sequence" tab comes to the front) while training
// steps on the training data as always. --inspect-text given twice compares the two sentences
// side by side (what if), with the same weights. --check-lesson validates a
// lesson file (its keys, types, preset and values) and exits 0, or 1 with the message naming the
// file and the key on stderr; it opens no window and needs no display (a QCoreApplication).
// Hidden switch for the start-up benchmark: with the environment variable
// RNNLAB_EXIT_AFTER_FIRST_PAINT=1 the app prints "first paint: N ms since process start" to
// stdout when the main window is first painted, and quits.
#include "control/training_controller.h"
#include "language.h"
#include "lesson.h"
#include "main_window.h"
#include "screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPointer>
#include <QTabWidget>
#include <QTimer>

#include <QElapsedTimer>
#include <QEvent>
#include <QFile>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <unistd.h>

namespace {

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

const QCommandLineOption &checkLessonOption()
{
    static const QCommandLineOption option(
        QStringLiteral("check-lesson"),
        QCoreApplication::translate(
            "main", "Validate the lesson file FILE, print what is wrong and quit (no window)."),
        QStringLiteral("FILE"));
    return option;
}

// Whether the command line asks for --check-lesson (before any application object exists).
bool checksLesson(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--check-lesson") == 0 || std::strcmp(arg, "-check-lesson") == 0
            || std::strncmp(arg, "--check-lesson=", 15) == 0)
            return true;
    }
    return false;
}

// rnnlab --check-lesson FILE: 0 when FILE is a valid lesson, else 1 and the message on stderr.
int checkLesson(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("RNN Lab"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(checkLessonOption());
    parser.process(app);
    const QString file = parser.value(checkLessonOption());
    QString error;
    if (rnnlab::readLessonFile(file, &error).id.isEmpty()) {
        std::fprintf(stderr, "rnnlab: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s: a valid lesson\n", qPrintable(file));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (checksLesson(argc, argv))
        return checkLesson(argc, argv);
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RNN Lab"));
    QApplication::setOrganizationName(QStringLiteral("RNN Lab"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Recurrent neural networks, step by step."));
    parser.addHelpOption();
    const QCommandLineOption lesson(
        QStringLiteral("lesson"),
        QCoreApplication::translate("main", "Open lesson NAME (number or name)."),
        QStringLiteral("NAME"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QCoreApplication::translate("main", "Open the CSV file FILE."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QCoreApplication::translate("main", "Language: en or pt_BR."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "Train, save a picture of the window to FILE.png and quit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption epochs(
        QStringLiteral("after-epochs"),
        QCoreApplication::translate("main", "Epochs to train before the screenshot (default 0)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption inspectText(
        QStringLiteral("inspect-text"),
        QCoreApplication::translate("main",
                                    "Show the network reading TEXT (a sentence); given "
                                    "twice, the first beside the second (what if)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption inspectSample(
        QStringLiteral("inspect-sample"),
        QCoreApplication::translate("main", "Show test sequence N (1 = the first)."),
        QStringLiteral("N"));
    parser.addOptions({ lesson, data, language, screenshot, epochs, inspectText, inspectSample,
                        checkLessonOption() });
    parser.process(app);

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
    if (qEnvironmentVariableIntValue("RNNLAB_EXIT_AFTER_FIRST_PAINT") == 1)
        window->installEventFilter(new FirstPaintReporter(sinceMain, window));
    window->show();

    if (parser.isSet(screenshot)) {
        bool ok = false;
        auto *runner = new rnnlab::ScreenshotRunner(window, parser.value(screenshot),
                                                    parser.value(epochs).toInt(), &app);
        QObject::connect(runner, &rnnlab::ScreenshotRunner::done, &app, [&](bool saved) {
            ok = saved;
            if (!saved)
                std::fprintf(stderr, "rnnlab: could not write %s\n",
                             qPrintable(parser.value(screenshot)));
            QApplication::exit(saved ? 0 : 1);
        });
        QTimer::singleShot(0, runner, &rnnlab::ScreenshotRunner::start);
        const int code = QApplication::exec();
        return ok ? code : 1;
    }
    return QApplication::exec();
}
