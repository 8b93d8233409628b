// What goes into a network for one forward pass: a batch of B sequences of T steps, the
// targets of the loss, and optional initial states. Plain data; built by the trainer, the data
// room's adapters or a test. The column layout is the one legend of core/types.h: step t of
// the batch occupies the columns [t*B, t*B + B).
#pragma once

#include "types.h"

#include <vector>

namespace rnn {

struct InputBatch
{
    int steps = 0; // T
    int batch = 1; // B
    // Without embedding: X x TB feature columns.
    Matrix values;
    // With embedding: TB token ids (index t*B + b), each in 0..V-1.
    std::vector<int> tokens;
    // With subword n-grams (NetworkConfig::subwordBuckets NB > 0), optional: the n-gram bucket
    // ids of column j are subwordIds[subwordOffsets[j] .. subwordOffsets[j + 1]), each in
    // 0..NB-1 (compressed rows: subwordOffsets has TB + 1 entries, starting at 0). Both empty:
    // no column has n-grams.
    std::vector<int> subwordOffsets;
    std::vector<int> subwordIds;
};

// The loss's targets. Leave everything empty for a forward pass without a loss.
struct Targets
{
    // Linear readout: O x TB (EveryStep) or O x B (LastStep, FinalStates).
    Matrix values;
    // Softmax readout: class ids 0..O-1, size TB (EveryStep, index t*B + b) or B. A negative id
    // is ignored (no loss, no gradient; the mean is over the counted ids, as PyTorch's
    // ignore_index).
    std::vector<int> labels;
    // EveryStep only, optional: length T of 0/1; steps with 0 carry no loss. The mean is over
    // the counted steps (e.g. an encoder-decoder's loss on the last `horizon` steps only).
    Vector stepMask;

    bool empty() const { return values.size() == 0 && labels.empty(); }
};

// Initial states, zero when left empty. Outer index layer, inner index direction (0 forward,
// 1 backward); each matrix H x B. The backward direction's initial state feeds step T-1.
struct InitialStates
{
    std::vector<std::vector<Matrix>> hidden; // h_{-1}
    std::vector<std::vector<Matrix>> cell; // C_{-1}, LSTM only
    // Jordan only (one layer): s_{-1} (S x B) and y_{-1} (O x B); s_0 = mu * s_{-1} + y_{-1}.
    Matrix context;
    Matrix output;
};

} // namespace rnn
