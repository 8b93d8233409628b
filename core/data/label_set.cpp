#include "label_set.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <stdexcept>

namespace rnn {

LabelSet LabelSet::fromLabels(const std::vector<std::string> &labels)
{
    LabelSet set;
    set.m_names = labels;
    std::sort(set.m_names.begin(), set.m_names.end());
    set.m_names.erase(std::unique(set.m_names.begin(), set.m_names.end()), set.m_names.end());
    return set;
}

int LabelSet::id(const std::string &name) const
{
    const auto found = std::lower_bound(m_names.begin(), m_names.end(), name);
    if (found == m_names.end() || *found != name)
        return -1;
    return static_cast<int>(found - m_names.begin());
}

const std::string &LabelSet::name(int id) const
{
    if (id < 0 || id >= size())
        throw std::out_of_range("no class with id " + std::to_string(id));
    return m_names[static_cast<std::size_t>(id)];
}

std::vector<int> LabelSet::encode(const std::vector<std::string> &labels) const
{
    std::vector<int> ids;
    ids.reserve(labels.size());
    for (const auto &label : labels) {
        const int i = id(label);
        if (i < 0)
            throw std::invalid_argument("the label \"" + label + "\" is not one of the "
                                        + std::to_string(size()) + " known classes");
        ids.push_back(i);
    }
    return ids;
}

nlohmann::json LabelSet::toJson() const
{
    return m_names;
}

LabelSet LabelSet::fromJson(const nlohmann::json &json)
{
    try {
        const auto names = json.get<std::vector<std::string>>();
        LabelSet set = fromLabels(names);
        if (set.m_names != names)
            throw std::invalid_argument("labels: the class names must be distinct and sorted");
        return set;
    } catch (const nlohmann::json::exception &error) {
        throw std::invalid_argument(std::string("labels: ") + error.what());
    }
}

} // namespace rnn
