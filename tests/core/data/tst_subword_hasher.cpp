// SubwordHasher: the n-grams of "<word>" in the documented order, FNV-1a 32 and the buckets,
// code points (not bytes), and the options' limits.
#include "data/subword_hasher.h"
#include "loader_limits.h"

#include <QtTest>

using namespace rnn;

class TstSubwordHasher : public QObject
{
    Q_OBJECT
private slots:
    void fnv1aKnownValues()
    {
        QCOMPARE(SubwordHasher::fnv1a(""), std::uint32_t { 0x811c9dc5u });
        QCOMPARE(SubwordHasher::fnv1a("a"), std::uint32_t { 0xe40c292cu });
        QCOMPARE(SubwordHasher::fnv1a("foobar"), std::uint32_t { 0xbf9cf968u });
    }

    void gramsInOrder()
    {
        SubwordOptions options;
        options.buckets = 1000003;
        options.minLength = 3;
        options.maxLength = 4;
        const SubwordHasher hasher(options);
        std::vector<int> expected;
        for (const char *gram : { "<am", "amo", "mor", "or>", "<amo", "amor", "mor>" })
            expected.push_back(int(SubwordHasher::fnv1a(gram) % 1000003u));
        QCOMPARE(hasher.buckets("amor"), expected);
        // The whole "<ab>" is not an n-gram of itself; "ab" has "<ab", "ab>" only.
        QCOMPARE(hasher.buckets("ab").size(), std::size_t { 2 });
        QVERIFY(hasher.buckets("").empty());
    }

    void codePointsNotBytes()
    {
        SubwordOptions options;
        options.buckets = 97;
        options.minLength = 3;
        options.maxLength = 3;
        const SubwordHasher hasher(options);
        // "<ção>" is 5 code points: "<çã", "ção", "ão>".
        const std::vector<int> ids = hasher.buckets("ção");
        QCOMPARE(ids.size(), std::size_t { 3 });
        QCOMPARE(ids[1], int(SubwordHasher::fnv1a("ção") % 97u));
        for (int id : ids)
            QVERIFY(id >= 0 && id < 97);
    }

    void disabledAndLimits()
    {
        QVERIFY(SubwordHasher().buckets("amor").empty());
        SubwordOptions options;
        QCOMPARE(QString::fromStdString(options.validate()), QString());
        options.buckets = limits::maxSubwordBuckets + 1;
        QVERIFY(QString::fromStdString(options.validate()).contains("maxSubwordBuckets"));
        options.buckets = 10;
        options.maxLength = limits::maxSubwordLength + 1;
        QVERIFY(QString::fromStdString(options.validate()).contains("maxSubwordLength"));
        options.maxLength = 2;
        options.minLength = 3;
        QVERIFY(!options.validate().empty());
    }
};

QTEST_APPLESS_MAIN(TstSubwordHasher)
#include "tst_subword_hasher.moc"
