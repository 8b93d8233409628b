// The numbers a beat's text may quote: "{name}" or "{name:argument}" in a lesson's beat or reveal
// text is replaced by a measurement of the snapshot on screen (its Trace, its series view, its
// classification), so what the class reads is what the real network did, never a number written
// by hand. Each measurement reads what core computed; nothing here trains or differentiates.
//
//   loss, epoch, steps            the sample's loss, completed epochs, T
//   grad_first, grad_last         ||dL/dh_t|| at t = 1 and t = T (the selected row)
//   grad_ratio                    grad_first / grad_last
//   grad_step                     ||dL/dh_t|| at the selected step
//   hear_steps                    how many steps have a gradient >= 1% of the largest
//   cell_grad_ratio               ||dL/dC_1|| / ||dL/dC_T|| (LSTM)
//   value:S, mean:S               quantity S ("f", "c", "h", "s", ...) at the selected step:
//                                 the selected unit's value, the mean over the units
//   min:S, max:S, mean_abs:S      over every unit and step of the selected row
//   min_step:S, min_token:S       the step (1..T) where S's mean over the units is smallest,
//                                 and the token read there (text tasks)
//   h_norm[:ROW]                  ||h_t|| at the selected step (of row ROW)
//   silent_memory                 the (unit, step) with the largest |C| / |h| ("C = .., h = ..")
//   mu                            Jordan's self-loop
//   output_last, target_last      the output and the target at the last step
//   loss_steps                    how many steps feed the loss
//   error_mod3                    mean |y - target| on the steps t = 3k+1, 3k+2, 3k+3
//   test_rmse, persistence_rmse, holt_winters_rmse, rmse_gain (% better than persistence)
//   prediction_spread             the predictions' range as a share of the series' range
//   top_input, top_input_rise     the input whose shuffling hurts most, and by how much
//   importance_ranking            every input and its rise, most important first
//   accuracy, naive_bayes_accuracy, predicted_class, probability
//   top_word[:CLASS]              the word of the sequence on screen that pushes CLASS most
#pragma once

#include "snapshot.h"

#include <QString>
#include <QStringList>

namespace rnnlab {

// Where the class is looking: the step (0-based), the recurrent row and the unit.
struct MeasureContext
{
    int step = 0;
    int row = 0;
    int unit = 0;
};

const QStringList &beatMeasureNames();

// `text` with every "{name}" / "{name:argument}" replaced by its measurement of `snapshot`,
// numbers written in `language`'s way ("0,012" in pt_BR). A measurement the snapshot does not
// have becomes "?" and sets *complete to false.
QString fillMeasures(const QString &text, const Snapshot *snapshot, const MeasureContext &context,
                     const QString &language, bool *complete = nullptr);

} // namespace rnnlab
