// Reading a whole text file with a size limit, and parsing JSON with a nesting limit, for the
// loaders of core (model files, presets, CSV files). Both refuse what is over the limit before
// they allocate for it; their messages name the file and, for JSON, the line and column.
// What this file is not: a format reader (each loader checks its own fields).
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace rnn {

// Why readTextFile failed; what() is "FILE: what is wrong".
class TextFileError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The whole file; TextFileError when it cannot be opened or read, or when it is larger than
// maxBytes (the message names `limitName`, e.g. "limits::maxModelFileBytes"), which is checked
// before reading it.
std::string readTextFile(const std::string &path, std::size_t maxBytes, const char *limitName);

// Parses JSON text; TextFileError "SOURCE, line L, column C: not valid JSON (...)", or naming
// limits::maxJsonDepth when arrays and objects nest deeper than maxDepth.
nlohmann::json parseJsonText(std::string_view text, const std::string &source, int maxDepth);

} // namespace rnn
