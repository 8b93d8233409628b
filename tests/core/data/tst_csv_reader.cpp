// Tests of CsvReader: separator detection, RFC 4180 quoting, CRLF, BOM, blank lines, and an
// error naming file, line and column for every kind of bad file (written to a temporary dir).
#include "data/csv_reader.h"
#include "data/csv_table.h"
#include "data/data_error.h"
#include "data_error_check.h"
#include "random.h"

#include <QtTest>

#include <fstream>

using namespace rnn;

class TstCsvReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::string write(const QString &name, const QByteArray &bytes)
    {
        const std::string path = m_dir.filePath(name).toStdString();
        std::ofstream out(path, std::ios::binary);
        out.write(bytes.constData(), bytes.size());
        return path;
    }

private slots:
    void separatorIsDetected_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<char>("separator");
        QTest::addColumn<QString>("secondCell");
        QTest::newRow("comma") << QByteArray("a,b\n1,2\n") << ',' << "2";
        QTest::newRow("semicolon") << QByteArray("a;b\n1,5;2,5\n") << ';' << "2,5";
        QTest::newRow("tab") << QByteArray("a\tb\n1 x\t2 y\n") << '\t' << "2 y";
        QTest::newRow("quoted comma in header") << QByteArray("\"a,b\";c\n1;2\n") << ';' << "2";
        QTest::newRow("single column") << QByteArray("value\n3\n") << ',' << "";
        QTest::newRow("comma inside a semicolon header")
            << QByteArray("data;valor (R$, mil)\n2024-01;1,5\n2024-02;2,5\n") << ';' << "1,5";
        QTest::newRow("semicolons inside comma texts")
            << QByteArray("a;b,c\n1;2,3\nxy,z\n") << ',' << "3";
    }
    void separatorIsDetected()
    {
        QFETCH(QByteArray, content);
        QFETCH(char, separator);
        QFETCH(QString, secondCell);
        const CsvDocument doc = CsvReader::parse(content.toStdString(), "mem.csv");
        QCOMPARE(doc.separator, separator);
        QVERIFY(!doc.rows.empty());
        if (!secondCell.isEmpty())
            QCOMPARE(QString::fromStdString(doc.rows[0].cells.at(1)), secondCell);
    }

    void quotingCrlfBomAndBlankLines()
    {
        const QByteArray content = "\xEF\xBB\xBFtext,label\r\n"
                                   "\"Hello, \"\"world\"\"\",joy\r\n"
                                   "\r\n"
                                   "\"two\nlines\",fear\r\n"
                                   "plain,sadness";
        const CsvDocument doc = CsvReader::parse(content.toStdString(), "mem.csv");
        QCOMPARE(doc.header, (std::vector<std::string> { "text", "label" }));
        QCOMPARE(doc.rows.size(), std::size_t { 3 });
        QCOMPARE(doc.rows[0].cells[0], std::string("Hello, \"world\""));
        QCOMPARE(doc.rows[0].cells[1], std::string("joy"));
        QCOMPARE(doc.rows[0].line, 2L);
        QCOMPARE(doc.rows[1].cells[0], std::string("two\nlines"));
        QCOMPARE(doc.rows[1].line, 4L);
        QCOMPARE(doc.rows[2].cells[1], std::string("sadness"));
        QCOMPARE(doc.rows[2].line, 6L);
    }

    void classicMacLineEnds()
    {
        const CsvDocument doc = CsvReader::parse("a,b\r1,2\r3,4\r", "mac.csv");
        QCOMPARE(doc.rows.size(), std::size_t { 2 });
        QCOMPARE(doc.rows[1].line, 3L);
        QCOMPARE(doc.rows[1].cells[1], std::string("4"));
    }

    void explicitSeparatorOverridesDetection()
    {
        CsvReadOptions options;
        options.separator = ';';
        const CsvDocument doc = CsvReader::parse("a,b;c\n1,2;3\n", "mem.csv", options);
        QCOMPARE(doc.header, (std::vector<std::string> { "a,b", "c" }));
    }

    void badFilesNameFileLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<long>("line");
        QTest::addColumn<long>("column");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("empty") << QByteArray() << 1L << 1L << "empty";
        QTest::newRow("only blank lines") << QByteArray("\n \r\n") << 1L << 1L << "empty";
        QTest::newRow("header only") << QByteArray("a,b\n") << 2L << 1L << "no data rows";
        QTest::newRow("too many cells")
            << QByteArray("a,b\n1,2\n1,2,3\n") << 3L << 3L << "3 cells but the header has 2";
        QTest::newRow("too few cells")
            << QByteArray("a,b,c\n1,2,3\n\n4,5\n") << 4L << 3L << "2 cells but the header has 3";
        QTest::newRow("invalid utf-8")
            << QByteArray("a,b\n1,2\n3,caf\xE9\n") << 3L << 2L << "invalid UTF-8";
        QTest::newRow("truncated utf-8")
            << QByteArray("a,b\n\xC3,2\n") << 2L << 1L << "invalid UTF-8";
        QTest::newRow("unterminated quote")
            << QByteArray("a,b\n1,2\n3,\"open\n4,5\n6,7\n") << 3L << 2L << "never closed";
        QTest::newRow("stray quote") << QByteArray("a,b\n1,\"x\"y\n") << 2L << 2L << "quote";
        QTest::newRow("duplicate header")
            << QByteArray("a,b,a\n1,2,3\n") << 1L << 3L << "appears twice";
    }
    void badFilesNameFileLineAndColumn()
    {
        QFETCH(QByteArray, content);
        QFETCH(long, line);
        QFETCH(long, column);
        QFETCH(QString, phrase);
        const std::string path = write(QStringLiteral("bad.csv"), content);
        rnn::test::verifyDataError([&] { CsvReader::readFile(path); }, path, line, column, phrase);
    }

    void missingFileIsReported()
    {
        const std::string path = m_dir.filePath(QStringLiteral("nope.csv")).toStdString();
        try {
            CsvReader::readFile(path);
            QFAIL("no error was reported");
        } catch (const DataError &error) {
            QCOMPARE(error.file(), path);
            QCOMPARE(error.line(), 0L);
            QVERIFY(
                QString::fromStdString(error.what()).contains(QStringLiteral("does not exist")));
        }
    }

    void absurdlyLongLineIsRejected()
    {
        QByteArray content = "a,b\n1,2\n3,";
        content.append(QByteArray(2 * 1024 * 1024, 'x'));
        content.append("\n");
        const std::string path = write(QStringLiteral("long.csv"), content);
        try {
            CsvReader::readFile(path);
            QFAIL("no error was reported");
        } catch (const DataError &error) {
            QCOMPARE(error.line(), 3L);
            QCOMPARE(error.column(), 2L);
            QVERIFY(QString::fromStdString(error.reason()).contains(QStringLiteral("limit")));
        }
    }

    // Thousands of deterministic random mutations of a valid file (bytes replaced, inserted,
    // deleted, lines cut): each must parse or raise a DataError, never anything else.
    void mutatedFilesEitherParseOrRaiseDataError()
    {
        const std::string valid = "\xEF\xBB\xBF"
                                  "date;valor;texto\r\n2024-01-01;1,5;\"a; \"\"b\"\"\"\r\n"
                                  "2024-01-02;2,5;coração\r\n2024-01-03;;x\r\n";
        const std::string alphabet = ";,\"\r\n\t a1.\xC3\xA7\xFF";
        rnn::Random random(2024);
        int parsed = 0;
        int refused = 0;
        for (int trial = 0; trial < 3000; ++trial) {
            std::string text = valid;
            const auto edits = 1 + random.below(4);
            for (std::uint64_t e = 0; e < edits && !text.empty(); ++e) {
                const auto at = static_cast<std::size_t>(random.below(text.size()));
                const char c = alphabet[static_cast<std::size_t>(random.below(alphabet.size()))];
                switch (random.below(4)) {
                case 0:
                    text[at] = c;
                    break;
                case 1:
                    text.insert(at, 1, c);
                    break;
                case 2:
                    text.erase(at, 1);
                    break;
                default:
                    text.resize(at);
                    break;
                }
            }
            try {
                CsvTableOptions options;
                options.interpolateMissing = (trial % 2) == 0;
                CsvTable::parse(text, "fuzz.csv", options);
                ++parsed;
            } catch (const DataError &error) {
                QVERIFY(error.line() >= 1);
                QVERIFY(error.column() >= 1);
                ++refused;
            }
        }
        QVERIFY(parsed > 100);
        QVERIFY(refused > 100);
    }

    void binaryGarbageDoesNotCrash()
    {
        QByteArray garbage;
        for (int i = 0; i < 5000; ++i)
            garbage.append(static_cast<char>((i * 7919) % 256));
        QVERIFY_THROWS_EXCEPTION(DataError, CsvReader::parse(garbage.toStdString(), "garbage"));
    }
};

QTEST_APPLESS_MAIN(TstCsvReader)
#include "tst_csv_reader.moc"
