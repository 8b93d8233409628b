#include "text_dataset.h"

#include "data_error.h"
#include "loader_limits.h"

#include <set>

namespace rnn {

namespace {

long findColumn(const CsvDocument &document, const std::string &name, const char *role)
{
    for (std::size_t c = 0; c < document.header.size(); ++c)
        if (document.header[c] == name)
            return static_cast<long>(c);
    std::string available;
    for (std::size_t c = 0; c < document.header.size(); ++c)
        available += (c ? ", " : "") + document.header[c];
    throw DataError(document.source, document.headerLine, 1,
                    std::string("there is no ") + role + " column named \"" + name
                        + "\"; the columns are: " + available);
}

bool isBlank(const std::string &text)
{
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

} // namespace

TextDataset TextDataset::load(const std::string &path, const TextCsvOptions &options)
{
    return fromDocument(CsvReader::readFile(path, options.read), options);
}

TextDataset TextDataset::parse(std::string_view content, const std::string &sourceName,
                               const TextCsvOptions &options)
{
    return fromDocument(CsvReader::parse(content, sourceName, options.read), options);
}

TextDataset TextDataset::fromDocument(const CsvDocument &document, const TextCsvOptions &options)
{
    const long textColumn = findColumn(document, options.textColumn, "text");
    const long labelColumn = findColumn(document, options.labelColumn, "label");
    TextDataset out;
    out.source = document.source;
    std::set<std::string> classes;
    for (const auto &row : document.rows) {
        const std::string &text = row.cells[static_cast<std::size_t>(textColumn)];
        std::string label = row.cells[static_cast<std::size_t>(labelColumn)];
        const auto first = label.find_first_not_of(" \t\r");
        const auto last = label.find_last_not_of(" \t\r");
        label = first == std::string::npos ? std::string() : label.substr(first, last - first + 1);
        if (isBlank(text))
            throw DataError(document.source, row.line, textColumn + 1, "the text is empty");
        if (label.empty())
            throw DataError(document.source, row.line, labelColumn + 1, "the label is empty");
        if (label.size() > limits::maxLabelBytes)
            throw DataError(document.source, row.line, labelColumn + 1,
                            "the label is " + std::to_string(label.size())
                                + " bytes long, more than the limit of "
                                + std::to_string(limits::maxLabelBytes)
                                + " bytes (limits::maxLabelBytes)");
        classes.insert(label);
        if (classes.size() > limits::maxClasses)
            throw DataError(document.source, row.line, labelColumn + 1,
                            "the file has more than " + std::to_string(limits::maxClasses)
                                + " different labels, the limit of classes (limits::maxClasses)");
        out.texts.push_back(text);
        out.labels.push_back(std::move(label));
        out.lines.push_back(row.line);
    }
    if (options.requireTwoClasses && classes.size() < 2)
        throw DataError(document.source, document.rows.front().line, labelColumn + 1,
                        "every row has the label \"" + *classes.begin()
                            + "\"; a classifier needs at least two classes");
    return out;
}

TextDataset TextDataset::subset(const std::vector<std::size_t> &indices) const
{
    TextDataset out;
    out.source = source;
    for (const auto i : indices) {
        out.texts.push_back(texts.at(i));
        out.labels.push_back(labels.at(i));
        out.lines.push_back(lines.at(i));
    }
    return out;
}

} // namespace rnn
