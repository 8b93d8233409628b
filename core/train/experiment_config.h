// ExperimentConfig: everything that defines one training run of the course, as plain data: where
// the data come from (a CSV file, a text file or a synthetic generator), how they are cut into
// sequences, which network learns them and how it is trained. Presets (resources/presets/
// presets.json) are partial ExperimentConfigs in JSON; the command line and the GUI start from
// one and override single fields. This is only a description: nothing here reads data or
// trains (see Experiment).
//
// JSON keys are the member names in snake_case (e.g. "learning_rate"); a preset may set any
// subset of them. Unknown keys and wrong types are errors, so a typo in a preset is caught. The
// closed choices (task, generator, topology, pooling, scaling, model, optimizer, schedule) are
// enums, written in JSON by the names of their tables (core/name_table.h); an unknown name is an
// error that lists the known ones.
#pragma once

#include "data/scaler.h"
#include "data/series_transform.h"
#include "nn/network_config.h"
#include "train/experiment_settings.h"
#include "train/optimizer.h"
#include "train/trainer.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace rnn {

struct ExperimentConfig
{
    std::string preset; // the preset this came from ("" if none), for reports only
    std::string description; // one line for --help and the GUI's preset list

    // ---- what is learnt
    Task task = Task::Forecast; // "forecast" (numbers) or "classify" (classes)
    // None ("") reads dataFile; otherwise one of the synthetic tasks of core/data: "sine", "xor",
    // "letters", "adding", "reber", "longrange", "latching", "resetsum" (running sum with resets:
    // the forget gate), "endlabel" (a label only the end reveals: bidirectional networks).
    Generator generator = Generator::None;

    // ---- data files (relative paths are resolved against the resources folder, then the
    // working directory)
    std::string dataFile;
    std::string testDataFile; // optional: a separate test file
    std::string target; // forecast: the column to predict
    std::vector<std::string> features; // forecast: input columns (empty: the target alone)
    std::string textColumn = "text"; // classify
    std::string labelColumn = "label"; // classify
    std::string dateColumn; // forecast: a date column for testFrom ("" = the first text column)
    bool interpolateMissing = false;

    // ---- splitting
    double trainFraction = 2.0 / 3.0; // forecast without testFrom: first part trains
    double validationFraction = 0.0; // forecast: taken after the training part (early stopping)
    std::string testFrom; // forecast: the test part starts at the first date with this prefix
    double holdoutFraction = 0.2; // classify without testDataFile: stratified hold-out
    double validationHoldout = 0.0; // classify: stratified validation part of the training set

    // ---- sequences
    int lookback = 0; // forecast: input steps L (0: chosen from the data's length)
    int horizon = 1; // forecast: steps predicted at once
    int stride = 1;
    // "many_to_one" (the last step reads out every horizon value), "encoder_decoder" (the
    // window is followed by `horizon` empty steps whose outputs are the forecast; the loss sits
    // on those steps only); see train/experiment_settings.h
    Topology topology = Topology::ManyToOne;
    // many-to-one readout: "last" reads the last step (the final states of both directions when
    // bidirectional); "mean" reads the mean of the top layer's outputs over the real (non-pad)
    // steps (ReadoutPlacement::MeanPool), "max" each unit's maximum over them
    // (ReadoutPlacement::MaxPool); not for Jordan networks.
    Pooling pooling = Pooling::Last;
    // none, minmax01, minmax11, zscore (fitted on train only)
    ScalerKind scaling = ScalerKind::MinMax01;
    bool differencing = false; // predict the change, not the level
    // none, log, boxcox: applied to the target before differencing and scaling (positive values)
    TransformKind transform = TransformKind::None;
    double boxCoxLambda = 0.0; // the Box-Cox transform's lambda (0: the log)
    int season = 12; // seasonal-naive baseline: the season's length in rows
    // classify (text)
    bool characterLevel = false;
    int maxLength = 40; // tokens per text (pre-padded / truncated)
    // Word tokens: "!" and "?" are tokens of their own rather than separators ("Sério?!" ->
    // "sério", "?", "!"): how a sentence ends says much about the feeling in it.
    bool punctuationTokens = false;
    int minFrequency = 1;
    int maxVocabulary = 20000;
    int embeddingSize = 32;
    // Hashed character n-grams beside the whole words (word tokens only; core/data/
    // subword_hasher.h, nn/embedding.h): subwordBuckets buckets (0: off) of n-grams of
    // subwordMin..subwordMax code points.
    int subwordBuckets = 0;
    int subwordMin = 3;
    int subwordMax = 5;
    // synthetic generators
    int sequenceLength = 0; // T of the generated sequences (0: the generator's default)
    int trainSamples = 0; // generated sequences / series length (0: the generator's default)
    int testSamples = 0;
    double noise = 0.0;

    // ---- network
    CellType model = CellType::Lstm; // elman, jordan, lstm, gru
    int hidden = 32;
    int layers = 1;
    bool bidirectional = false;
    double jordanMu = 0.5;
    double forgetBias = 1.0; // LSTM forget-gate bias at initialisation
    // Standard deviation of the word and n-gram vectors at initialisation (Gaussian). Small
    // vectors let the few texts a class has move them, not the noise they start with.
    double embeddingScale = 1.0;
    // Dropout while training (0: off): "dropout" on the first layer's input (the word vectors),
    // "readout_dropout" on the many-to-one readout's features (see NetworkConfig).
    double dropout = 0.0;
    double readoutDropout = 0.0;
    // Texts with pooling mean or max: "skip_path" lets the readout also read the mean of the word
    // vectors, around the recurrent layers (NetworkConfig::readoutSkip); "skip_loss" weights that
    // path's own loss while training (NetworkConfig::skipLoss; 0: off).
    bool skipPath = false;
    double skipLoss = 0.0;

    // ---- training
    int epochs = 100;
    int batchSize = 16;
    OptimizerKind optimizer = OptimizerKind::Adam; // sgd, momentum, adam
    double learningRate = 0.01;
    double momentum = 0.9;
    double weightDecay = 0.0; // L2 penalty added to the gradients (as PyTorch's weight_decay)
    LearningRateSchedule schedule = LearningRateSchedule::Constant; // constant, step, cosine
    int stepEvery = 0; // step schedule: multiply by stepFactor every stepEvery epochs
    double stepFactor = 0.5;
    double clipNorm = 5.0; // gradient clipping by global norm (0: off)
    int patience = 0; // early stopping: epochs without a better validation loss (0: off)
    int truncation = 0; // truncated BPTT steps (0: full BPTT)
    // Texts: batches of texts of similar length, cut to their longest (TrainerOptions::
    // lengthBuckets); gradient slices of slice_size samples on `threads` threads (0: every core;
    // the numbers do not depend on the thread count, see TrainerOptions::sliceSize).
    bool lengthBuckets = false;
    int sliceSize = 0;
    int threads = 0;
    std::uint64_t seed = 1;

    // "" when usable, otherwise what is wrong in one English sentence.
    std::string validate() const;

    // Sets the members named in json (snake_case keys); throws std::invalid_argument naming the
    // key for an unknown key, a value of the wrong type or an unknown name (listing the known).
    void apply(const nlohmann::json &json);
    nlohmann::json toJson() const;
};

// The default text pipeline: what `rnnlab-train --task classify --data F` (no preset) starts
// from, an ExperimentConfig with task classify and, on top of the general defaults, the settings
// that suit short texts: whole words, "!" and "?" as words, plus hashed character n-grams
// (subword_buckets 32768, n-grams of 2 to 5 code points) in 64 numbers each, started small
// (embedding_scale 0.05); a bidirectional LSTM (forget bias 0) whose readout takes each unit's
// maximum over the real words, beside a skip path (the mean of the word vectors, fastText's
// bag) that also learns alone (skip_loss 1); 30 epochs at learning rate 0.01 without dropout,
// batches bucketed by length and computed as slices of 8 texts on every core. On the
// Portuguese sentences: 70.6, 75.0, 73.3, 73.3, 72.8 % at seeds 1..5 (naive Bayes 75.0 %).
// Each choice was measured against the others in PyTorch and here (README, results).
ExperimentConfig textClassificationDefaults();

// The presets of resources/presets/presets.json: {"name": {partial config}, ...}. Each preset
// is applied on top of a default ExperimentConfig; "preset" is set to its name.
class PresetLibrary
{
public:
    // Throws std::runtime_error naming the file (and line/column for bad JSON).
    static PresetLibrary load(const std::string &path);
    static PresetLibrary fromJson(const nlohmann::json &json);

    std::vector<std::string> names() const;
    bool contains(const std::string &name) const;
    // Throws std::invalid_argument listing the names when name is unknown.
    ExperimentConfig preset(const std::string &name) const;

private:
    nlohmann::json m_presets = nlohmann::json::object();
};

// The folder holding datasets/ and presets/: $RNNLAB_RESOURCES if set; else the installed
// resources beside the executable ("<executable dir>/../share/rnnlab", from CMake's install
// directories) when they exist; else the source tree's resources/ when it exists (programs run
// from the build folder); else the installed location.
std::string resourcesDirectory();
// path itself if absolute or existing; else resources/path if that exists; else path.
std::string resolveResourcePath(const std::string &path);

} // namespace rnn
