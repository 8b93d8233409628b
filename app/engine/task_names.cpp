#include "task_names.h"

#include <QCoreApplication>

namespace rnnlab {

namespace {

// Every name core's generators use (synthetic_tasks.cpp, forecast_pipeline.cpp's sine). The
// one-letter symbols of the letter tasks and the words of the long-range task are left out:
// they are symbols, or already Portuguese.
constexpr const char *generatedNames[] = {
    QT_TRANSLATE_NOOP("rnnlab::TaskNames", "value"),
    QT_TRANSLATE_NOOP("rnnlab::TaskNames", "bit"),
    QT_TRANSLATE_NOOP("rnnlab::TaskNames", "next bit"),
    QT_TRANSLATE_NOOP("rnnlab::TaskNames", "marker"),
    QT_TRANSLATE_NOOP("rnnlab::TaskNames", "sum"),
    QT_TRANSLATE_NOOP("rnnlab::TaskNames", "reset"),
    QT_TRANSLATE_NOOP("rnnlab::TaskNames", "sum since reset"),
    QT_TRANSLATE_NOOP("rnnlab::TaskNames", "x"),
    QT_TRANSLATE_NOOP("rnnlab::TaskNames", "class 0"),
    QT_TRANSLATE_NOOP("rnnlab::TaskNames", "class 1"),
};

} // namespace

QString taskName(const std::string &name, bool generated)
{
    if (generated)
        for (const char *known : generatedNames)
            if (name == known)
                return QCoreApplication::translate("rnnlab::TaskNames", known);
    return QString::fromStdString(name);
}

QStringList taskNames(const std::vector<std::string> &names, bool generated)
{
    QStringList out;
    out.reserve(static_cast<qsizetype>(names.size()));
    for (const std::string &name : names)
        out << taskName(name, generated);
    return out;
}

} // namespace rnnlab
