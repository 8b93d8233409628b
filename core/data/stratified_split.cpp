#include "stratified_split.h"

#include "random.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

namespace rnn {

HoldOutSplit stratifiedHoldOut(const std::vector<int> &labels, double holdOutFraction,
                               std::uint64_t seed)
{
    if (!(holdOutFraction >= 0.0 && holdOutFraction < 1.0))
        throw std::invalid_argument("the hold-out fraction must be in [0, 1)");
    std::map<int, std::vector<std::size_t>> byClass;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] < 0)
            throw std::invalid_argument("stratifiedHoldOut: negative class id");
        byClass[labels[i]].push_back(i);
    }
    Random random(seed);
    HoldOutSplit split;
    for (auto &[label, members] : byClass) {
        const auto n = static_cast<int>(members.size());
        auto held = static_cast<int>(std::lround(static_cast<double>(n) * holdOutFraction));
        if (holdOutFraction > 0.0 && n >= 2)
            held = std::clamp(held, 1, n - 1);
        else
            held = std::min(held, n - 1);
        const std::vector<int> order = random.permutation(n);
        for (int k = 0; k < n; ++k) {
            const std::size_t index
                = members[static_cast<std::size_t>(order[static_cast<std::size_t>(k)])];
            (k < held ? split.test : split.train).push_back(index);
        }
    }
    std::sort(split.train.begin(), split.train.end());
    std::sort(split.test.begin(), split.test.end());
    return split;
}

} // namespace rnn
