// Implementation of gradient_connectivity.h: the network read out at every step, a unit error at
// step t only, one BPTT, the input gradient's norm per step.
#include "gradient_connectivity.h"

#include <stdexcept>
#include <string>

namespace rnn {

Vector GradientConnectivity::relative() const
{
    const double top = norms.size() > 0 ? norms.maxCoeff() : 0.0;
    return top > 0.0 ? Vector(norms / top) : Vector(Vector::Zero(norms.size()));
}

GradientConnectivity gradientConnectivity(const Network &network, const InputBatch &input,
                                          int outputStep)
{
    if (network.config().isMlp())
        throw std::invalid_argument("An MLP has no time steps for the gradient to travel through.");
    if (input.batch != 1)
        throw std::invalid_argument("Gradient connectivity reads one sequence at a time.");
    if (outputStep < 0 || outputStep >= input.steps)
        throw std::invalid_argument("The output step " + std::to_string(outputStep)
                                    + " is outside the sequence (0.."
                                    + std::to_string(input.steps - 1) + ").");
    if (const std::string error = network.checkBatch(input, {}); !error.empty())
        throw std::invalid_argument(error);
    // The same weights, read out at every step with a squared error (the readout's weights have
    // the same shape for every placement of a network; dropout is for training only).
    NetworkConfig everyStep = network.config();
    everyStep.placement = ReadoutPlacement::EveryStep;
    everyStep.readout = ReadoutKind::Linear;
    everyStep.inputDropout = 0.0;
    everyStep.readoutDropout = 0.0;
    if (everyStep.outputSize < 1)
        everyStep.outputSize = 1;
    Network reader(everyStep, 1);
    if (const std::string error = reader.setParameters(network.parameters()); !error.empty())
        throw std::invalid_argument(error);
    Targets targets;
    targets.values = reader.forward(input).outputs; // O x T
    targets.values.col(outputStep).array() -= 1.0; // a unit error at step t
    targets.stepMask = Vector::Zero(input.steps);
    targets.stepMask(outputStep) = 1.0; // L_t alone
    Trace trace = reader.forward(input, targets);
    reader.backward(trace);
    GradientConnectivity result;
    result.outputStep = outputStep;
    result.norms = Vector::Zero(input.steps);
    for (int s = 0; s <= outputStep; ++s)
        result.norms(s) = trace.dInput.col(s).norm();
    return result;
}

} // namespace rnn
