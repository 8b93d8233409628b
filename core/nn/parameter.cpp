// Helpers over the uniform parameter list (see parameter.h).
#include "parameter.h"

#include <cmath>

namespace rnn {

int findParameter(const Parameters &parameters, std::string_view name)
{
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        if (parameters[i].name == name)
            return static_cast<int>(i);
    }
    return -1;
}

Index parameterScalarCount(const Parameters &parameters)
{
    Index count = 0;
    for (const Parameter &p : parameters)
        count += p.value.size();
    return count;
}

Gradients zeroGradients(const Parameters &parameters)
{
    Gradients gradients;
    gradients.reserve(parameters.size());
    for (const Parameter &p : parameters)
        gradients.push_back(Matrix::Zero(p.value.rows(), p.value.cols()));
    return gradients;
}

double globalNorm(const Gradients &gradients)
{
    double sum = 0.0;
    for (const Matrix &g : gradients)
        sum += g.squaredNorm();
    return std::sqrt(sum);
}

double clipGradientNorm(Gradients &gradients, double maxNorm)
{
    const double norm = globalNorm(gradients);
    if (maxNorm > 0.0 && norm > maxNorm) {
        const double scale = maxNorm / norm;
        for (Matrix &g : gradients)
            g *= scale;
    }
    return norm;
}

} // namespace rnn
