// Entry point of the RNN Lab desktop application:
//   rnnlab [--lesson NAME] [--data FILE] [--language en|pt_BR]
//          [--screenshot FILE.png [--after-epochs N]] [FILE]
//          [--inspect-text TEXT | --inspect-sample N]
//   rnnlab --check-lesson FILE | --version | --help
// FILE (what a file manager passes, the .desktop file's %f) is opened like --data FILE; a session
// file (*.rnnlab) is refused with a message, as this version cannot open one yet.
// With --screenshot the app trains N epochs on the lesson, renders its whole main window to the
// PNG and exits (works under QT_QPA_PLATFORM=offscreen and xvfb-run). --inspect-text reads TEXT
// with the model's vocabulary and --inspect-sample the N-th test sequence (1 = the first): every
// view shows that sequence (the "Choose the sequence" tab comes to the front) while training
// steps on the training data as always. --inspect-text given twice compares the two sentences
// side by side (what if), with the same weights. --check-lesson validates a
// lesson file (its keys, types, preset and values) and exits 0, or 1 with the message naming the
// file and the key on stderr; it opens no window and needs no display (a QCoreApplication), nor
// do --version (the version and the resource folder) and --help.
// Hidden switch for the start-up benchmark: with the environment variable
// RNNLAB_EXIT_AFTER_FIRST_PAINT=1 the app prints "first paint: N ms since process start" to
// stdout when the main window is first painted, and quits.
#include "control/training_controller.h"
#include "language.h"
#include "lesson.h"
#include "main_window.h"
#include "screenshot.h"
#include "train/experiment_config.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPointer>
#include <QTabWidget>
#include <QTimer>

#include <QElapsedTimer>
#include <QEvent>
#include <QFile>

#include <cstdio>
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

// Every option of rnnlab, created once the application object exists (their descriptions are
// translated); the window and the no-window paths parse the same set, so --help lists them all.
struct AppOptions
{
    QCommandLineOption lesson { QStringLiteral("lesson"),
                                QCoreApplication::translate("main",
                                                            "Open lesson NAME (number or name)."),
                                QStringLiteral("NAME") };
    QCommandLineOption data { QStringLiteral("data"),
                              QCoreApplication::translate("main", "Open the CSV file FILE."),
                              QStringLiteral("FILE") };
    QCommandLineOption language { QStringLiteral("language"),
                                  QCoreApplication::translate("main", "Language: en or pt_BR."),
                                  QStringLiteral("LANG") };
    QCommandLineOption screenshot {
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "Train, save a picture of the window to FILE.png and quit."),
        QStringLiteral("FILE.png")
    };
    QCommandLineOption epochs { QStringLiteral("after-epochs"),
                                QCoreApplication::translate(
                                    "main", "Epochs to train before the screenshot (default 0)."),
                                QStringLiteral("N"), QStringLiteral("0") };
    QCommandLineOption inspectText { QStringLiteral("inspect-text"),
                                     QCoreApplication::translate(
                                         "main",
                                         "Show the network reading TEXT (a sentence); given "
                                         "twice, the first beside the second (what if)."),
                                     QStringLiteral("TEXT") };
    QCommandLineOption inspectSample { QStringLiteral("inspect-sample"),
                                       QCoreApplication::translate(
                                           "main", "Show test sequence N (1 = the first)."),
                                       QStringLiteral("N") };
    QCommandLineOption size { QStringLiteral("size"),
                              QCoreApplication::translate(
                                  "main", "The window's size, e.g. 1280x800 (for screenshots)."),
                              QStringLiteral("WxH") };
    QCommandLineOption checkLesson {
        QStringLiteral("check-lesson"),
        QCoreApplication::translate(
            "main", "Validate the lesson file FILE, print what is wrong and quit (no window)."),
        QStringLiteral("FILE")
    };
    QCommandLineOption version {
        { QStringLiteral("v"), QStringLiteral("version") },
        QCoreApplication::translate(
            "main", "Print the version and the folder of the datasets and presets.")
    };

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Recurrent neural networks, step by step."));
        parser.addHelpOption();
        parser.addOptions({ lesson, data, language, screenshot, epochs, inspectText, inspectSample,
                            size, checkLesson, version });
        parser.addPositionalArgument(
            QStringLiteral("FILE"),
            QCoreApplication::translate("main", "A CSV file to open (as --data FILE)."),
            QStringLiteral("[FILE]"));
    }
};

// Whether the command line asks only for something that needs no window (--check-lesson,
// --version, --help), looked at before any application object exists.
bool needsNoWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        for (const char *name : { "check-lesson", "version", "help", "help-all" }) {
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
    return checkLesson(parser.value(options.checkLesson));
}

// The positional FILE: a CSV file opens as data; a session file is refused with a message.
void openPositionalFile(rnnlab::MainWindow *window, const QString &file)
{
    if (file.endsWith(QStringLiteral(".rnnlab"), Qt::CaseInsensitive)) {
        std::fprintf(stderr, "rnnlab: %s\n",
                     qPrintable(QCoreApplication::translate(
                                    "main",
                                    "%1: this version of RNN Lab cannot open session "
                                    "files (.rnnlab) yet.")
                                    .arg(file)));
        return;
    }
    if (!window->openDataFile(file))
        std::fprintf(stderr, "rnnlab: %s\n", qPrintable(window->lastError()));
}

} // namespace

int main(int argc, char *argv[])
{
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
