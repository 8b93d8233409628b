// Forward and backward of the Lstm cell (see lstm_cell.h).
#include "lstm_cell.h"

namespace rnn {

void LstmCell::forward(LayerTrace &, bool) const { }

void LstmCell::backward(LayerTrace &, int, bool, bool, Matrix &, Matrix &, Matrix &) const { }

} // namespace rnn
