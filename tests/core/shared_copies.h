// Helpers for the optional check that the copies this repository keeps (resources/datasets,
// tests/core/nn/reference) are still byte-for-byte their sources in the course's shared/ folder
// beside the checkout (RNNLAB_SHARED_DIR, given by rnnlab_shared_dir() in tests/CMakeLists.txt).
// Tests read only the copies; shared/ is where the data comes from, not where tests read it, so
// when it is not there the caller skips the comparison and nothing else depends on it.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace testfiles {

// The bytes of a file; empty when it cannot be read.
inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

#ifdef RNNLAB_SHARED_DIR
// RNNLAB_SHARED_DIR/<subfolder> when that folder exists; an empty string when it does not (a
// clone on its own), and the caller then skips the comparison.
inline QString sharedFolder(const QString &subfolder)
{
    const QDir dir(QStringLiteral(RNNLAB_SHARED_DIR) + QLatin1Char('/') + subfolder);
    return dir.exists() ? dir.absolutePath() : QString();
}
#endif

} // namespace testfiles
