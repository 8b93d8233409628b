#include "random.h"

#include <cmath>
#include <numbers>
#include <sstream>
#include <stdexcept>
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

Random::State Random::state() const
{
    std::ostringstream out;
    out << m_engine;
    return { out.str(), m_hasSpare, m_spare };
}

void Random::setState(const State &state)
{
    // 312 words of at most 20 digits and the position: far below 16 KiB.
    if (state.engine.size() > 16384)
        throw std::invalid_argument("the random generator's state is too long");
    std::istringstream in(state.engine);
    std::mt19937_64 engine;
    in >> engine;
    if (in.fail())
        throw std::invalid_argument("the random generator's state is not valid");
    in >> std::ws;
    if (!in.eof())
        throw std::invalid_argument("the random generator's state has extra text");
    m_engine = engine;
    m_hasSpare = state.hasSpare;
    m_spare = state.spare;
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
