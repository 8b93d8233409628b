#include "differencing.h"

#include <stdexcept>

namespace rnn {

Matrix difference(const Matrix &series)
{
    if (series.cols() < 2)
        throw std::invalid_argument("differencing needs at least two rows");
    return series.rightCols(series.cols() - 1) - series.leftCols(series.cols() - 1);
}

Matrix undifference(const Matrix &deltas, const Vector &lastLevel)
{
    if (deltas.rows() != lastLevel.size())
        throw std::invalid_argument("undifference: one last level per variable is needed");
    Matrix levels(deltas.rows(), deltas.cols());
    Vector level = lastLevel;
    for (Index j = 0; j < deltas.cols(); ++j) {
        level += deltas.col(j);
        levels.col(j) = level;
    }
    return levels;
}

} // namespace rnn
