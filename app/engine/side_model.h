// A network trained beside the main run, for a view that compares: lesson 1's MLP next to the
// Elman network, lesson 6's Elman and LSTM side by side under the gradient-connectivity view. It
// is core's Experiment on the run's own settings (same data, same windows or sequences, same
// seed) with another model, trained for a given number of epochs. A plain function returning a
// plain value, meant to run off the GUI thread (the views start it in a QThread of their own and
// take the value back); it touches no shared state.
#pragma once

#include "nn/network.h"
#include "train/experiment_config.h"

#include <QString>

#include <optional>

namespace rnnlab {

struct SideModel
{
    rnn::ExperimentConfig config; // as core completed it (lookback, horizon)
    rnn::Network network; // trained
    int epochs = 0; // epochs trained
    long parameters = 0; // weights
    std::optional<double> testRmse; // forecasts: the test RMSE in data units
    std::optional<double> testMse; // forecasts: the same, squared
    QString error; // not empty when the model could not be built or trained

    bool ok() const { return error.isEmpty(); }
};

// `settings` is the run's configuration as a snapshot holds it (the data file is resolved
// here). recurrentScale multiplies the recurrent weights after initialisation, as
// SessionSetup::recurrentScale does.
SideModel trainSideModel(const rnn::ExperimentConfig &settings, rnn::CellType model, int epochs,
                         double recurrentScale = 1.0);

} // namespace rnnlab
