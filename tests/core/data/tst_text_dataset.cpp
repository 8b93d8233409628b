// Tests of TextDataset and the stratified hold-out: quoting, custom column names, the errors
// (missing column, empty text or label, one class), the shipped emotion files, and a split
// that keeps each class's share and is the same for the same seed.
#include "data/data_error.h"
#include "data/label_set.h"
#include "data/stratified_split.h"
#include "data/text_dataset.h"
#include "data/tokenizer.h"
#include "data_error_check.h"

#include <QtTest>

#include <map>

using namespace rnn;

namespace {
const std::string datasets = RNNLAB_SOURCE_DIR "/resources/datasets/";
}

class TstTextDataset : public QObject
{
    Q_OBJECT
private slots:
    void quotedTextsAndCustomColumns()
    {
        TextCsvOptions options;
        options.textColumn = "frase";
        options.labelColumn = "emoção";
        const TextDataset d = TextDataset::parse("id;frase;emoção\n"
                                                 "1;\"Ele disse \"\"oi\"\"; e saiu\";alegria\n"
                                                 "2;Que medo!;medo\n",
                                                 "pt.csv", options);
        QCOMPARE(d.size(), std::size_t { 2 });
        QCOMPARE(d.texts[0], std::string("Ele disse \"oi\"; e saiu"));
        QCOMPARE(d.labels[1], std::string("medo"));
        QCOMPARE(d.lines[1], 3L);
        const TextDataset one = d.subset({ 1 });
        QCOMPARE(one.texts, std::vector<std::string> { "Que medo!" });
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<long>("line");
        QTest::addColumn<long>("column");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("no text column") << QByteArray("texto,label\na,joy\nb,fear\n") << 1L << 1L
                                        << "the columns are: texto, label";
        QTest::newRow("one class")
            << QByteArray("text,label\na,joy\nb,joy\n") << 2L << 2L << "at least two classes";
        QTest::newRow("empty label")
            << QByteArray("text,label\na,joy\nb, \n") << 3L << 2L << "label is empty";
        QTest::newRow("empty text")
            << QByteArray("text,label\n\"\",joy\nb,fear\n") << 2L << 1L << "text is empty";
        QTest::newRow("unterminated quote")
            << QByteArray("text,label\n\"a,joy\nb,fear\n") << 2L << 1L << "never closed";
    }
    void errors()
    {
        QFETCH(QByteArray, content);
        QFETCH(long, line);
        QFETCH(long, column);
        QFETCH(QString, phrase);
        rnn::test::verifyDataError([&] { TextDataset::parse(content.toStdString(), "texts.csv"); },
                                   "texts.csv", line, column, phrase);
    }

    void shippedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("classes");
        QTest::newRow("goemotions train") << "goemotions_ekman_train.csv" << 3479 << 6;
        QTest::newRow("goemotions test") << "goemotions_ekman_test.csv" << 545 << 6;
        QTest::newRow("emocoes") << "emocoes_ptbr.csv" << 720 << 6;
        QTest::newRow("emocoes test") << "emocoes_ptbr_test.csv" << 180 << 6;
    }
    void shippedFiles()
    {
        QFETCH(QString, file);
        QFETCH(int, rows);
        QFETCH(int, classes);
        const TextDataset d = TextDataset::load(datasets + file.toStdString());
        QCOMPARE(static_cast<int>(d.size()), rows);
        QCOMPARE(LabelSet::fromLabels(d.labels).size(), classes);
        const Tokenizer tokenizer;
        for (const auto &text : d.texts)
            QVERIFY(!tokenizer.tokenize(text).empty());
    }

    void goemotionsClasses()
    {
        const TextDataset d = TextDataset::load(datasets + "goemotions_ekman_train.csv");
        QCOMPARE(LabelSet::fromLabels(d.labels).names(),
                 (std::vector<std::string> { "anger", "disgust", "fear", "joy", "sadness",
                                             "surprise" }));
    }

    void stratifiedHoldOutKeepsProportions()
    {
        const TextDataset d = TextDataset::load(datasets + "goemotions_ekman_train.csv");
        const LabelSet labels = LabelSet::fromLabels(d.labels);
        const std::vector<int> ids = labels.encode(d.labels);
        const HoldOutSplit split = stratifiedHoldOut(ids, 0.2, 7);
        QCOMPARE(split.train.size() + split.test.size(), d.size());
        std::map<int, int> total;
        std::map<int, int> held;
        for (const int id : ids)
            ++total[id];
        for (const auto i : split.test)
            ++held[ids[i]];
        for (const auto &[id, n] : total)
            QVERIFY2(std::abs(held[id] - 0.2 * n) <= 0.5 + 1e-9, labels.name(id).c_str());
        // Disjoint and sorted.
        std::vector<char> seen(d.size(), 0);
        for (const auto i : split.train)
            seen[i] = 1;
        for (const auto i : split.test) {
            QVERIFY(!seen[i]);
            seen[i] = 1;
        }
        QVERIFY(std::is_sorted(split.test.begin(), split.test.end()));
        // Same seed, same split; another seed, another split.
        QCOMPARE(stratifiedHoldOut(ids, 0.2, 7).test, split.test);
        QVERIFY(stratifiedHoldOut(ids, 0.2, 8).test != split.test);
    }

    void holdOutOfTinyClasses()
    {
        const HoldOutSplit split = stratifiedHoldOut({ 0, 0, 1, 2, 2, 2 }, 0.2, 1);
        // Class 0 (2 rows): one held out; class 1 (1 row): none; class 2 (3 rows): one.
        QCOMPARE(split.test.size(), std::size_t { 2 });
        QCOMPARE(split.train.size(), std::size_t { 4 });
        QVERIFY(std::find(split.train.begin(), split.train.end(), 2u) != split.train.end());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, stratifiedHoldOut({ 0, 1 }, 1.0, 1));
    }
};

QTEST_APPLESS_MAIN(TstTextDataset)
#include "tst_text_dataset.moc"
