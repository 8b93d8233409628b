// TextDataset: labelled texts read from a CSV file (`text,label` by default, column names
// configurable), RFC 4180 quoting so texts may hold commas and quotes. Used by the emotion
// classification exercise. Errors (DataError with file, line, column): a missing column (the
// available ones are listed), an empty text or label, and a set with fewer than two classes,
// besides every file error of CsvReader.
#pragma once

#include "csv_reader.h"

#include <string>
#include <vector>

namespace rnn {

struct TextCsvOptions
{
    std::string textColumn = "text";
    std::string labelColumn = "label";
    CsvReadOptions read;
    bool requireTwoClasses = true; // a test file may hold one class; a training file may not
};

struct TextDataset
{
    std::string source;
    std::vector<std::string> texts; // N, UTF-8 as in the file
    std::vector<std::string> labels; // N, class names
    std::vector<long> lines; // N, the file line of each row

    static TextDataset load(const std::string &path, const TextCsvOptions &options = {});
    static TextDataset parse(std::string_view content, const std::string &sourceName,
                             const TextCsvOptions &options = {});
    static TextDataset fromDocument(const CsvDocument &document,
                                    const TextCsvOptions &options = {});

    std::size_t size() const { return texts.size(); }
    // The rows `indices` (e.g. one side of a stratified split), in that order.
    TextDataset subset(const std::vector<std::size_t> &indices) const;
};

} // namespace rnn
