// Forward and backward of the Gru cell (see gru_cell.h).
#include "gru_cell.h"

namespace rnn {

void GruCell::forward(LayerTrace &, bool) const { }

void GruCell::backward(LayerTrace &, int, bool, bool, Matrix &, Matrix &, Matrix &, Matrix &) const
{ }

} // namespace rnn
