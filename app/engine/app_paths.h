// Where the application finds things at run time and which language it speaks: the datasets
// folder, the translation of the user interface (system locale or the View > Language choice).
#pragma once

#include <QString>

namespace rnnlab {

// The folder with the course's datasets (airline_passengers.csv, ...): $RNNLAB_DATASETS, else
// resources/datasets of the source tree, else ../shared/datasets beside it, else the working
// directory.
QString datasetsDirectory();
// A data file name of a lesson resolved against datasetsDirectory() (or unchanged when it is a
// path that exists).
QString resolveDataFile(const QString &file);

// "en" or "pt_BR": the saved choice, else the system locale.
QString preferredLanguage();
void savePreferredLanguage(const QString &language);
// Installs the translator of `language` on the application (removing the previous one).
// Returns false when no translation was found (English needs none).
bool installTranslation(const QString &language);
// The language now installed.
QString currentLanguage();

} // namespace rnnlab
