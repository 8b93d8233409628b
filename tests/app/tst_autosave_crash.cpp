// Autosave survives a crash: the real application trains (--play) with a one-second autosave
// (RNNLAB_AUTOSAVE_SECONDS=1) into a folder of its own (XDG_DATA_HOME), is killed with SIGKILL
// mid-training, and started again with --restore-autosave --save-session: the session it restores
// is the autosaved one, epoch and weights exactly. A normal exit then leaves no autosave behind.
// Two instances running at once autosave to files of their own, and a third started beside them
// restores neither; once one is killed, the next start restores that one's work.
#include "train/session_state.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>

namespace {

constexpr int Timeout = 120000; // ms; the machine is shared

QProcessEnvironment environmentIn(const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("RNNLAB_AUTOSAVE_SECONDS"), QStringLiteral("1"));
#if defined(__SANITIZE_THREAD__)
    // Under ThreadSanitizer (the tsan preset) the apps this test starts do not report: their
    // threads are the code the in-process GUI tests check, and in an app that has run for
    // seconds TSan has lost the posting thread's stack of Qt's queued calls ("failed to restore
    // the stack", history_size at its maximum), so the suppression for that hand-off
    // (tests/tsan.supp) cannot match. What this test checks is the processes: kill, restore.
    env.insert(QStringLiteral("TSAN_OPTIONS"),
               env.value(QStringLiteral("TSAN_OPTIONS")) + QStringLiteral(" report_bugs=0"));
#endif
    return env;
}

std::optional<rnn::SessionState> readSession(const QString &path)
{
    try {
        return rnn::loadSession(path.toStdString());
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

// Waits until `path` holds an autosave of at least one epoch; its lesson, or "" after Timeout.
std::string waitForAutosave(const QString &path)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < Timeout) {
        QTest::qWait(200);
        if (const std::optional<rnn::SessionState> saved = readSession(path);
            saved && !saved->moments.empty() && saved->moments.back().trainer.epoch >= 1)
            return saved->app.value("lesson_id", std::string());
    }
    return {};
}

// The lesson of the session an app started with `arguments` + --save-session saves.
std::string savedLesson(const QTemporaryDir &dir, QStringList arguments, const QString &name)
{
    const QString file = dir.filePath(name);
    QProcess app;
    app.setProcessEnvironment(environmentIn(dir));
    app.start(QStringLiteral(RNNLAB_APP_PATH),
              arguments << QStringLiteral("--save-session") << file);
    if (!app.waitForFinished(Timeout) || app.exitCode() != 0)
        return "(failed: " + app.readAllStandardError().toStdString() + ")";
    const std::optional<rnn::SessionState> saved = readSession(file);
    return saved ? saved->app.value("lesson_id", std::string()) : std::string("(unreadable)");
}

} // namespace

class TestAutosaveCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedAppIsRestored()
    {
        QTemporaryDir dir;
        const QString autosave
            = dir.filePath(QStringLiteral("data/RNN Lab/RNN Lab/autosave.rnnlab"));
        QProcess app;
        app.setProcessEnvironment(environmentIn(dir));
        app.start(QStringLiteral(RNNLAB_APP_PATH),
                  { QStringLiteral("--lesson"), QStringLiteral("12"), QStringLiteral("--play") });
        QVERIFY(app.waitForStarted(Timeout));

        // Wait for an autosave of at least two epochs, then kill the app mid-training.
        std::optional<rnn::SessionState> saved;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < Timeout) {
            QTest::qWait(200);
            if (QFile::exists(autosave)) {
                saved = readSession(autosave); // never half-written: QSaveFile renames
                QVERIFY2(saved, "the autosave could not be read");
                if (saved->moments.back().trainer.epoch >= 2)
                    break;
            }
        }
        QVERIFY2(saved && saved->moments.back().trainer.epoch >= 2, "no autosave in time");
        QCOMPARE(app.state(), QProcess::Running); // still training
        ::kill(static_cast<pid_t>(app.processId()), SIGKILL);
        QVERIFY(app.waitForFinished(Timeout));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);

        // What the crash left: a whole, readable autosave (the last one written).
        const std::optional<rnn::SessionState> left = readSession(autosave);
        QVERIFY(left);
        const rnn::TrainerState &lost = left->moments.back().trainer;
        QVERIFY(lost.epoch >= 2);

        // The next start restores it.
        const QString restored = dir.filePath(QStringLiteral("restored.rnnlab"));
        QProcess again;
        again.setProcessEnvironment(environmentIn(dir));
        again.start(
            QStringLiteral(RNNLAB_APP_PATH),
            { QStringLiteral("--restore-autosave"), QStringLiteral("--save-session"), restored });
        QVERIFY(again.waitForFinished(Timeout));
        QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());
        const std::optional<rnn::SessionState> back = readSession(restored);
        QVERIFY(back);
        const rnn::TrainerState &now = back->moments.back().trainer;
        QCOMPARE(now.epoch, lost.epoch);
        QCOMPARE(now.report.steps, lost.report.steps);
        QCOMPARE(now.parameters.size(), lost.parameters.size());
        for (std::size_t i = 0; i < now.parameters.size(); ++i)
            QVERIFY2(now.parameters[i].value == lost.parameters[i].value,
                     now.parameters[i].name.c_str());
        QCOMPARE(back->app.value("lesson_id", std::string()),
                 left->app.value("lesson_id", std::string()));
        QVERIFY(!QFile::exists(autosave)); // a normal exit removes what it restored
    }

    void twoInstancesKeepTheirOwnAutosave()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("data/RNN Lab/RNN Lab/"));
        QProcess first, second;
        first.setProcessEnvironment(environmentIn(dir));
        first.start(QStringLiteral(RNNLAB_APP_PATH),
                    { QStringLiteral("--lesson"), QStringLiteral("12"), QStringLiteral("--play") });
        QVERIFY(first.waitForStarted(Timeout));
        const std::string firstLesson = waitForAutosave(folder + QStringLiteral("autosave.rnnlab"));
        QVERIFY2(!firstLesson.empty(), "the first instance did not autosave in time");
        second.setProcessEnvironment(environmentIn(dir));
        second.start(QStringLiteral(RNNLAB_APP_PATH),
                     { QStringLiteral("--lesson"), QStringLiteral("3"), QStringLiteral("--play") });
        QVERIFY(second.waitForStarted(Timeout));
        const std::string secondLesson
            = waitForAutosave(folder + QStringLiteral("autosave-2.rnnlab"));
        QVERIFY2(!secondLesson.empty(),
                 "the second instance did not autosave to a file of its own");
        QVERIFY(secondLesson != firstLesson);
        // The first one's file is still its own work.
        const std::optional<rnn::SessionState> firstFile
            = readSession(folder + QStringLiteral("autosave.rnnlab"));
        QVERIFY(firstFile);
        QCOMPARE(firstFile->app.value("lesson_id", std::string()), firstLesson);

        // A third instance beside them has nothing to restore: both owners are alive.
        const std::string third = savedLesson(dir,
                                              { QStringLiteral("--lesson"), QStringLiteral("5"),
                                                QStringLiteral("--restore-autosave") },
                                              QStringLiteral("third.rnnlab"));
        QVERIFY2(third != firstLesson && third != secondLesson && third.front() != '(',
                 third.c_str());

        // Killed, the first one's work is what the next start restores; the second keeps running.
        ::kill(static_cast<pid_t>(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished(Timeout));
        QCOMPARE(savedLesson(dir, { QStringLiteral("--restore-autosave") },
                             QStringLiteral("restored.rnnlab")),
                 firstLesson);
        QCOMPARE(second.state(), QProcess::Running);
        second.kill();
        QVERIFY(second.waitForFinished(Timeout));
    }
};

QTEST_GUILESS_MAIN(TestAutosaveCrash)
#include "tst_autosave_crash.moc"
