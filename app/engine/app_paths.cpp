#include "app_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace rnnlab {

namespace {
QString g_language = QStringLiteral("en");
QTranslator *g_translator = nullptr;
} // namespace

QString datasetsDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("RNNLAB_DATASETS");
    if (!fromEnvironment.isEmpty() && QFileInfo(fromEnvironment).isDir())
        return fromEnvironment;
    const QStringList candidates = {
        QStringLiteral(RNNLAB_SOURCE_DIR "/resources/datasets"),
        QStringLiteral(RNNLAB_SOURCE_DIR "/../shared/datasets"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/rnnlab/datasets"),
    };
    for (const QString &dir : candidates) {
        if (QFileInfo(dir + QStringLiteral("/airline_passengers.csv")).exists())
            return QDir::cleanPath(dir);
    }
    return QDir::currentPath();
}

QString resolveDataFile(const QString &file)
{
    if (file.isEmpty() || QFileInfo(file).isAbsolute() || QFileInfo::exists(file))
        return file;
    const QString inDatasets = datasetsDirectory() + QLatin1Char('/') + QFileInfo(file).fileName();
    return QFileInfo::exists(inDatasets) ? inDatasets : file;
}

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
