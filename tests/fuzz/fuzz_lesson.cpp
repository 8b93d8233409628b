// Fuzz target of the lesson loader (app/engine/lesson): any bytes are read as a lesson file.
// As readLessonFile once it has read the file (within limits::maxLessonFileBytes): Qt's JSON
// parser, then lessonFromJson, which reports every problem through its error string, so
// nothing may escape it: no exception, crash, hang, leak or allocation out of proportion to the
// input. Built as tests/fuzz/CMakeLists.txt says.
#include "lesson.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     static_cast<qsizetype>(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return 0;
    QString error;
    const rnnlab::Lesson lesson = rnnlab::lessonFromJson(
        document.object(), QStringLiteral("fuzz_lesson"), &error, QStringLiteral("fuzz.json"));
    // A lesson is either read or refused with a reason.
    if (lesson.id.isEmpty() == error.isEmpty())
        __builtin_trap();
    return 0;
}
