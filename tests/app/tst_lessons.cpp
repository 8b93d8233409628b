// Lessons are data: every lesson of LESSONS.md is compiled in, in English and Brazilian
// Portuguese, in one vocabulary (a preset and ExperimentConfig's keys), validated on load, and
// each one starts a session. A broken lesson is refused with a message naming its file and the
// key; `rnnlab --check-lesson FILE` says the same without a display.
#include "lesson.h"
#include "training_session.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rnnlab;

namespace {

QString lessonPath(const QString &id)
{
    return QStringLiteral(":/lessons/%1.json").arg(id);
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

// A lesson's title, texts and panels, with `fields` (a JSON fragment: its preset, settings, ...).
QByteArray lessonWith(const QByteArray &fields)
{
    return R"({"number": 99, "title": {"en": "t", "pt_BR": "t"}, "text": "x", "panels": ["loss"], )"
        + fields + "}";
}

struct Run
{
    int exitCode = -2;
    QString out;
    QString err;
};

// Runs the built rnnlab with no display at all (no QT_QPA_PLATFORM, no DISPLAY).
Run runApp(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(RNNLAB_APP_PATH));
    process.setArguments(arguments);
    process.start();
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestLessons : public QObject
{
    Q_OBJECT

private slots:
    void everyLessonIsThere()
    {
        const auto &lessons = builtInLessons();
        QCOMPARE(static_cast<int>(lessons.size()), 15); // the welcome lesson + the 14 of LESSONS.md
        for (int i = 0; i < 15; ++i)
            QCOMPARE(lessons[static_cast<std::size_t>(i)].number, i);
        QVERIFY(defaultLesson().isDefault);
        QCOMPARE(defaultLesson().config.model, rnn::CellType::Lstm);
    }

    void everyShippedLessonIsValidAndStartsASession_data()
    {
        QTest::addColumn<QString>("id");
        const QDir dir(QStringLiteral(RNNLAB_SOURCE_DIR "/resources/lessons"));
        const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files);
        QCOMPARE(files.size(), 15);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << QFileInfo(file).completeBaseName();
    }

    void everyShippedLessonIsValidAndStartsASession()
    {
        QFETCH(QString, id);
        QString error;
        const Lesson lesson = readLessonFile(lessonPath(id), &error);
        QVERIFY2(!lesson.id.isEmpty(), qPrintable(error));
        QVERIFY(error.isEmpty());
        SessionSetup setup;
        setup.config = lesson.config;
        setup.recurrentScale = lesson.recurrentScale;
        TrainingSession session;
        const QString problem = session.reset(setup);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(session.samplesPerEpoch() > 0);
        QVERIFY(session.snapshot());
    }

    void everyTextInBothLanguages_data()
    {
        QTest::addColumn<int>("index");
        for (const Lesson &lesson : builtInLessons())
            QTest::newRow(qPrintable(lesson.id)) << lesson.number;
    }

    void everyTextInBothLanguages()
    {
        QFETCH(int, index);
        const Lesson &lesson = builtInLessons()[static_cast<std::size_t>(index)];
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("pt_BR") }) {
            QVERIFY2(!lesson.title.value(language).isEmpty(), qPrintable(lesson.id + language));
            QVERIFY2(!lesson.text.value(language).isEmpty(), qPrintable(lesson.id + language));
            QVERIFY2(!lesson.question.value(language).isEmpty(), qPrintable(lesson.id + language));
        }
        QVERIFY(lesson.title.value(QStringLiteral("en"))
                    != lesson.title.value(QStringLiteral("pt_BR"))
                || lesson.number == 0);
        QVERIFY(lesson.text.value(QStringLiteral("en"))
                != lesson.text.value(QStringLiteral("pt_BR")));
        QVERIFY(!lesson.panels.isEmpty());
        QVERIFY(lesson.config.hidden > 0);
        QVERIFY(lesson.config.generator != rnn::Generator::None || !lesson.config.dataFile.empty());
    }

    void exercisesStartFromTheirPresets()
    {
        const Lesson *airline = findLesson(QStringLiteral("12"));
        QVERIFY(airline);
        QCOMPARE(airline->preset, QStringLiteral("airline"));
        const auto presets
            = rnn::PresetLibrary::load(RNNLAB_SOURCE_DIR "/resources/presets/presets.json");
        // Lesson 12 is the airline preset as rnnlab-train runs it.
        QVERIFY(airline->config.toJson() == presets.preset("airline").toJson());
        const Lesson *beijing = findLesson(QStringLiteral("13"));
        QVERIFY(beijing);
        QCOMPARE(beijing->preset, QStringLiteral("beijing"));
        rnn::ExperimentConfig expected = presets.preset("beijing");
        expected.hidden = 16;
        expected.scaling = rnn::ScalerKind::ZScore;
        QVERIFY(beijing->config.toJson() == expected.toJson());
    }

    void lessonsSetWhatTheyTeach()
    {
        const Lesson *vanishing = findLesson(QStringLiteral("6"));
        QVERIFY(vanishing);
        QCOMPARE(vanishing->config.model, rnn::CellType::Elman);
        QCOMPARE(vanishing->config.generator, rnn::Generator::Latching);
        QCOMPARE(vanishing->config.sequenceLength, 50);
        QCOMPARE(vanishing->config.clipNorm, 0.0);
        QCOMPARE(vanishing->config.seed, std::uint64_t(42));
        const Lesson *topologies = findLesson(QStringLiteral("5"));
        QVERIFY(topologies);
        QCOMPARE(topologies->config.topology, rnn::Topology::EncoderDecoder);
        QCOMPARE(topologies->config.horizon, 3);
        const Lesson *emotions = findLesson(QStringLiteral("14"));
        QVERIFY(emotions);
        QCOMPARE(emotions->config.task, rnn::Task::Classify);
        // Lesson 14 is the default text pipeline with its own seed.
        rnn::ExperimentConfig defaults = rnn::textClassificationDefaults();
        defaults.apply({ { "data_file", emotions->config.dataFile },
                         { "test_data_file", emotions->config.testDataFile },
                         { "label_column", "label" },
                         { "max_length", emotions->config.maxLength },
                         { "batch_size", emotions->config.batchSize },
                         { "seed", emotions->config.seed } });
        QCOMPARE(emotions->config.toJson().dump(), defaults.toJson().dump());
        QCOMPARE(emotions->config.pooling, rnn::Pooling::Max);
    }

    void findByNumberOrName()
    {
        QVERIFY(findLesson(QStringLiteral("6")));
        QCOMPARE(findLesson(QStringLiteral("6"))->config.model, rnn::CellType::Elman);
        QVERIFY(findLesson(QStringLiteral("vanishing")));
        QCOMPARE(findLesson(QStringLiteral("vanishing"))->number, 6);
        QVERIFY(!findLesson(QStringLiteral("no such lesson")));
    }

    void pickFallsBackToEnglish()
    {
        QMap<QString, QString> texts { { QStringLiteral("en"), QStringLiteral("hello") },
                                       { QStringLiteral("pt_BR"), QStringLiteral("olá") } };
        QCOMPARE(Lesson::pick(texts, QStringLiteral("pt_BR")), QStringLiteral("olá"));
        QCOMPARE(Lesson::pick(texts, QStringLiteral("pt")), QStringLiteral("olá"));
        QCOMPARE(Lesson::pick(texts, QStringLiteral("de")), QStringLiteral("hello"));
    }

    void aValidLessonIsRead()
    {
        QTemporaryDir dir;
        const QString path
            = write(dir, QStringLiteral("good.json"),
                    lessonWith(R"("settings": {"generator": "sine", "lookback": 12, "seed": 42},
                                                 "gui": {"recurrent_scale": 0.5})"));
        QString error;
        const Lesson lesson = readLessonFile(path, &error);
        QVERIFY2(!lesson.id.isEmpty(), qPrintable(error));
        QCOMPARE(lesson.id, QStringLiteral("good"));
        QCOMPARE(lesson.config.generator, rnn::Generator::Sine);
        QCOMPARE(lesson.config.lookback, 12);
        QCOMPARE(lesson.config.seed, std::uint64_t(42));
        QCOMPARE(lesson.recurrentScale, 0.5);
    }

    void brokenLessonsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("key"); // the key the message must name
        QTest::newRow("unknown key at the top")
            << lessonWith(R"("preset": "sine", "model": {"cell": "lstm"})")
            << QStringLiteral("\"model\"");
        QTest::newRow("unknown key in settings")
            << lessonWith(R"("preset": "sine", "settings": {"trainFraction": 0.67})")
            << QStringLiteral("\"trainFraction\"");
        QTest::newRow("wrong type in settings")
            << lessonWith(R"("preset": "sine", "settings": {"hidden": "sixteen"})")
            << QStringLiteral("\"hidden\"");
        QTest::newRow("wrong type at the top")
            << lessonWith(R"("preset": "sine", "references": "Elman 1990")")
            << QStringLiteral("\"references\"");
        QTest::newRow("settings not an object")
            << lessonWith(R"("preset": "sine", "settings": [1, 2])")
            << QStringLiteral("\"settings\"");
        QTest::newRow("value out of range")
            << lessonWith(R"("preset": "sine", "settings": {"hidden": 0, "seed": 3})")
            << QStringLiteral("\"settings.hidden\"");
        QTest::newRow("unknown preset")
            << lessonWith(R"("preset": "airlines")") << QStringLiteral("\"preset\"");
        QTest::newRow("unknown enum name")
            << lessonWith(R"("preset": "sine", "settings": {"model": "transformer"})")
            << QStringLiteral("\"model\"");
        QTest::newRow("unknown gui knob") << lessonWith(R"("preset": "sine", "gui": {"zoom": 2})")
                                          << QStringLiteral("\"gui.zoom\"");
        QTest::newRow("gui knob out of range")
            << lessonWith(R"("preset": "sine", "gui": {"recurrent_scale": -1})")
            << QStringLiteral("\"gui.recurrent_scale\"");
        QTest::newRow("missing data file")
            << lessonWith(R"("preset": "airline", "settings": {"data_file": "no_such.csv"})")
            << QStringLiteral("\"settings.data_file\"");
        QTest::newRow("no title") << QByteArray(R"({"settings": {"generator": "sine"}})")
                                  << QStringLiteral("\"title\"");
        QTest::newRow("not JSON") << QByteArray("{\"title\": \"x\",\n  oops}")
                                  << QStringLiteral("line 2");
        QTest::newRow("over a size limit")
            << lessonWith(R"("preset": "sine", "settings": {"train_samples": 2000000000})")
            << QStringLiteral("limits::maxGeneratedSamples");
        QTest::newRow("file over its limit")
            << lessonWith(R"("preset": "sine")").append(QByteArray(1 << 20, ' '))
            << QStringLiteral("limits::maxLessonFileBytes");
    }

    void brokenLessonsAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, key);
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("broken.json"), content);
        QString error;
        const Lesson lesson = readLessonFile(path, &error);
        QVERIFY(lesson.id.isEmpty());
        QVERIFY2(error.startsWith(path + QLatin1Char(':')), qPrintable(error));
        QVERIFY2(error.contains(key), qPrintable(error));
    }

    void checkLessonOnTheCommandLine()
    {
        const Run good = runApp(
            { QStringLiteral("--check-lesson"),
              QStringLiteral(RNNLAB_SOURCE_DIR "/resources/lessons/12_exercise1_airline.json") });
        QVERIFY2(good.exitCode == 0, qPrintable(good.err));
        QVERIFY(good.err.isEmpty());
        QVERIFY(good.out.contains(QStringLiteral("12_exercise1_airline.json")));

        QTemporaryDir dir;
        const QString path
            = write(dir, QStringLiteral("broken.json"),
                    lessonWith(R"("preset": "sine", "settings": {"learningRate": 0.1})"));
        const Run bad = runApp({ QStringLiteral("--check-lesson"), path });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(path) && bad.err.contains(QStringLiteral("\"learningRate\"")),
                 qPrintable(bad.err));
        QVERIFY(bad.out.isEmpty());

        const Run missing = runApp(
            { QStringLiteral("--check-lesson"), dir.filePath(QStringLiteral("none.json")) });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("none.json")));
    }
};

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
