// The play head over one sample: forward t = 0..T-1, loss, backward t = T-1..0, update.
#include "trace_cursor.h"

#include <QTest>

using namespace rnnlab;

class TestTraceCursor : public QObject
{
    Q_OBJECT

private slots:
    void walksThroughEveryPhaseInOrder_data()
    {
        QTest::addColumn<int>("steps");
        QTest::newRow("one step") << 1;
        QTest::newRow("three steps") << 3;
        QTest::newRow("twenty steps") << 20;
    }

    void walksThroughEveryPhaseInOrder()
    {
        QFETCH(int, steps);
        TraceCursor cursor;
        cursor.reset(steps);
        QVERIFY(cursor.atStart());
        QList<QPair<Phase, int>> visited { { cursor.phase(), cursor.step() } };
        while (cursor.advance())
            visited.append({ cursor.phase(), cursor.step() });
        QCOMPARE(visited.size(), 2 * steps + 2);
        for (int t = 0; t < steps; ++t) {
            QCOMPARE(visited[t].first, Phase::Forward);
            QCOMPARE(visited[t].second, t);
            QCOMPARE(visited[steps + 1 + t].first, Phase::Backward);
            QCOMPARE(visited[steps + 1 + t].second, steps - 1 - t);
        }
        QCOMPARE(visited[steps].first, Phase::Loss);
        QCOMPARE(visited.last().first, Phase::Update);
        QVERIFY(cursor.atEnd());
        QCOMPARE(cursor.ordinal(), 2 * steps + 1);
    }

    void retreatRetracesAdvance_data() { walksThroughEveryPhaseInOrder_data(); }

    void retreatRetracesAdvance()
    {
        QFETCH(int, steps);
        TraceCursor cursor;
        cursor.reset(steps);
        QList<int> forward { cursor.ordinal() };
        while (cursor.advance())
            forward.append(cursor.ordinal());
        QList<int> backward { cursor.ordinal() };
        while (cursor.retreat())
            backward.prepend(cursor.ordinal());
        QCOMPARE(backward, forward);
        QVERIFY(cursor.atStart());
        QVERIFY(!cursor.retreat());
    }

    void toEndAndSeek()
    {
        TraceCursor cursor;
        cursor.reset(5);
        cursor.toEnd();
        QCOMPARE(cursor.phase(), Phase::Update);
        QVERIFY(!cursor.advance());
        cursor.seek(Phase::Backward, 99);
        QCOMPARE(cursor.step(), 4);
        cursor.seek(Phase::Forward, -3);
        QCOMPARE(cursor.step(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTraceCursor)
#include "tst_trace_cursor.moc"
