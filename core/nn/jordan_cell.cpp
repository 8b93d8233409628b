// Forward and backward of the Jordan cell (see jordan_cell.h).
#include "jordan_cell.h"

namespace rnn {

void JordanCell::forward(LayerTrace &, bool) const { }

void JordanCell::backward(LayerTrace &, const Matrix &, int, bool, bool, Matrix &, Matrix &,
                          Matrix &, Matrix &, Matrix &) const
{ }

} // namespace rnn
