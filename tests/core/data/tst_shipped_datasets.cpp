// Tests of resources/datasets: every shipped CSV is a byte-for-byte copy of the one in
// ../shared/datasets (where the scripts that regenerate them live), CREDITS.md credits each of
// them, and the Apache-2.0 licence GoEmotions requires ships beside them.
#include <QtTest>

class TstShippedDatasets : public QObject
{
    Q_OBJECT

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private slots:
    void copiesAndCredits_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name :
             { "airline_passengers.csv", "beijing_pm25_daily.csv", "goemotions_ekman_train.csv",
               "goemotions_ekman_test.csv", "emocoes_ptbr.csv", "emocoes_ptbr_test.csv",
               "monthly_sunspots.csv", "us_macro_quarterly.csv" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void copiesAndCredits()
    {
        QFETCH(QString, file);
        const QString shipped = QStringLiteral(RNNLAB_SOURCE_DIR "/resources/datasets/") + file;
        const QString shared = QStringLiteral(RNNLAB_SHARED_DIR "/datasets/") + file;
        const QByteArray ours = read(shipped);
        QVERIFY2(!ours.isEmpty(), qPrintable(shipped));
        QCOMPARE(ours, read(shared));
        const QByteArray credits
            = read(QStringLiteral(RNNLAB_SOURCE_DIR "/resources/datasets/CREDITS.md"));
        QVERIFY2(credits.contains(("`" + file + "`").toUtf8()), qPrintable(file));
    }

    void licenceShips()
    {
        const QByteArray licence
            = read(QStringLiteral(RNNLAB_SOURCE_DIR "/resources/datasets/LICENSES/Apache-2.0.txt"));
        QVERIFY(licence.contains("Apache License"));
        QVERIFY(licence.contains("Version 2.0"));
    }

    void everyShippedCsvIsListed()
    {
        const QDir dir(QStringLiteral(RNNLAB_SOURCE_DIR "/resources/datasets"));
        const QStringList files = dir.entryList({ QStringLiteral("*.csv") }, QDir::Files);
        QCOMPARE(files.size(), 8);
    }
};

QTEST_APPLESS_MAIN(TstShippedDatasets)
#include "tst_shipped_datasets.moc"
