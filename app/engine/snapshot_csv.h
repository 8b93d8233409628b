// The numbers behind the views as CSV tables, written from one Snapshot: the Trace of the
// inspected sequence (every value and gradient per time step and unit), the predictions against
// the targets, the loss history and the confusion matrix. Pure formatting of what core computed;
// nothing is recomputed here. Files are UTF-8, comma-separated, one header line, numbers with 17
// significant digits (they read back to the same double), an empty field where there is no value.
#pragma once

#include "snapshot.h"

#include <QString>

#include <array>

namespace rnnlab {

enum class CsvTable { Trace, Predictions, Loss, Confusion };

// The name table (convention 15): the names used in file names and on the command line.
inline constexpr std::array<std::pair<CsvTable, const char *>, 4> csvTableNames { {
    { CsvTable::Trace, "trace" },
    { CsvTable::Predictions, "predictions" },
    { CsvTable::Loss, "loss" },
    { CsvTable::Confusion, "confusion" },
} };
const char *csvTableName(CsvTable table);
// A translated label for menus and the export dialog.
QString csvTableLabel(CsvTable table);

// Whether `snapshot` has the table (a forecast has no confusion matrix; a fresh run no loss).
bool hasCsvTable(const Snapshot &snapshot, CsvTable table);

// The table as CSV text (ending with a newline); empty when the snapshot has none.
//
// Trace: one line per value, columns t,token,layer,direction,quantity,unit,value where t counts
//   time steps from 1 (as the window does), layer from 0, direction is "forward" or "backward"
//   (empty for the inputs and outputs), unit from 0 and quantity is the lecture's symbol: x (the
//   input), "x*dL/dx" (gradient x input), each gate and candidate with "<q>_pre" (its
//   pre-activation) and "dL/d<q>_pre" (its gradient), c, dL/dc, h, dL/dh, s (Jordan's context),
//   y (the output: probabilities for a classifier) and target.
// Predictions: a forecast's whole series in data units (position,split,target,prediction,
//   persistence,holt_winters; split is train, validation, test or generated), a classifier's
//   test sequences (sequence,text,true_class,predicted_class,confidence,correct), else the
//   inspected sequence's outputs against its targets (t,unit,output,target).
// Loss: epoch,train_loss,validation_loss (one line per completed epoch).
// Confusion: true_class,<one column per predicted class>,recall (counts; rows = true class).
QString csvTable(const Snapshot &snapshot, CsvTable table);

} // namespace rnnlab
