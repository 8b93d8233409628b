// Guided lessons: every beat of every lesson, in English and Brazilian Portuguese, played in the
// real window through the worker thread, and what each beat asks for checked on screen: the play
// head's phase and step, the selection, the highlighted elements, the open tab, the run's
// settings; a question's reveal is filled with the snapshot's own numbers (no "?" left). A lesson
// with a bad beat is refused with the key named; `rnnlab --list-lessons` prints every lesson
// with its number of beats; the player's keys, jumps and "back to beat K" replay the same state.
#include "beat_player.h"
#include "control/training_controller.h"
#include "guide/beat_bar.h"
#include "guide/guide_controller.h"
#include "language.h"
#include "lesson.h"
#include "main_window.h"
#include "views/cell_view.h"
#include "views/unrolled_view.h"
#include "views/view_registry.h"

#include <QJsonDocument>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace rnnlab;

namespace {

constexpr int Timeout = 60000;

// Plays beat `index` (0-based) at once and waits until its actions have all run.
bool play(MainWindow &window, int index, bool reveal)
{
    BeatPlayer *player = window.guide()->player();
    if (reveal)
        player->reveal();
    else
        player->goTo(index);
    return QTest::qWaitFor([&] { return !player->playing() && !window.controller()->busy(); },
                           Timeout);
}

// The lesson file with its "beats" replaced by `beats` (a JSON list).
QJsonObject lessonWithBeats(const QByteArray &beats)
{
    const QByteArray json = R"({"number": 99, "title": "t", "settings": {"generator": "xor",
        "sequence_length": 12, "model": "lstm", "hidden": 4}, "beats": )"
        + beats + "}";
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestGuidedLessons : public QObject
{
    Q_OBJECT

private:
    // What beat `beat` (or its reveal) asked for is on screen.
    void checkActions(MainWindow &window, const BeatActions &a, const QString &where)
    {
        const TrainingController *controller = window.controller();
        const SnapshotPtr snapshot = controller->current();
        QVERIFY2(snapshot, qPrintable(where));
        const int T = snapshot->trace.steps();
        if (a.config) {
            QVERIFY2(snapshot->config.toJson() == a.config->toJson(), qPrintable(where));
            QCOMPARE(controller->setup().recurrentScale, a.recurrentScale);
        }
        if (a.phase) {
            QVERIFY2(controller->cursor().phase() == *a.phase, qPrintable(where));
            if (*a.phase == Phase::Forward || *a.phase == Phase::Backward) {
                const int step = a.cursorStep < 0 ? T - 1 : a.cursorStep;
                QVERIFY2(step < T, qPrintable(where + QStringLiteral(": step beyond T")));
                QCOMPARE(controller->cursor().step(), step);
            }
        }
        InspectionState *state = window.inspection();
        if (a.selectStep)
            QCOMPARE(state->step(), *a.selectStep < 0 ? T - 1 : *a.selectStep);
        if (a.selectRow)
            QCOMPARE(state->row(), *a.selectRow);
        if (a.selectUnit)
            QCOMPARE(state->unit(), *a.selectUnit);
        if (!a.tab.isEmpty())
            QCOMPARE(window.plotTabs()->currentWidget()->objectName(), a.tab);
        if (!a.inspectText.isEmpty())
            QCOMPARE(snapshot->inspected.request.text, a.inspectText);
    }

private slots:
    void initTestCase()
    {
        QStringList keys;
        for (const auto &entry : ViewRegistry::builtIn().entries())
            keys << entry.key;
        setKnownViewKeys(keys);
    }

    void everyLessonHasBeats()
    {
        for (const Lesson &lesson : builtInLessons()) {
            QVERIFY2(lesson.beats.size() >= 4, qPrintable(lesson.id));
            int questions = 0;
            for (const Beat &beat : lesson.beats) {
                for (const QString &language : { QStringLiteral("en"), QStringLiteral("pt_BR") })
                    QVERIFY2(!beat.text.value(language).trimmed().isEmpty(),
                             qPrintable(lesson.id + QLatin1Char(' ') + language));
                questions += beat.asks() ? 1 : 0;
                if (beat.ask)
                    QVERIFY(!beat.ask->question.value(QStringLiteral("pt_BR")).isEmpty());
            }
            // The lesson's question (LESSONS.md) is asked as a predict-then-reveal beat.
            QVERIFY2(questions >= 1, qPrintable(lesson.id));
        }
    }

    void walkEveryBeat_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("language");
        for (const Lesson &lesson : builtInLessons()) {
            for (const QString &language : { QStringLiteral("en"), QStringLiteral("pt_BR") })
                QTest::newRow(qPrintable(lesson.id + QLatin1Char('/') + language))
                    << lesson.id << language;
        }
    }

    void walkEveryBeat()
    {
        QFETCH(QString, id);
        QFETCH(QString, language);
        const Lesson *lesson = findLesson(id);
        QVERIFY(lesson);
        installTranslation(language);
        MainWindow window;
        QCOMPARE(window.language(), language);
        QVERIFY(window.loadLesson(id));
        window.guide()->setInstant(true);
        BeatPlayer *player = window.guide()->player();
        QCOMPARE(player->count(), static_cast<int>(lesson->beats.size()));
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->current(), Timeout);
        for (int k = 0; k < player->count(); ++k) {
            const Beat &beat = lesson->beats[static_cast<std::size_t>(k)];
            const QString where = QStringLiteral("%1 beat %2").arg(id).arg(k + 1);
            QVERIFY2(play(window, k, false), qPrintable(where + QStringLiteral(": timed out")));
            QCOMPARE(player->current(), k);
            checkActions(window, beat.actions, where);
            QCOMPARE(window.inspection()->highlights(), beat.actions.highlights);
            QCOMPARE(window.unrolledView()->highlights(), beat.actions.highlights);
            QCOMPARE(window.cellView()->highlights(), beat.actions.highlights);
            bool complete = false;
            const QString caption = player->caption(language, &complete);
            QVERIFY2(complete, qPrintable(where + QStringLiteral(": ") + caption));
            QVERIFY(window.guide()->bar()->captionText().contains(caption.left(20)));
            qInfo("%s %s: %s", qPrintable(where), qPrintable(language), qPrintable(caption));
            if (!beat.asks())
                continue;
            QVERIFY(window.guide()->bar()->captionText().contains(
                player->questionText(language).left(20)));
            QVERIFY2(play(window, k, true), qPrintable(where + QStringLiteral(": reveal")));
            QVERIFY(player->revealed());
            // The beat's own text keeps the numbers it said before the answer was played.
            QCOMPARE(player->caption(language), caption);
            checkActions(window, beat.reveal, where + QStringLiteral(" reveal"));
            const QString answer = player->revealCaption(language, &complete);
            QVERIFY2(complete, qPrintable(where + QStringLiteral(" reveal: ") + answer));
            QVERIFY(!answer.contains(QLatin1Char('{')));
            QVERIFY(window.guide()->bar()->captionText().contains(answer.left(20)));
            qInfo("%s %s reveal: %s", qPrintable(where), qPrintable(language), qPrintable(answer));
        }
        installTranslation(QStringLiteral("en"));
    }

    // Keys: in a guided lesson Space/Right move beats and reveal; Left goes back; G switches the
    // guide off and the arrows step the network again. Leaving the path and coming back replays
    // the beat's state; a chip jumps to its beat.
    void keysLeavingAndComingBack()
    {
        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("02_unrolling")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.guide()->setInstant(true);
        BeatPlayer *player = window.guide()->player();
        TrainingController *controller = window.controller();
        QTRY_VERIFY_WITH_TIMEOUT(controller->current(), Timeout);
        const auto idle = [&] {
            return QTest::qWaitFor([&] { return !player->playing() && !controller->busy(); },
                                   Timeout);
        };
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(idle());
        QCOMPARE(player->current(), 0);
        QTest::keyClick(&window, Qt::Key_Right);
        QVERIFY(idle());
        QCOMPARE(player->current(), 1);
        QCOMPARE(controller->cursor().phase(), Phase::Forward);
        QCOMPARE(controller->cursor().step(), 0);
        QTest::keyClick(&window, Qt::Key_PageDown);
        QVERIFY(idle());
        QCOMPARE(player->current(), 2);
        QCOMPARE(controller->cursor().step(), 2);
        QTest::keyClick(&window, Qt::Key_Left);
        QVERIFY(idle());
        QCOMPARE(player->current(), 1);
        QCOMPARE(controller->cursor().step(), 0);

        // A manual control leaves the path; "Back to beat 2" puts the beat's state back.
        QTest::keyClick(&window, Qt::Key_Right, Qt::ShiftModifier); // the old step forward
        QVERIFY(idle());
        QCOMPARE(controller->cursor().step(), 1);
        QVERIFY(player->offPath());
        QVERIFY(window.guide()->bar()->backButton()->isVisible());
        QVERIFY(window.guide()->bar()->backButton()->text().contains(QLatin1Char('2')));
        window.guide()->bar()->backButton()->click();
        QVERIFY(idle());
        QVERIFY(!player->offPath());
        QCOMPARE(player->current(), 1);
        QCOMPARE(controller->cursor().step(), 0);

        // The chip of beat 5 (a question) jumps there; Space reveals by doing: BPTT to t = 1.
        window.guide()->bar()->chip(4)->click();
        QVERIFY(idle());
        QCOMPARE(player->current(), 4);
        QVERIFY(window.guide()->bar()->chip(4)->isChecked());
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(idle());
        QVERIFY(player->revealed());
        QCOMPARE(controller->cursor().phase(), Phase::Backward);
        QCOMPARE(controller->cursor().step(), 0);
        // Beat 6 trains one sample; going back to beat 5 and forward again shows the same loss.
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(idle());
        QCOMPARE(player->current(), 5);
        const double loss = controller->current()->loss;
        const auto taken = controller->current()->stepsTaken;
        QCOMPARE(taken, std::uint64_t(1));
        QTest::keyClick(&window, Qt::Key_Left);
        QVERIFY(idle());
        QCOMPARE(player->current(), 4);
        QCOMPARE(controller->current()->stepsTaken, std::uint64_t(0)); // replayed from the seed
        QTest::keyClick(&window, Qt::Key_Right); // the reveal
        QTest::keyClick(&window, Qt::Key_Right);
        QVERIFY(idle());
        QCOMPARE(player->current(), 5);
        QCOMPARE(controller->current()->loss, loss);

        // G: the guide off, the arrows step the network again.
        QTest::keyClick(&window, Qt::Key_G);
        QVERIFY(!window.guide()->active());
        const int before = player->current();
        QTest::keyClick(&window, Qt::Key_Left);
        QVERIFY(idle());
        QCOMPARE(player->current(), before);
        QCOMPARE(controller->cursor().phase(), Phase::Backward);
    }

    void presenterCaptionBand()
    {
        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("06_vanishing_gradient")));
        window.guide()->setInstant(true);
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->current(), Timeout);
        QVERIFY(play(window, 0, false));
        window.setPresenterMode(true);
        BeatBar *bar = window.guide()->bar();
        QVERIFY(bar->presenter());
        QVERIFY(!bar->isHidden());
        QWidget *label = bar->findChild<QWidget *>(QStringLiteral("beatCaption"));
        label->ensurePolished();
        const QFont caption = label->font();
        QVERIFY2(caption.pixelSize() >= 26 || caption.pointSizeF() >= 20,
                 qPrintable(caption.toString()));
        window.setPresenterMode(false);
        QVERIFY(!bar->presenter());
    }

    void badBeatsAreRefusedWithTheKey_data()
    {
        QTest::addColumn<QByteArray>("beats");
        QTest::addColumn<QString>("key");
        QTest::newRow("unknown action")
            << QByteArray(R"([{"text": "a", "jump": 3}])") << QStringLiteral("\"beats[1].jump\"");
        QTest::newRow("no text") << QByteArray(R"([{"tab": "loss"}])")
                                 << QStringLiteral("\"beats[1].text\"");
        QTest::newRow("step out of range") << QByteArray(
            R"([{"text": "a"}, {"text": "b", "cursor": {"phase": "backward", "step": 13}}])")
                                           << QStringLiteral("\"beats[2].cursor.step\"");
        QTest::newRow("wrong type") << QByteArray(R"([{"text": "a", "train": {"epochs": "two"}}])")
                                    << QStringLiteral("\"beats[1].train.epochs\"");
        QTest::newRow("unknown phase")
            << QByteArray(R"([{"text": "a", "cursor": {"phase": "sideways", "step": 1}}])")
            << QStringLiteral("\"beats[1].cursor.phase\"");
        QTest::newRow("unknown view") << QByteArray(R"([{"text": "a", "tab": "nonsense"}])")
                                      << QStringLiteral("\"beats[1].tab\"");
        QTest::newRow("unknown highlight")
            << QByteArray(R"([{"text": "a", "highlight": ["the moon"]}])")
            << QStringLiteral("\"beats[1].highlight\"");
        QTest::newRow("bad setting") << QByteArray(R"([{"text": "a", "set": {"hiden": 3}}])")
                                     << QStringLiteral("\"beats[1].set.hiden\"");
        QTest::newRow("unit out of range")
            << QByteArray(R"([{"text": "a", "select": {"unit": 4}}])")
            << QStringLiteral("\"beats[1].select.unit\"");
        QTest::newRow("unknown measurement")
            << QByteArray(R"([{"text": {"en": "a", "pt_BR": "{gradd}"}}])")
            << QStringLiteral("\"beats[1].text.pt_BR\"");
        QTest::newRow("question without reveal")
            << QByteArray(R"([{"text": "a", "ask": {"question": "q?"}}])")
            << QStringLiteral("\"beats[1].reveal\"");
        QTest::newRow("answer out of range")
            << QByteArray(R"([{"text": "a", "ask": {"question": "q?", "choices": ["x", "y"],
                "answer": 3}, "reveal": {"text": "r"}}])")
            << QStringLiteral("\"beats[1].ask.answer\"");
        // T follows an earlier beat's "set": 12 -> 20 makes step 20 valid, 21 not.
        QTest::newRow("step after set")
            << QByteArray(R"([{"text": "a", "set": {"sequence_length": 20}},
                {"text": "b", "cursor": {"phase": "forward", "step": 21}}])")
            << QStringLiteral("\"beats[2].cursor.step\"");
    }

    void badBeatsAreRefusedWithTheKey()
    {
        QFETCH(QByteArray, beats);
        QFETCH(QString, key);
        QString error;
        const Lesson lesson = lessonFromJson(lessonWithBeats(beats), QStringLiteral("bad"), &error,
                                             QStringLiteral("bad.json"));
        QVERIFY(lesson.id.isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("bad.json: ") + key), qPrintable(error));
    }

    void goodBeatsAreRead()
    {
        QString error;
        const Lesson lesson
            = lessonFromJson(lessonWithBeats(R"([{"text": {"en": "a {loss}", "pt_BR": "b"},
                "set": {"model": "elman", "recurrent_scale": 2.0}, "train": {"samples": 2},
                "cursor": {"phase": "backward", "step": 11}, "select": {"step": "last", "unit": 3},
                "highlight": ["context"], "tab": "gradient",
                "ask": {"question": "q?", "choices": ["x", "y"], "answer": 2},
                "reveal": {"text": "{grad_ratio}", "cursor": {"phase": "backward", "step": 1}}}])"),
                             QStringLiteral("good"), &error);
        QVERIFY2(!lesson.id.isEmpty(), qPrintable(error));
        QCOMPARE(lesson.beats.size(), std::size_t(1));
        const Beat &beat = lesson.beats.front();
        QVERIFY(beat.actions.config);
        QCOMPARE(beat.actions.config->model, rnn::CellType::Elman);
        QCOMPARE(beat.actions.recurrentScale, 2.0);
        QCOMPARE(beat.actions.trainCount, 2);
        QCOMPARE(*beat.actions.phase, Phase::Backward);
        QCOMPARE(beat.actions.cursorStep, 10); // T = 11: the XOR stream predicts 11 of 12 bits
        QCOMPARE(*beat.actions.selectStep, -1);
        QCOMPARE(beat.ask->answer, 1);
        QCOMPARE(beat.reveal.cursorStep, 0);
    }

    void listLessons()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
            environment.remove(QString::fromLatin1(name));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(RNNLAB_APP_PATH), { QStringLiteral("--list-lessons") });
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), static_cast<int>(builtInLessons().size()));
        for (int i = 0; i < lines.size(); ++i) {
            const Lesson &lesson = builtInLessons()[static_cast<std::size_t>(i)];
            const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 3);
            QCOMPARE(fields.at(0).toInt(), lesson.number);
            QCOMPARE(fields.at(1), lesson.title.value(QStringLiteral("en")));
            QCOMPARE(fields.at(2).toInt(), static_cast<int>(lesson.beats.size()));
        }
    }
};

QTEST_MAIN(TestGuidedLessons)
#include "tst_guided_lessons.moc"
