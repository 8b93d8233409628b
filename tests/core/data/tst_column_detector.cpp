// The import's detector: date and time columns of every accepted format and their spacing, the
// numeric columns and the target, a text column beside a label column (a classification).
#include "data/column_detector.h"
#include "data/csv_reader.h"

#include <QtTest>

#include <cmath>

using namespace rnn;

namespace {

DetectedColumns detect(const std::string &csv)
{
    return ColumnDetector::detect(CsvReader::parse(csv, "test.csv"));
}

} // namespace

class TstColumnDetector : public QObject
{
    Q_OBJECT
private slots:
    void parsesEveryDateFormat()
    {
        const double day = 86400.0;
        QCOMPARE(*ColumnDetector::parseTime("1970-01-02"), day);
        QCOMPARE(*ColumnDetector::parseTime("1970-02"), 31 * day);
        QCOMPARE(*ColumnDetector::parseTime("1970Q2"), (31 + 28 + 31) * day);
        QCOMPARE(*ColumnDetector::parseTime("1970-Q2"), (31 + 28 + 31) * day);
        QCOMPARE(*ColumnDetector::parseTime("1971"), 365 * day);
        QCOMPARE(*ColumnDetector::parseTime("1970-01-01 01:30"), 5400.0);
        QCOMPARE(*ColumnDetector::parseTime("1970-01-01T01:30:15Z"), 5415.0);
        QCOMPARE(*ColumnDetector::parseTime("1970/01/03"), 2 * day);
        QCOMPARE(*ColumnDetector::parseTime("03/01/1970"), 2 * day); // day first
        QCOMPARE(*ColumnDetector::parseTime("01/03/1970", false), 2 * day); // month first
        QCOMPARE(*ColumnDetector::parseTime("2000-02-29"), 951782400.0); // a leap day
        QVERIFY(!ColumnDetector::parseTime("2001-02-29"));
        QVERIFY(!ColumnDetector::parseTime("1970-13"));
        QVERIFY(!ColumnDetector::parseTime("12.5"));
        QVERIFY(!ColumnDetector::parseTime("hello"));
        QVERIFY(!ColumnDetector::parseTime("1970-01-01 25:00"));
    }

    void monthlySeries()
    {
        const DetectedColumns d = detect("Month,Passengers\n1949-01,112\n1949-02,118\n"
                                         "1949-03,132\n1949-04,129\n");
        QCOMPARE(d.dateColumn, std::string("Month"));
        QVERIFY(d.spacing == DateSpacing::Month);
        QCOMPARE(d.seasonHint, 12);
        QCOMPARE(d.numericColumns, std::vector<std::string>({ "Passengers" }));
        QCOMPARE(d.target, std::string("Passengers"));
        QVERIFY(!d.classification());
        QCOMPARE(d.times.size(), std::size_t(4));
        QVERIFY(d.describe().find("monthly") != std::string::npos);
    }

    void quartersDaysYearsAndTimestamps()
    {
        DetectedColumns d = detect("Date,gdp,unemp\n1959-01-01,1,5.8\n1959-04-01,2,5.1\n"
                                   "1959-07-01,3,5.3\n1959-10-01,4,5.6\n");
        QVERIFY(d.spacing == DateSpacing::Quarter);
        QCOMPARE(d.seasonHint, 4);
        QCOMPARE(d.target, std::string("unemp")); // the last numeric column
        d = detect("q;v\n1959Q1;1,5\n1959Q2;2,5\n1959Q3;3,5\n");
        QCOMPARE(d.dateColumn, std::string("q"));
        QVERIFY(d.spacing == DateSpacing::Quarter);
        QCOMPARE(d.numericColumns, std::vector<std::string>({ "v" })); // decimal commas
        d = detect("year,value\n1990,1\n1991,2\n1992,4\n1993,3\n");
        QCOMPARE(d.dateColumn, std::string("year")); // whole years rising by one
        QVERIFY(d.spacing == DateSpacing::Year);
        QCOMPARE(d.numericColumns, std::vector<std::string>({ "value" }));
        d = detect("when,x\n2014-03-01 00:00:00,1\n2014-03-01 01:00:00,2\n"
                   "2014-03-01 02:00:00,3\n");
        QVERIFY(d.spacing == DateSpacing::Hour);
        QCOMPARE(d.seasonHint, 24);
        d = detect("data,x\n13/01/2014,1\n14/01/2014,2\n15/01/2014,3\n");
        QVERIFY(d.spacing == DateSpacing::Day); // day first (13 cannot be a month)
        d = detect("date,x\n01/13/2014,1\n01/14/2014,2\n01/15/2014,3\n");
        QVERIFY(d.spacing == DateSpacing::Day); // month first (13 cannot be a month)
        QVERIFY(std::isfinite(d.times.back()));
    }

    void noDateColumn()
    {
        const DetectedColumns d = detect("a,b\n1,2\n3,4\n5,7\n");
        QVERIFY(d.dateColumn.empty());
        QVERIFY(d.spacing == DateSpacing::None);
        QCOMPARE(d.target, std::string("b"));
        QVERIFY(d.times.empty());
    }

    void textAndLabel()
    {
        const DetectedColumns d
            = detect("id,frase,emocao\n1,estou muito feliz hoje,alegria\n"
                     "2,que medo do escuro,medo\n3,fiquei feliz demais,alegria\n"
                     "4,tenho medo de altura,medo\n");
        QVERIFY(d.classification());
        QCOMPARE(d.textColumn, std::string("frase"));
        QCOMPARE(d.labelColumn, std::string("emocao"));
        const DetectedColumns shipped = ColumnDetector::detect(
            CsvReader::readFile(RNNLAB_SOURCE_DIR "/resources/datasets/emocoes_ptbr.csv"));
        QCOMPARE(shipped.textColumn, std::string("text"));
        QCOMPARE(shipped.labelColumn, std::string("label"));
    }

    void shippedSeries()
    {
        const DetectedColumns macro = ColumnDetector::detect(
            CsvReader::readFile(RNNLAB_SOURCE_DIR "/resources/datasets/us_macro_quarterly.csv"));
        QCOMPARE(macro.dateColumn, std::string("Date"));
        QVERIFY(macro.spacing == DateSpacing::Quarter);
        QCOMPARE(macro.numericColumns.size(), std::size_t(12));
        const DetectedColumns beijing = ColumnDetector::detect(
            CsvReader::readFile(RNNLAB_SOURCE_DIR "/resources/datasets/beijing_pm25_daily.csv"));
        QVERIFY(beijing.spacing == DateSpacing::Day);
        QCOMPARE(beijing.seasonHint, 7);
        QVERIFY(!beijing.classification());
    }
};

QTEST_APPLESS_MAIN(TstColumnDetector)
#include "tst_column_detector.moc"
