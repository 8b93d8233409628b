// Lessons are data: every lesson of LESSONS.md is compiled in, in English and Brazilian
// Portuguese, with a model and data that the app can start.
#include "lesson.h"

#include <QJsonDocument>
#include <QTest>

using namespace rnnlab;

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
        QCOMPARE(defaultLesson().settings.cell, rnn::CellType::Lstm);
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
        QVERIFY(lesson.settings.hidden > 0);
        QVERIFY(lesson.data.kind == QLatin1String("task") || !lesson.data.file.isEmpty());
    }

    void findByNumberOrName()
    {
        QVERIFY(findLesson(QStringLiteral("6")));
        QCOMPARE(findLesson(QStringLiteral("6"))->settings.cell, rnn::CellType::Elman);
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

    void rejectsWhatIsNotALesson()
    {
        QString error;
        const Lesson bad = lessonFromJson(QJsonDocument::fromJson(R"({"title": "x"})").object(),
                                          QStringLiteral("bad"), &error);
        QVERIFY(bad.id.isEmpty());
        QVERIFY(!error.isEmpty());
        const Lesson unknownCell = lessonFromJson(
            QJsonDocument::fromJson(R"({"title": "x", "model": {"cell": "transformer"}})").object(),
            QStringLiteral("bad"), &error);
        QVERIFY(unknownCell.id.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
