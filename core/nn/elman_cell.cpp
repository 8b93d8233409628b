// Forward and backward of the Elman cell (see elman_cell.h).
#include "elman_cell.h"

namespace rnn {

void ElmanCell::forward(LayerTrace &, bool) const { }

void ElmanCell::backward(LayerTrace &, int, bool, bool, Matrix &, Matrix &, Matrix &) const { }

} // namespace rnn
