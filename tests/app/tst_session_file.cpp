// Session files through the engine (app/engine/session_document.h, training_session.h): a run
// trained N steps, saved, opened in a fresh session and trained M more gives exactly the weights
// of N + M steps without saving; the data travel inside the session when the course does not ship
// them; a changed or missing data file, a corrupt, truncated or newer file is refused with a
// message saying what and where.
#include "lesson.h"
#include "session_document.h"
#include "training_session.h"

#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace rnnlab;

namespace {

SessionSetup setupOf(const QString &lesson)
{
    SessionSetup setup;
    const Lesson *l = findLesson(lesson);
    setup.config = l->config;
    setup.recurrentScale = l->recurrentScale;
    return setup;
}

void train(TrainingSession &session, int batches, int samples = 0)
{
    for (int i = 0; i < samples; ++i)
        QVERIFY(session.stepSample().isEmpty());
    for (int i = 0; i < batches; ++i)
        QVERIFY(session.stepBatch().isEmpty());
}

void requireSameWeights(const Snapshot &a, const Snapshot &b)
{
    const rnn::Parameters &pa = snapshotNetwork(a)->parameters();
    const rnn::Parameters &pb = snapshotNetwork(b)->parameters();
    QCOMPARE(pa.size(), pb.size());
    for (std::size_t i = 0; i < pa.size(); ++i)
        QVERIFY2(pa[i].value == pb[i].value, pa[i].name.c_str()); // every entry, exactly
    const rnn::TrainerState sa = snapshotMoment(a)->trainer;
    const rnn::TrainerState sb = snapshotMoment(b)->trainer;
    QCOMPARE(sa.optimizer.steps, sb.optimizer.steps);
    for (std::size_t i = 0; i < sa.optimizer.first.size(); ++i)
        QVERIFY(sa.optimizer.first[i] == sb.optimizer.first[i]);
    QCOMPARE(sa.random.engine, sb.random.engine);
    QCOMPARE(a.epoch, b.epoch);
    QCOMPARE(a.sample, b.sample);
    QCOMPARE(a.stepsTaken, b.stepsTaken);
    QCOMPARE(a.trainLoss, b.trainLoss);
}

SessionDocument documentOf(const Lesson &lesson, const SessionSetup &setup,
                           const std::vector<SnapshotPtr> &moments)
{
    SessionDocument document;
    document.lesson = lesson;
    document.setup = setup;
    for (const SnapshotPtr &m : moments)
        document.moments.push_back(*snapshotMoment(*m));
    document.displayed = static_cast<int>(moments.size()) - 1;
    return document;
}

} // namespace

class TestSessionFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the embedded copies go to a test folder
    }

    void continuesBitForBit_data()
    {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("after");
        QTest::newRow("sine (default lesson)") << QString() << 7 << 11;
        QTest::newRow("airline") << QStringLiteral("12") << 9 << 6;
        QTest::newRow("emotions (dropout)") << QStringLiteral("14") << 5 << 4;
    }

    void continuesBitForBit()
    {
        QFETCH(QString, lesson);
        QFETCH(int, before);
        QFETCH(int, after);
        const Lesson &l = lesson.isEmpty() ? defaultLesson() : *findLesson(lesson);
        const SessionSetup setup = setupOf(l.id);

        TrainingSession straight;
        QVERIFY(straight.reset(setup).isEmpty());
        train(straight, before, 2);
        train(straight, after);

        TrainingSession saved;
        QVERIFY(saved.reset(setup).isEmpty());
        const SnapshotPtr start = saved.snapshot();
        train(saved, before, 2);
        const SnapshotPtr now = saved.snapshot();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.rnnlab"));
        QString error;
        QVERIFY2(writeSessionFile(documentOf(l, setup, { start, now }), path, &error),
                 qPrintable(error));

        QStringList notes;
        const std::optional<SessionDocument> opened = readSessionFile(path, &error, &notes);
        QVERIFY2(opened, qPrintable(error));
        QCOMPARE(notes, QStringList());
        QCOMPARE(opened->lesson.id, l.id);
        QCOMPARE(opened->moments.size(), std::size_t(2));
        TrainingSession resumed;
        std::vector<SnapshotPtr> history;
        QVERIFY(resumed.resume(opened->setup, opened->moments, &history).isEmpty());
        QCOMPARE(history.size(), std::size_t(2));
        requireSameWeights(*history.back(), *now);
        requireSameWeights(*history.front(), *start);
        train(resumed, after);
        requireSameWeights(*resumed.snapshot(), *straight.snapshot());
    }

    // A CSV file the course does not ship travels inside the session; gone, its copy is used.
    void ownDataTravelsInside()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("my_passengers.csv"));
        QVERIFY(
            QFile::copy(resolveDataFile(QStringLiteral("datasets/airline_passengers.csv")), csv));
        SessionSetup setup = setupOf(QStringLiteral("12"));
        setup.config.dataFile = csv.toStdString();
        TrainingSession session;
        QVERIFY(session.reset(setup).isEmpty());
        train(session, 4);
        const SnapshotPtr now = session.snapshot();
        const QString path = dir.filePath(QStringLiteral("own.rnnlab"));
        QString error;
        QVERIFY(writeSessionFile(documentOf(*findLesson(QStringLiteral("12")), setup, { now }),
                                 path, &error));
        QVERIFY(QFile::remove(csv));
        QStringList notes;
        const std::optional<SessionDocument> opened = readSessionFile(path, &error, &notes);
        QVERIFY2(opened, qPrintable(error));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(QStringLiteral("is missing")), qPrintable(notes.first()));
        QVERIFY2(notes.first().contains(QStringLiteral("copy saved in the session")),
                 qPrintable(notes.first()));
        TrainingSession resumed;
        std::vector<SnapshotPtr> history;
        QVERIFY(resumed.resume(opened->setup, opened->moments, &history).isEmpty());
        requireSameWeights(*history.back(), *now);
    }

    // Without a copy inside, a changed data file is refused, naming it.
    void changedDataIsRefused()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("series.csv"));
        QVERIFY(
            QFile::copy(resolveDataFile(QStringLiteral("datasets/airline_passengers.csv")), csv));
        SessionSetup setup = setupOf(QStringLiteral("12"));
        setup.config.dataFile = csv.toStdString();
        TrainingSession session;
        QVERIFY(session.reset(setup).isEmpty());
        QString error;
        const std::optional<rnn::SessionState> state = toSessionState(
            documentOf(*findLesson(QStringLiteral("12")), setup, { session.snapshot() }), &error);
        QVERIFY(state);
        rnn::SessionState withoutCopy = *state;
        withoutCopy.data.at(0).embedded.reset();
        QFile file(csv);
        QVERIFY(file.open(QIODevice::Append));
        file.write("1961-01,500\n");
        file.close();
        const std::optional<SessionDocument> opened
            = fromSessionState(withoutCopy, QStringLiteral("class.rnnlab"), &error);
        QVERIFY(!opened);
        QVERIFY2(error.startsWith(QStringLiteral("class.rnnlab")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("has changed")), qPrintable(error));
        QVERIFY2(error.contains(csv), qPrintable(error));
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << "truncate"
                                   << "not valid JSON";
        QTest::newRow("newer") << "newer"
                               << "newer than this RNN Lab understands";
        QTest::newRow("bad inspect") << "inspect"
                                     << "\"app.inspect.source\"";
        QTest::newRow("bad weights") << "weights"
                                     << "moments[0].trainer.parameters[0]";
        QTest::newRow("another network") << "hidden"
                                         << "does not fit";
    }

    void badFilesAreRefused()
    {
        QFETCH(QString, edit);
        QFETCH(QString, expected);
        const SessionSetup setup = setupOf(defaultLesson().id);
        TrainingSession session;
        QVERIFY(session.reset(setup).isEmpty());
        train(session, 2);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.rnnlab"));
        QString error;
        QVERIFY(writeSessionFile(documentOf(defaultLesson(), setup, { session.snapshot() }), path,
                                 &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        nlohmann::json j = nlohmann::json::parse(bytes.toStdString());
        if (edit == "newer")
            j["format_version"] = 99;
        else if (edit == "inspect")
            j["app"]["inspect"]["source"] = "elsewhere";
        else if (edit == "weights")
            j["moments"][0]["trainer"]["parameters"][0]["value"][0][0] = "x";
        else if (edit == "hidden")
            j["experiment"]["hidden"] = j["experiment"]["hidden"].get<int>() + 1;
        bytes = QByteArray::fromStdString(j.dump());
        if (edit == "truncate")
            bytes = bytes.left(bytes.size() * 2 / 3);
        std::optional<SessionDocument> opened
            = sessionFromBytes(bytes, QStringLiteral("bad.rnnlab"), &error);
        if (opened) { // read, but the engine refuses to rebuild it
            TrainingSession fresh;
            QVERIFY(fresh.reset(setup).isEmpty());
            error = fresh.resume(opened->setup, opened->moments, nullptr);
            QVERIFY(fresh.ready()); // the run it had is kept
        } else {
            QVERIFY2(error.startsWith(QStringLiteral("bad.rnnlab")), qPrintable(error));
        }
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    // A failed write (here: a folder that does not exist) says so and leaves no file.
    void writeFailureSaysSo()
    {
        const SessionSetup setup = setupOf(defaultLesson().id);
        TrainingSession session;
        QVERIFY(session.reset(setup).isEmpty());
        QString error;
        const QString path = QStringLiteral("/nonexistent-folder/s.rnnlab");
        QVERIFY(!writeSessionFile(documentOf(defaultLesson(), setup, { session.snapshot() }), path,
                                  &error));
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("previous file")),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSessionFile)
#include "tst_session_file.moc"
