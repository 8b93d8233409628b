#include "random.h"

#include <cmath>
#include <numbers>
#include <utility>

namespace rnn {

double Random::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    double u1 = uniform();
    while (u1 <= 0.0)
        u1 = uniform();
    const double u2 = uniform();
    const double radius = std::sqrt(-2.0 * std::log(u1));
    const double angle = 2.0 * std::numbers::pi * u2;
    m_spare = radius * std::sin(angle);
    m_hasSpare = true;
    return radius * std::cos(angle);
}

std::uint64_t Random::below(std::uint64_t n)
{
    // Rejection sampling: draw until the value falls inside the largest multiple of n.
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t value = m_engine();
    while (value >= limit)
        value = m_engine();
    return value % n;
}

std::vector<int> Random::permutation(int n)
{
    std::vector<int> order(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        order[static_cast<std::size_t>(i)] = i;
    for (int i = n - 1; i > 0; --i) {
        const auto j = static_cast<std::size_t>(below(static_cast<std::uint64_t>(i) + 1));
        std::swap(order[static_cast<std::size_t>(i)], order[j]);
    }
    return order;
}

} // namespace rnn
