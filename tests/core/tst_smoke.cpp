// Checks that the core library links and reports the project's version (CMake's project()).
#include "version.h"

#include <QtTest>

class TstSmoke : public QObject
{
    Q_OBJECT
private slots:
    void versionIsTheProjectVersion()
    {
        const QString version = QString::fromLatin1(rnn::coreVersion());
        QCOMPARE(version, QStringLiteral(RNNLAB_PROJECT_VERSION));
        QVERIFY2(
            QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(version).hasMatch(),
            qPrintable(version));
    }
};

QTEST_APPLESS_MAIN(TstSmoke)
#include "tst_smoke.moc"
