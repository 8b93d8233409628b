// SeriesTransform: a transform of a positive series applied before differencing and scaling, so
// that a seasonal swing that grows with the level becomes a swing of constant size (airline):
//   Log      y = ln x
//   BoxCox   y = (x^lambda - 1) / lambda   (lambda = 0: ln x)
//   None     y = x
// inverse() turns the network's forecasts back into the data's units. Both need x > 0 (Log,
// BoxCox); validate() says where that fails.
#pragma once

#include "name_table.h"
#include "types.h"

#include <string>

namespace rnn {

enum class TransformKind { None, Log, BoxCox };

inline constexpr NamedValue<TransformKind> transformKindEntries[] = {
    { TransformKind::None, "none" },
    { TransformKind::Log, "log" },
    { TransformKind::BoxCox, "boxcox" },
};
inline constexpr NameTable<TransformKind> transformKindNames { "transform", transformKindEntries };
constexpr const NameTable<TransformKind> &nameTable(TransformKind)
{
    return transformKindNames;
}

struct SeriesTransform
{
    TransformKind kind = TransformKind::None;
    double lambda = 0.0; // BoxCox only

    bool isIdentity() const { return kind == TransformKind::None; }
    double apply(double x) const;
    double inverse(double y) const;
    Matrix apply(const Matrix &x) const;
    Matrix inverse(const Matrix &y) const;
    // -1 when every value can be transformed, else the index (column-major) of the first that
    // cannot (not positive, or not finite).
    Index firstInvalid(const Matrix &x) const;
    // The Box-Cox lambda in [-1, 2] that maximises the profile log-likelihood of `x` (all
    // positive), found on a grid of 0.01 (as scipy.stats.boxcox does with a finer optimiser).
    static double fitBoxCoxLambda(const Vector &x);
};

} // namespace rnn
