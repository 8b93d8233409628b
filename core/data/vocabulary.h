// Vocabulary: token <-> id, built from the TRAINING texts only.
//   id 0 = padding "<pad>", id 1 = unknown "<unk>", then tokens by decreasing frequency (ties in
//   byte order of the token, so the result is deterministic); tokens rarer than minFrequency
//   are dropped; at most maxSize ids in all (pad and unk included; 0 = no limit).
// encode() maps unknown tokens to 1 and, given maxLength > 0, PRE-pads with 0 at the start and
// truncates by dropping the EARLIEST tokens (Keras pad_sequences defaults), so the last time
// step is always the last real token, which is what a many-to-one network reads out.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <unordered_map>
#include <vector>

namespace rnn {

struct VocabularyOptions
{
    int minFrequency = 1;
    int maxSize = 0; // 0 = unlimited; otherwise >= 2
};

class Vocabulary
{
public:
    static constexpr int paddingId = 0;
    static constexpr int unknownId = 1;
    static constexpr const char *paddingToken = "<pad>";
    static constexpr const char *unknownToken = "<unk>";

    Vocabulary(); // just pad and unk
    static Vocabulary build(const std::vector<std::vector<std::string>> &tokenizedTexts,
                            const VocabularyOptions &options = {});

    int size() const { return static_cast<int>(m_tokens.size()); }
    int id(const std::string &token) const; // unknownId if absent
    bool contains(const std::string &token) const;
    const std::string &token(int id) const; // std::out_of_range if outside [0, size)
    const std::vector<std::string> &tokens() const { return m_tokens; }
    long frequency(int id) const; // in the training texts (0 for pad and unk)

    // Ids of tokens; maxLength > 0 pads/truncates to exactly maxLength (see above).
    std::vector<int> encode(const std::vector<std::string> &tokens, int maxLength = 0) const;
    std::vector<std::string> decode(const std::vector<int> &ids) const; // pads skipped

    // {"tokens": [...], "frequencies": [...]}
    nlohmann::json toJson() const;
    static Vocabulary fromJson(const nlohmann::json &json); // throws std::invalid_argument

private:
    std::vector<std::string> m_tokens;
    std::vector<long> m_frequencies;
    std::unordered_map<std::string, int> m_ids;
};

} // namespace rnn
