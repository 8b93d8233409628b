#include "csv_table.h"

#include "data_error.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace rnn {

namespace {

enum class CellKind { Number, Empty, NotNumber, NotFinite, OutOfRange };

struct Cell
{
    CellKind kind = CellKind::Empty;
    double value = 0.0;
};

Cell parseCell(const std::string &raw, char separator)
{
    std::size_t begin = 0;
    std::size_t end = raw.size();
    while (begin < end && (raw[begin] == ' ' || raw[begin] == '\t'))
        ++begin;
    while (end > begin && (raw[end - 1] == ' ' || raw[end - 1] == '\t' || raw[end - 1] == '\r'))
        --end;
    if (begin == end)
        return { CellKind::Empty, 0.0 };
    std::string text = raw.substr(begin, end - begin);
    if (separator == ';' && text.find(',') != std::string::npos) {
        // Decimal comma (and maybe '.' as thousands separator): "1.234,5" -> "1234.5".
        std::string converted;
        for (const char c : text)
            if (c != '.')
                converted.push_back(c == ',' ? '.' : c);
        text = converted;
    }
    if (!text.empty() && text.front() == '+')
        text.erase(0, 1);
    double value = 0.0;
    const char *first = text.data();
    const char *last = text.data() + text.size();
    const auto [ptr, error] = std::from_chars(first, last, value);
    if (error == std::errc::result_out_of_range)
        return { CellKind::OutOfRange, 0.0 };
    if (error != std::errc() || ptr != last)
        return { CellKind::NotNumber, 0.0 };
    if (!std::isfinite(value))
        return { CellKind::NotFinite, 0.0 };
    return { CellKind::Number, value };
}

std::string joinNames(const std::vector<std::string> &names)
{
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i ? ", " : "") + names[i];
    return out;
}

// Fills NaN gaps: interior ones linearly, leading/trailing ones with the nearest value.
void interpolate(std::vector<double> &values)
{
    const std::size_t n = values.size();
    std::size_t previous = n; // index of the last known value, n = none yet
    for (std::size_t i = 0; i < n; ++i) {
        if (std::isnan(values[i]))
            continue;
        if (previous == n) {
            for (std::size_t k = 0; k < i; ++k)
                values[k] = values[i];
        } else if (i > previous + 1) {
            const double span = static_cast<double>(i - previous);
            for (std::size_t k = previous + 1; k < i; ++k) {
                const double w = static_cast<double>(k - previous) / span;
                values[k] = (1.0 - w) * values[previous] + w * values[i];
            }
        }
        previous = i;
    }
    if (previous != n)
        for (std::size_t k = previous + 1; k < n; ++k)
            values[k] = values[previous];
}

} // namespace

CsvTable CsvTable::load(const std::string &path, const CsvTableOptions &options)
{
    return fromDocument(CsvReader::readFile(path, options.read), options);
}

CsvTable CsvTable::parse(std::string_view content, const std::string &sourceName,
                         const CsvTableOptions &options)
{
    return fromDocument(CsvReader::parse(content, sourceName, options.read), options);
}

CsvTable CsvTable::fromDocument(const CsvDocument &document, const CsvTableOptions &options)
{
    CsvTable table;
    table.m_source = document.source;
    table.m_separator = document.separator;
    table.m_headerLine = document.headerLine;
    for (const auto &row : document.rows)
        table.m_lines.push_back(row.line);

    const std::size_t rows = document.rows.size();
    for (std::size_t c = 0; c < document.header.size(); ++c) {
        Column column;
        column.name = document.header[c];
        std::vector<Cell> cells(rows);
        long nonEmpty = 0;
        long numeric = 0;
        for (std::size_t r = 0; r < rows; ++r) {
            column.text.push_back(document.rows[r].cells[c]);
            cells[r] = parseCell(document.rows[r].cells[c], document.separator);
            if (cells[r].kind != CellKind::Empty)
                ++nonEmpty;
            if (cells[r].kind != CellKind::Empty && cells[r].kind != CellKind::NotNumber)
                ++numeric;
        }
        column.numeric = nonEmpty > 0 && 2 * numeric >= nonEmpty; // ties count as numeric
        if (column.numeric) {
            const auto where = [&](std::size_t r) {
                return std::make_pair(document.rows[r].line, static_cast<long>(c) + 1);
            };
            column.values.resize(rows);
            for (std::size_t r = 0; r < rows; ++r) {
                const auto [line, col] = where(r);
                const std::string quoted = "\"" + document.rows[r].cells[c] + "\"";
                const std::string inColumn = " in the numeric column \"" + column.name + "\"";
                switch (cells[r].kind) {
                case CellKind::Number:
                    column.values[r] = cells[r].value;
                    break;
                case CellKind::Empty:
                    if (!options.interpolateMissing)
                        throw DataError(document.source, line, col,
                                        "empty cell (a missing value)" + inColumn
                                            + "; fill it in, or turn on linear interpolation of "
                                              "missing values");
                    column.values[r] = std::numeric_limits<double>::quiet_NaN();
                    ++column.missingCount;
                    break;
                case CellKind::NotNumber:
                    throw DataError(
                        document.source, line, col,
                        quoted + " is not a number" + inColumn
                            + (document.separator == ','
                                       && document.rows[r].cells[c].find(',') != std::string::npos
                                   ? " (decimal commas are only read in files "
                                     "separated by semicolons)"
                                   : ""));
                case CellKind::NotFinite:
                    throw DataError(document.source, line, col,
                                    quoted + " is NaN or infinite" + inColumn
                                        + "; leave the cell empty to mark a missing value");
                case CellKind::OutOfRange:
                    throw DataError(document.source, line, col,
                                    quoted + " is too large or too small for a number" + inColumn);
                }
            }
            if (column.missingCount > 0)
                interpolate(column.values);
        }
        table.m_columns.push_back(std::move(column));
    }
    return table;
}

CsvTable CsvTable::fromSeries(const std::vector<std::string> &names, const Matrix &series,
                              const std::string &sourceName,
                              const std::vector<std::string> &rowLabels,
                              const std::string &labelColumn)
{
    if (static_cast<Index>(names.size()) != series.rows())
        throw std::invalid_argument("CsvTable::fromSeries: one name per row of the series");
    if (!rowLabels.empty() && static_cast<Index>(rowLabels.size()) != series.cols())
        throw std::invalid_argument("CsvTable::fromSeries: one label per column of the series");
    CsvTable table;
    table.m_source = sourceName;
    for (Index r = 0; r < series.cols(); ++r)
        table.m_lines.push_back(static_cast<long>(r) + 2);
    if (!rowLabels.empty()) {
        Column column;
        column.name = labelColumn;
        column.text = rowLabels;
        table.m_columns.push_back(std::move(column));
    }
    for (Index c = 0; c < series.rows(); ++c) {
        Column column;
        column.name = names[static_cast<std::size_t>(c)];
        column.numeric = true;
        for (Index r = 0; r < series.cols(); ++r) {
            const double value = series(c, r);
            if (!std::isfinite(value))
                throw std::invalid_argument("CsvTable::fromSeries: the series holds NaN or "
                                            "infinity");
            column.values.push_back(value);
            column.text.push_back(std::to_string(value));
        }
        table.m_columns.push_back(std::move(column));
    }
    return table;
}

std::vector<std::string> CsvTable::columnNames() const
{
    std::vector<std::string> names;
    for (const auto &column : m_columns)
        names.push_back(column.name);
    return names;
}

std::vector<std::string> CsvTable::numericColumnNames() const
{
    std::vector<std::string> names;
    for (const auto &column : m_columns)
        if (column.numeric)
            names.push_back(column.name);
    return names;
}

bool CsvTable::hasColumn(const std::string &name) const
{
    for (const auto &column : m_columns)
        if (column.name == name)
            return true;
    return false;
}

Index CsvTable::columnIndex(const std::string &name) const
{
    for (std::size_t c = 0; c < m_columns.size(); ++c)
        if (m_columns[c].name == name)
            return static_cast<Index>(c);
    throw DataError(m_source, m_headerLine, 1,
                    "there is no column named \"" + name
                        + "\"; the columns are: " + joinNames(columnNames()));
}

Matrix CsvTable::series(const std::vector<std::string> &names) const
{
    Matrix out(static_cast<Index>(names.size()), rowCount());
    for (std::size_t k = 0; k < names.size(); ++k) {
        const Index c = columnIndex(names[k]);
        const Column &col = column(c);
        if (!col.numeric) {
            const bool allEmpty = std::all_of(col.text.begin(), col.text.end(), [](const auto &t) {
                return t.find_first_not_of(" \t\r") == std::string::npos;
            });
            if (allEmpty)
                throw DataError(m_source, m_headerLine, c + 1,
                                "the column \"" + col.name + "\" has no values");
            std::size_t r = 0;
            while (r + 1 < col.text.size() && col.text[r].empty())
                ++r;
            throw DataError(m_source, m_lines.empty() ? m_headerLine : m_lines[r], c + 1,
                            "the column \"" + col.name + "\" holds text (\""
                                + (col.text.empty() ? std::string() : col.text[r])
                                + "\"), not numbers; the numeric columns are: "
                                + joinNames(numericColumnNames()));
        }
        for (Index r = 0; r < rowCount(); ++r)
            out(static_cast<Index>(k), r) = col.values[static_cast<std::size_t>(r)];
    }
    return out;
}

Index CsvTable::firstRowStartingWith(const std::string &columnName, const std::string &prefix) const
{
    const Column &col = column(columnName);
    for (std::size_t r = 0; r < col.text.size(); ++r)
        if (col.text[r].rfind(prefix, 0) == 0)
            return static_cast<Index>(r);
    return -1;
}

} // namespace rnn
