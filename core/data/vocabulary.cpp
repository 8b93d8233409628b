#include "vocabulary.h"

#include "loader_limits.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <stdexcept>

namespace rnn {

Vocabulary::Vocabulary()
    : m_tokens { paddingToken, unknownToken }
    , m_frequencies { 0, 0 }
    , m_ids { { paddingToken, paddingId }, { unknownToken, unknownId } }
{ }

Vocabulary Vocabulary::build(const std::vector<std::vector<std::string>> &tokenizedTexts,
                             const VocabularyOptions &options)
{
    if (options.maxSize != 0 && options.maxSize < 2)
        throw std::invalid_argument("the vocabulary size must be 0 (no limit) or at least 2");
    std::map<std::string, long> counts;
    for (const auto &text : tokenizedTexts)
        for (const auto &token : text)
            ++counts[token];
    std::vector<std::pair<std::string, long>> sorted;
    for (const auto &[token, count] : counts)
        if (count >= options.minFrequency && token != paddingToken && token != unknownToken)
            sorted.emplace_back(token, count);
    // Stable on the byte-ordered map: equal counts keep byte order.
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    Vocabulary vocabulary;
    for (const auto &[token, count] : sorted) {
        if (options.maxSize > 0 && vocabulary.size() >= options.maxSize)
            break;
        vocabulary.m_ids.emplace(token, vocabulary.size());
        vocabulary.m_tokens.push_back(token);
        vocabulary.m_frequencies.push_back(count);
    }
    return vocabulary;
}

int Vocabulary::id(const std::string &token) const
{
    const auto found = m_ids.find(token);
    return found == m_ids.end() ? unknownId : found->second;
}

bool Vocabulary::contains(const std::string &token) const
{
    return m_ids.count(token) > 0;
}

const std::string &Vocabulary::token(int id) const
{
    if (id < 0 || id >= size())
        throw std::out_of_range("no token with id " + std::to_string(id));
    return m_tokens[static_cast<std::size_t>(id)];
}

long Vocabulary::frequency(int id) const
{
    if (id < 0 || id >= size())
        throw std::out_of_range("no token with id " + std::to_string(id));
    return m_frequencies[static_cast<std::size_t>(id)];
}

std::vector<int> Vocabulary::encode(const std::vector<std::string> &tokens, int maxLength) const
{
    std::vector<int> ids;
    ids.reserve(tokens.size());
    for (const auto &token : tokens)
        ids.push_back(id(token));
    if (maxLength <= 0)
        return ids;
    const auto length = static_cast<std::size_t>(maxLength);
    if (ids.size() > length) // truncate at the start: keep the last maxLength tokens
        ids.erase(ids.begin(), ids.end() - static_cast<std::ptrdiff_t>(length));
    else // pad at the start
        ids.insert(ids.begin(), length - ids.size(), paddingId);
    return ids;
}

std::vector<std::string> Vocabulary::decode(const std::vector<int> &ids) const
{
    std::vector<std::string> out;
    for (const int i : ids)
        if (i != paddingId)
            out.push_back(token(i));
    return out;
}

nlohmann::json Vocabulary::toJson() const
{
    return { { "tokens", m_tokens }, { "frequencies", m_frequencies } };
}

Vocabulary Vocabulary::fromJson(const nlohmann::json &json)
{
    try {
        const nlohmann::json &tokenList = json.at("tokens");
        if (tokenList.is_array() && tokenList.size() > std::size_t { limits::maxVocabularySize })
            throw std::invalid_argument("vocabulary: " + std::to_string(tokenList.size())
                                        + " tokens, more than the limit of "
                                        + std::to_string(limits::maxVocabularySize)
                                        + " (limits::maxVocabularySize)");
        const auto tokens = tokenList.get<std::vector<std::string>>();
        for (std::size_t i = 0; i < tokens.size(); ++i)
            if (tokens[i].size() > limits::maxTokenBytes)
                throw std::invalid_argument(
                    "vocabulary: token " + std::to_string(i) + " is "
                    + std::to_string(tokens[i].size()) + " bytes long, more than the limit of "
                    + std::to_string(limits::maxTokenBytes) + " bytes (limits::maxTokenBytes)");
        std::vector<long> frequencies(tokens.size(), 0);
        if (json.contains("frequencies")) {
            const nlohmann::json &list = json.at("frequencies");
            if (!list.is_array() || list.size() != tokens.size())
                throw std::invalid_argument("vocabulary: tokens and frequencies differ in length");
            for (std::size_t i = 0; i < list.size(); ++i) {
                if (!list[i].is_number_integer() || list[i].get<long>() < 0)
                    throw std::invalid_argument("vocabulary: frequency " + std::to_string(i)
                                                + " is not a whole number of at least 0");
                frequencies[i] = list[i].get<long>();
            }
        }
        if (tokens.size() < 2 || tokens[0] != paddingToken || tokens[1] != unknownToken)
            throw std::invalid_argument("vocabulary: the first tokens must be <pad> and <unk>");
        if (frequencies.size() != tokens.size())
            throw std::invalid_argument("vocabulary: tokens and frequencies differ in length");
        Vocabulary vocabulary;
        for (std::size_t i = 2; i < tokens.size(); ++i) {
            if (!vocabulary.m_ids.emplace(tokens[i], static_cast<int>(i)).second)
                throw std::invalid_argument("vocabulary: the token \"" + tokens[i]
                                            + "\" appears twice");
            vocabulary.m_tokens.push_back(tokens[i]);
            vocabulary.m_frequencies.push_back(frequencies[i]);
        }
        return vocabulary;
    } catch (const nlohmann::json::exception &error) {
        throw std::invalid_argument(std::string("vocabulary: ") + error.what());
    }
}

} // namespace rnn
