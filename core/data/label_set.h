// LabelSet: the class names of a classification data set, sorted (byte order) and numbered
// 0..K-1, so the same file always gives the same ids. Serialises to JSON for model files.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace rnn {

class LabelSet
{
public:
    LabelSet() = default;
    static LabelSet fromLabels(const std::vector<std::string> &labels); // distinct, sorted

    int size() const { return static_cast<int>(m_names.size()); }
    int id(const std::string &name) const; // -1 if absent
    const std::string &name(int id) const; // std::out_of_range if outside [0, size)
    const std::vector<std::string> &names() const { return m_names; }
    // Ids of labels; std::invalid_argument naming the first unknown label.
    std::vector<int> encode(const std::vector<std::string> &labels) const;

    nlohmann::json toJson() const; // ["anger", "disgust", ...]
    static LabelSet fromJson(const nlohmann::json &json); // throws std::invalid_argument

private:
    std::vector<std::string> m_names;
};

} // namespace rnn
