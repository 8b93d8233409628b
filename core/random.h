// The one random-number source of core: a seeded generator whose every draw is specified
// exactly (std::mt19937_64's sequence is fixed by the C++ standard; the conversions to double
// below are ours, not the library's implementation-defined distributions), so the same seed
// gives bit-identical weights, data and shuffles on every machine. Not thread-safe: each user
// owns its own Random.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace rnn {

class Random
{
public:
    explicit Random(std::uint64_t seed = 0)
        : m_engine(seed)
    { }

    // Uniform in [0, 1), 53 random bits.
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    // Uniform in [low, high).
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    // Standard normal (Box-Muller; the second value of each pair is kept for the next call).
    double normal();
    double normal(double mean, double stddev) { return mean + stddev * normal(); }
    // Uniform integer in [0, n), n > 0, without modulo bias.
    std::uint64_t below(std::uint64_t n);
    // Bernoulli draw with probability p of true.
    bool chance(double p) { return uniform() < p; }
    // A random permutation of 0..n-1 (Fisher-Yates with below()).
    std::vector<int> permutation(int n);
    // Raw 64 bits, e.g. to seed a child generator.
    std::uint64_t next() { return m_engine(); }

    // Everything that decides the next draws, to save a run and continue it bit for bit: the
    // engine's state as the C++ standard writes it (text, 312 words and a position) and the
    // spare normal value. setState throws std::invalid_argument for a text that is not one.
    struct State
    {
        std::string engine;
        bool hasSpare = false;
        double spare = 0.0;
    };
    State state() const;
    void setState(const State &state);

private:
    std::mt19937_64 m_engine;
    bool m_hasSpare = false;
    double m_spare = 0.0;
};

} // namespace rnn
