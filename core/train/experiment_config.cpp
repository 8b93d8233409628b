// Implementation of experiment_config.h: one table of (JSON key, member) pairs drives reading,
// writing and the unknown-key check, so a new option is added in one place.
#include "experiment_config.h"

#include "loader_limits.h"
#include "text_file.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace rnn {

namespace {

// Calls visit(key, member) for every member of the config (Config is ExperimentConfig or its
// const form).
template<class Config, class Visit>
void forEachField(Config &c, Visit &&visit)
{
    visit("preset", c.preset);
    visit("description", c.description);
    visit("task", c.task);
    visit("generator", c.generator);
    visit("data_file", c.dataFile);
    visit("test_data_file", c.testDataFile);
    visit("target", c.target);
    visit("features", c.features);
    visit("text_column", c.textColumn);
    visit("label_column", c.labelColumn);
    visit("date_column", c.dateColumn);
    visit("interpolate_missing", c.interpolateMissing);
    visit("train_fraction", c.trainFraction);
    visit("validation_fraction", c.validationFraction);
    visit("test_from", c.testFrom);
    visit("holdout_fraction", c.holdoutFraction);
    visit("validation_holdout", c.validationHoldout);
    visit("lookback", c.lookback);
    visit("horizon", c.horizon);
    visit("stride", c.stride);
    visit("topology", c.topology);
    visit("pooling", c.pooling);
    visit("scaling", c.scaling);
    visit("differencing", c.differencing);
    visit("transform", c.transform);
    visit("box_cox_lambda", c.boxCoxLambda);
    visit("season", c.season);
    visit("character_level", c.characterLevel);
    visit("max_length", c.maxLength);
    visit("punctuation_tokens", c.punctuationTokens);
    visit("min_frequency", c.minFrequency);
    visit("max_vocabulary", c.maxVocabulary);
    visit("embedding_size", c.embeddingSize);
    visit("subword_buckets", c.subwordBuckets);
    visit("subword_min", c.subwordMin);
    visit("subword_max", c.subwordMax);
    visit("sequence_length", c.sequenceLength);
    visit("train_samples", c.trainSamples);
    visit("test_samples", c.testSamples);
    visit("noise", c.noise);
    visit("model", c.model);
    visit("hidden", c.hidden);
    visit("layers", c.layers);
    visit("bidirectional", c.bidirectional);
    visit("jordan_mu", c.jordanMu);
    visit("forget_bias", c.forgetBias);
    visit("embedding_scale", c.embeddingScale);
    visit("dropout", c.dropout);
    visit("readout_dropout", c.readoutDropout);
    visit("skip_path", c.skipPath);
    visit("skip_loss", c.skipLoss);
    visit("epochs", c.epochs);
    visit("batch_size", c.batchSize);
    visit("optimizer", c.optimizer);
    visit("learning_rate", c.learningRate);
    visit("momentum", c.momentum);
    visit("weight_decay", c.weightDecay);
    visit("schedule", c.schedule);
    visit("step_every", c.stepEvery);
    visit("step_factor", c.stepFactor);
    visit("clip_norm", c.clipNorm);
    visit("patience", c.patience);
    visit("truncation", c.truncation);
    visit("length_buckets", c.lengthBuckets);
    visit("slice_size", c.sliceSize);
    visit("threads", c.threads);
    visit("seed", c.seed);
}

void readValue(const nlohmann::json &j, std::string &out)
{
    out = j.get<std::string>();
}
void readValue(const nlohmann::json &j, bool &out)
{
    if (!j.is_boolean())
        throw std::invalid_argument("expected true or false");
    out = j.get<bool>();
}
void readValue(const nlohmann::json &j, int &out)
{
    if (!j.is_number_integer())
        throw std::invalid_argument("expected a whole number");
    // get<int> would wrap a larger number around (4294967297 -> 1): out of range is an error.
    const auto value = j.is_number_unsigned() ? static_cast<std::int64_t>(std::min<std::uint64_t>(
                           j.get<std::uint64_t>(), std::uint64_t { INT64_MAX }))
                                              : j.get<std::int64_t>();
    if (value < INT_MIN || value > INT_MAX)
        throw std::invalid_argument("the whole number " + j.dump() + " is out of range");
    out = static_cast<int>(value);
}
void readValue(const nlohmann::json &j, std::uint64_t &out)
{
    if (!j.is_number_unsigned())
        throw std::invalid_argument("expected a whole number >= 0");
    out = j.get<std::uint64_t>();
}
void readValue(const nlohmann::json &j, double &out)
{
    if (!j.is_number())
        throw std::invalid_argument("expected a number");
    out = j.get<double>();
}
void readValue(const nlohmann::json &j, std::vector<std::string> &out)
{
    out = j.get<std::vector<std::string>>();
}
// The closed choices, by the names of their tables (core/name_table.h).
template<NamedEnum Enum>
void readValue(const nlohmann::json &j, Enum &out)
{
    out = j.get<Enum>();
}

} // namespace

namespace {

// "" when every size the run generates is within core/loader_limits.h, else the one that is not.
std::string checkSizeLimits(const ExperimentConfig &c)
{
    const struct
    {
        const char *key;
        int value;
        int limit;
        const char *limitName;
    } sizes[] = {
        { "lookback", c.lookback, limits::maxLookback, "maxLookback" },
        { "max_length", c.maxLength, limits::maxSequenceLength, "maxSequenceLength" },
        { "sequence_length", c.sequenceLength, limits::maxSequenceLength, "maxSequenceLength" },
        { "train_samples", c.trainSamples, limits::maxGeneratedSamples, "maxGeneratedSamples" },
        { "test_samples", c.testSamples, limits::maxGeneratedSamples, "maxGeneratedSamples" },
        { "embedding_size", c.embeddingSize, limits::maxInputSize, "maxInputSize" },
        { "max_vocabulary", c.maxVocabulary, limits::maxVocabularySize, "maxVocabularySize" },
        { "subword_buckets", c.subwordBuckets, limits::maxSubwordBuckets, "maxSubwordBuckets" },
        { "subword_max", c.subwordMax, limits::maxSubwordLength, "maxSubwordLength" },
        { "batch_size", c.batchSize, limits::maxBatchSize, "maxBatchSize" },
    };
    for (const auto &size : sizes)
        if (size.value > size.limit)
            return std::string("The setting ") + size.key + " is " + std::to_string(size.value)
                + ", more than the limit of " + std::to_string(size.limit)
                + " (limits::" + size.limitName + ").";
    return {};
}

} // namespace

std::string ExperimentConfig::validate() const
{
    if (generator == Generator::None && dataFile.empty())
        return "No data: give a data file (--data) or a preset.";
    if (generator == Generator::None && task == Task::Forecast && target.empty())
        return "A forecast needs the column to predict (--target).";
    if (hidden < 1 || hidden > limits::maxHiddenSize)
        return "The hidden size must be between 1 and " + std::to_string(limits::maxHiddenSize)
            + " (limits::maxHiddenSize).";
    if (layers < 1 || layers > limits::maxLayers)
        return "The number of layers must be between 1 and " + std::to_string(limits::maxLayers)
            + " (limits::maxLayers).";
    if (model == CellType::Jordan && (layers != 1 || bidirectional))
        return "A Jordan network has exactly one layer and one direction.";
    if (model == CellType::Mlp) {
        if (task != Task::Forecast || isSequenceTask(generator))
            return "The MLP (model mlp) reads one window of a series at once, so it works on "
                   "forecasts only; texts and sequence tasks need a recurrent model (elman, "
                   "jordan, lstm or gru).";
        if (topology != Topology::ManyToOne || pooling != Pooling::Last || bidirectional)
            return "The MLP (model mlp) answers once per window: use the many_to_one topology "
                   "with pooling last and one direction.";
        if (dropout > 0.0 || readoutDropout > 0.0)
            return "The MLP (model mlp) takes no dropout.";
    }
    if (skipPath
        && (task != Task::Classify || isSequenceTask(generator) || pooling == Pooling::Last
            || model == CellType::Jordan))
        return "The skip path (skip_path) reads the mean of the word vectors: it needs texts "
               "with pooling mean or max (and a cell other than Jordan's).";
    if (!(embeddingScale > 0.0 && embeddingScale <= 10.0))
        return "The embedding's initial scale (embedding_scale) must be above 0 and at most 10.";
    if (!(skipLoss >= 0.0 && skipLoss <= 100.0))
        return "The skip path's loss weight (skip_loss) must be between 0 and 100.";
    if (skipLoss > 0.0 && !skipPath)
        return "The skip path's loss (skip_loss) needs the skip path (skip_path true).";
    if (lookback < 0)
        return "The lookback must be positive (or 0 to choose it from the data).";
    if (horizon < 1)
        return "The horizon must be at least 1.";
    if (stride < 1)
        return "The stride must be at least 1.";
    if (model == CellType::Jordan && pooling != Pooling::Last)
        return "A Jordan network reads out at every step (its output is fed back): use pooling "
               "last.";
    if (season < 1)
        return "The season must be at least 1 row.";
    if (!(boxCoxLambda >= -2.0 && boxCoxLambda <= 3.0))
        return "The Box-Cox lambda must be between -2 and 3.";
    if (!(trainFraction > 0.0 && trainFraction < 1.0))
        return "The training fraction must be between 0 and 1 (exclusive).";
    if (!(validationFraction >= 0.0 && trainFraction + validationFraction < 1.0))
        return "The training and validation fractions must leave rows for the test.";
    if (!(holdoutFraction > 0.0 && holdoutFraction < 1.0))
        return "The hold-out fraction must be between 0 and 1 (exclusive).";
    if (!(validationHoldout >= 0.0 && validationHoldout < 1.0))
        return "The validation hold-out must be between 0 and 1.";
    if (maxLength < 1 || minFrequency < 1 || maxVocabulary < 3 || embeddingSize < 1)
        return "Text settings must be positive (maximum length, minimum frequency, vocabulary "
               "of at least 3, embedding size).";
    if (subwordBuckets < 0 || subwordMin < 1 || subwordMax < subwordMin)
        return "Subword settings: subword_buckets must be 0 (off) or positive, and 1 <= "
               "subword_min <= subword_max.";
    if (sliceSize < 0 || threads < 0)
        return "The slice size and the number of threads cannot be negative (0: automatic).";
    if (sequenceLength < 0 || trainSamples < 0 || testSamples < 0 || noise < 0.0)
        return "Generator settings cannot be negative.";
    if (auto error = checkSizeLimits(*this); !error.empty())
        return error;
    if (epochs < 0 || epochs > 1000000)
        return "The number of epochs must be between 0 and 1000000.";
    if (batchSize < 1)
        return "The batch size must be at least 1.";
    if (!(learningRate > 0.0 && learningRate < 1e6))
        return "The learning rate must be a positive number below 1e6.";
    if (schedule == LearningRateSchedule::Step && (stepEvery < 1 || !(stepFactor > 0.0)))
        return "A step schedule needs step_every >= 1 and step_factor > 0.";
    if (weightDecay < 0.0)
        return "The weight decay cannot be negative.";
    if (clipNorm < 0.0 || patience < 0 || truncation < 0)
        return "Clipping, patience and truncation cannot be negative.";
    return {};
}

void ExperimentConfig::apply(const nlohmann::json &json)
{
    if (!json.is_object())
        throw std::invalid_argument("an experiment configuration must be a JSON object");
    std::vector<std::string> known;
    forEachField(*this, [&](const char *key, auto &member) {
        known.emplace_back(key);
        const auto it = json.find(key);
        if (it == json.end())
            return;
        try {
            readValue(*it, member);
        } catch (const std::exception &e) {
            throw std::invalid_argument(std::string("\"") + key + "\": " + e.what());
        }
    });
    for (const auto &item : json.items())
        if (std::find(known.begin(), known.end(), item.key()) == known.end())
            throw std::invalid_argument("unknown setting \"" + item.key() + "\"");
}

nlohmann::json ExperimentConfig::toJson() const
{
    nlohmann::json json = nlohmann::json::object();
    forEachField(*this, [&](const char *key, const auto &member) { json[key] = member; });
    return json;
}

ExperimentConfig textClassificationDefaults()
{
    ExperimentConfig c;
    c.task = Task::Classify;
    c.punctuationTokens = true;
    c.subwordBuckets = 32768;
    c.subwordMin = 2;
    c.subwordMax = 5;
    c.embeddingSize = 64;
    c.embeddingScale = 0.05;
    c.bidirectional = true;
    c.pooling = Pooling::Max;
    c.skipPath = true;
    c.skipLoss = 1.0;
    c.forgetBias = 0.0;
    c.dropout = 0.0;
    c.epochs = 30;
    c.learningRate = 0.01;
    c.lengthBuckets = true;
    c.sliceSize = 8;
    return c;
}

PresetLibrary PresetLibrary::load(const std::string &path)
{
    nlohmann::json json;
    try {
        json = parseJsonText(
            readTextFile(path, limits::maxPresetsFileBytes, "limits::maxPresetsFileBytes"), path,
            limits::maxJsonDepth);
    } catch (const TextFileError &e) {
        throw std::runtime_error(e.what());
    }
    try {
        return fromJson(json);
    } catch (const std::exception &e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

PresetLibrary PresetLibrary::fromJson(const nlohmann::json &json)
{
    if (!json.is_object())
        throw std::invalid_argument("the presets must be a JSON object of named presets");
    PresetLibrary library;
    for (const auto &item : json.items()) {
        ExperimentConfig check;
        try {
            check.apply(item.value());
        } catch (const std::exception &e) {
            throw std::invalid_argument("preset \"" + item.key() + "\": " + e.what());
        }
        if (const std::string error = check.validate(); !error.empty())
            throw std::invalid_argument("preset \"" + item.key() + "\": " + error);
    }
    library.m_presets = json;
    return library;
}

std::vector<std::string> PresetLibrary::names() const
{
    std::vector<std::string> result;
    for (const auto &item : m_presets.items())
        result.push_back(item.key());
    return result;
}

bool PresetLibrary::contains(const std::string &name) const
{
    return m_presets.contains(name);
}

ExperimentConfig PresetLibrary::preset(const std::string &name) const
{
    if (!contains(name)) {
        std::string list;
        for (const auto &n : names())
            list += (list.empty() ? "" : ", ") + n;
        throw std::invalid_argument("unknown preset \"" + name + "\" (known: " + list + ")");
    }
    ExperimentConfig config;
    config.apply(m_presets.at(name));
    config.preset = name;
    return config;
}

#ifndef RNNLAB_INSTALLED_RESOURCES // set by core/train/CMakeLists.txt from the install directories
#define RNNLAB_INSTALLED_RESOURCES "../share/rnnlab"
#endif

std::string resourcesDirectory()
{
    namespace fs = std::filesystem;
    if (const char *env = std::getenv("RNNLAB_RESOURCES"); env && *env)
        return env;
    // An installed program reads the resources installed beside it, even where the source tree
    // it was built from still exists; a program in the build folder has none beside it.
    std::error_code error;
    const fs::path exe = fs::read_symlink("/proc/self/exe", error);
    const fs::path installed
        = error ? fs::path() : (exe.parent_path() / RNNLAB_INSTALLED_RESOURCES).lexically_normal();
    if (!installed.empty() && fs::is_directory(installed / "presets", error))
        return installed.string();
#ifdef RNNLAB_SOURCE_RESOURCES
    if (fs::is_directory(RNNLAB_SOURCE_RESOURCES, error))
        return RNNLAB_SOURCE_RESOURCES;
#endif
    return installed.empty() ? std::string("resources") : installed.string();
}

std::string resolveResourcePath(const std::string &path)
{
    namespace fs = std::filesystem;
    if (path.empty())
        return path;
    const fs::path p(path);
    if (p.is_absolute() || fs::exists(p))
        return path;
    const fs::path inResources = fs::path(resourcesDirectory()) / p;
    if (fs::exists(inResources))
        return inResources.string();
    return path;
}

} // namespace rnn
