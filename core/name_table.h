// NameTable: the one table of {enum value, name} pairs of a setting, as Ceres Solver's
// StringToLinearSolverType / LinearSolverTypeToString. Settings are enums inside the program and
// names only at its edges (JSON files, command-line flags, combo boxes); every reader and writer
// goes through the enum's table, declared beside the enum, so a name is written once.
//
//     inline constexpr NamedValue<CellType> cellTypeEntries[] = { { CellType::Elman, "elman" },
//     ...}; inline constexpr NameTable<CellType> cellTypeNames { "cell", cellTypeEntries };
//     cellTypeNames.toString(CellType::Lstm)  -> "lstm"
//     cellTypeNames.fromString("transformer") -> std::invalid_argument:
//         unknown cell "transformer" (known: elman, jordan, lstm, gru)
//
// JSON: an enum that has a table (a `nameTable(Enum)` overload beside it) reads and writes itself
// by name through nlohmann::json (to_json / from_json below); core is built with
// JSON_DISABLE_ENUM_SERIALIZATION, so an enum without a table can never slip into a file as a
// number.
//
// What it is not: a reflection system. It knows only the pairs it is given, in their order (the
// order the CLI's --help and the GUI's lists show).
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace rnn {

template<class Enum>
struct NamedValue
{
    Enum value;
    const char *name;
};

template<class Enum>
class NameTable
{
public:
    // `what` names the setting in messages ("cell", "topology", ...).
    template<std::size_t N>
    constexpr NameTable(const char *what, const NamedValue<Enum> (&entries)[N])
        : m_what(what)
        , m_entries(entries, N)
    { }

    constexpr const char *what() const { return m_what; }

    // The value's name ("unknown" only for a value outside the enum).
    constexpr const char *toString(Enum value) const
    {
        for (const auto &entry : m_entries)
            if (entry.value == value)
                return entry.name;
        return "unknown";
    }

    constexpr std::optional<Enum> find(std::string_view name) const
    {
        for (const auto &entry : m_entries)
            if (name == entry.name)
                return entry.value;
        return std::nullopt;
    }

    constexpr bool contains(std::string_view name) const { return find(name).has_value(); }

    // Throws std::invalid_argument naming the setting and listing the known names.
    Enum fromString(std::string_view name) const
    {
        if (const auto value = find(name))
            return *value;
        throw std::invalid_argument("unknown " + std::string(m_what) + " \"" + std::string(name)
                                    + "\" (known: " + known() + ")");
    }

    // The names and the values, in the table's order.
    std::vector<std::string> names() const
    {
        std::vector<std::string> result;
        for (const auto &entry : m_entries)
            result.emplace_back(entry.name);
        return result;
    }
    std::vector<Enum> values() const
    {
        std::vector<Enum> result;
        for (const auto &entry : m_entries)
            result.push_back(entry.value);
        return result;
    }

    // "elman, jordan, lstm, gru" (an empty name is shown as "").
    std::string known() const
    {
        std::string list;
        for (const auto &entry : m_entries) {
            if (!list.empty())
                list += ", ";
            list += *entry.name ? entry.name : "\"\"";
        }
        return list;
    }

private:
    const char *m_what;
    std::span<const NamedValue<Enum>> m_entries;
};

// An enum whose table is found by `nameTable(value)` (declared beside the enum).
template<class Enum>
concept NamedEnum = std::is_enum_v<Enum> && requires(Enum value)
{
    nameTable(value).what();
};

// nlohmann::json conversions by name (found by argument-dependent lookup).
template<NamedEnum Enum>
void to_json(nlohmann::json &json, Enum value)
{
    json = nameTable(value).toString(value);
}

// Throws std::invalid_argument for a value that is not a string or not a known name.
template<NamedEnum Enum>
void from_json(const nlohmann::json &json, Enum &value)
{
    if (!json.is_string())
        throw std::invalid_argument("expected the name of a " + std::string(nameTable(value).what())
                                    + " (" + nameTable(value).known() + ")");
    value = nameTable(value).fromString(json.get<std::string>());
}

} // namespace rnn
