// Entry point of the RNN Lab desktop application:
//   rnnlab [--lesson NAME] [--data FILE] [--language en|pt_BR]
//          [--screenshot FILE.png [--after-epochs N]]
// With --screenshot the app trains N epochs on the lesson, renders its whole main window to the
// PNG and exits (works under QT_QPA_PLATFORM=offscreen and xvfb-run).
#include "app_paths.h"
#include "main_window.h"
#include "screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPointer>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
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
    parser.addOptions({ lesson, data, language, screenshot, epochs });
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
