// Stratified hold-out: splits sample indices so every class keeps its proportion on both sides.
// Per class, the indices are shuffled with rnn::Random(seed) and round(n_c * holdOutFraction)
// of them go to `test` (at least one if n_c >= 2 and holdOutFraction > 0, never all n_c). Both
// lists are returned in increasing index order. Deterministic for a given seed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace rnn {

struct HoldOutSplit
{
    std::vector<std::size_t> train;
    std::vector<std::size_t> test;
};

// labels: class id per sample (>= 0). std::invalid_argument for a fraction outside [0, 1).
HoldOutSplit stratifiedHoldOut(const std::vector<int> &labels, double holdOutFraction,
                               std::uint64_t seed);

} // namespace rnn
