// CsvReader: physical lines are checked (length, UTF-8) and fed to libcsv one at a time, so
// every field and record knows the line it came from.
#include "csv_reader.h"

#include "data_error.h"
#include "tokenizer.h"

#include <csv.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace rnn {

namespace {

std::string trimmed(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    return std::string(text.substr(begin, end - begin));
}

// The 1-based field that holds byte `offset` of a line, counting separators outside quotes.
long fieldAt(std::string_view line, std::size_t offset, char separator)
{
    long field = 1;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size() && i < offset; ++i) {
        if (line[i] == '"')
            quoted = !quoted;
        else if (line[i] == separator && !quoted)
            ++field;
    }
    return field;
}

std::string separatorName(char separator)
{
    switch (separator) {
    case ',':
        return "comma";
    case ';':
        return "semicolon";
    case '\t':
        return "tab";
    default:
        return std::string("'") + separator + "'";
    }
}

int isSpaceOnly(unsigned char c)
{
    return c == ' ' ? 1 : 0;
}
int isSpaceOrTab(unsigned char c)
{
    return (c == ' ' || c == '\t') ? 1 : 0;
}

// What the callbacks found over a limit of CsvReadOptions (they stop storing; the reader throws).
struct OverLimit
{
    long line = 0;
    long column = 0;
    std::string reason;
};

// State shared with libcsv's callbacks.
struct ParseState
{
    const CsvReadOptions *options = nullptr;
    std::vector<CsvRecord> records;
    CsvRecord current;
    long currentLine = 0; // the physical line being fed
    long fieldStartLine = 0; // where the field being parsed started (0 = at the next line)
    bool recordOpen = false;
    std::size_t cellCount = 0; // stored in records
    OverLimit overLimit; // reason empty = none yet
};

std::string limitText(std::size_t limit, const char *name, const char *unit = "")
{
    return "the limit of " + std::to_string(limit) + unit + " (limits::" + name + ")";
}

// Records the first limit passed; returns true when one has been (nothing more is stored).
bool overLimit(ParseState &state, std::size_t length)
{
    if (!state.overLimit.reason.empty())
        return true;
    const CsvReadOptions &o = *state.options;
    const long line = state.fieldStartLine > 0 ? state.fieldStartLine : state.currentLine;
    const long column = static_cast<long>(state.current.cells.size()) + 1;
    std::string reason;
    if (length > o.maxFieldBytes)
        reason = "the cell is " + std::to_string(length) + " bytes long, more than "
            + limitText(o.maxFieldBytes, "maxCsvFieldBytes", " bytes");
    else if (state.current.cells.size() >= o.maxColumns)
        reason = "the row has more than " + std::to_string(o.maxColumns) + " cells, "
            + limitText(o.maxColumns, "maxCsvColumns") + " of columns";
    else if (state.records.size() > o.maxRows) // the header is a record too
        reason = "the file has more than " + std::to_string(o.maxRows) + " data rows, "
            + limitText(o.maxRows, "maxCsvRows");
    else if (state.cellCount + state.current.cells.size() >= o.maxCells)
        reason = "the file has more than " + std::to_string(o.maxCells) + " cells, "
            + limitText(o.maxCells, "maxCsvCells");
    if (reason.empty())
        return false;
    state.overLimit = { line, column, std::move(reason) };
    return true;
}

void onField(void *data, std::size_t length, void *user)
{
    auto *state = static_cast<ParseState *>(user);
    if (overLimit(*state, length))
        return;
    if (!state->recordOpen) {
        state->current.line
            = state->fieldStartLine > 0 ? state->fieldStartLine : state->currentLine;
        state->recordOpen = true;
    }
    state->current.cells.emplace_back(data ? static_cast<const char *>(data) : "", length);
    state->fieldStartLine = state->currentLine;
}

void onRecord(int, void *user)
{
    auto *state = static_cast<ParseState *>(user);
    if (state->recordOpen && state->overLimit.reason.empty()) {
        state->cellCount += state->current.cells.size();
        state->records.push_back(std::move(state->current));
    }
    state->current = CsvRecord {};
    state->recordOpen = false;
    state->fieldStartLine = 0;
}

class Parser
{
public:
    explicit Parser(char separator)
    {
        csv_init(&m_parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
        csv_set_delim(&m_parser, static_cast<unsigned char>(separator));
        csv_set_space_func(&m_parser, separator == '\t' ? isSpaceOnly : isSpaceOrTab);
    }
    ~Parser() { csv_free(&m_parser); }
    Parser(const Parser &) = delete;
    Parser &operator=(const Parser &) = delete;

    bool feed(std::string_view chunk, ParseState &state)
    {
        return csv_parse(&m_parser, chunk.data(), chunk.size(), onField, onRecord, &state)
            == chunk.size();
    }
    bool finish(ParseState &state) { return csv_fini(&m_parser, onField, onRecord, &state) == 0; }

private:
    csv_parser m_parser {};
};

} // namespace

char CsvReader::detectSeparator(std::string_view headerLine,
                                const std::vector<std::string_view> &followingLines)
{
    // On a tie the rarer-in-text separator wins: tab, then ';' (a ';' file with decimal commas
    // has as many commas per line as separators), then ','.
    constexpr std::array<char, 3> candidates { '\t', ';', ',' };
    // Separators outside quotes on one line (quotes may span lines; a rough count is enough).
    const auto count = [](std::string_view line, char separator) {
        long n = 0;
        bool quoted = false;
        for (const char c : line) {
            if (c == '"')
                quoted = !quoted;
            else if (c == separator && !quoted)
                ++n;
        }
        return n;
    };
    char best = ',';
    long bestCount = 0;
    bool bestConsistent = false;
    for (const char candidate : candidates) {
        const long n = count(headerLine, candidate);
        if (n == 0)
            continue;
        bool consistent = true;
        for (const auto line : followingLines)
            if (count(line, candidate) != n)
                consistent = false;
        if ((consistent && !bestConsistent) || (consistent == bestConsistent && n > bestCount)) {
            best = candidate;
            bestCount = n;
            bestConsistent = consistent;
        }
    }
    return best;
}

CsvDocument CsvReader::readFile(const std::string &path, const CsvReadOptions &options)
{
    std::ifstream file(path, std::ios::binary);
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (!file || error)
        throw DataError(path, 0, 0, "the file does not exist or cannot be read");
    if (size > options.maxFileBytes)
        throw DataError(path, 0, 0,
                        "the file is " + std::to_string(size) + " bytes, more than "
                            + limitText(options.maxFileBytes, "maxCsvFileBytes", " bytes"));
    std::ostringstream content;
    content << file.rdbuf();
    if (file.bad())
        throw DataError(path, 0, 0, "the file could not be read to the end");
    return parse(content.str(), path, options);
}

CsvDocument CsvReader::parse(std::string_view content, const std::string &sourceName,
                             const CsvReadOptions &options)
{
    if (options.separator != '\0' && options.separator != ',' && options.separator != ';'
        && options.separator != '\t')
        throw DataError(sourceName, 0, 0,
                        "the separator must be a comma, a semicolon or a tab, not "
                            + separatorName(options.separator));
    if (content.size() > options.maxFileBytes)
        throw DataError(sourceName, 0, 0,
                        "the text is " + std::to_string(content.size()) + " bytes, more than "
                            + limitText(options.maxFileBytes, "maxCsvFileBytes", " bytes"));
    if (content.substr(0, 3) == "\xEF\xBB\xBF")
        content.remove_prefix(3);

    // Physical lines, each with its '\n' (the last one may lack it). A file with no '\n' but
    // with '\r' (classic Mac line ends) is split on '\r' instead.
    const char lineEnd = content.find('\n') == std::string_view::npos
            && content.find('\r') != std::string_view::npos
        ? '\r'
        : '\n';
    std::vector<std::string_view> lines;
    for (std::size_t start = 0; start < content.size();) {
        const std::size_t newline = content.find(lineEnd, start);
        const std::size_t end = newline == std::string_view::npos ? content.size() : newline + 1;
        lines.push_back(content.substr(start, end - start));
        start = end;
    }
    const auto isBlank = [](std::string_view line) {
        return std::all_of(line.begin(), line.end(),
                           [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
    };
    const auto firstContent
        = std::find_if(lines.begin(), lines.end(), [&](std::string_view l) { return !isBlank(l); });
    if (firstContent == lines.end())
        throw DataError(sourceName, 1, 1,
                        "the file is empty; expected a header row with the column names");

    const long headerLine = static_cast<long>(firstContent - lines.begin()) + 1;
    std::string_view headerText = *firstContent;
    char separator = options.separator;
    if (separator == '\0') {
        std::vector<std::string_view> following;
        for (auto it = firstContent + 1; it != lines.end() && following.size() < 20; ++it)
            if (!isBlank(*it))
                following.push_back(it->substr(0, options.maxLineBytes));
        separator = detectSeparator(headerText.substr(0, options.maxLineBytes), following);
    }

    ParseState state;
    state.options = &options;
    Parser parser(separator);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string_view line = lines[i];
        const long lineNumber = static_cast<long>(i) + 1;
        std::size_t length = line.size();
        if (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r'))
            --length;
        if (length > 0 && line[length - 1] == '\r')
            --length;
        if (length > options.maxLineBytes)
            throw DataError(
                sourceName, lineNumber, fieldAt(line, options.maxLineBytes, separator),
                "the line is " + std::to_string(length) + " bytes long, more than the limit of "
                    + std::to_string(options.maxLineBytes) + " bytes; is this really a CSV file?");
        std::size_t badByte = 0;
        if (!Tokenizer::isValidUtf8(line, &badByte))
            throw DataError(sourceName, lineNumber, fieldAt(line, badByte, separator),
                            "invalid UTF-8 (byte " + std::to_string(badByte + 1)
                                + " of the line); save the file as UTF-8");
        state.currentLine = lineNumber;
        if (state.fieldStartLine == 0 && !isBlank(line))
            state.fieldStartLine = lineNumber;
        const bool parsed = parser.feed(line, state);
        if (!state.overLimit.reason.empty())
            throw DataError(sourceName, state.overLimit.line, state.overLimit.column,
                            state.overLimit.reason);
        if (!parsed) {
            const long column = static_cast<long>(state.current.cells.size()) + 1;
            throw DataError(sourceName, lineNumber, column,
                            "a quote character in the wrong place: a quoted cell must start "
                            "and end with \" and a \" inside it must be doubled (\"\")");
        }
    }
    const bool finished = parser.finish(state);
    if (!state.overLimit.reason.empty())
        throw DataError(sourceName, state.overLimit.line, state.overLimit.column,
                        state.overLimit.reason);
    if (!finished) {
        const long column = static_cast<long>(state.current.cells.size()) + 1;
        const long line = state.fieldStartLine > 0 ? state.fieldStartLine : headerLine;
        throw DataError(sourceName, line, column,
                        "a quote opened here is never closed (unterminated quoted cell)");
    }

    CsvDocument document;
    document.source = sourceName;
    document.separator = separator;
    document.headerLine = headerLine;
    if (state.records.empty())
        throw DataError(sourceName, headerLine, 1, "the file has no header row");
    std::set<std::string> seen;
    const CsvRecord &header = state.records.front();
    for (std::size_t k = 0; k < header.cells.size(); ++k) {
        std::string name = trimmed(header.cells[k]);
        if (name.empty())
            name = "column " + std::to_string(k + 1);
        if (!seen.insert(name).second)
            throw DataError(sourceName, header.line, static_cast<long>(k) + 1,
                            "the column name \"" + name + "\" appears twice in the header");
        document.header.push_back(std::move(name));
    }
    if (state.records.size() < 2)
        throw DataError(sourceName, header.line + 1, 1,
                        "the file has a header row but no data rows");
    const std::size_t width = document.header.size();
    for (std::size_t r = 1; r < state.records.size(); ++r) {
        CsvRecord &record = state.records[r];
        if (record.cells.size() != width) {
            const bool tooMany = record.cells.size() > width;
            throw DataError(
                sourceName, record.line,
                static_cast<long>(std::min(record.cells.size(), width)) + 1,
                "this row has " + std::to_string(record.cells.size()) + " cells but the header has "
                    + std::to_string(width) + " columns (separator: " + separatorName(separator)
                    + ")" + (tooMany ? "; a cell with a separator inside must be quoted" : ""));
        }
        document.rows.push_back(std::move(record));
    }
    return document;
}

} // namespace rnn
