// The File menu's sessions, models and lessons, through the whole window (offscreen): a saved
// session opens in a fresh window exactly as it was left (lesson, tab, history, the moment on
// display) and continues bit for bit; the title's unsaved mark; closing with unsaved work asks
// Save / Discard / Cancel; a bad session file changes nothing; a failed write (a full disk, a
// missing folder) leaves the previous file intact; a model exported from the app predicts the same
// numbers with rnnlab-train --load, and one from rnnlab-train imported into the app shows the same
// predictions; a lesson saved from the app opens again, validated like the shipped ones.
#include "control/training_controller.h"
#include "guide/guide_controller.h"
#include "lesson.h"
#include "main_window.h"
#include "session_manager.h"

#include "train/experiment.h"
#include "train/model_io.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fstream>
#include <sys/resource.h>

using namespace rnnlab;

namespace {

constexpr int Timeout = 120000; // ms; training is in another thread and the machine is shared

void waitIdle(MainWindow &window)
{
    TrainingController *c = window.controller();
    QTRY_VERIFY_WITH_TIMEOUT(c->current() && !c->busy(), Timeout);
}

void trainEpochs(MainWindow &window, int epochs)
{
    for (int i = 0; i < epochs; ++i) {
        waitIdle(window);
        window.controller()->stepEpoch();
    }
    waitIdle(window);
}

rnn::Parameters weightsOf(const MainWindow &window)
{
    return snapshotNetwork(*window.controller()->current())->parameters();
}

bool sameWeights(const rnn::Parameters &a, const rnn::Parameters &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].name != b[i].name || !(a[i].value == b[i].value))
            return false;
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The command line's prediction for one sentence: its class and probability.
QStringList cliPredicts(const QString &model, const QString &sentence, const QTemporaryDir &dir)
{
    const QString csv = dir.filePath(QStringLiteral("sentence.csv"));
    std::ofstream(csv.toStdString()) << "text\n\"" << sentence.toStdString() << "\"\n";
    QProcess cli;
    cli.start(QStringLiteral(RNNLAB_TRAIN_PATH),
              { QStringLiteral("--load"), model, QStringLiteral("--predict"), csv });
    if (!cli.waitForFinished(Timeout) || cli.exitCode() != 0)
        return {};
    const QStringList lines = QString::fromUtf8(cli.readAllStandardOutput()).split('\n');
    return lines.size() > 1 ? lines.at(1).split(',') : QStringList();
}

// What the window shows for a typed sentence: its class and probability.
QStringList appPredicts(MainWindow &window, const QString &sentence)
{
    TrainingController *c = window.controller();
    if (!QTest::qWaitFor([c] { return c->current() && !c->busy(); }, Timeout))
        return {};
    c->inspect(InspectRequest::typed(sentence));
    if (!QTest::qWaitFor(
            [c, sentence] {
                return c->current()->inspected.request.text == sentence && !c->busy();
            },
            Timeout))
        return {};
    const SnapshotPtr shown = window.controller()->current();
    const Eigen::MatrixXd &p = shown->inspected.prefixProbabilities;
    Eigen::Index best = 0;
    const double answer = p.col(p.cols() - 1).maxCoeff(&best);
    return { sentence, shown->classification->classes.at(static_cast<int>(best)),
             QString::number(answer, 'g', 6) };
}

} // namespace

class TestSessions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // autosave and data copies in a test folder
        QCoreApplication::setOrganizationName(QStringLiteral("RNN Lab tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sessions"));
    }

    // Train N epochs, save, open in a fresh window, train M more: the window shows what was left
    // and the weights are those of N + M epochs without saving, every one exactly.
    void savedSessionOpensExactlyAndContinues()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("airline.rnnlab"));
        MainWindow first;
        QVERIFY(first.loadLesson(QStringLiteral("12")));
        QVERIFY(!first.isWindowModified());
        QVERIFY2(first.windowTitle().contains(QStringLiteral("[*]")),
                 qPrintable(first.windowTitle()));
        trainEpochs(first, 3);
        first.controller()->stepBatch(); // mid-epoch
        waitIdle(first);
        QVERIFY(first.isWindowModified());
        first.plotTabs()->setCurrentWidget(first.view(QStringLiteral("loss")));
        QVERIFY(first.guide()->player()->count() > 3);
        first.guide()->player()->resumeAt(2); // the class is at beat 3 of the guided lesson
        QVERIFY(first.sessions()->saveTo(path));
        QVERIFY(!first.isWindowModified());
        QVERIFY2(first.windowTitle().startsWith(QStringLiteral("airline[*]")),
                 qPrintable(first.windowTitle()));
        const rnn::Parameters saved = weightsOf(first);
        const QString status = first.statusText();
        const int history = first.controller()->historySize();

        MainWindow second;
        QVERIFY(second.loadLesson(QStringLiteral("1")));
        waitIdle(second);
        QSignalSpy opened(second.sessions(), &SessionManager::sessionOpened);
        QVERIFY(second.sessions()->openSession(path));
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, Timeout);
        waitIdle(second);
        QCOMPARE(second.currentLesson(), first.currentLesson());
        QCOMPARE(second.plotTabs()->currentWidget(), second.view(QStringLiteral("loss")));
        QCOMPARE(second.guide()->player()->current(), 2); // at the same beat, not replayed
        QVERIFY(second.guide()->player()->offPath());
        QCOMPARE(second.statusText(), status);
        QVERIFY(second.controller()->historySize() >= 3);
        QVERIFY(second.controller()->historySize() <= std::min(history, 20));
        QCOMPARE(second.controller()->displayedIndex(), second.controller()->historySize() - 1);
        QVERIFY(sameWeights(weightsOf(second), saved));
        QVERIFY(!second.isWindowModified());
        QCOMPARE(second.sessions()->sessionPath(), path);
        QCOMPARE(second.controller()->current()->trainLoss,
                 first.controller()->current()->trainLoss);

        // Scrubbing back works in the opened session too.
        second.controller()->scrubTo(0);
        QCOMPARE(second.controller()->current()->stepsTaken, std::uint64_t(0));
        second.controller()->scrubTo(second.controller()->historySize() - 1);

        trainEpochs(first, 2);
        trainEpochs(second, 2);
        QVERIFY(sameWeights(weightsOf(second), weightsOf(first)));
        QVERIFY(second.isWindowModified());
        second.sessions()->setCloseQuestion([] { return QMessageBox::Discard; });
        first.sessions()->setCloseQuestion([] { return QMessageBox::Discard; });
    }

    void closingWithUnsavedWorkAsks()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(window.loadLesson(QStringLiteral("1")));
        waitIdle(window);
        int asked = 0;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        window.sessions()->setCloseQuestion([&] {
            ++asked;
            return answer;
        });
        QVERIFY(window.close()); // nothing trained: no question
        QCOMPARE(asked, 0);
        window.show();
        trainEpochs(window, 1);
        QVERIFY(window.isWindowModified());
        QVERIFY(!window.close()); // Cancel
        QCOMPARE(asked, 1);
        QVERIFY(window.isVisible());
        // Save: to the session's file (a first save would ask where; give it one).
        QVERIFY(window.sessions()->saveTo(dir.filePath(QStringLiteral("a.rnnlab"))));
        trainEpochs(window, 1);
        answer = QMessageBox::Save;
        QVERIFY(window.close());
        QCOMPARE(asked, 2);
        QVERIFY(!window.isWindowModified()); // saved before closing
        window.show();
        trainEpochs(window, 1);
        answer = QMessageBox::Discard;
        QVERIFY(window.close());
        QCOMPARE(asked, 3);
    }

    // A bad file is refused with a message naming it, and the window keeps what it had.
    void badSessionChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("truncated") << QByteArray("{\"format\": \"rnnlab-session\", \"format_ver");
        QTest::newRow("newer") << QByteArray(
            "{\"format\": \"rnnlab-session\", \"format_version\": 99}");
        QTest::newRow("not json") << QByteArray("\x89PNG\r\n");
    }

    void badSessionChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.rnnlab"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("6")));
        trainEpochs(window, 1);
        const rnn::Parameters before = weightsOf(window);
        const int history = window.controller()->historySize();
        QVERIFY(!window.sessions()->openSession(path));
        QVERIFY2(window.lastError().contains(path), qPrintable(window.lastError()));
        QTest::qWait(50);
        QCOMPARE(window.currentLesson(), findLesson(QStringLiteral("6"))->id);
        QCOMPARE(window.controller()->historySize(), history);
        QVERIFY(sameWeights(weightsOf(window), before));
        QVERIFY(window.isWindowModified());
        window.sessions()->setCloseQuestion([] { return QMessageBox::Discard; });
    }

    // A full disk (here: a file-size limit) or a missing folder: the save fails, says so, and
    // the previous file is intact.
    void failedSaveKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.rnnlab"));
        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("1")));
        trainEpochs(window, 1);
        QVERIFY(window.sessions()->saveTo(path));
        const QByteArray before = readAll(path);
        QVERIFY(before.size() > 4096);
        trainEpochs(window, 1);

        rlimit old {};
        getrlimit(RLIMIT_FSIZE, &old);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 4096; // a disk that is full after 4 KiB
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const bool saved = window.sessions()->saveTo(path);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY(!saved);
        QVERIFY2(window.lastError().contains(QStringLiteral("previous file is unchanged")),
                 qPrintable(window.lastError()));
        QCOMPARE(readAll(path), before);
        QVERIFY(window.isWindowModified()); // still unsaved

        const QString nowhere = QStringLiteral("/nonexistent-folder/x.rnnlab");
        QVERIFY(!window.sessions()->saveTo(nowhere));
        QVERIFY2(window.lastError().contains(nowhere), qPrintable(window.lastError()));
        QVERIFY(!window.sessions()->exportModel(nowhere));
        QVERIFY(!window.sessions()->saveAsLesson(QStringLiteral("/nonexistent-folder/l.json"),
                                                 { QStringLiteral("T"), {}, {} }));
        QVERIFY2(window.lastError().contains(QStringLiteral("previous file is unchanged")),
                 qPrintable(window.lastError()));
        window.sessions()->setCloseQuestion([] { return QMessageBox::Discard; });
    }

    // App -> rnnlab-train: the exported model predicts what the window shows.
    void exportedModelPredictsTheSameWithTheCommandLine()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("14")));
        trainEpochs(window, 1);
        const QString model = dir.filePath(QStringLiteral("app.json"));
        QVERIFY(window.sessions()->exportModel(model));
        QVERIFY(sameWeights(rnn::loadModel(model.toStdString()).parameters, weightsOf(window)));
        const QString sentence = QStringLiteral("fiquei com muito medo do escuro");
        const QStringList app = appPredicts(window, sentence);
        const QStringList cli = cliPredicts(model, sentence, dir);
        QCOMPARE(app.size(), 3);
        QCOMPARE(cli.size(), 3);
        QCOMPARE(cli.at(1), app.at(1));
        QVERIFY2(std::abs(cli.at(2).toDouble() - app.at(2).toDouble()) < 1e-5,
                 qPrintable(cli.at(2) + QStringLiteral(" vs ") + app.at(2)));
        window.sessions()->setCloseQuestion([] { return QMessageBox::Discard; });
    }

    // rnnlab-train -> app: the imported model's weights and predictions are the file's.
    void importedModelShowsTheSamePredictions()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("cli.json"));
        const QString data = resolveDataFile(QStringLiteral("datasets/emocoes_ptbr.csv"));
        const QString test = resolveDataFile(QStringLiteral("datasets/emocoes_ptbr_test.csv"));
        QProcess cli;
        cli.start(QStringLiteral(RNNLAB_TRAIN_PATH),
                  { QStringLiteral("--data"), data, QStringLiteral("--test-data"), test,
                    QStringLiteral("--task"), QStringLiteral("classify"),
                    QStringLiteral("--hidden"), QStringLiteral("8"), QStringLiteral("--epochs"),
                    QStringLiteral("1"), QStringLiteral("--save"), model });
        QVERIFY(cli.waitForFinished(Timeout));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("1")));
        waitIdle(window);
        QVERIFY(window.sessions()->importModel(model));
        waitIdle(window);
        QVERIFY(sameWeights(weightsOf(window), rnn::loadModel(model.toStdString()).parameters));
        const QString sentence = QStringLiteral("que dia lindo estou muito feliz");
        const QStringList app = appPredicts(window, sentence);
        const QStringList expected = cliPredicts(model, sentence, dir);
        QCOMPARE(app.size(), 3);
        QCOMPARE(expected.size(), 3);
        QCOMPARE(app.at(1), expected.at(1));
        QVERIFY(std::abs(expected.at(2).toDouble() - app.at(2).toDouble()) < 1e-5);

        // A model file that is not one is refused, and the window keeps its model.
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"rnnlab-model\"");
        file.close();
        const rnn::Parameters before = weightsOf(window);
        QVERIFY(!window.sessions()->importModel(bad));
        QVERIFY2(window.lastError().contains(bad), qPrintable(window.lastError()));
        QVERIFY(sameWeights(weightsOf(window), before));
    }

    // Save as lesson: the run, the open view and the teacher's words; it opens again (and is
    // valid for rnnlab --check-lesson), its own data file copied beside it.
    void savedLessonOpensAgain()
    {
        QTemporaryDir dir;
        QTemporaryDir other;
        const QString csv = dir.filePath(QStringLiteral("my_series.csv"));
        QVERIFY(
            QFile::copy(resolveDataFile(QStringLiteral("datasets/airline_passengers.csv")), csv));
        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("12")));
        waitIdle(window);
        SessionSetup setup = window.controller()->setup();
        setup.config.dataFile = csv.toStdString();
        setup.config.hidden = 5;
        window.controller()->configure(setup);
        waitIdle(window);
        window.plotTabs()->setCurrentWidget(window.view(QStringLiteral("loss")));
        const QString path = other.filePath(QStringLiteral("minha_aula.json"));
        QVERIFY(window.sessions()->saveAsLesson(path,
                                                { QStringLiteral("Minha aula"),
                                                  QStringLiteral("Texto da professora."),
                                                  QStringLiteral("O que acontece?") }));
        QVERIFY(QFile::exists(other.filePath(QStringLiteral("my_series.csv"))));
        QVERIFY(QFile::remove(csv)); // "another machine": only the lesson's folder

        QString error;
        const Lesson lesson = readLessonFile(path, &error);
        QVERIFY2(!lesson.id.isEmpty(), qPrintable(error));
        QCOMPARE(lesson.config.hidden, 5);
        QVERIFY(!lesson.beats.empty()); // the guided beats travel with the lesson
        QCOMPARE(lesson.panels.value(0), QStringLiteral("loss"));
        QCOMPARE(Lesson::pick(lesson.text, QStringLiteral("en")),
                 QStringLiteral("Texto da professora."));
        // The writer and the reader agree.
        QCOMPARE(lessonToJson(lessonFromJson(lessonToJson(lesson), lesson.id)),
                 lessonToJson(lesson));

        MainWindow classroom;
        QVERIFY(classroom.openFile(path));
        waitIdle(classroom);
        QCOMPARE(classroom.currentLesson(), QStringLiteral("minha_aula"));
        QCOMPARE(classroom.plotTabs()->currentWidget(), classroom.view(QStringLiteral("loss")));
        QVERIFY2(classroom.windowTitle().startsWith(QStringLiteral("Minha aula[*]")),
                 qPrintable(classroom.windowTitle()));
        QCOMPARE(classroom.controller()->setup().config.hidden, 5);

        QProcess check;
        check.start(QStringLiteral(RNNLAB_APP_PATH), { QStringLiteral("--check-lesson"), path });
        QVERIFY(check.waitForFinished(Timeout));
        QCOMPARE(check.exitCode(), 0);

        // A lesson file that is not valid is refused, naming the file and the key.
        const QString bad = other.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"title\": \"x\", \"settings\": {\"hiden\": 3}}");
        file.close();
        QVERIFY(!classroom.openFile(bad));
        QVERIFY2(classroom.lastError().contains(bad)
                     && classroom.lastError().contains(QStringLiteral("settings")),
                 qPrintable(classroom.lastError()));
        QCOMPARE(classroom.currentLesson(), QStringLiteral("minha_aula"));
    }
};

QTEST_MAIN(TestSessions)
#include "tst_sessions.moc"
