// The three optimizers of the course, one value type: plain SGD, SGD with momentum and Adam, all
// updating a Parameters list in place from gradients in the same order (PyTorch's update rules,
// so results can be compared with it):
//     SGD:       p -= lr * g
//     Momentum:  v = momentum * v + g;  p -= lr * v
//     Adam:      m = b1 m + (1 - b1) g;  v = b2 v + (1 - b2) g^2;
//                p -= lr * (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps)
// weightDecay > 0 adds weightDecay * p to g first (L2, as PyTorch's weight_decay).
// The learning rate can be changed between steps (the trainer schedules it). An Optimizer holds
// its moment estimates, so it belongs to one network; copy it with the network to branch a run.
// It does not clip gradients (see clipGradientNorm in core/nn/parameter.h).
#pragma once

#include "name_table.h"
#include "nn/parameter.h"

#include <cstdint>
#include <string>

namespace rnn {

enum class OptimizerKind { Sgd, Momentum, Adam };

inline constexpr NamedValue<OptimizerKind> optimizerKindEntries[] = {
    { OptimizerKind::Sgd, "sgd" },
    { OptimizerKind::Momentum, "momentum" },
    { OptimizerKind::Adam, "adam" },
};
inline constexpr NameTable<OptimizerKind> optimizerKindNames { "optimizer", optimizerKindEntries };
constexpr const NameTable<OptimizerKind> &nameTable(OptimizerKind)
{
    return optimizerKindNames;
}

inline const char *optimizerKindName(OptimizerKind kind)
{
    return optimizerKindNames.toString(kind);
}

struct OptimizerConfig
{
    OptimizerKind kind = OptimizerKind::Adam;
    double learningRate = 0.01;
    double momentum = 0.9; // Momentum only
    double beta1 = 0.9; // Adam
    double beta2 = 0.999; // Adam
    double epsilon = 1e-8; // Adam
    double weightDecay = 0.0;

    // "" or a readable error.
    std::string validate() const;
};

class Optimizer
{
public:
    Optimizer() = default;
    explicit Optimizer(const OptimizerConfig &config)
        : m_config(config)
    { }

    const OptimizerConfig &config() const { return m_config; }
    double learningRate() const { return m_config.learningRate; }
    void setLearningRate(double learningRate) { m_config.learningRate = learningRate; }
    // Number of steps taken since construction or reset().
    std::int64_t stepCount() const { return m_steps; }

    // One update of parameters from gradients (same order and shapes).
    void step(Parameters &parameters, const Gradients &gradients);
    // Forgets the moment estimates and the step count.
    void reset();

    // The moment estimates and the step count, to save a run and continue it bit for bit.
    struct State
    {
        Gradients first;
        Gradients second;
        std::int64_t steps = 0;
        double learningRate = 0.0;
    };
    State state() const { return { m_first, m_second, m_steps, m_config.learningRate }; }
    // Throws std::invalid_argument when the moments do not fit `parameters` (number, shapes).
    void setState(const State &state, const Parameters &parameters);

private:
    OptimizerConfig m_config;
    Gradients m_first; // momentum buffer v (Momentum) or m (Adam)
    Gradients m_second; // Adam's v
    std::int64_t m_steps = 0;
};

} // namespace rnn
