// Which language the application speaks: the saved View > Language choice or the system locale,
// and the installed translation of the user interface (lesson texts pick their language from
// currentLanguage()). Where files are found is core's rnn::resourcesDirectory(), not this file.
#pragma once

#include <QString>

namespace rnnlab {

// "en" or "pt_BR": the saved choice, else the system locale.
QString preferredLanguage();
void savePreferredLanguage(const QString &language);
// Installs the translator of `language` on the application (removing the previous one).
// Returns false when no translation was found (English needs none).
bool installTranslation(const QString &language);
// The language now installed.
QString currentLanguage();

} // namespace rnnlab
