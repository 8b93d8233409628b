// ColumnDetector: what the columns of a CSV file the user opens are, so the file trains at once
// without asking: a date or time column (ISO dates 2014-03-01, months 1949-01, quarters 1959Q1 /
// 1959-Q1, years 1949, timestamps "2014-03-01 13:00[:00]" or "...T13:00", and day-first or
// month-first dates with '/'), the numeric columns, and a text column beside a label column with
// few distinct values (then the file is a classification). The forecast's target is the last
// numeric column, its input the target alone; the calendar spacing of the dates gives a hint of
// the season (12 for months, 4 for quarters, 7 for days, 24 for hours).
//
// Example: DetectedColumns d = ColumnDetector::detect(CsvReader::readFile(path));
//          d.dateColumn == "Month", d.target == "Passengers", d.seasonHint == 12
#pragma once

#include "csv_reader.h"
#include "name_table.h"

#include <optional>
#include <string>
#include <vector>

namespace rnn {

// How far apart the rows of a date column are.
enum class DateSpacing { None, Irregular, Hour, Day, Week, Month, Quarter, Year, SubHour };

inline constexpr NamedValue<DateSpacing> dateSpacingEntries[] = {
    { DateSpacing::None, "none" },
    { DateSpacing::Irregular, "irregular" },
    { DateSpacing::Hour, "hourly" },
    { DateSpacing::Day, "daily" },
    { DateSpacing::Week, "weekly" },
    { DateSpacing::Month, "monthly" },
    { DateSpacing::Quarter, "quarterly" },
    { DateSpacing::Year, "yearly" },
    { DateSpacing::SubHour, "under an hour" },
};
inline constexpr NameTable<DateSpacing> dateSpacingNames { "date spacing", dateSpacingEntries };
constexpr const NameTable<DateSpacing> &nameTable(DateSpacing)
{
    return dateSpacingNames;
}

struct DetectedColumns
{
    std::string dateColumn; // "" = none
    DateSpacing spacing = DateSpacing::None;
    // Seconds since 1970-01-01 UTC of every row's date (NaN where a cell does not parse); empty
    // without a date column.
    std::vector<double> times;
    std::vector<std::string> numericColumns; // in file order, the date column excluded
    std::string textColumn, labelColumn; // both set: a classification of texts
    std::string target; // forecast: the last numeric column
    int seasonHint = 0; // rows per calendar cycle of the spacing (0: none)

    bool classification() const { return !textColumn.empty() && !labelColumn.empty(); }
    // One line in English, e.g. "a monthly date column \"Month\"; 1 numeric column; the target
    // \"Passengers\"" (chosenTarget: the one in use, "" = the detected one).
    std::string describe(const std::string &chosenTarget = {}) const;
};

class ColumnDetector
{
public:
    static DetectedColumns detect(const CsvDocument &document);
    // One cell as a time: seconds since 1970-01-01 UTC, or nothing. Accepts the formats above;
    // dayFirst chooses for "03/04/2014" (ambiguous) dd/mm/yyyy over mm/dd/yyyy.
    static std::optional<double> parseTime(const std::string &cell, bool dayFirst = true);
    // A number in a cell ("1.5", "-2e3", with sep ';' also "1,5"), or nothing.
    static std::optional<double> parseNumber(const std::string &cell, char separator = ',');
};

// Seconds since 1970-01-01 UTC of a civil date and time (proleptic Gregorian calendar).
double secondsSinceEpoch(int year, int month, int day, int hour = 0, int minute = 0,
                         double second = 0.0);

} // namespace rnn
