// Tests of CsvTable: numeric and text columns, decimal commas, interpolation of missing cells,
// errors quoting the bad cell with file, line and column, choosing columns by name, and the
// real shipped files.
#include "data/csv_table.h"
#include "data/data_error.h"
#include "data_error_check.h"

#include <QtTest>

#include <cmath>
#include <fstream>

using namespace rnn;

namespace {
const std::string datasets = RNNLAB_SOURCE_DIR "/resources/datasets/";
}

class TstCsvTable : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::string write(const QByteArray &bytes)
    {
        const std::string path = m_dir.filePath(QStringLiteral("table.csv")).toStdString();
        std::ofstream out(path, std::ios::binary);
        out.write(bytes.constData(), bytes.size());
        return path;
    }

private slots:
    void numbersAndDates()
    {
        const CsvTable t = CsvTable::parse("Month,Passengers\n1949-01,112\n1949-02, 118 \n"
                                           "1949-03,1.5e2\n",
                                           "mem.csv");
        QCOMPARE(t.rowCount(), Index { 3 });
        QVERIFY(!t.column("Month").numeric);
        QVERIFY(t.column("Passengers").numeric);
        QCOMPARE(t.column("Month").text[1], std::string("1949-02"));
        const Matrix s = t.series({ "Passengers" });
        QCOMPARE(s.rows(), Index { 1 });
        QCOMPARE(s.cols(), Index { 3 });
        QCOMPARE(s(0, 1), 118.0);
        QCOMPARE(s(0, 2), 150.0);
        QCOMPARE(t.numericColumnNames(), std::vector<std::string> { "Passengers" });
        QCOMPARE(t.firstRowStartingWith("Month", "1949-03"), Index { 2 });
        QCOMPARE(t.firstRowStartingWith("Month", "1950"), Index { -1 });
    }

    void decimalCommasInSemicolonFiles_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<double>("value");
        QTest::newRow("1,5") << QByteArray("1,5") << 1.5;
        QTest::newRow("-0,25") << QByteArray("-0,25") << -0.25;
        QTest::newRow("thousands 1.234,5") << QByteArray("1.234,5") << 1234.5;
        QTest::newRow("quoted \"2,75\"") << QByteArray("\"2,75\"") << 2.75;
        QTest::newRow("dot decimal 3.5") << QByteArray("3.5") << 3.5;
        QTest::newRow("integer") << QByteArray("7") << 7.0;
    }
    void decimalCommasInSemicolonFiles()
    {
        QFETCH(QByteArray, cell);
        QFETCH(double, value);
        const QByteArray content = "data;valor\r\n2024-01-01;" + cell + "\r\n2024-01-02;0\r\n";
        const CsvTable t = CsvTable::parse(content.toStdString(), "br.csv");
        QCOMPARE(t.separator(), ';');
        QCOMPARE(t.series({ "valor" })(0, 0), value);
    }

    void tabSeparatedWithBom()
    {
        const CsvTable t = CsvTable::parse("\xEF\xBB\xBFx\ty\n1\t2\n3\t4\n", "tab.tsv");
        QCOMPARE(t.columnNames(), (std::vector<std::string> { "x", "y" }));
        QCOMPARE(t.series({ "y", "x" })(0, 1), 4.0);
        QCOMPARE(t.series({ "y", "x" })(1, 1), 3.0);
    }

    void interpolationFillsGaps()
    {
        CsvTableOptions options;
        options.interpolateMissing = true;
        const CsvTable t
            = CsvTable::parse("t,v\n1,\n2,\n3,10\n4,\n5,\n6,16\n7,\n", "gaps.csv", options);
        const Matrix s = t.series({ "v" });
        const std::vector<double> expected { 10, 10, 10, 12, 14, 16, 16 };
        for (Index r = 0; r < s.cols(); ++r)
            QCOMPARE(s(0, r), expected[static_cast<std::size_t>(r)]);
        QCOMPARE(t.column("v").missingCount, 5L);
    }

    void badCellsNameFileLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<long>("line");
        QTest::addColumn<long>("column");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("non-numeric") << QByteArray("d,a,b\nx,1,2\ny,3,abc\nz,5,6\n") << 3L << 3L
                                     << "\"abc\" is not a number";
        QTest::newRow("decimal comma in comma file")
            << QByteArray("a,b\n1,2\n\"1,5\",3\n4,5\n") << 3L << 1L << "semicolons";
        QTest::newRow("NaN") << QByteArray("a,b\n1,2\n3,NaN\n4,5\n") << 3L << 2L << "NaN";
        QTest::newRow("inf") << QByteArray("a,b\n1,2\n-inf,3\n4,5\n") << 3L << 1L << "infinite";
        QTest::newRow("too large")
            << QByteArray("a,b\n1,2\n3,1e999\n4,5\n") << 3L << 2L << "too large";
        QTest::newRow("missing cell")
            << QByteArray("a,b\n1,2\n3,\n4,5\n") << 3L << 2L << "missing value";
    }
    void badCellsNameFileLineAndColumn()
    {
        QFETCH(QByteArray, content);
        QFETCH(long, line);
        QFETCH(long, column);
        QFETCH(QString, phrase);
        const std::string path = write(content);
        rnn::test::verifyDataError([&] { CsvTable::load(path); }, path, line, column, phrase);
    }

    void unknownColumnListsTheAvailableOnes()
    {
        const CsvTable t = CsvTable::parse("Month,Passengers\n1949-01,112\n", "air.csv");
        try {
            t.series({ "passengers" });
            QFAIL("no error was reported");
        } catch (const DataError &error) {
            const QString what = QString::fromStdString(error.what());
            QVERIFY2(what.contains(QStringLiteral("\"passengers\"")), error.what());
            QVERIFY2(what.contains(QStringLiteral("Month, Passengers")), error.what());
            QCOMPARE(error.line(), 1L);
        }
    }

    void textColumnIsNotASeries()
    {
        const CsvTable t = CsvTable::parse("Month,Passengers\n1949-01,112\n", "air.csv");
        try {
            t.series({ "Month" });
            QFAIL("no error was reported");
        } catch (const DataError &error) {
            QCOMPARE(error.line(), 2L);
            QCOMPARE(error.column(), 1L);
            QVERIFY2(QString::fromStdString(error.what()).contains(QStringLiteral("holds text")),
                     error.what());
        }
    }

    void emptyColumnIsNamed()
    {
        const CsvTable t = CsvTable::parse("a,b\n1,\n2,\n", "e.csv");
        try {
            t.series({ "b" });
            QFAIL("no error was reported");
        } catch (const DataError &error) {
            QCOMPARE(error.column(), 2L);
            QVERIFY2(QString::fromStdString(error.reason()).contains(QStringLiteral("no values")),
                     error.what());
        }
    }

    void fromSeries()
    {
        Matrix m(2, 3);
        m << 1, 2, 3, 4, 5, 6;
        const CsvTable t = CsvTable::fromSeries({ "x", "y" }, m, "<gen>", { "a", "b", "c" });
        QCOMPARE(t.columnNames(), (std::vector<std::string> { "step", "x", "y" }));
        QCOMPARE(t.series({ "y", "x" })(0, 2), 6.0);
        QCOMPARE(t.firstRowStartingWith("step", "b"), Index { 1 });
        QCOMPARE(t.lineOfRow(0), 2L);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CsvTable::fromSeries({ "x" }, m, "<gen>"));
    }

    void shippedSeriesLoad_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Index>("rows");
        QTest::addColumn<int>("numericColumns");
        QTest::addColumn<QString>("firstLabel");
        QTest::newRow("airline") << "airline_passengers.csv" << Index { 144 } << 1 << "1949-01";
        QTest::newRow("beijing") << "beijing_pm25_daily.csv" << Index { 1826 } << 8 << "2010-01-01";
        QTest::newRow("sunspots") << "monthly_sunspots.csv" << Index { 2820 } << 1 << "1749-01";
        QTest::newRow("us macro") << "us_macro_quarterly.csv" << Index { 203 } << 12
                                  << "1959-01-01";
    }
    void shippedSeriesLoad()
    {
        QFETCH(QString, file);
        QFETCH(Index, rows);
        QFETCH(int, numericColumns);
        QFETCH(QString, firstLabel);
        const CsvTable t = CsvTable::load(datasets + file.toStdString());
        QCOMPARE(t.rowCount(), rows);
        QCOMPARE(static_cast<int>(t.numericColumnNames().size()), numericColumns);
        QCOMPARE(QString::fromStdString(t.column(0).text[0]), firstLabel);
        const Matrix s = t.series(t.numericColumnNames());
        QVERIFY(s.allFinite());
    }

    void airlineValues()
    {
        const CsvTable t = CsvTable::load(datasets + "airline_passengers.csv");
        const Matrix s = t.series({ "Passengers" });
        QCOMPARE(s(0, 0), 112.0);
        QCOMPARE(s(0, 143), 432.0);
        QCOMPARE(t.firstRowStartingWith("Month", "1957"), Index { 96 });
    }

    void beijingSplitRow()
    {
        const CsvTable t = CsvTable::load(datasets + "beijing_pm25_daily.csv");
        QCOMPARE(t.firstRowStartingWith("date", "2014"), Index { 1461 });
        QCOMPARE(t.numericColumnNames(),
                 (std::vector<std::string> { "pm25", "dew", "temp", "press", "wnd_dir", "wnd_spd",
                                             "snow", "rain" }));
    }
};

QTEST_APPLESS_MAIN(TstCsvTable)
#include "tst_csv_table.moc"
