// Checks that the core library links and reports its version; replaced by real tests per room.
#include "version.h"

#include <QtTest>

class TstSmoke : public QObject
{
    Q_OBJECT
private slots:
    void versionIsSet()
    {
        QCOMPARE(QString::fromLatin1(rnn::coreVersion()), QStringLiteral("0.1.0"));
    }
};

QTEST_APPLESS_MAIN(TstSmoke)
#include "tst_smoke.moc"
