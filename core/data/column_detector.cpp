#include "column_detector.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <set>
#include <sstream>

namespace rnn {

namespace {

std::string trim(const std::string &s)
{
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b])))
        ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1])))
        --e;
    return s.substr(b, e - b);
}

// Reads an unsigned whole number of 1..maxDigits digits at s[i]; advances i.
std::optional<int> digits(const std::string &s, std::size_t &i, std::size_t maxDigits)
{
    std::size_t n = 0;
    int value = 0;
    while (i < s.size() && n < maxDigits && std::isdigit(static_cast<unsigned char>(s[i]))) {
        value = value * 10 + (s[i] - '0');
        ++i;
        ++n;
    }
    if (n == 0)
        return std::nullopt;
    return value;
}

bool validDate(int year, int month, int day)
{
    static constexpr int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1
        && day <= days[month - 1] && !(month == 2 && day == 29 && !leap);
}

// "HH:MM[:SS[.fff]]" then an optional zone ("Z", "+01:00"), ignored; true if all of s is read.
bool readTime(const std::string &s, std::size_t i, int &hour, int &minute, double &second)
{
    const auto h = digits(s, i, 2);
    if (!h || i >= s.size() || s[i] != ':')
        return false;
    ++i;
    const auto m = digits(s, i, 2);
    if (!m)
        return false;
    hour = *h;
    minute = *m;
    second = 0.0;
    if (i < s.size() && s[i] == ':') {
        ++i;
        const auto sec = digits(s, i, 2);
        if (!sec)
            return false;
        second = *sec;
        if (i < s.size() && s[i] == '.') {
            ++i;
            double scale = 0.1;
            while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
                second += scale * (s[i] - '0');
                scale /= 10.0;
                ++i;
            }
        }
    }
    if (i < s.size() && (s[i] == 'Z' || s[i] == 'z'))
        ++i;
    else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        ++i;
        if (!digits(s, i, 2))
            return false;
        if (i < s.size() && s[i] == ':')
            ++i;
        digits(s, i, 2);
    }
    return i == s.size() && hour <= 24 && minute < 60 && second < 61.0;
}

std::optional<double> dateThenTime(const std::string &s, std::size_t i, int year, int month,
                                   int day)
{
    if (!validDate(year, month, day))
        return std::nullopt;
    if (i == s.size())
        return secondsSinceEpoch(year, month, day);
    if (s[i] != ' ' && s[i] != 'T' && s[i] != 't')
        return std::nullopt;
    ++i;
    while (i < s.size() && s[i] == ' ')
        ++i;
    int hour = 0, minute = 0;
    double second = 0.0;
    if (!readTime(s, i, hour, minute, second))
        return std::nullopt;
    return secondsSinceEpoch(year, month, day, hour, minute, second);
}

double median(std::vector<double> values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

DateSpacing spacingOf(const std::vector<double> &times)
{
    std::vector<double> steps;
    for (std::size_t i = 1; i < times.size(); ++i)
        if (std::isfinite(times[i]) && std::isfinite(times[i - 1]))
            steps.push_back(times[i] - times[i - 1]);
    if (steps.empty())
        return DateSpacing::None;
    const double days = median(steps) / 86400.0;
    struct Band
    {
        double low, high;
        DateSpacing spacing;
    };
    static constexpr Band bands[] = {
        { 1e-9, 0.9 / 24.0, DateSpacing::SubHour },
        { 0.9 / 24.0, 1.1 / 24.0, DateSpacing::Hour },
        { 0.9, 1.1, DateSpacing::Day },
        { 6.5, 7.5, DateSpacing::Week },
        { 27.5, 31.5, DateSpacing::Month },
        { 89.0, 92.5, DateSpacing::Quarter },
        { 364.5, 366.5, DateSpacing::Year },
    };
    for (const Band &band : bands)
        if (days >= band.low && days <= band.high)
            return band.spacing;
    return DateSpacing::Irregular;
}

int seasonOf(DateSpacing spacing)
{
    switch (spacing) {
    case DateSpacing::Hour:
        return 24;
    case DateSpacing::Day:
        return 7;
    case DateSpacing::Week:
        return 52;
    case DateSpacing::Month:
        return 12;
    case DateSpacing::Quarter:
        return 4;
    default:
        return 0;
    }
}

// A column of whole years (1000..2999) rising by one: the dates of a yearly series.
bool yearColumn(const std::vector<std::optional<double>> &numbers)
{
    if (numbers.size() < 2)
        return false;
    for (std::size_t r = 0; r < numbers.size(); ++r) {
        const auto &v = numbers[r];
        if (!v || *v != std::floor(*v) || *v < 1000.0 || *v > 2999.0)
            return false;
        if (r > 0 && *v != *numbers[r - 1] + 1.0)
            return false;
    }
    return true;
}

} // namespace

double secondsSinceEpoch(int year, int month, int day, int hour, int minute, double second)
{
    // days_from_civil (H. Hinnant)
    year -= month <= 2 ? 1 : 0;
    const long era = (year >= 0 ? year : year - 399) / 400;
    const long yoe = year - era * 400;
    const long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const long days = era * 146097 + doe - 719468;
    return static_cast<double>(days) * 86400.0 + hour * 3600.0 + minute * 60.0 + second;
}

std::optional<double> ColumnDetector::parseNumber(const std::string &cell, char separator)
{
    std::string s = trim(cell);
    if (s.empty())
        return std::nullopt;
    if (separator == ';' && s.find(',') != std::string::npos) {
        s.erase(std::remove(s.begin(), s.end(), '.'), s.end()); // thousands
        std::replace(s.begin(), s.end(), ',', '.');
    }
    char *end = nullptr;
    const double value = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> ColumnDetector::parseTime(const std::string &cell, bool dayFirst)
{
    const std::string s = trim(cell);
    if (s.size() < 4 || s.size() > 40)
        return std::nullopt;
    std::size_t i = 0;
    const auto first = digits(s, i, 4);
    if (!first)
        return std::nullopt;
    if (i == 4) { // the year first
        const int year = *first;
        if (i == s.size())
            return validDate(year, 1, 1) ? std::optional<double>(secondsSinceEpoch(year, 1, 1))
                                         : std::nullopt;
        std::size_t q = i;
        if (s[q] == '-' || s[q] == ' ')
            ++q;
        if (q + 2 == s.size() && (s[q] == 'Q' || s[q] == 'q') && s[q + 1] >= '1' && s[q + 1] <= '4')
            return secondsSinceEpoch(year, 1 + 3 * (s[q + 1] - '1'), 1);
        const char sep = s[i];
        if (sep != '-' && sep != '/' && sep != '.')
            return std::nullopt;
        ++i;
        const auto month = digits(s, i, 2);
        if (!month)
            return std::nullopt;
        if (i == s.size())
            return validDate(year, *month, 1)
                ? std::optional<double>(secondsSinceEpoch(year, *month, 1))
                : std::nullopt;
        if (s[i] != sep)
            return std::nullopt;
        ++i;
        const auto day = digits(s, i, 2);
        if (!day)
            return std::nullopt;
        return dateThenTime(s, i, year, *month, *day);
    }
    if (i > 2 || i == s.size()) // dd/mm/yyyy or mm/dd/yyyy
        return std::nullopt;
    const char sep = s[i];
    if (sep != '/' && sep != '.' && sep != '-')
        return std::nullopt;
    ++i;
    const auto second = digits(s, i, 2);
    if (!second || i >= s.size() || s[i] != sep)
        return std::nullopt;
    ++i;
    const std::size_t yearBegin = i;
    const auto year = digits(s, i, 4);
    if (!year || i - yearBegin != 4)
        return std::nullopt;
    const int day = dayFirst ? *first : *second, month = dayFirst ? *second : *first;
    return dateThenTime(s, i, *year, month, day);
}

DetectedColumns ColumnDetector::detect(const CsvDocument &document)
{
    DetectedColumns d;
    const std::size_t columns = document.header.size(), rows = document.rows.size();
    std::vector<bool> numeric(columns, false);
    std::vector<std::vector<std::optional<double>>> numbers(columns);
    for (std::size_t c = 0; c < columns; ++c) {
        std::size_t filled = 0, parsed = 0;
        numbers[c].resize(rows);
        for (std::size_t r = 0; r < rows; ++r) {
            const std::string &cell = document.rows[r].cells[c];
            if (trim(cell).empty())
                continue;
            ++filled;
            numbers[c][r] = parseNumber(cell, document.separator);
            if (numbers[c][r])
                ++parsed;
        }
        numeric[c] = filled > 0 && parsed * 10 >= filled * 9;
    }
    // The date column: the first whose cells are nearly all times (or a column of years).
    for (std::size_t c = 0; c < columns && d.dateColumn.empty(); ++c) {
        if (numeric[c]) {
            if (!yearColumn(numbers[c]))
                continue;
            d.dateColumn = document.header[c];
            for (std::size_t r = 0; r < rows; ++r)
                d.times.push_back(secondsSinceEpoch(static_cast<int>(*numbers[c][r]), 1, 1));
            break;
        }
        // Day first unless a first field above 12 is never seen and a second one is.
        bool firstAbove12 = false, secondAbove12 = false;
        for (std::size_t r = 0; r < rows; ++r) {
            const std::string s = trim(document.rows[r].cells[c]);
            std::size_t i = 0;
            const auto a = digits(s, i, 4);
            if (!a || i > 2 || i >= s.size())
                continue;
            ++i;
            const auto b = digits(s, i, 2);
            firstAbove12 = firstAbove12 || *a > 12;
            secondAbove12 = secondAbove12 || (b && *b > 12);
        }
        const bool dayFirst = firstAbove12 || !secondAbove12;
        std::vector<double> times(rows, std::numeric_limits<double>::quiet_NaN());
        std::size_t parsed = 0;
        for (std::size_t r = 0; r < rows; ++r)
            if (const auto t = parseTime(document.rows[r].cells[c], dayFirst)) {
                times[r] = *t;
                ++parsed;
            }
        if (parsed > 0 && parsed * 10 >= rows * 9) {
            d.dateColumn = document.header[c];
            d.times = std::move(times);
        }
    }
    if (!d.dateColumn.empty()) {
        d.spacing = spacingOf(d.times);
        d.seasonHint = seasonOf(d.spacing);
    }
    for (std::size_t c = 0; c < columns; ++c)
        if (numeric[c] && document.header[c] != d.dateColumn)
            d.numericColumns.push_back(document.header[c]);
    if (!d.numericColumns.empty())
        d.target = d.numericColumns.back();

    // Texts and labels: among the other columns, the one with the longest cells (with spaces)
    // is the text; a column with few distinct values (at most 100, and at most half the rows)
    // is the label. Columns named "text" and "label" win.
    std::string text, label;
    double longest = 0.0;
    std::size_t fewest = std::numeric_limits<std::size_t>::max();
    for (std::size_t c = 0; c < columns; ++c) {
        const std::string &name = document.header[c];
        if (name == d.dateColumn)
            continue;
        std::set<std::string> distinct;
        double length = 0.0;
        std::size_t spaced = 0;
        for (std::size_t r = 0; r < rows; ++r) {
            const std::string cell = trim(document.rows[r].cells[c]);
            distinct.insert(cell);
            length += static_cast<double>(cell.size());
            spaced += cell.find(' ') != std::string::npos ? 1U : 0U;
        }
        length /= static_cast<double>(std::max<std::size_t>(rows, 1));
        const bool fewValues = distinct.size() >= 2 && distinct.size() <= 100
            && distinct.size() * 2 <= std::max<std::size_t>(rows, 2);
        if (!numeric[c] && spaced * 2 >= rows && (length > longest || name == "text")
            && text != "text") {
            text = name;
            longest = length;
        } else if (fewValues && (distinct.size() < fewest || name == "label") && label != "label"
                   && (!numeric[c] || name == "label")) {
            label = name;
            fewest = distinct.size();
        }
    }
    if (!text.empty() && !label.empty() && text != label) {
        d.textColumn = text;
        d.labelColumn = label;
    }
    return d;
}

std::string DetectedColumns::describe(const std::string &chosenTarget) const
{
    std::ostringstream out;
    if (classification()) {
        out << "texts in \"" << textColumn << "\" with their classes in \"" << labelColumn
            << "\": a classification";
        return out.str();
    }
    if (!dateColumn.empty())
        out << "a " << dateSpacingNames.toString(spacing) << " date column \"" << dateColumn
            << "\"; ";
    else
        out << "no date column (the x axis counts rows); ";
    out << numericColumns.size() << " numeric column" << (numericColumns.size() == 1 ? "" : "s");
    const std::string shown = chosenTarget.empty() ? target : chosenTarget;
    if (!shown.empty())
        out << "; the target \"" << shown << "\"" << (shown == target ? " (the last)" : "");
    return out.str();
}

} // namespace rnn
