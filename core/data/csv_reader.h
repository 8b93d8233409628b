// CsvReader: reads a delimited text file into rows of string cells, with the physical line of
// every row, using libcsv (RFC 4180 quoting, CRLF). It detects the separator (',' ';' or tab,
// from the header line and the lines after it; see detectSeparator), skips a
// UTF-8 byte-order mark, checks that every line is valid UTF-8 and shorter than a limit, that
// quotes are terminated, that the file has a header and at least one data row, and that every
// row has as many cells as the header. Blank lines are skipped.
//
// It deliberately does not interpret cells: numbers are CsvTable's job, texts and labels
// TextDataset's. Every problem is reported as a DataError naming file, line and column.
#pragma once

#include "loader_limits.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rnn {

struct CsvReadOptions
{
    char separator = '\0'; // '\0' = detect from the header line; otherwise ',' ';' or '\t'
    std::size_t maxLineBytes = std::size_t { 1 } << 20; // longer lines are an error (1 MiB)
    // Larger files, more rows, columns or cells, or a longer cell are refused before they are
    // stored (core/loader_limits.h; tests lower them).
    std::size_t maxFileBytes = limits::maxCsvFileBytes;
    std::size_t maxRows = limits::maxCsvRows;
    std::size_t maxColumns = limits::maxCsvColumns;
    std::size_t maxCells = limits::maxCsvCells;
    std::size_t maxFieldBytes = limits::maxCsvFieldBytes;
};

struct CsvRecord
{
    long line = 0; // 1-based physical line where the record starts
    std::vector<std::string> cells; // as many as the header has names
};

struct CsvDocument
{
    std::string source; // the file name used in error messages
    char separator = ',';
    long headerLine = 1;
    std::vector<std::string> header; // column names, trimmed; an empty name becomes "column N"
    std::vector<CsvRecord> rows; // data rows only, never empty
};

class CsvReader
{
public:
    // Reads a file; a missing or unreadable file is a DataError with line 0.
    static CsvDocument readFile(const std::string &path, const CsvReadOptions &options = {});
    // Parses text already in memory; sourceName is used in error messages.
    static CsvDocument parse(std::string_view content, const std::string &sourceName,
                             const CsvReadOptions &options = {});
    // The separator the reader would choose (',' ';' or '\t'): among those found outside quotes
    // on the header line, the one that splits the following lines (up to 20) into as many
    // fields as the header, the most frequent such (ties: tab, then ';', then ','); ',' when
    // there is none. So "data;valor (R$, mil)" followed by "2024-01;1,5" is ';'.
    static char detectSeparator(std::string_view headerLine,
                                const std::vector<std::string_view> &followingLines = {});
};

} // namespace rnn
