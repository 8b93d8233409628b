// Experiment: one training run of the course from an ExperimentConfig to numbers. It chooses the
// pipeline of its kind of data (ForecastPipeline: CSV windows or the sine series; TextPipeline:
// texts; SequenceTaskPipeline: a synthetic task), which prepares the data and the network for
// the topology; it trains that network with a Trainer, and the pipeline evaluates it on the test
// part beside the naive baselines (forecasts: persistence and seasonal naive, in the data's
// units; classes: the majority class) as a typed Evaluation. It also turns the result into a
// model file, a report JSON and a terminal summary. The command line (app/cli), the GUI's
// training session and the learning tests drive it.
//
// Topologies (the lecture's N x N diagram), chosen from the data:
//   many-to-one      forecast windows (readout at the last step: all horizon values at once),
//                    text classification, adding, latching, long-range clue (LastStep /
//                    FinalStates for bidirectional)
//   many-to-many     aligned next-item prediction: XOR, letters, Reber (readout every step), and
//                    config.topology = many_to_many for a series: step t learns the next
//                    `horizon` values after it, every step in the loss; the last step forecasts
//   encoder-decoder  config.topology = encoder_decoder: the window is followed by `horizon`
//                    empty steps whose outputs are the forecast (loss on those steps only)
//   one-to-many      config.topology = one_to_many: an encoder-decoder reading a one-value
//                    window and decoding max(horizon, lookback) steps, all in the loss; and
//                    generate(): a continuation from a seed window, each output fed back as the
//                    next input
//
// Not thread-safe; a copy is an independent run (the data are shared, immutable).
#pragma once

#include "data/forecast_dataset.h"
#include "data/vocabulary.h"
#include "train/evaluation.h"
#include "train/experiment_config.h"
#include "train/input_importance.h"
#include "train/model_io.h"
#include "train/trainer.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

namespace rnn {

class ForecastPipeline;
class Pipeline;
class TextPipeline;

class Experiment
{
public:
    // Reads and prepares the data and builds the network and the trainer. Throws DataError
    // (file, line, column) for bad data and std::invalid_argument for a bad configuration.
    explicit Experiment(const ExperimentConfig &config);
    // A trained model from its file, self-contained: the network and its weights, and the
    // preprocessing stored in the file (the scalers of the inputs and targets, the vocabulary,
    // the class names), never refitted. The configuration stored in the model (overridden by
    // `overrides`, e.g. {"data_file": ...} or {"test_data_file": ...}) says where its data are:
    // those files are read when they exist (or are named in `overrides`: then they must exist),
    // for the test part and the baselines; a model whose files are gone still predicts
    // (forecastAfter, classifyTexts) but hasTestData() is false and evaluate() throws.
    static Experiment fromModel(const ModelFile &model, const nlohmann::json &overrides = {});

    const ExperimentConfig &config() const { return m_config; }
    const NetworkConfig &networkConfig() const { return m_trainer.network().config(); }
    Trainer &trainer() { return m_trainer; }
    const Trainer &trainer() const { return m_trainer; }
    // Whether there are test samples to evaluate (false only for a model loaded without data).
    bool hasTestData() const;
    const SequenceSet &testSet() const;
    const std::vector<std::string> &classNames() const;
    // X: what each input is (the pipeline's inputNames()), empty for texts.
    const std::vector<std::string> &inputNames() const;
    // The forecast pipeline (its data, windows in data units, generation), or nullptr for
    // other kinds of data; likewise the text pipeline.
    const ForecastPipeline *forecast() const;
    const TextPipeline *text() const;
    // The text pipeline's vocabulary (to show tokens as words), or nullptr for other tasks.
    const Vocabulary *vocabulary() const;
    // The prepared forecast data (its scalers turn network outputs back into data units), or
    // nullptr for other tasks. Its test part is empty when the test is a separate file
    // (config().testDataFile), whose windows forecastTestDataset() holds; for a model loaded
    // without its training data it holds the names and scalers only.
    const ForecastDataset *forecastDataset() const;
    // The data whose test windows are evaluated: forecastDataset() itself, or the separate test
    // file prepared with the training data's scalers; nullptr when there are none.
    const ForecastDataset *forecastTestDataset() const;

    const TrainingReport &train(const ProgressCallback &progress = {});

    // The test metrics and baselines of the trained network (and its predictions in data
    // units): a ForecastEvaluation, ClassificationEvaluation or SequenceTaskEvaluation.
    Evaluation evaluate() const; // std::logic_error when !hasTestData()
    // Forecasts: which inputs matter, the permutation importance of every input variable on the
    // test windows (train/input_importance.h). std::logic_error for other tasks or without
    // test data.
    std::vector<InputImportance> importance(const ImportanceOptions &options = {}) const;
    // The whole report: toJson(evaluation) plus task, preset, model, epochs, seconds, stop
    // reason, history. Schema (forecast):
    //   {"task": "forecast", "preset", "model", "epochs", "seconds", "stop_reason", "message",
    //    "test": {"rmse", "mae", "samples"},
    //    "baselines": {"persistence": {"rmse", "mae"}, "seasonal_naive": {"rmse", "mae",
    //    "season"}}, "history": [...]}
    // classify: "test": {"accuracy", "macro_f1", "confusion", "labels", "per_class": {name:
    //    {"precision", "recall", "f1", "support"}}}, "baselines": {"majority": {"accuracy",
    //    "class"}}.
    // Synthetic sequence tasks add what the lesson looks at (e.g. "test.mse_predictable" and
    // "test.mse_other" for XOR).
    nlohmann::json report(const Evaluation &evaluation) const;
    nlohmann::json report() const { return report(evaluate()); }
    // Human-readable lines of the report, the metrics beside the baselines.
    std::string summary(const Evaluation &evaluation) const;

    ModelFile modelFile() const;

    // Generation: starting from the last `lookback` rows of the series (forecasts with one
    // feature that is the target), predict `steps` values, a pass at a time, each pass emitting
    // the model's whole horizon and feeding its outputs back as the next inputs (closed loop).
    // With an encoder-decoder reading a one-value window this is the one-to-many topology: one
    // value in, the next `horizon` values out. Data units. Throws std::logic_error for other
    // tasks.
    std::vector<double> generate(int steps) const;

    // --predict: forecasts of the next `horizon` values after the end of a CSV file with the
    // model's columns (Y x Hz in data units), or the classes of every text of a text CSV.
    Matrix forecastAfter(const std::string &csvPath) const;
    std::vector<int> classifyTexts(const std::vector<std::string> &texts,
                                   Matrix *probabilities = nullptr) const;

private:
    Experiment() = default;

    ExperimentConfig m_config;
    std::shared_ptr<const Pipeline> m_pipeline; // immutable, shared by copies
    Trainer m_trainer;
};

} // namespace rnn
