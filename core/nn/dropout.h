// Inverted dropout masks, as PyTorch's nn.Dropout: each entry is 0 (dropped) with probability p,
// else 1 / (1 - p), so the expected value is unchanged and evaluation needs no rescaling. Used by
// the network's input dropout and the readout's feature dropout; internal to core/nn.
#pragma once

#include "random.h"
#include "types.h"

namespace rnn::detail {

// mask (rows x cols), drawn column by column from random.
inline void dropoutMask(Index rows, Index cols, double p, Random &random, Matrix &mask)
{
    mask.resize(rows, cols);
    const double keep = 1.0 / (1.0 - p);
    for (Index c = 0; c < cols; ++c)
        for (Index r = 0; r < rows; ++r)
            mask(r, c) = random.uniform() < p ? 0.0 : keep;
}

} // namespace rnn::detail
