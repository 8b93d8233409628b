// SeriesSplit: a chronological train / validation / test split of R table rows into three
// consecutive row ranges [begin, end). Nothing is shuffled across the boundaries.
//
// Convention used by windowing: a window belongs to the part that holds ALL its target rows;
// its lookback may reach back into the previous part's rows (the inputs are known history at
// that time, never the future), but never before row 0. So with airline's Keras-style split
// (first 67% = 96 rows train, last 48 rows test) and lookback L, the test part has
// 48 - horizon + 1 windows, predicting every test month, and no target is ever seen in training.
#pragma once

#include "types.h"

#include <string>

namespace rnn {

struct RowRange
{
    Index begin = 0;
    Index end = 0; // exclusive
    Index size() const { return end - begin; }
    bool empty() const { return end <= begin; }
};

struct SeriesSplit
{
    RowRange train;
    RowRange validation; // may be empty
    RowRange test; // may be empty

    // train = first floor(R * trainFraction) rows, validation = the next
    // floor(R * validationFraction) rows, test = the rest (Keras tutorial: int(144 * 0.67) = 96).
    // std::invalid_argument for fractions outside [0, 1] or summing above 1.
    static SeriesSplit byFraction(Index rows, double trainFraction,
                                  double validationFraction = 0.0);
    // Explicit boundaries: train = [0, validationBegin), validation = [validationBegin,
    // testBegin), test = [testBegin, rows). Beijing: testBegin = first row of 2014.
    static SeriesSplit byRows(Index rows, Index validationBegin, Index testBegin);

    // An empty string if the ranges are consecutive, inside [0, rows) and train is non-empty;
    // otherwise what is wrong, in English.
    std::string validate(Index rows) const;
};

} // namespace rnn
