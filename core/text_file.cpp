// Implementation of text_file.h. The JSON depth is checked by the parser's callback, which sees
// every opening bracket before the parser allocates what is inside it.
#include "text_file.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace rnn {

namespace {

// Thrown from the parser's callback to stop it at the first bracket too deep.
struct TooDeep
{
};

// Line and column (1-based) of byte `offset` of text.
std::string lineAndColumn(std::string_view text, std::size_t offset)
{
    const std::size_t at = std::min(offset, text.size());
    long line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < at; ++i)
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    return "line " + std::to_string(line) + ", column "
        + std::to_string(static_cast<long>(at - lineStart) + 1);
}

// The byte where nesting first goes deeper than maxDepth (text.size() when it does not),
// counted outside strings, to place the error.
std::size_t firstTooDeep(std::string_view text, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return text.size();
}

} // namespace

std::string readTextFile(const std::string &path, std::size_t maxBytes, const char *limitName)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    std::ifstream in(path, std::ios::binary);
    if (!in || error)
        throw TextFileError(path + ": cannot open the file");
    if (size > maxBytes)
        throw TextFileError(path + ": the file is " + std::to_string(size)
                            + " bytes, more than the limit of " + std::to_string(maxBytes)
                            + " bytes (" + limitName + ")");
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (static_cast<std::size_t>(in.gcount()) != text.size())
        throw TextFileError(path + ": the file could not be read to the end");
    return text;
}

nlohmann::json parseJsonText(std::string_view text, const std::string &source, int maxDepth)
{
    const auto callback
        = [maxDepth](int depth, nlohmann::json::parse_event_t event, nlohmann::json &) {
              if ((event == nlohmann::json::parse_event_t::object_start
                   || event == nlohmann::json::parse_event_t::array_start)
                  && depth >= maxDepth)
                  throw TooDeep {};
              return true;
          };
    try {
        return nlohmann::json::parse(text.begin(), text.end(), callback);
    } catch (const TooDeep &) {
        throw TextFileError(source + ", " + lineAndColumn(text, firstTooDeep(text, maxDepth))
                            + ": arrays and objects nest deeper than the limit of "
                            + std::to_string(maxDepth) + " (limits::maxJsonDepth)");
    } catch (const nlohmann::json::parse_error &e) {
        // e.byte is the 1-based offset of the character where parsing failed.
        std::string detail = e.what();
        if (const auto colon = detail.rfind(": "); colon != std::string::npos)
            detail = detail.substr(colon + 2);
        throw TextFileError(source + ", " + lineAndColumn(text, e.byte > 0 ? e.byte - 1 : 0)
                            + ": not valid JSON (" + detail + ")");
    } catch (const nlohmann::json::exception &e) {
        // A number too large for a double (out_of_range 406) carries no position.
        std::string detail = e.what();
        if (const auto bracket = detail.find("] "); bracket != std::string::npos)
            detail = detail.substr(bracket + 2);
        throw TextFileError(source + ": not valid JSON (" + detail + ")");
    }
}

} // namespace rnn
