// CsvTable: a numeric table read from a CSV file (see CsvReader for the file rules), the input
// of every forecasting exercise. Each column is either numeric (at least half of its non-empty
// cells are numbers) or text (a date or a label, kept as strings for display). In a ';'-separated
// file a decimal comma is accepted ("1,5" -> 1.5, "1.234,5" -> 1234.5), the way spreadsheets in
// Brazil save them.
//
// Errors (DataError with file, line, column): a non-numeric cell in a numeric column (the cell
// is quoted in the message), NaN or infinity, a number too large for a double, and an empty
// cell in a numeric column unless CsvTableOptions::interpolateMissing is set, in which case
// interior gaps are filled by linear interpolation between the neighbouring rows and leading
// or trailing gaps copy the nearest value. Asking for a column that is not there lists the
// columns that are.
//
// Shape legend as in types.h; here C = chosen columns, R = rows of the table (time steps).
// Not thread-safe to modify; a const CsvTable may be read from any thread.
#pragma once

#include "csv_reader.h"
#include "types.h"

#include <string>
#include <vector>

namespace rnn {

struct CsvTableOptions
{
    CsvReadOptions read;
    bool interpolateMissing = false;
};

class CsvTable
{
public:
    struct Column
    {
        std::string name;
        bool numeric = false;
        std::vector<double> values; // numeric columns: one per row (after interpolation)
        std::vector<std::string> text; // every column: the cells as written, one per row
        long missingCount = 0; // empty cells that were interpolated
    };

    CsvTable() = default;
    static CsvTable load(const std::string &path, const CsvTableOptions &options = {});
    static CsvTable parse(std::string_view content, const std::string &sourceName,
                          const CsvTableOptions &options = {});
    static CsvTable fromDocument(const CsvDocument &document, const CsvTableOptions &options = {});
    // A table of numeric columns built in memory (a generated series, C x R), with an optional
    // first text column of row labels (empty = none). std::invalid_argument if sizes differ.
    static CsvTable fromSeries(const std::vector<std::string> &names, const Matrix &series,
                               const std::string &sourceName,
                               const std::vector<std::string> &rowLabels = {},
                               const std::string &labelColumn = "step");

    const std::string &source() const { return m_source; }
    char separator() const { return m_separator; }
    long headerLine() const { return m_headerLine; }
    Index rowCount() const { return static_cast<Index>(m_lines.size()); }
    Index columnCount() const { return static_cast<Index>(m_columns.size()); }
    std::vector<std::string> columnNames() const;
    std::vector<std::string> numericColumnNames() const;
    // The index of a column by name; a DataError listing the available columns if absent.
    Index columnIndex(const std::string &name) const;
    bool hasColumn(const std::string &name) const;
    const Column &column(Index index) const { return m_columns[static_cast<std::size_t>(index)]; }
    const Column &column(const std::string &name) const { return column(columnIndex(name)); }
    // The physical file line of data row r (for error messages about rows).
    long lineOfRow(Index row) const { return m_lines[static_cast<std::size_t>(row)]; }

    // The chosen numeric columns as a matrix, one row per column and one column per table row:
    // C x R. A DataError if a name is missing or names a text column.
    Matrix series(const std::vector<std::string> &names) const;
    // The first row whose cell in `column` starts with `prefix` (e.g. "2014" in a date column),
    // or -1 if none does. Used to split by dates: Beijing trains on 2010-2013, tests on 2014.
    Index firstRowStartingWith(const std::string &column, const std::string &prefix) const;

private:
    std::string m_source;
    char m_separator = ',';
    long m_headerLine = 1;
    std::vector<long> m_lines;
    std::vector<Column> m_columns;
};

} // namespace rnn
