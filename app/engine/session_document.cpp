// Implementation of session_document.h: the app's fields of a session file, its data files
// (hashed, embedded, checked on opening) and the atomic write.
#include "session_document.h"

#include "bounded_file.h"

#include "loader_limits.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <stdexcept>

namespace rnnlab {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rnnlab::SessionDocument", text);
}

// Thrown inside this file: a field of "app" ("app.inspect.index") and what is wrong with it.
struct AppFieldError
{
    QString field;
    QString why;
};

nlohmann::json toNlohmann(const QJsonObject &object)
{
    return nlohmann::json::parse(
        QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString());
}

QJsonObject toQt(const nlohmann::json &json)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(json.dump())).object();
}

const char *const sourceNames[] = { "trained", "train", "validation", "test", "text" };

QJsonObject requestToJson(const InspectRequest &r)
{
    QJsonObject o;
    o[QStringLiteral("source")] = QLatin1String(sourceNames[static_cast<int>(r.source)]);
    o[QStringLiteral("index")] = r.index;
    o[QStringLiteral("text")] = r.text;
    o[QStringLiteral("target_class")] = r.targetClass;
    QJsonArray values;
    for (double v : r.values)
        values.append(v);
    o[QStringLiteral("values")] = values;
    o[QStringLiteral("original")]
        = r.original ? QJsonValue(requestToJson(*r.original)) : QJsonValue(QJsonValue::Null);
    return o;
}

int intField(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInt()))
        throw AppFieldError { path + QLatin1Char('.') + key, tr("expected a whole number") };
    return v.toInt();
}

InspectRequest requestFromJson(const QJsonObject &o, const QString &path, int depth = 0)
{
    InspectRequest r;
    const QString source = o.value(QStringLiteral("source")).toString();
    bool known = false;
    for (int i = 0; i < 5; ++i) {
        if (source == QLatin1String(sourceNames[i])) {
            r.source = static_cast<InspectSource>(i);
            known = true;
        }
    }
    if (!known)
        throw AppFieldError { path + QStringLiteral(".source"),
                              tr("expected trained, train, validation, test or text") };
    r.index = intField(o, QStringLiteral("index"), path);
    r.targetClass = intField(o, QStringLiteral("target_class"), path);
    r.text = o.value(QStringLiteral("text")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("values")).toArray()) {
        if (!v.isDouble())
            throw AppFieldError { path + QStringLiteral(".values"), tr("expected numbers") };
        r.values.push_back(v.toDouble());
    }
    const QJsonValue original = o.value(QStringLiteral("original"));
    if (original.isObject() && depth == 0)
        r.original = std::make_shared<const InspectRequest>(
            requestFromJson(original.toObject(), path + QStringLiteral(".original"), 1));
    return r;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool isShipped(const QString &resolved)
{
    const QString datasets = datasetsDirectory() + QLatin1Char('/');
    return QFileInfo(resolved).absoluteFilePath().startsWith(datasets);
}

} // namespace

QString appDataDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

std::optional<rnn::SessionState> toSessionState(const SessionDocument &document, QString *error)
{
    rnn::SessionState state;
    const rnn::ExperimentConfig &config = document.setup.config;
    state.experiment = config.toJson();
    QJsonObject app;
    app[QStringLiteral("lesson_id")] = document.lesson.id;
    app[QStringLiteral("lesson")] = lessonToJson(document.lesson);
    app[QStringLiteral("beat")] = document.beat;
    app[QStringLiteral("recurrent_scale")] = document.setup.recurrentScale;
    app[QStringLiteral("inspected_sample")] = document.setup.inspectedSample;
    app[QStringLiteral("inspect")] = requestToJson(document.setup.inspect);
    app[QStringLiteral("window")] = document.window;
    state.app = toNlohmann(app);

    if (config.generator == rnn::Generator::None) {
        const std::pair<const char *, std::string> files[]
            = { { "data_file", config.dataFile }, { "test_data_file", config.testDataFile } };
        for (const auto &[key, file] : files) {
            if (file.empty())
                continue;
            const QString resolved = resolveDataFile(QString::fromStdString(file));
            QFile in(resolved);
            if (!in.open(QIODevice::ReadOnly)) {
                if (error)
                    *error = tr("Could not read the data file %1 (%2).")
                                 .arg(resolved, in.errorString());
                return std::nullopt;
            }
            if (in.size() > qint64(rnn::limits::maxCsvFileBytes)) {
                if (error)
                    *error = tr("The data file %1 is larger than RNN Lab reads.").arg(resolved);
                return std::nullopt;
            }
            const QByteArray bytes = in.readAll();
            rnn::SessionDataFile data;
            data.key = key;
            data.path = file;
            data.sha256 = sha256(bytes).toStdString();
            data.bytes = bytes.size();
            if (!isShipped(resolved)
                && static_cast<std::size_t>(bytes.size()) <= rnn::limits::maxEmbeddedDataBytes)
                data.embedded = bytes.toStdString();
            state.data.push_back(std::move(data));
        }
    }
    for (const MomentRecord &m : document.moments) {
        rnn::SessionMoment moment;
        moment.trainer = m.trainer;
        moment.app = { { "sample", m.sample },
                       { "next_sample", m.nextSample },
                       { "trained_sample", m.trainedSample },
                       { "updates", m.updates } };
        state.moments.push_back(std::move(moment));
    }
    state.displayed = document.displayed;
    return state;
}

std::optional<SessionDocument> fromSessionState(const rnn::SessionState &state,
                                                const QString &source, QString *error,
                                                QStringList *notes)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    SessionDocument document;
    try {
        rnn::ExperimentConfig config;
        try {
            config.apply(state.experiment);
        } catch (const std::exception &e) {
            throw AppFieldError { QStringLiteral("experiment"), QString::fromStdString(e.what()) };
        }
        // The data: the file named, if it is the one trained on; else the embedded copy.
        for (const rnn::SessionDataFile &data : state.data) {
            const QString named = QString::fromStdString(data.path);
            const QString resolved = resolveDataFile(named);
            const QString expected = QString::fromStdString(data.sha256);
            QFile in(resolved);
            const bool present
                = in.open(QIODevice::ReadOnly) && in.size() <= qint64(rnn::limits::maxCsvFileBytes);
            const bool same = present && sha256(in.readAll()) == expected;
            QString use = named;
            if (!same) {
                const QString why = present
                    ? tr("The data file %1 has changed since the session was saved (its SHA-256 "
                         "differs)")
                          .arg(resolved)
                    : tr("The data file %1 is missing").arg(named);
                if (!data.embedded)
                    return fail(tr("%1: %2, and the session does not carry a copy of it: its "
                                   "weights were trained on other data. Put the original file "
                                   "back there and open the session again.")
                                    .arg(source, why));
                const QByteArray bytes = QByteArray::fromStdString(*data.embedded);
                if (sha256(bytes) != expected)
                    return fail(tr("%1: \"data\": the copy of %2 in the session is damaged (its "
                                   "SHA-256 is not the one recorded).")
                                    .arg(source, named));
                const QString dir = appDataDirectory() + QStringLiteral("/session-data");
                QDir().mkpath(dir);
                use = dir + QLatin1Char('/') + expected.left(16) + QLatin1Char('-')
                    + QFileInfo(named).fileName();
                if (!QFileInfo::exists(use)) {
                    QSaveFile out(use);
                    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()
                        || !out.commit())
                        return fail(tr("%1: could not write the session's copy of %2 to %3 (%4).")
                                        .arg(source, named, use, out.errorString()));
                }
                if (notes)
                    *notes << tr("%1; the copy saved in the session is used (%2).").arg(why, use);
            }
            if (data.key == "data_file")
                config.dataFile = use.toStdString();
            else
                config.testDataFile = use.toStdString();
        }
        if (const std::string problem = config.validate(); !problem.empty())
            throw AppFieldError { QStringLiteral("experiment"), QString::fromStdString(problem) };
        document.setup.config = config;

        const QJsonObject app = toQt(state.app);
        const QString id = app.value(QStringLiteral("lesson_id")).toString();
        if (const Lesson *builtIn = findLesson(id); builtIn && builtIn->id == id) {
            document.lesson = *builtIn;
        } else {
            // A lesson of the teacher's own, as it was open: its run is the session's.
            QJsonObject lessonJson = app.value(QStringLiteral("lesson")).toObject();
            lessonJson.remove(QStringLiteral("preset"));
            lessonJson[QStringLiteral("settings")] = toQt(config.toJson());
            QString lessonError;
            document.lesson = lessonFromJson(
                lessonJson, id.isEmpty() ? QStringLiteral("session") : id, &lessonError, source);
            if (document.lesson.id.isEmpty())
                throw AppFieldError { QStringLiteral("app.lesson"), lessonError };
        }
        document.lesson.config = config;
        document.beat = app.value(QStringLiteral("beat")).toString();
        const QJsonValue scale = app.value(QStringLiteral("recurrent_scale"));
        if (!scale.isDouble() || !(scale.toDouble() > 0.0 && scale.toDouble() <= 10.0))
            throw AppFieldError { QStringLiteral("app.recurrent_scale"),
                                  tr("expected a number in (0, 10]") };
        document.setup.recurrentScale = scale.toDouble();
        document.lesson.recurrentScale = scale.toDouble();
        document.setup.inspectedSample
            = intField(app, QStringLiteral("inspected_sample"), QStringLiteral("app"));
        document.setup.inspect = requestFromJson(app.value(QStringLiteral("inspect")).toObject(),
                                                 QStringLiteral("app.inspect"));
        document.window = app.value(QStringLiteral("window")).toObject();
        for (std::size_t i = 0; i < state.moments.size(); ++i) {
            const rnn::SessionMoment &m = state.moments[i];
            const QJsonObject counters = toQt(m.app);
            const QString path = QStringLiteral("moments[%1].app").arg(i);
            MomentRecord record;
            record.trainer = m.trainer;
            record.sample = intField(counters, QStringLiteral("sample"), path);
            record.nextSample = intField(counters, QStringLiteral("next_sample"), path);
            record.trainedSample = intField(counters, QStringLiteral("trained_sample"), path);
            const QJsonValue updates = counters.value(QStringLiteral("updates"));
            if (!updates.isDouble() || updates.toDouble() < 0)
                throw AppFieldError { path + QStringLiteral(".updates"),
                                      tr("expected a whole number >= 0") };
            record.updates = static_cast<std::uint64_t>(updates.toDouble());
            document.moments.push_back(std::move(record));
        }
        document.displayed = state.displayed;
    } catch (const AppFieldError &e) {
        return fail(QStringLiteral("%1: \"%2\": %3").arg(source, e.field, e.why));
    }
    return document;
}

bool writeSessionFile(const SessionDocument &document, const QString &path, QString *error)
{
    QString why;
    const std::optional<rnn::SessionState> state = toSessionState(document, &why);
    if (!state) {
        if (error)
            *error = tr("Could not save %1: %2 The previous file is unchanged.").arg(path, why);
        return false;
    }
    QByteArray bytes;
    try {
        bytes = QByteArray::fromStdString(rnn::sessionToJson(*state).dump());
    } catch (const std::exception &e) {
        if (error)
            *error = tr("Could not save %1: %2. The previous file is unchanged.")
                         .arg(path, QString::fromStdString(e.what()));
        return false;
    }
    bytes.append('\n');
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        if (error)
            *error = tr("Could not save %1: %2. The previous file is unchanged.")
                         .arg(path, out.errorString());
        return false;
    }
    return true;
}

std::optional<SessionDocument> sessionFromBytes(const QByteArray &bytes, const QString &source,
                                                QString *error, QStringList *notes)
{
    try {
        const rnn::SessionState state = rnn::parseSession(
            std::string_view(bytes.constData(), std::size_t(bytes.size())), source.toStdString());
        return fromSessionState(state, source, error, notes);
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return std::nullopt;
    }
}

std::optional<SessionDocument> readSessionFile(const QString &path, QString *error,
                                               QStringList *notes)
{
    const std::optional<QByteArray> bytes = readBoundedFile(path, rnn::limits::maxSessionFileBytes,
                                                            "limits::maxSessionFileBytes", error);
    if (!bytes)
        return std::nullopt;
    return sessionFromBytes(*bytes, path, error, notes);
}

} // namespace rnnlab
