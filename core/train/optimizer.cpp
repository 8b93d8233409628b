// SGD, momentum and Adam updates (see optimizer.h).
#include "optimizer.h"

#include <cmath>
#include <stdexcept>

namespace rnn {

std::string OptimizerConfig::validate() const
{
    if (!(learningRate >= 0.0) || !std::isfinite(learningRate))
        return "The learning rate must be a finite number >= 0.";
    if (!(momentum >= 0.0 && momentum < 1.0))
        return "The momentum must be in [0, 1).";
    if (!(beta1 >= 0.0 && beta1 < 1.0) || !(beta2 >= 0.0 && beta2 < 1.0))
        return "Adam's beta1 and beta2 must be in [0, 1).";
    if (!(epsilon > 0.0))
        return "Adam's epsilon must be > 0.";
    if (!(weightDecay >= 0.0))
        return "The weight decay must be >= 0.";
    return {};
}

void Optimizer::reset()
{
    m_first.clear();
    m_second.clear();
    m_steps = 0;
}

void Optimizer::setState(const State &state, const Parameters &parameters)
{
    const auto check = [&parameters](const Gradients &moments, const char *what) {
        if (moments.empty())
            return;
        if (moments.size() != parameters.size())
            throw std::invalid_argument(std::string("the optimizer's ") + what + " has "
                                        + std::to_string(moments.size()) + " matrices, the network "
                                        + std::to_string(parameters.size()));
        for (std::size_t i = 0; i < moments.size(); ++i)
            if (moments[i].rows() != parameters[i].value.rows()
                || moments[i].cols() != parameters[i].value.cols())
                throw std::invalid_argument(std::string("the optimizer's ") + what + " of "
                                            + parameters[i].name + " has the wrong shape");
    };
    check(state.first, "first moment");
    check(state.second, "second moment");
    if (state.steps < 0)
        throw std::invalid_argument("the optimizer's step count is negative");
    if (!std::isfinite(state.learningRate) || state.learningRate < 0.0)
        throw std::invalid_argument("the optimizer's learning rate is not a finite number >= 0");
    m_first = state.first;
    m_second = state.second;
    m_steps = state.steps;
    m_config.learningRate = state.learningRate;
}

void Optimizer::step(Parameters &parameters, const Gradients &gradients)
{
    if (parameters.size() != gradients.size())
        throw std::invalid_argument("Optimizer::step: parameters and gradients differ in number");
    const double lr = m_config.learningRate;
    const double decay = m_config.weightDecay;
    ++m_steps;
    const std::size_t n = parameters.size();
    const bool needFirst = m_config.kind != OptimizerKind::Sgd;
    if (needFirst && m_first.size() != n)
        m_first = zeroGradients(parameters);
    if (m_config.kind == OptimizerKind::Adam && m_second.size() != n)
        m_second = zeroGradients(parameters);

    const double b1 = m_config.beta1;
    const double b2 = m_config.beta2;
    const double t = static_cast<double>(m_steps);
    const double correction1 = 1.0 - std::pow(b1, t);
    const double correction2 = 1.0 - std::pow(b2, t);
    for (std::size_t i = 0; i < n; ++i) {
        Matrix &p = parameters[i].value;
        const Matrix &g0 = gradients[i];
        if (p.rows() != g0.rows() || p.cols() != g0.cols())
            throw std::invalid_argument("Optimizer::step: shape mismatch for "
                                        + parameters[i].name);
        switch (m_config.kind) {
        case OptimizerKind::Sgd:
            if (decay != 0.0)
                p -= lr * (g0 + decay * p);
            else
                p -= lr * g0;
            break;
        case OptimizerKind::Momentum: {
            Matrix &v = m_first[i];
            if (decay != 0.0)
                v = m_config.momentum * v + g0 + decay * p;
            else
                v = m_config.momentum * v + g0;
            p -= lr * v;
            break;
        }
        case OptimizerKind::Adam: {
            Matrix &m = m_first[i];
            Matrix &v = m_second[i];
            if (decay != 0.0) {
                const Matrix g = g0 + decay * p;
                m = b1 * m + (1.0 - b1) * g;
                v = b2 * v + (1.0 - b2) * g.cwiseProduct(g);
            } else {
                m = b1 * m + (1.0 - b1) * g0;
                v = b2 * v + (1.0 - b2) * g0.cwiseProduct(g0);
            }
            p.array() -= lr * (m.array() / correction1)
                / ((v.array() / correction2).sqrt() + m_config.epsilon);
            break;
        }
        }
    }
}

} // namespace rnn
