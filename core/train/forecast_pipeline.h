// ForecastPipeline: forecasting a series from a table (a CSV file, or the sine generator's series
// as a table in memory). It cuts the table into scaled windows (core/data ForecastDataset), feeds
// them to a many-to-one network (the last step reads out every horizon value) or an
// encoder-decoder (`horizon` empty steps after the window, the loss on those only), and turns
// the outputs back into the data's units for the evaluation beside persistence, seasonal naive
// and Holt-Winters (fitted once on the training part of the target, when it can be), for
// generation (one-to-many, outputs fed back) and for --predict.
//
// Shapes: X = features, Y = targets, L = lookback, Hz = horizon, N = windows.
#pragma once

#include "baselines/holt_winters.h"
#include "data/forecast_dataset.h"
#include "train/input_importance.h"
#include "train/pipeline.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rnn {

class ForecastPipeline : public Pipeline
{
public:
    // Resolves the lookback in `config` when it is 0 (from the table's length). Throws DataError
    // for bad data, std::invalid_argument for settings the data cannot take.
    ForecastPipeline(ExperimentConfig &config, const PipelineSource &source);

    // The prepared data (its scalers turn outputs back into data units). Its test part is empty
    // when the test is a separate file, whose windows testDataset() holds; without the training
    // data (a model alone) it holds the names and scalers only.
    const ForecastDataset &dataset() const { return *m_data; }
    // The data whose test windows are evaluated, or nullptr when there are none.
    const ForecastDataset *testDataset() const { return m_testData.get(); }
    // Holt-Winters fitted on the training part of the first target (multiplicative when its
    // values are all positive, else additive), or nullptr when it cannot be (no season of at
    // least 2, too short, a separate test file, a model without its data).
    const HoltWinters *holtWinters() const { return m_holtWinters ? &*m_holtWinters : nullptr; }

    Evaluation evaluate(const Trainer &trainer) const override; // a ForecastEvaluation
    void storeIn(ModelFile &model) const override;

    // Every window of `windows` (a part of `data`) predicted and in data units, with the naive
    // forecasts beside it.
    std::vector<ForecastWindow> predictWindows(const Trainer &trainer, const ForecastDataset &data,
                                               const WindowSet &windows) const;
    // Permutation importance of every input variable on the test windows (input_importance.h),
    // in data units. std::logic_error without test data.
    std::vector<InputImportance> importance(const Trainer &trainer,
                                            const ImportanceOptions &options) const;
    // What if: the forecast (Y x Hz, data units) of the window whose first target is table row
    // `firstTargetRow` of `data`, its inputs read from `windowLevels` (X x L, data units; see
    // ForecastDataset::scaleWindow) instead of the table, the levels rebuilt from the window's
    // own last value (ForecastDataset::lastLevel).
    Matrix forecastWindow(const Trainer &trainer, const ForecastDataset &data, Index firstTargetRow,
                          const Matrix &windowLevels) const;
    // The windows of a part ("train", "validation" or "test": the sets the trainer and the
    // evaluation read, in the same order) and the data they come from.
    const WindowSet &windows(const std::string &part) const;
    const ForecastDataset &dataOf(const std::string &part) const;
    // See Experiment::generate and Experiment::forecastAfter.
    std::vector<double> generate(const Trainer &trainer, int steps) const;
    Matrix forecastAfter(const Trainer &trainer, const std::string &csvPath) const;

private:
    ForecastOptions options(const CsvTable *table) const;
    void buildData(const CsvTable *table, ForecastOptions options, const PipelineSource &source);
    void buildNetwork();
    void fitHoltWinters();
    // data: the dataset the windows come from (its scaled targets for many-to-many).
    SequenceSet windowsToSequences(const WindowSet &windows, const ForecastDataset &data) const;
    // The outputs of one sample (Y x Hz, scaled) among a set's predictions.
    Matrix outputsToHorizon(const Matrix &predictions, Index sample) const;
    // The scaled outputs (Y x Hz) for one scaled input window (X x L).
    Matrix predictWindow(const Trainer &trainer, const Matrix &window) const;

    ExperimentConfig m_config;
    std::shared_ptr<const ForecastDataset> m_data;
    std::shared_ptr<const ForecastDataset> m_testData;
    std::optional<HoltWinters> m_holtWinters;
};

} // namespace rnn
