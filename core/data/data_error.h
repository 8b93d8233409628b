// DataError: the one exception type core/data throws for bad input. It carries the file, the
// line and the column where the problem was found and a plain-English reason, so the command
// line can print it as is and the GUI can wrap it in its own translated text.
//
// Conventions: line is the 1-based physical line of the file (the header is line 1 when there
// is no byte-order mark or blank line before it); column is the 1-based CSV field, counted
// from the left as in the header (problems with a whole line point at its first field, or at
// the field where the problem starts). line == 0 and column == 0 only for "the file as a
// whole" (a missing or unreadable file). Inputs that are not files (generators, in-memory
// text) use a descriptive source name such as "<adding problem>".
#pragma once

#include <stdexcept>
#include <string>

namespace rnn {

class DataError : public std::runtime_error
{
public:
    DataError(std::string file, long line, long column, std::string reason);

    const std::string &file() const { return m_file; }
    long line() const { return m_line; }
    long column() const { return m_column; }
    const std::string &reason() const { return m_reason; }

    // "FILE, line L, column C: REASON" (or "FILE: REASON" when line == 0); what() returns it.
    static std::string format(const std::string &file, long line, long column,
                              const std::string &reason);

private:
    std::string m_file;
    long m_line = 0;
    long m_column = 0;
    std::string m_reason;
};

} // namespace rnn
