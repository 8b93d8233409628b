// Reading a file a loader will parse whole (a session, a lesson): refused before it is read when
// it is larger than the loader's limit (core/loader_limits.h), with a message that names the
// file, its size and the limit, so an over-limit file never costs its size in memory.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <optional>

namespace rnnlab {

// The file's bytes, or nullopt with *error (when given) saying why: it cannot be opened, or it
// holds more than `limit` bytes (`limitName`, e.g. "limits::maxSessionFileBytes", is named).
std::optional<QByteArray> readBoundedFile(const QString &path, std::size_t limit,
                                          const char *limitName, QString *error);

} // namespace rnnlab
