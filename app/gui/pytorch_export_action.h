// File > Export as PyTorch…: the model of the moment on display written as core's PyTorch script
// beside its model file (core/train/pytorch_export.h), into a folder the user picks. This file
// only asks and tells; the script is core's, the model file the training controller's. It keeps
// no state.
#pragma once

#include <QString>

class QWidget;

namespace rnnlab {

class TrainingController;

// Asks for a folder (unless `folder` is given: tests and scripts), asks before replacing files
// already there, writes the script and the model file and says how to run it. Every problem
// (nothing to export, a model piece the exporter does not know, a folder that cannot be written)
// is shown in a message box (none when `quiet`). Returns the script's path, or an empty string
// when nothing was written.
QString exportAsPytorch(QWidget *parent, const TrainingController &controller,
                        const QString &folder = {}, bool quiet = false);

} // namespace rnnlab
