// Tests of resources/datasets on their own: every shipped CSV parses with the core's reader into
// the recorded header and row count, its SHA-256 is the one recorded below (the bytes of the
// file as it was copied from shared/datasets, where the scripts that regenerate them live),
// CREDITS.md credits each of them, and the Apache-2.0 licence GoEmotions requires ships beside
// them. When shared/datasets is beside the checkout, each file is also compared with its source
// byte for byte; a clone on its own skips only that comparison.
#include "../shared_copies.h"
#include "data/csv_reader.h"
#include "data/data_error.h"

#include <QCryptographicHash>
#include <QtTest>

namespace {

const QString datasets = QStringLiteral(RNNLAB_SOURCE_DIR "/resources/datasets/");

struct ShippedFile
{
    const char *name;
    int rows; // data rows, the header not counted
    int columns;
    const char *firstColumn;
    const char *sha256;
};

// Recorded from the files as shipped; a change to a dataset changes its row here on purpose.
const ShippedFile shippedFiles[] = {
    { "airline_passengers.csv", 144, 2, "Month",
      "29a86cac504338c7c5607e721396e4bda240ca61785ffcac9ed1af4088199d42" },
    { "beijing_pm25_daily.csv", 1826, 9, "date",
      "c41a1a8760558665f04cdbc1a86ac3e1929f904588f013c42a8f4f0f0eac9ddc" },
    { "goemotions_ekman_train.csv", 3479, 2, "text",
      "4f54f8a3bfb56e21ae2fd08f672251a498d844588ff032cc89dbc602ed42d905" },
    { "goemotions_ekman_test.csv", 545, 2, "text",
      "ef05e31dcb7b5212f258b0a1b80b7612182bfcac333bde5806176bfccefd9a9a" },
    { "emocoes_ptbr.csv", 720, 2, "text",
      "ab51c9e59a6949109ce8dc53b19f0bd380f37d623a9eb3227f34e7fbe4ce7df1" },
    { "emocoes_ptbr_test.csv", 180, 2, "text",
      "ba7514b11309ea2066450cc341c7bc10fca8b61ba028d92efb6448558721ba4b" },
    { "monthly_sunspots.csv", 2820, 2, "Month",
      "111a8145b95fe7879ceb36e0782c742f5b4be4015c7c914848218aa40307d8e5" },
    { "us_macro_quarterly.csv", 203, 13, "Date",
      "9fe65e7153f20b53ee83fab51487074e2b360cd7c1f9dd7c5a4ce1c215f93c89" },
};

} // namespace

class TstShippedDatasets : public QObject
{
    Q_OBJECT

    static void addFileRows()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(shippedFiles)); ++i)
            QTest::newRow(shippedFiles[i].name) << i;
    }

private slots:
    void parsesAsRecorded_data() { addFileRows(); }
    void parsesAsRecorded()
    {
        QFETCH(int, index);
        const ShippedFile &expected = shippedFiles[index];
        const QString path = datasets + QLatin1String(expected.name);
        try {
            const rnn::CsvDocument csv = rnn::CsvReader::readFile(path.toStdString());
            QCOMPARE(int(csv.rows.size()), expected.rows);
            QCOMPARE(int(csv.header.size()), expected.columns);
            QCOMPARE(QString::fromStdString(csv.header.front()),
                     QString::fromLatin1(expected.firstColumn));
        } catch (const rnn::DataError &e) {
            QFAIL(e.what());
        }
    }

    void checksumAsRecorded_data() { addFileRows(); }
    void checksumAsRecorded()
    {
        QFETCH(int, index);
        const ShippedFile &expected = shippedFiles[index];
        const QString path = datasets + QLatin1String(expected.name);
        const QByteArray bytes = testfiles::readBytes(path);
        QVERIFY2(!bytes.isEmpty(), qPrintable(path));
        QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(),
                 QByteArray(expected.sha256));
    }

    void credited_data() { addFileRows(); }
    void credited()
    {
        QFETCH(int, index);
        const QByteArray name(shippedFiles[index].name);
        const QByteArray credits = testfiles::readBytes(datasets + QStringLiteral("CREDITS.md"));
        QVERIFY2(credits.contains("`" + name + "`"), name.constData());
    }

    // Only when shared/datasets is beside the checkout: each copy is still its source.
    void matchesShared_data() { addFileRows(); }
    void matchesShared()
    {
        QFETCH(int, index);
        const QString shared = testfiles::sharedFolder(QStringLiteral("datasets"));
        if (shared.isEmpty())
            QSKIP("no shared/datasets beside the checkout: nothing to compare the copy with");
        const QString name = QLatin1String(shippedFiles[index].name);
        const QByteArray ours = testfiles::readBytes(datasets + name);
        QVERIFY2(!ours.isEmpty(), qPrintable(datasets + name));
        QCOMPARE(ours, testfiles::readBytes(shared + QLatin1Char('/') + name));
    }

    void licenceShips()
    {
        const QByteArray licence
            = testfiles::readBytes(datasets + QStringLiteral("LICENSES/Apache-2.0.txt"));
        QVERIFY(licence.contains("Apache License"));
        QVERIFY(licence.contains("Version 2.0"));
    }

    void everyShippedCsvIsListed()
    {
        const QStringList files
            = QDir(datasets).entryList({ QStringLiteral("*.csv") }, QDir::Files);
        QCOMPARE(files.size(), int(std::size(shippedFiles)));
        for (const ShippedFile &file : shippedFiles)
            QVERIFY2(files.contains(QLatin1String(file.name)), file.name);
    }
};

QTEST_APPLESS_MAIN(TstShippedDatasets)
#include "tst_shipped_datasets.moc"
