// Implementation of session_state.h. Reading goes through small helpers that name the JSON path
// of the field they read, so every error says which field is wrong.
#include "session_state.h"

#include "loader_limits.h"
#include "text_file.h"
#include "train/model_io.h"
#include "version.h"

#include <climits>
#include <cmath>
#include <limits>

namespace rnn {

namespace {

using nlohmann::json;

struct FieldError : std::invalid_argument
{
    using std::invalid_argument::invalid_argument;
};

std::string join(const std::string &path, const std::string &key)
{
    return path.empty() ? key : path + "." + key;
}

const json &field(const json &object, const std::string &key, const std::string &path)
{
    if (!object.is_object())
        throw FieldError("\"" + (path.empty() ? std::string("the file") : path)
                         + "\" must be a JSON object");
    const auto it = object.find(key);
    if (it == object.end())
        throw FieldError("missing field \"" + join(path, key) + "\"");
    return *it;
}

std::string getString(const json &o, const std::string &key, const std::string &path)
{
    const json &v = field(o, key, path);
    if (!v.is_string())
        throw FieldError("field \"" + join(path, key) + "\" must be a string");
    return v.get<std::string>();
}

std::int64_t getInt64(const json &o, const std::string &key, const std::string &path)
{
    const json &v = field(o, key, path);
    if (!v.is_number_integer()
        || (v.is_number_unsigned()
            && v.get<std::uint64_t>() > std::uint64_t { std::numeric_limits<std::int64_t>::max() }))
        throw FieldError("field \"" + join(path, key) + "\" must be a whole number");
    return v.get<std::int64_t>();
}

int getInt(const json &o, const std::string &key, const std::string &path)
{
    const std::int64_t v = getInt64(o, key, path);
    if (v < INT_MIN || v > INT_MAX)
        throw FieldError("field \"" + join(path, key) + "\" is " + std::to_string(v)
                         + ", out of range");
    return static_cast<int>(v);
}

// A number; null reads as `ifNull` (NaN or infinity, which JSON cannot write).
double getDouble(const json &o, const std::string &key, const std::string &path,
                 double ifNull = std::numeric_limits<double>::quiet_NaN())
{
    const json &v = field(o, key, path);
    if (v.is_null())
        return ifNull;
    if (!v.is_number())
        throw FieldError("field \"" + join(path, key) + "\" must be a number");
    return v.get<double>();
}

bool getBool(const json &o, const std::string &key, const std::string &path)
{
    const json &v = field(o, key, path);
    if (!v.is_boolean())
        throw FieldError("field \"" + join(path, key) + "\" must be true or false");
    return v.get<bool>();
}

json number(double x)
{
    return std::isfinite(x) ? json(x) : json();
}

json momentsToJson(const Gradients &moments)
{
    json list = json::array();
    for (const Matrix &m : moments)
        list.push_back(
            { { "rows", m.rows() }, { "cols", m.cols() }, { "value", matrixToJson(m) } });
    return list;
}

Gradients momentsFromJson(const json &list, const std::string &path)
{
    if (!list.is_array())
        throw FieldError("field \"" + path + "\" must be an array");
    Gradients result;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string where = path + "[" + std::to_string(i) + "]";
        const int rows = getInt(list[i], "rows", where);
        const int cols = getInt(list[i], "cols", where);
        if (rows < 0 || cols < 0)
            throw FieldError(where + " has a negative size");
        result.push_back(matrixFromJson(field(list[i], "value", where), rows, cols, where));
    }
    return result;
}

json historyToJson(const std::vector<EpochRecord> &history)
{
    json list = json::array();
    for (const EpochRecord &r : history)
        list.push_back({ { "epoch", r.epoch },
                         { "train_loss", number(r.trainLoss) },
                         { "validation_loss", number(r.validationLoss) },
                         { "learning_rate", r.learningRate },
                         { "gradient_norm", number(r.gradientNorm) },
                         { "seconds", r.seconds } });
    return list;
}

std::vector<EpochRecord> historyFromJson(const json &list, const std::string &path)
{
    if (!list.is_array())
        throw FieldError("field \"" + path + "\" must be an array");
    std::vector<EpochRecord> history;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string where = path + "[" + std::to_string(i) + "]";
        EpochRecord r;
        r.epoch = getInt(list[i], "epoch", where);
        r.trainLoss = getDouble(list[i], "train_loss", where);
        r.validationLoss = getDouble(list[i], "validation_loss", where);
        r.learningRate = getDouble(list[i], "learning_rate", where);
        r.gradientNorm = getDouble(list[i], "gradient_norm", where);
        r.seconds = getDouble(list[i], "seconds", where);
        history.push_back(r);
    }
    return history;
}

StopReason stopReasonFromName(const std::string &name, const std::string &path)
{
    for (StopReason r : { StopReason::Finished, StopReason::EarlyStopped, StopReason::Diverged,
                          StopReason::Cancelled })
        if (name == stopReasonName(r))
            return r;
    throw FieldError("field \"" + path + "\" is \"" + name
                     + "\", not one of finished, early_stopped, diverged, cancelled");
}

bool isPrefix(const std::vector<EpochRecord> &part, const std::vector<EpochRecord> &whole)
{
    if (part.size() > whole.size())
        return false;
    for (std::size_t i = 0; i < part.size(); ++i) {
        const EpochRecord &a = part[i];
        const EpochRecord &b = whole[i];
        const auto same
            = [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); };
        if (a.epoch != b.epoch || !same(a.trainLoss, b.trainLoss)
            || !same(a.validationLoss, b.validationLoss) || !same(a.learningRate, b.learningRate)
            || !same(a.gradientNorm, b.gradientNorm) || !same(a.seconds, b.seconds))
            return false;
    }
    return true;
}

json trainerToJson(const TrainerState &s, const std::vector<EpochRecord> &sessionHistory)
{
    json j = json::object();
    j["parameters"] = parametersToJson(s.parameters);
    j["optimizer"] = { { "steps", s.optimizer.steps },
                       { "learning_rate", s.optimizer.learningRate },
                       { "first", momentsToJson(s.optimizer.first) },
                       { "second", momentsToJson(s.optimizer.second) } };
    j["random"] = { { "engine", s.random.engine },
                    { "has_spare", s.random.hasSpare },
                    { "spare", s.random.spare } };
    j["order"] = s.order;
    j["position"] = s.position;
    j["epoch"] = s.epoch;
    j["in_epoch"] = s.inEpoch;
    j["epoch_loss_sum"] = number(s.epochLossSum);
    j["epoch_norm_sum"] = number(s.epochNormSum);
    j["epoch_samples"] = s.epochSamples;
    j["epoch_batches"] = s.epochBatches;
    j["epoch_seconds"] = s.epochSeconds;
    j["best_parameters"] = parametersToJson(s.bestParameters);
    j["best_loss"] = number(s.bestLoss);
    j["epochs_without_improvement"] = s.epochsWithoutImprovement;
    j["stopped"] = s.stopped;
    const TrainingReport &r = s.report;
    json report = { { "reason", stopReasonName(r.reason) },
                    { "message", r.message },
                    { "epochs", r.epochs },
                    { "best_epoch", r.bestEpoch },
                    { "best_validation_loss", number(r.bestValidationLoss) },
                    { "steps", r.steps },
                    { "seconds", r.seconds } };
    if (!isPrefix(r.history, sessionHistory))
        report["history"] = historyToJson(r.history);
    j["report"] = std::move(report);
    return j;
}

TrainerState trainerFromJson(const json &j, const std::string &path,
                             const std::vector<EpochRecord> &sessionHistory)
{
    TrainerState s;
    s.parameters = parametersFromJson(field(j, "parameters", path), join(path, "parameters"));
    const std::string o = join(path, "optimizer");
    const json &optimizer = field(j, "optimizer", path);
    s.optimizer.steps = getInt64(optimizer, "steps", o);
    s.optimizer.learningRate = getDouble(optimizer, "learning_rate", o);
    s.optimizer.first = momentsFromJson(field(optimizer, "first", o), join(o, "first"));
    s.optimizer.second = momentsFromJson(field(optimizer, "second", o), join(o, "second"));
    const std::string r = join(path, "random");
    const json &random = field(j, "random", path);
    s.random.engine = getString(random, "engine", r);
    s.random.hasSpare = getBool(random, "has_spare", r);
    s.random.spare = getDouble(random, "spare", r);
    const json &order = field(j, "order", path);
    if (!order.is_array())
        throw FieldError("field \"" + join(path, "order") + "\" must be an array");
    s.order.reserve(order.size());
    for (const json &i : order) {
        if (!i.is_number_integer() || i.get<std::int64_t>() < 0 || i.get<std::int64_t>() > INT_MAX)
            throw FieldError("field \"" + join(path, "order")
                             + "\" must hold sample numbers (whole numbers >= 0)");
        s.order.push_back(i.get<int>());
    }
    s.position = getInt64(j, "position", path);
    s.epoch = getInt(j, "epoch", path);
    s.inEpoch = getBool(j, "in_epoch", path);
    s.epochLossSum = getDouble(j, "epoch_loss_sum", path);
    s.epochNormSum = getDouble(j, "epoch_norm_sum", path);
    s.epochSamples = getInt64(j, "epoch_samples", path);
    s.epochBatches = getInt64(j, "epoch_batches", path);
    s.epochSeconds = getDouble(j, "epoch_seconds", path);
    s.bestParameters
        = parametersFromJson(field(j, "best_parameters", path), join(path, "best_parameters"));
    s.bestLoss = getDouble(j, "best_loss", path, std::numeric_limits<double>::infinity());
    s.epochsWithoutImprovement = getInt(j, "epochs_without_improvement", path);
    s.stopped = getBool(j, "stopped", path);
    const std::string rp = join(path, "report");
    const json &report = field(j, "report", path);
    s.report.reason = stopReasonFromName(getString(report, "reason", rp), join(rp, "reason"));
    s.report.message = getString(report, "message", rp);
    s.report.epochs = getInt(report, "epochs", rp);
    s.report.bestEpoch = getInt(report, "best_epoch", rp);
    s.report.bestValidationLoss = getDouble(report, "best_validation_loss", rp);
    s.report.steps = getInt64(report, "steps", rp);
    s.report.seconds = getDouble(report, "seconds", rp);
    if (report.contains("history")) {
        s.report.history = historyFromJson(report.at("history"), join(rp, "history"));
    } else {
        if (s.epoch < 0 || static_cast<std::size_t>(s.epoch) > sessionHistory.size())
            throw FieldError("field \"" + join(path, "epoch") + "\" is " + std::to_string(s.epoch)
                             + " but \"history\" holds " + std::to_string(sessionHistory.size())
                             + " epochs");
        s.report.history.assign(sessionHistory.begin(),
                                sessionHistory.begin() + static_cast<std::ptrdiff_t>(s.epoch));
    }
    return s;
}

bool isSha256(const std::string &text)
{
    return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

} // namespace

nlohmann::json sessionToJson(const SessionState &session)
{
    json j = json::object();
    j["format"] = "rnnlab-session";
    j["format_version"] = SessionState::currentFormatVersion;
    j["created_by"] = std::string("RNN Lab ") + coreVersion();
    j["experiment"] = session.experiment;
    j["app"] = session.app;
    json data = json::array();
    for (const SessionDataFile &d : session.data) {
        data.push_back({ { "key", d.key },
                         { "path", d.path },
                         { "sha256", d.sha256 },
                         { "bytes", d.bytes },
                         { "embedded", d.embedded ? json(*d.embedded) : json() } });
    }
    j["data"] = std::move(data);
    const std::vector<EpochRecord> history = session.moments.empty()
        ? std::vector<EpochRecord> {}
        : session.moments.back().trainer.report.history;
    j["history"] = historyToJson(history);
    json moments = json::array();
    for (const SessionMoment &m : session.moments)
        moments.push_back({ { "trainer", trainerToJson(m.trainer, history) }, { "app", m.app } });
    j["moments"] = std::move(moments);
    j["displayed"] = session.displayed;
    return j;
}

SessionState sessionFromJson(const nlohmann::json &j, const std::string &source)
{
    SessionState session;
    try {
        if (!j.is_object())
            throw FieldError("a session file must hold one JSON object");
        if (getString(j, "format", "") != "rnnlab-session")
            throw FieldError("this is not an RNN Lab session file (\"format\" is not "
                             "\"rnnlab-session\")");
        const int version = getInt(j, "format_version", "");
        if (version > SessionState::currentFormatVersion)
            throw FieldError("the file has format version " + std::to_string(version)
                             + ", newer than this RNN Lab understands ("
                             + std::to_string(SessionState::currentFormatVersion)
                             + "); open it with a newer RNN Lab");
        if (version < 1)
            throw FieldError("format version " + std::to_string(version) + " is not valid");
        session.experiment = field(j, "experiment", "");
        if (!session.experiment.is_object())
            throw FieldError("field \"experiment\" must be an object");
        session.app = field(j, "app", "");
        if (!session.app.is_object())
            throw FieldError("field \"app\" must be an object");
        const json &data = field(j, "data", "");
        if (!data.is_array() || data.size() > 2)
            throw FieldError("field \"data\" must be an array of at most 2 files");
        for (std::size_t i = 0; i < data.size(); ++i) {
            const std::string path = "data[" + std::to_string(i) + "]";
            SessionDataFile d;
            d.key = getString(data[i], "key", path);
            if (d.key != "data_file" && d.key != "test_data_file")
                throw FieldError("field \"" + path + ".key\" is \"" + d.key
                                 + "\", not data_file or test_data_file");
            d.path = getString(data[i], "path", path);
            d.sha256 = getString(data[i], "sha256", path);
            if (!isSha256(d.sha256))
                throw FieldError("field \"" + path + ".sha256\" must be 64 lower-case hex digits");
            d.bytes = getInt64(data[i], "bytes", path);
            const json &embedded = field(data[i], "embedded", path);
            if (embedded.is_string()) {
                if (embedded.get_ref<const std::string &>().size() > limits::maxEmbeddedDataBytes)
                    throw FieldError("field \"" + path + ".embedded\" is larger than the limit of "
                                     + std::to_string(limits::maxEmbeddedDataBytes)
                                     + " bytes (limits::maxEmbeddedDataBytes)");
                d.embedded = embedded.get<std::string>();
            } else if (!embedded.is_null()) {
                throw FieldError("field \"" + path + ".embedded\" must be a text or null");
            }
            session.data.push_back(std::move(d));
        }
        const std::vector<EpochRecord> history
            = historyFromJson(field(j, "history", ""), "history");
        const json &moments = field(j, "moments", "");
        if (!moments.is_array() || moments.empty())
            throw FieldError("field \"moments\" must be an array of at least one moment");
        if (moments.size() > limits::maxSessionMoments)
            throw FieldError("field \"moments\" holds " + std::to_string(moments.size())
                             + " moments, more than the limit of "
                             + std::to_string(limits::maxSessionMoments)
                             + " (limits::maxSessionMoments)");
        for (std::size_t i = 0; i < moments.size(); ++i) {
            const std::string path = "moments[" + std::to_string(i) + "]";
            SessionMoment m;
            m.trainer
                = trainerFromJson(field(moments[i], "trainer", path), path + ".trainer", history);
            m.app = field(moments[i], "app", path);
            if (!m.app.is_object())
                throw FieldError("field \"" + path + ".app\" must be an object");
            session.moments.push_back(std::move(m));
        }
        session.displayed = getInt(j, "displayed", "");
        if (session.displayed < 0 || static_cast<std::size_t>(session.displayed) >= moments.size())
            throw FieldError("field \"displayed\" is " + std::to_string(session.displayed)
                             + " but there are " + std::to_string(moments.size()) + " moments");
    } catch (const std::invalid_argument &e) {
        throw SessionFileError(source + ": " + e.what());
    } catch (const json::exception &e) {
        throw SessionFileError(source + ": " + e.what());
    }
    return session;
}

SessionState parseSession(std::string_view text, const std::string &source)
{
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw SessionFileError(source + ": the session file is empty");
    if (text.size() > limits::maxSessionFileBytes)
        throw SessionFileError(source + ": the session file is " + std::to_string(text.size())
                               + " bytes, more than the limit of "
                               + std::to_string(limits::maxSessionFileBytes)
                               + " bytes (limits::maxSessionFileBytes)");
    json j;
    try {
        j = parseJsonText(text, source, limits::maxJsonDepth);
    } catch (const TextFileError &e) {
        throw SessionFileError(e.what());
    }
    return sessionFromJson(j, source);
}

SessionState loadSession(const std::string &path)
{
    std::string text;
    try {
        text = readTextFile(path, limits::maxSessionFileBytes, "limits::maxSessionFileBytes");
    } catch (const TextFileError &e) {
        throw SessionFileError(e.what());
    }
    return parseSession(text, path);
}

} // namespace rnn
