#include "series_transform.h"

#include <cmath>
#include <limits>

namespace rnn {

double SeriesTransform::apply(double x) const
{
    switch (kind) {
    case TransformKind::None:
        return x;
    case TransformKind::Log:
        return std::log(x);
    case TransformKind::BoxCox:
        return std::abs(lambda) < 1e-12 ? std::log(x) : (std::pow(x, lambda) - 1.0) / lambda;
    }
    return x;
}

double SeriesTransform::inverse(double y) const
{
    switch (kind) {
    case TransformKind::None:
        return y;
    case TransformKind::Log:
        return std::exp(y);
    case TransformKind::BoxCox: {
        if (std::abs(lambda) < 1e-12)
            return std::exp(y);
        const double base = lambda * y + 1.0;
        return base <= 0.0 ? 0.0 : std::pow(base, 1.0 / lambda); // beyond the transform's range
    }
    }
    return y;
}

Matrix SeriesTransform::apply(const Matrix &x) const
{
    if (isIdentity())
        return x;
    return x.unaryExpr([this](double v) { return apply(v); });
}

Matrix SeriesTransform::inverse(const Matrix &y) const
{
    if (isIdentity())
        return y;
    return y.unaryExpr([this](double v) { return inverse(v); });
}

Index SeriesTransform::firstInvalid(const Matrix &x) const
{
    if (isIdentity())
        return -1;
    for (Index i = 0; i < x.size(); ++i)
        if (!(x.data()[i] > 0.0) || !std::isfinite(x.data()[i]))
            return i;
    return -1;
}

double SeriesTransform::fitBoxCoxLambda(const Vector &x)
{
    const double n = static_cast<double>(x.size());
    if (x.size() < 2)
        return 1.0;
    const double sumLog = x.array().log().sum();
    double best = 1.0, bestLikelihood = -std::numeric_limits<double>::infinity();
    for (int step = -100; step <= 200; ++step) {
        const SeriesTransform t { TransformKind::BoxCox, step / 100.0 };
        const Vector y = t.apply(Matrix(x)).col(0);
        const double variance = (y.array() - y.mean()).square().sum() / n;
        if (!(variance > 0.0))
            continue;
        const double likelihood = -0.5 * n * std::log(variance) + (t.lambda - 1.0) * sumLog;
        if (likelihood > bestLikelihood) {
            bestLikelihood = likelihood;
            best = t.lambda;
        }
    }
    return best;
}

} // namespace rnn
