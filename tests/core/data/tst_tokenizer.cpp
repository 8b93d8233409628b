// Tests of Tokenizer: Portuguese words stay whole with accents, lower-casing per code point,
// NFC normalisation, apostrophes inside words, "!" and "?" as tokens, the character mode,
// and invalid UTF-8.
#include "data/tokenizer.h"

#include <QtTest>

using namespace rnn;

using Tokens = std::vector<std::string>;
Q_DECLARE_METATYPE(Tokens)

class TstTokenizer : public QObject
{
    Q_OBJECT
private slots:
    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Tokens>("tokens");
        QTest::newRow("lecture") << QStringLiteral("Não sei, coração!")
                                 << Tokens { "não", "sei", "coração" };
        QTest::newRow("upper-case accents") << QStringLiteral("ÉRAMOS TRÊS À BEIRA-MAR")
                                            << Tokens { "éramos", "três", "à", "beira", "mar" };
        QTest::newRow("apostrophe inside")
            << QStringLiteral("você's don't 'quoted'") << Tokens { "você's", "don't", "quoted" };
        QTest::newRow("typographic apostrophe")
            << QStringLiteral("we’re here") << Tokens { "we’re", "here" };
        QTest::newRow("digits and masks") << QStringLiteral("[NAME] got 2 cats in 2020.")
                                          << Tokens { "name", "got", "2", "cats", "in", "2020" };
        // "e" + combining acute (U+0301) is normalised to the single code point "é".
        QTest::newRow("NFC") << QString::fromUtf8("cafe\xCC\x81 ok") << Tokens { "café", "ok" };
        QTest::newRow("emoji and punctuation")
            << QString::fromUtf8("sim!!! \xF0\x9F\x98\x80 não") << Tokens { "sim", "não" };
        QTest::newRow("empty") << QString() << Tokens {};
    }
    void words()
    {
        QFETCH(QString, text);
        QFETCH(Tokens, tokens);
        const Tokens actual = Tokenizer(TokenMode::Word).tokenize(text.toStdString());
        QCOMPARE(actual, tokens);
    }

    // With punctuation tokens "!" and "?" are words of their own, each one; other marks still
    // only separate.
    void punctuationTokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Tokens>("tokens");
        QTest::newRow("lecture") << QStringLiteral("Não sei, coração!")
                                 << Tokens { "não", "sei", "coração", "!" };
        QTest::newRow("runs") << QStringLiteral("Sério?! Sim!!!")
                              << Tokens { "sério", "?", "!", "sim", "!", "!", "!" };
        QTest::newRow("inside a word")
            << QStringLiteral("oi?tchau.") << Tokens { "oi", "?", "tchau" };
        QTest::newRow("other marks")
            << QStringLiteral("¿qué? ¡no!") << Tokens { "qué", "?", "no", "!" };
    }
    void punctuationTokens()
    {
        QFETCH(QString, text);
        QFETCH(Tokens, tokens);
        const Tokenizer tokenizer(TokenMode::Word, true);
        QVERIFY(tokenizer.punctuationTokens());
        QCOMPARE(tokenizer.tokenize(text.toStdString()), tokens);
        QVERIFY(!Tokenizer(TokenMode::Word).punctuationTokens());
    }

    void characters()
    {
        const Tokens actual = Tokenizer(TokenMode::Character).tokenize("  Oi,  Zé ");
        QCOMPARE(actual, (Tokens { "o", "i", ",", " ", "z", "é" }));
    }

    void normalize() { QCOMPARE(Tokenizer::normalize("ÇÃO"), std::string("ção")); }

    void invalidUtf8()
    {
        std::size_t bad = 0;
        QVERIFY(!Tokenizer::isValidUtf8("ab\xFF", &bad));
        QCOMPARE(bad, std::size_t { 2 });
        QVERIFY(!Tokenizer::isValidUtf8("\xED\xA0\x80")); // a surrogate
        QVERIFY(Tokenizer::isValidUtf8("coração"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Tokenizer().tokenize("a\xC3"));
    }

    void modeNames()
    {
        QVERIFY(tokenModeFromString(toString(TokenMode::Character)) == TokenMode::Character);
        QVERIFY(tokenModeFromString("word") == TokenMode::Word);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tokenModeFromString("bpe"));
    }
};

QTEST_APPLESS_MAIN(TstTokenizer)
#include "tst_tokenizer.moc"
