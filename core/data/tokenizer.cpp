#include "tokenizer.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>
#include <stdexcept>

namespace rnn {

namespace {

using CodePoints = std::vector<utf8proc_int32_t>;

CodePoints decode(std::string_view text)
{
    CodePoints points;
    const auto *bytes = reinterpret_cast<const utf8proc_uint8_t *>(text.data());
    auto remaining = static_cast<utf8proc_ssize_t>(text.size());
    while (remaining > 0) {
        utf8proc_int32_t point = 0;
        const utf8proc_ssize_t used = utf8proc_iterate(bytes, remaining, &point);
        if (used <= 0 || point < 0)
            throw std::invalid_argument("the text is not valid UTF-8");
        points.push_back(point);
        bytes += used;
        remaining -= used;
    }
    return points;
}

void append(std::string &out, utf8proc_int32_t point)
{
    utf8proc_uint8_t buffer[4];
    const utf8proc_ssize_t length = utf8proc_encode_char(point, buffer);
    out.append(reinterpret_cast<const char *>(buffer), static_cast<std::size_t>(length));
}

bool isWordPoint(utf8proc_int32_t point)
{
    switch (utf8proc_category(point)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return true;
    default:
        return false;
    }
}

bool isApostrophe(utf8proc_int32_t point)
{
    return point == 0x27 || point == 0x2019;
}

bool isSpace(utf8proc_int32_t point)
{
    const auto category = utf8proc_category(point);
    return point == '\t' || point == '\n' || point == '\r' || point == '\f' || point == '\v'
        || category == UTF8PROC_CATEGORY_ZS || category == UTF8PROC_CATEGORY_ZL
        || category == UTF8PROC_CATEGORY_ZP;
}

// NFC, then lower case per code point.
CodePoints normalizedPoints(std::string_view text)
{
    std::size_t bad = 0;
    if (!Tokenizer::isValidUtf8(text, &bad))
        throw std::invalid_argument("the text is not valid UTF-8 (byte " + std::to_string(bad + 1)
                                    + ")");
    const std::string copy(text); // utf8proc_NFC wants a NUL-terminated string
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> nfc(
        utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t *>(copy.c_str())), &std::free);
    CodePoints points = nfc ? decode(reinterpret_cast<const char *>(nfc.get())) : decode(copy);
    for (auto &point : points)
        point = utf8proc_tolower(point);
    return points;
}

} // namespace

std::string toString(TokenMode mode)
{
    return mode == TokenMode::Word ? "word" : "character";
}

TokenMode tokenModeFromString(const std::string &name)
{
    if (name == "word")
        return TokenMode::Word;
    if (name == "character" || name == "char")
        return TokenMode::Character;
    throw std::invalid_argument("unknown token mode \"" + name + "\" (expected word or character)");
}

bool Tokenizer::isValidUtf8(std::string_view text, std::size_t *badByte)
{
    const auto *bytes = reinterpret_cast<const utf8proc_uint8_t *>(text.data());
    const auto size = static_cast<utf8proc_ssize_t>(text.size());
    utf8proc_ssize_t offset = 0;
    while (offset < size) {
        if (bytes[offset] < 0x80) { // ASCII fast path
            ++offset;
            continue;
        }
        utf8proc_int32_t point = 0;
        const utf8proc_ssize_t used = utf8proc_iterate(bytes + offset, size - offset, &point);
        if (used <= 0 || point < 0) {
            if (badByte)
                *badByte = static_cast<std::size_t>(offset);
            return false;
        }
        offset += used;
    }
    return true;
}

std::string Tokenizer::normalize(std::string_view text)
{
    std::string out;
    for (const auto point : normalizedPoints(text))
        append(out, point);
    return out;
}

std::vector<std::string> Tokenizer::tokenize(std::string_view text) const
{
    const CodePoints points = normalizedPoints(text);
    std::vector<std::string> tokens;
    if (m_mode == TokenMode::Character) {
        bool pendingSpace = false;
        for (const auto point : points) {
            if (isSpace(point)) {
                pendingSpace = !tokens.empty();
                continue;
            }
            if (pendingSpace)
                tokens.emplace_back(" ");
            pendingSpace = false;
            std::string token;
            append(token, point);
            tokens.push_back(std::move(token));
        }
        return tokens;
    }
    std::string word;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto point = points[i];
        if (isWordPoint(point)) {
            append(word, point);
        } else if (isApostrophe(point) && !word.empty() && i + 1 < points.size()
                   && isWordPoint(points[i + 1])) {
            append(word, point);
        } else {
            if (!word.empty()) {
                tokens.push_back(std::move(word));
                word.clear();
            }
            if (m_punctuation && (point == '!' || point == '?'))
                tokens.emplace_back(1, static_cast<char>(point));
        }
    }
    if (!word.empty())
        tokens.push_back(std::move(word));
    return tokens;
}

std::vector<std::vector<std::string>>
Tokenizer::tokenize(const std::vector<std::string> &texts) const
{
    std::vector<std::vector<std::string>> out;
    out.reserve(texts.size());
    for (const auto &text : texts)
        out.push_back(tokenize(text));
    return out;
}

} // namespace rnn
