#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace rnnlab {

namespace {
QString g_language = QStringLiteral("en");
QTranslator *g_translator = nullptr;
} // namespace

QString preferredLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    if (!saved.isEmpty())
        return saved;
    return QLocale::system().language() == QLocale::Portuguese ? QStringLiteral("pt_BR")
                                                               : QStringLiteral("en");
}

void savePreferredLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

bool installTranslation(const QString &language)
{
    if (g_translator) {
        QCoreApplication::removeTranslator(g_translator);
        delete g_translator;
        g_translator = nullptr;
    }
    g_language = QStringLiteral("en");
    if (language == QLatin1String("en"))
        return true;
    auto *translator = new QTranslator;
    if (!translator->load(QStringLiteral(":/i18n/rnnlab_%1.qm").arg(language))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    g_translator = translator;
    g_language = language;
    return true;
}

QString currentLanguage()
{
    return g_language;
}

} // namespace rnnlab
