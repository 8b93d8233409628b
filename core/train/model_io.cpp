// Implementation of model_io.h. Reading goes through small helpers that name the JSON path of
// the field they are reading, so every error says which field is wrong.
#include "model_io.h"

#include "loader_limits.h"
#include "nn/parameter_shapes.h"
#include "text_file.h"
#include "version.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <limits>
#include <sstream>

namespace rnn {

namespace {

using nlohmann::json;

// A field error: the caller prefixes the file name.
struct FieldError : std::invalid_argument
{
    using std::invalid_argument::invalid_argument;
};

const json &field(const json &object, const std::string &key, const std::string &path)
{
    if (!object.is_object())
        throw FieldError("\"" + path + "\" must be a JSON object");
    const auto it = object.find(key);
    if (it == object.end())
        throw FieldError("missing field \"" + (path.empty() ? key : path + "." + key) + "\"");
    return *it;
}

std::string fullName(const std::string &path, const std::string &key)
{
    return path.empty() ? key : path + "." + key;
}

std::string getString(const json &object, const std::string &key, const std::string &path = "")
{
    const json &value = field(object, key, path);
    if (!value.is_string())
        throw FieldError("field \"" + fullName(path, key) + "\" must be a string");
    return value.get<std::string>();
}

int getInt(const json &object, const std::string &key, const std::string &path = "")
{
    const json &value = field(object, key, path);
    if (!value.is_number_integer())
        throw FieldError("field \"" + fullName(path, key) + "\" must be a whole number");
    // get<int> would wrap a larger number around (4294967297 -> 1).
    if ((value.is_number_unsigned() && value.get<std::uint64_t>() > std::uint64_t { INT_MAX })
        || (!value.is_number_unsigned()
            && (value.get<std::int64_t>() < INT_MIN || value.get<std::int64_t>() > INT_MAX)))
        throw FieldError("field \"" + fullName(path, key) + "\" is " + value.dump()
                         + ", out of range");
    return value.get<int>();
}

double getDouble(const json &object, const std::string &key, const std::string &path = "")
{
    const json &value = field(object, key, path);
    if (value.is_null())
        return std::numeric_limits<double>::quiet_NaN();
    if (!value.is_number())
        throw FieldError("field \"" + fullName(path, key) + "\" must be a number");
    return value.get<double>();
}

bool getBool(const json &object, const std::string &key, const std::string &path = "")
{
    const json &value = field(object, key, path);
    if (!value.is_boolean())
        throw FieldError("field \"" + fullName(path, key) + "\" must be true or false");
    return value.get<bool>();
}

// A field holding a name of the enum's table (core/name_table.h); the error lists the known names.
template<class Enum>
Enum getName(const json &object, const std::string &key, const NameTable<Enum> &table,
             const std::string &path = "")
{
    const std::string text = getString(object, key, path);
    if (const auto value = table.find(text))
        return *value;
    throw FieldError("field \"" + fullName(path, key) + "\" is \"" + text + "\", not one of "
                     + table.known());
}

// Token ids run from 0 to V - 1 (V = network.vocabulary_size): a larger vocabulary would give
// ids the embedding does not have.
void checkVocabularySize(const json &vocabulary, const NetworkConfig &network)
{
    if (vocabulary.is_null())
        return;
    if (!vocabulary.is_object() || !vocabulary.contains("tokens")
        || !vocabulary["tokens"].is_array())
        throw FieldError("field \"vocabulary\" must be an object with an array \"tokens\"");
    const std::size_t tokens = vocabulary["tokens"].size();
    if (tokens > static_cast<std::size_t>(network.vocabularySize))
        throw FieldError("the vocabulary holds " + std::to_string(tokens)
                         + " tokens but the network's embedding has "
                         + std::to_string(network.vocabularySize)
                         + " (network.vocabulary_size): a token id would be out of range");
}

std::string shapeText(const Matrix &m)
{
    return std::to_string(m.rows()) + "x" + std::to_string(m.cols());
}

} // namespace

nlohmann::json matrixToJson(const Matrix &m)
{
    json rows = json::array();
    for (Index r = 0; r < m.rows(); ++r) {
        json row = json::array();
        for (Index c = 0; c < m.cols(); ++c)
            row.push_back(m(r, c));
        rows.push_back(std::move(row));
    }
    return rows;
}

Matrix matrixFromJson(const nlohmann::json &value, Index rows, Index cols, const std::string &what)
{
    if (!value.is_array() || static_cast<Index>(value.size()) != rows)
        throw FieldError(what + " must be an array of " + std::to_string(rows) + " rows");
    // Every row's length first: the matrix is allocated only for numbers the file holds.
    for (Index r = 0; r < rows; ++r) {
        const json &row = value[static_cast<std::size_t>(r)];
        if (!row.is_array() || static_cast<Index>(row.size()) != cols)
            throw FieldError(what + ", row " + std::to_string(r) + ": expected "
                             + std::to_string(cols) + " numbers");
    }
    Matrix m(rows, cols);
    for (Index r = 0; r < rows; ++r) {
        const json &row = value[static_cast<std::size_t>(r)];
        for (Index c = 0; c < cols; ++c) {
            const json &x = row[static_cast<std::size_t>(c)];
            if (!x.is_number())
                throw FieldError(what + ", row " + std::to_string(r) + ", column "
                                 + std::to_string(c) + ": not a number");
            m(r, c) = x.get<double>();
            if (!std::isfinite(m(r, c)))
                throw FieldError(what + ", row " + std::to_string(r) + ", column "
                                 + std::to_string(c) + " is not finite (NaN or infinite)");
        }
    }
    return m;
}

nlohmann::json parametersToJson(const Parameters &parameters)
{
    json list = json::array();
    for (const Parameter &p : parameters)
        list.push_back({ { "name", p.name },
                         { "rows", p.value.rows() },
                         { "cols", p.value.cols() },
                         { "value", matrixToJson(p.value) } });
    return list;
}

Parameters parametersFromJson(const nlohmann::json &parameters, const std::string &where)
{
    if (!parameters.is_array())
        throw FieldError("field \"" + where + "\" must be an array");
    Parameters result;
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        const json &p = parameters[i];
        const std::string path = where + "[" + std::to_string(i) + "]";
        Parameter parameter;
        parameter.name = getString(p, "name", path);
        const int rows = getInt(p, "rows", path);
        const int cols = getInt(p, "cols", path);
        if (rows < 0 || cols < 0)
            throw FieldError(path + " has a negative size");
        if (static_cast<std::size_t>(rows) > field(p, "value", path).size())
            throw FieldError(path + " declares " + std::to_string(rows) + " rows but holds "
                             + std::to_string(field(p, "value", path).size()));
        parameter.value = matrixFromJson(field(p, "value", path), rows, cols,
                                         path + " (parameter \"" + parameter.name + "\")");
        result.push_back(std::move(parameter));
    }
    return result;
}

nlohmann::json networkConfigToJson(const NetworkConfig &c)
{
    json j = json::object();
    j["cell"] = c.cell;
    j["input_size"] = c.inputSize;
    j["hidden_size"] = c.hiddenSize;
    j["layers"] = c.layers;
    j["bidirectional"] = c.bidirectional;
    j["output_size"] = c.outputSize;
    j["readout"] = c.readout;
    j["placement"] = c.placement;
    j["jordan_mu"] = c.jordanMu;
    if (c.isMlp())
        j["window_steps"] = c.windowSteps;
    j["vocabulary_size"] = c.vocabularySize;
    j["embedding_size"] = c.embeddingSize;
    j["padding_token"] = c.paddingToken;
    j["subword_buckets"] = c.subwordBuckets;
    j["skip_padding"] = c.skipPadding;
    j["readout_skip"] = c.readoutSkip;
    return j;
}

NetworkConfig networkConfigFromJson(const nlohmann::json &j)
{
    const std::string p = "network";
    NetworkConfig c;
    c.cell = getName(j, "cell", cellTypeNames, p);
    c.inputSize = getInt(j, "input_size", p);
    c.hiddenSize = getInt(j, "hidden_size", p);
    c.layers = getInt(j, "layers", p);
    c.bidirectional = getBool(j, "bidirectional", p);
    c.outputSize = getInt(j, "output_size", p);
    c.readout = getName(j, "readout", readoutKindNames, p);
    c.placement = getName(j, "placement", readoutPlacementNames, p);
    c.jordanMu = getDouble(j, "jordan_mu", p);
    c.windowSteps = j.contains("window_steps") ? getInt(j, "window_steps", p) : 0; // MLP only
    c.vocabularySize = getInt(j, "vocabulary_size", p);
    c.embeddingSize = getInt(j, "embedding_size", p);
    c.paddingToken = getBool(j, "padding_token", p);
    // Optional (files written before subword n-grams and pad skipping have neither).
    c.subwordBuckets = j.contains("subword_buckets") ? getInt(j, "subword_buckets", p) : 0;
    c.skipPadding = j.contains("skip_padding") ? getBool(j, "skip_padding", p) : false;
    // Optional too (files written before the readout's skip path have none).
    c.readoutSkip = j.contains("readout_skip") ? getBool(j, "readout_skip", p) : false;
    if (auto error = c.validate(); !error.empty())
        throw FieldError("the network configuration is invalid: " + error);
    return c;
}

Network ModelFile::makeNetwork(const std::string &source) const
{
    if (auto error = network.validate(); !error.empty())
        throw ModelFileError(source + ": the network configuration is invalid: " + error);
    // Names and shapes first, so the network is allocated only for weights the file holds.
    const std::vector<ParameterShape> expected = parameterShapes(network);
    for (const ParameterShape &p : expected) {
        const int i = findParameter(parameters, p.name);
        if (i < 0)
            throw ModelFileError(source + ": parameter \"" + p.name + "\" is missing");
        const Matrix &value = parameters[static_cast<std::size_t>(i)].value;
        if (value.rows() != p.rows || value.cols() != p.cols)
            throw ModelFileError(source + ": parameter \"" + p.name + "\" is " + shapeText(value)
                                 + " but this network needs " + std::to_string(p.rows) + "x"
                                 + std::to_string(p.cols));
    }
    for (const Parameter &p : parameters)
        if (std::none_of(expected.begin(), expected.end(),
                         [&](const ParameterShape &e) { return e.name == p.name; }))
            throw ModelFileError(source + ": parameter \"" + p.name
                                 + "\" does not belong to this network");
    Network net;
    try {
        net = Network(network, 1);
    } catch (const std::exception &e) {
        throw ModelFileError(source + ": the network configuration is invalid: " + e.what());
    }
    Parameters ordered = net.parameters();
    for (Parameter &p : ordered)
        p.value = parameters[static_cast<std::size_t>(findParameter(parameters, p.name))].value;
    if (auto error = net.setParameters(ordered); !error.empty())
        throw ModelFileError(source + ": " + error);
    return net;
}

nlohmann::json modelToJson(const ModelFile &model)
{
    json j = json::object();
    j["format"] = "rnnlab-model";
    j["format_version"] = ModelFile::currentFormatVersion;
    j["created_by"] = std::string("RNN Lab ") + coreVersion();
    j["task"] = model.task;
    j["network"] = networkConfigToJson(model.network);
    j["parameters"] = parametersToJson(model.parameters);
    j["scaler"] = model.scaler;
    j["target_scaler"] = model.targetScaler;
    j["vocabulary"] = model.vocabulary;
    j["labels"] = model.labels;
    j["experiment"] = model.experiment;
    json history = json::array();
    for (const EpochRecord &r : model.history) {
        json e = { { "epoch", r.epoch },
                   { "train_loss", r.trainLoss },
                   { "learning_rate", r.learningRate },
                   { "gradient_norm", r.gradientNorm },
                   { "seconds", r.seconds } };
        e["validation_loss"] = std::isfinite(r.validationLoss) ? json(r.validationLoss) : json();
        history.push_back(std::move(e));
    }
    j["history"] = std::move(history);
    j["metrics"] = model.metrics;
    return j;
}

ModelFile modelFromJson(const nlohmann::json &j, const std::string &source)
{
    ModelFile model;
    try {
        if (!j.is_object())
            throw FieldError("a model file must hold one JSON object");
        if (getString(j, "format") != "rnnlab-model")
            throw FieldError("this is not an RNN Lab model file (\"format\" is not "
                             "\"rnnlab-model\")");
        const int version = getInt(j, "format_version");
        if (version > ModelFile::currentFormatVersion)
            throw FieldError("the file has format version " + std::to_string(version)
                             + ", newer than this RNN Lab understands ("
                             + std::to_string(ModelFile::currentFormatVersion)
                             + "); open it with a newer RNN Lab");
        if (version < 1)
            throw FieldError("format version " + std::to_string(version) + " is not valid");
        model.task = getName(j, "task", taskNames);
        model.network = networkConfigFromJson(field(j, "network", ""));
        model.parameters = parametersFromJson(field(j, "parameters", ""), "parameters");
        model.scaler = field(j, "scaler", "");
        model.targetScaler = j.value("target_scaler", json());
        model.vocabulary = field(j, "vocabulary", "");
        checkVocabularySize(model.vocabulary, model.network);
        const json &labels = field(j, "labels", "");
        if (!labels.is_array() || !std::all_of(labels.begin(), labels.end(), [](const json &l) {
                return l.is_string();
            }))
            throw FieldError("field \"labels\" must be an array of strings");
        if (labels.size() > limits::maxClasses)
            throw FieldError("field \"labels\" names " + std::to_string(labels.size())
                             + " classes, more than the limit of "
                             + std::to_string(limits::maxClasses) + " (limits::maxClasses)");
        model.labels = labels.get<std::vector<std::string>>();
        if (model.network.readout == ReadoutKind::Softmax
            && static_cast<int>(model.labels.size()) != model.network.outputSize)
            throw FieldError("the network has " + std::to_string(model.network.outputSize)
                             + " classes but \"labels\" names "
                             + std::to_string(model.labels.size()));
        model.experiment = j.value("experiment", json::object());
        if (j.contains("history")) {
            const json &history = j.at("history");
            if (!history.is_array())
                throw FieldError("field \"history\" must be an array");
            for (std::size_t i = 0; i < history.size(); ++i) {
                const std::string path = "history[" + std::to_string(i) + "]";
                EpochRecord r;
                r.epoch = getInt(history[i], "epoch", path);
                r.trainLoss = getDouble(history[i], "train_loss", path);
                r.validationLoss = history[i].contains("validation_loss")
                    ? getDouble(history[i], "validation_loss", path)
                    : std::numeric_limits<double>::quiet_NaN();
                r.learningRate = history[i].value("learning_rate", 0.0);
                r.gradientNorm = history[i].value("gradient_norm", 0.0);
                r.seconds = history[i].value("seconds", 0.0);
                model.history.push_back(r);
            }
        }
        model.metrics = j.value("metrics", json::object());
    } catch (const FieldError &e) {
        throw ModelFileError(source + ": " + e.what());
    } catch (const json::exception &e) {
        throw ModelFileError(source + ": " + e.what());
    }
    model.makeNetwork(source); // checks every shape against the configuration
    return model;
}

void saveModel(const ModelFile &model, const std::string &path)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw ModelFileError(path + ": cannot open the file for writing");
    out << modelToJson(model).dump(1) << '\n';
    if (!out)
        throw ModelFileError(path + ": writing failed (disk full?)");
}

namespace {

// A model file's text: JSON within limits::maxJsonDepth, then modelFromJson.
ModelFile parseModel(std::string_view text, const std::string &source)
{
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw ModelFileError(source + ": the model file is empty");
    if (text.size() > limits::maxModelFileBytes)
        throw ModelFileError(source + ": the model file is " + std::to_string(text.size())
                             + " bytes, more than the limit of "
                             + std::to_string(limits::maxModelFileBytes)
                             + " bytes (limits::maxModelFileBytes)");
    json j;
    try {
        j = parseJsonText(text, source, limits::maxJsonDepth);
    } catch (const TextFileError &e) {
        throw ModelFileError(e.what());
    }
    return modelFromJson(j, source);
}

} // namespace

ModelFile loadModel(const std::string &path)
{
    try {
        return parseModel(
            readTextFile(path, limits::maxModelFileBytes, "limits::maxModelFileBytes"), path);
    } catch (const TextFileError &e) {
        throw ModelFileError(e.what());
    }
}

} // namespace rnn
