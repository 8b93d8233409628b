// Nelder-Mead: the derivative-free simplex minimiser (Nelder & Mead 1965, with the standard
// coefficients of Lagarias et al. 1998), for the few smooth parameters of a classical baseline
// (Holt-Winters' smoothing constants and initial states). Not a general optimisation library:
// no bounds (the objective clamps its own arguments), no gradients, no parallelism.
#pragma once

#include "types.h"

#include <functional>

namespace rnn {

struct NelderMeadOptions
{
    int maxEvaluations = 20000; // per run
    int restarts = 4; // fresh simplices around the best point, while they still improve
    double tolerance = 1e-10; // stop when the simplex's values differ by less (relative)
    double initialStep = 0.1; // the first simplex: x0 + step * max(|x0_i|, 1) along each axis
};

struct NelderMeadResult
{
    Vector x; // the best point found
    double value = 0.0; // the objective there
    int evaluations = 0;
};

// Minimises f from x0. f must be defined everywhere (return a large number where it is not).
NelderMeadResult nelderMead(const std::function<double(const Vector &)> &f, const Vector &x0,
                            const NelderMeadOptions &options = {});

} // namespace rnn
