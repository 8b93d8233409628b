// Implementation of bounded_file.h.
#include "bounded_file.h"

#include <QCoreApplication>
#include <QFile>

namespace rnnlab {

std::optional<QByteArray> readBoundedFile(const QString &path, std::size_t limit,
                                          const char *limitName, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("rnnlab::BoundedFile",
                                                 "%1: cannot open the file (%2)")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > qint64(limit)) {
        if (error)
            *error = QCoreApplication::translate(
                         "rnnlab::BoundedFile",
                         "%1: the file is %2 bytes, more than the limit of %3 bytes (%4)")
                         .arg(path)
                         .arg(file.size())
                         .arg(qulonglong(limit))
                         .arg(QString::fromLatin1(limitName));
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace rnnlab
