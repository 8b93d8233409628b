// Tests of Vocabulary and LabelSet: pad 0 / unk 1, frequency order, minimum frequency,
// maximum size, pre-padding and truncation, JSON round trips and refused JSON.
#include "data/label_set.h"
#include "data/vocabulary.h"

#include <nlohmann/json.hpp>

#include <QtTest>

using namespace rnn;

using Ids = std::vector<int>;
Q_DECLARE_METATYPE(Ids)

class TstVocabulary : public QObject
{
    Q_OBJECT

    static std::vector<std::vector<std::string>> corpus()
    {
        return { { "a", "b", "a", "c" }, { "a", "b", "d" }, { "e" } };
    }

private slots:
    void buildOrdersByFrequency()
    {
        const Vocabulary v = Vocabulary::build(corpus());
        QCOMPARE(v.size(), 7);
        QCOMPARE(v.token(0), std::string("<pad>"));
        QCOMPARE(v.token(1), std::string("<unk>"));
        QCOMPARE(v.id("a"), 2); // 3 times
        QCOMPARE(v.id("b"), 3); // 2 times
        QCOMPARE(v.id("c"), 4); // once each, in byte order
        QCOMPARE(v.id("e"), 6);
        QCOMPARE(v.frequency(2), 3L);
        QCOMPARE(v.id("zzz"), Vocabulary::unknownId);
    }

    void minFrequencyAndMaxSize_data()
    {
        QTest::addColumn<int>("minFrequency");
        QTest::addColumn<int>("maxSize");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("idOfC");
        QTest::newRow("all") << 1 << 0 << 7 << 4;
        QTest::newRow("min 2") << 2 << 0 << 4 << 1;
        QTest::newRow("max 3") << 1 << 3 << 3 << 1;
        QTest::newRow("max 5") << 1 << 5 << 5 << 4;
        QTest::newRow("min 4") << 4 << 0 << 2 << 1;
    }
    void minFrequencyAndMaxSize()
    {
        QFETCH(int, minFrequency);
        QFETCH(int, maxSize);
        QFETCH(int, size);
        QFETCH(int, idOfC);
        const Vocabulary v = Vocabulary::build(corpus(), { minFrequency, maxSize });
        QCOMPARE(v.size(), size);
        QCOMPARE(v.id("c"), idOfC);
    }

    void encodePadsAndTruncatesAtTheStart_data()
    {
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<Ids>("ids");
        QTest::newRow("no limit") << 0 << Ids { 2, 3, 1, 6 };
        QTest::newRow("pad to 6") << 6 << Ids { 0, 0, 2, 3, 1, 6 };
        QTest::newRow("exact") << 4 << Ids { 2, 3, 1, 6 };
        QTest::newRow("truncate to 2 keeps the end") << 2 << Ids { 1, 6 };
    }
    void encodePadsAndTruncatesAtTheStart()
    {
        QFETCH(int, maxLength);
        QFETCH(Ids, ids);
        const Vocabulary v = Vocabulary::build(corpus());
        QCOMPARE(v.encode({ "a", "b", "unseen", "e" }, maxLength), ids);
    }

    void decodeSkipsPadding()
    {
        const Vocabulary v = Vocabulary::build(corpus());
        QCOMPARE(v.decode({ 0, 0, 2, 1 }), (std::vector<std::string> { "a", "<unk>" }));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, v.decode({ 99 }));
    }

    void jsonRoundTrip()
    {
        const Vocabulary v = Vocabulary::build(corpus(), { 1, 5 });
        const Vocabulary w = Vocabulary::fromJson(nlohmann::json::parse(v.toJson().dump()));
        QCOMPARE(w.tokens(), v.tokens());
        QCOMPARE(w.id("b"), v.id("b"));
        QCOMPARE(w.frequency(2), 3L);
    }

    void badJsonIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no pad") << R"({"tokens":["a","b"],"frequencies":[0,0]})";
        QTest::newRow("duplicate") << R"({"tokens":["<pad>","<unk>","a","a"]})";
        QTest::newRow("lengths") << R"({"tokens":["<pad>","<unk>","a"],"frequencies":[0]})";
        QTest::newRow("not a list") << R"({"tokens":3})";
    }
    void badJsonIsRefused()
    {
        QFETCH(QString, text);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 Vocabulary::fromJson(nlohmann::json::parse(text.toStdString())));
    }

    void labelSet()
    {
        const LabelSet labels = LabelSet::fromLabels({ "sadness", "anger", "joy", "anger" });
        QCOMPARE(labels.names(), (std::vector<std::string> { "anger", "joy", "sadness" }));
        QCOMPARE(labels.id("joy"), 1);
        QCOMPARE(labels.id("fear"), -1);
        QCOMPARE(labels.encode({ "sadness", "anger" }), (Ids { 2, 0 }));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, labels.encode({ "fear" }));
        const LabelSet back = LabelSet::fromJson(nlohmann::json::parse(labels.toJson().dump()));
        QCOMPARE(back.names(), labels.names());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 LabelSet::fromJson(nlohmann::json::parse(R"(["b","a"])")));
    }
};

QTEST_APPLESS_MAIN(TstVocabulary)
#include "tst_vocabulary.moc"
