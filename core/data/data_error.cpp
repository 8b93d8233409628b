#include "data_error.h"

namespace rnn {

DataError::DataError(std::string file, long line, long column, std::string reason)
    : std::runtime_error(format(file, line, column, reason))
    , m_file(std::move(file))
    , m_line(line)
    , m_column(column)
    , m_reason(std::move(reason))
{ }

std::string DataError::format(const std::string &file, long line, long column,
                              const std::string &reason)
{
    if (line <= 0)
        return file + ": " + reason;
    return file + ", line " + std::to_string(line) + ", column " + std::to_string(column) + ": "
        + reason;
}

} // namespace rnn
