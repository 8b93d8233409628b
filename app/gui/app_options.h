// AppOptions: every command-line option of the rnnlab executable (app/gui/main.cpp), with its
// translated description. One set serves the window and the no-window paths, so --help lists
// them all. What each option does is described at the top of main.cpp.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace rnnlab {

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
    QCommandLineOption open { QStringLiteral("open"),
                              QCoreApplication::translate("main",
                                                          "Open the saved session FILE.rnnlab."),
                              QStringLiteral("FILE.rnnlab") };
    QCommandLineOption saveSession {
        QStringLiteral("save-session"),
        QCoreApplication::translate("main",
                                    "Train (--after-epochs), save the session to FILE.rnnlab and "
                                    "quit."),
        QStringLiteral("FILE.rnnlab")
    };
    QCommandLineOption play { QStringLiteral("play"),
                              QCoreApplication::translate(
                                  "main", "Start training at once, an epoch a frame.") };
    QCommandLineOption restoreAutosave {
        QStringLiteral("restore-autosave"),
        QCoreApplication::translate("main",
                                    "Restore the work autosaved before a crash, without asking.")
    };
    QCommandLineOption exportAnimation {
        QStringLiteral("export-animation"),
        QCoreApplication::translate("main",
                                    "Train, write an animation of the unrolled network to FILE "
                                    "(.gif, .mp4 or .webm) and quit; no window is shown."),
        QStringLiteral("FILE")
    };
    QCommandLineOption animationEpochs {
        QStringLiteral("animation-epochs"),
        QCoreApplication::translate("main",
                                    "Animate E epochs of training (one frame per epoch) instead "
                                    "of one forward and backward pass."),
        QStringLiteral("E"), QStringLiteral("0")
    };
    QCommandLineOption animationSize { QStringLiteral("animation-size"),
                                       QCoreApplication::translate(
                                           "main", "Size of the animation (default 960x540)."),
                                       QStringLiteral("WxH"), QStringLiteral("960x540") };
    QCommandLineOption animationFps {
        QStringLiteral("animation-fps"),
        QCoreApplication::translate("main", "Frames per second of the animation (default 8)."),
        QStringLiteral("F"), QStringLiteral("8")
    };
    QCommandLineOption animationPlot {
        QStringLiteral("animation-plot"),
        QCoreApplication::translate(
            "main", "Show the plot KEY beside the network (loss, prediction, ...)."),
        QStringLiteral("KEY")
    };
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
    QCommandLineOption listLessons {
        QStringLiteral("list-lessons"),
        QCoreApplication::translate(
            "main", "Print each lesson's number, title and number of guided beats, and quit.")
    };
    QCommandLineOption beat { QStringLiteral("beat"),
                              QCoreApplication::translate(
                                  "main",
                                  "Play the lesson's guided beats 1..K (with --screenshot)."),
                              QStringLiteral("K") };
    QCommandLineOption reveal { QStringLiteral("reveal"),
                                QCoreApplication::translate(
                                    "main", "With --beat: also reveal beat K's answer.") };
    QCommandLineOption presenter { QStringLiteral("presenter"),
                                   QCoreApplication::translate(
                                       "main",
                                       "Start in presenter mode (F11): the network and one view, "
                                       "in type for a projector (a screenshot is 1920 x 1080).") };
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
        parser.addOptions({ lesson,
                            data,
                            language,
                            screenshot,
                            epochs,
                            inspectText,
                            inspectSample,
                            open,
                            saveSession,
                            play,
                            restoreAutosave,
                            exportAnimation,
                            animationEpochs,
                            animationSize,
                            animationFps,
                            animationPlot,
                            checkLesson,
                            listLessons,
                            beat,
                            reveal,
                            presenter,
                            size,
                            version });
        parser.addPositionalArgument(
            QStringLiteral("FILE"),
            QCoreApplication::translate(
                "main", "A file to open: a session (.rnnlab), a lesson (.json) or a CSV file."),
            QStringLiteral("[FILE]"));
    }
};

} // namespace rnnlab
