// Fuzz target of the session loader (app/engine/session_document.h over
// core/train/session_state.h): any bytes are read as a session file, as readSessionFile does once
// it has read the file (within limits::maxSessionFileBytes): core's bounded JSON parser and field
// checks, then the app's part (lesson, inspected sequence, window, data files). Every problem must
// come back as an error message: no exception, crash, hang, leak or allocation out of proportion to
// the input. An embedded data file that had to be written goes to QStandardPaths' test folder,
// never the user's. Built as tests/fuzz/CMakeLists.txt says.
#include "session_document.h"

#include <QStandardPaths>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QStandardPaths::setTestModeEnabled(true);
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     static_cast<qsizetype>(size));
    QString error;
    const std::optional<rnnlab::SessionDocument> document
        = rnnlab::sessionFromBytes(bytes, QStringLiteral("fuzz.rnnlab"), &error);
    // A session is either read or refused with a reason.
    if (document.has_value() == !error.isEmpty())
        __builtin_trap();
    return 0;
}
