// Help > About: the box names the project version (CMake's project(), the same as core's), says
// its licence (GPL-3.0-or-later), and carries the shipped datasets' credits, in English and in
// Brazilian Portuguese. With RNNLAB_ABOUT_PICTURE=FILE.png the test also saves a picture of it.
#include "about_dialog.h"
#include "language.h"
#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QTest>
#include <QTimer>

using namespace rnnlab;

class TstAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsVersionLicenceAndCredits()
    {
        installTranslation(QStringLiteral("en"));
        AboutDialog about;
        const QString text = about.text();
        QVERIFY2(text.contains(QStringLiteral("RNN Lab " RNNLAB_PROJECT_VERSION)),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Licence")));
        QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
        // The credits as shipped: every dataset, and its licence.
        for (const char *credit :
             { "Box, Jenkins & Reinsel 1976", "Andrews & Herzberg 1985", "Song Xi Chen",
               "The Google Research Authors", "Emoções em português", "CC BY 4.0", "Apache-2.0" })
            QVERIFY2(text.contains(QString::fromUtf8(credit)), credit);
        if (const QString picture = qEnvironmentVariable("RNNLAB_ABOUT_PICTURE");
            !picture.isEmpty()) {
            about.show();
            QVERIFY(QTest::qWaitForWindowExposed(&about));
            QVERIFY(about.grab().save(picture));
        }
    }

    void isTranslated()
    {
        installTranslation(QStringLiteral("pt_BR"));
        AboutDialog about;
        QVERIFY2(about.windowTitle() != QStringLiteral("About RNN Lab"),
                 qPrintable(about.windowTitle()));
        QVERIFY(about.text().contains(QStringLiteral("RNN Lab " RNNLAB_PROJECT_VERSION)));
        installTranslation(QStringLiteral("en"));
    }

    // The Help menu's About entry opens the box (closed again at once here).
    void helpMenuOpensIt()
    {
        installTranslation(QStringLiteral("en"));
        MainWindow window;
        QAction *about = nullptr;
        for (QAction *menu : window.menuBar()->actions())
            for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *>())
                if (action->text().contains(QStringLiteral("About")))
                    about = action;
        QVERIFY(about);
        bool opened = false;
        QTimer::singleShot(0, this, [&] {
            if (auto *box = qobject_cast<AboutDialog *>(QApplication::activeModalWidget())) {
                opened = true;
                box->reject();
            }
        });
        about->trigger();
        QVERIFY(opened);
    }
};

QTEST_MAIN(TstAboutDialog)
#include "tst_about_dialog.moc"
