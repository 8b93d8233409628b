// Implementation of lesson.h: reading and validating lesson files.
#include "lesson.h"

#include "bounded_file.h"
#include "training_session.h"

#include "loader_limits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtDebug>

#include <algorithm>
#include <optional>
#include <stdexcept>

namespace rnnlab {

namespace {

// The keys of a lesson file; anything else is an error.
const QStringList &lessonKeys()
{
    static const QStringList keys
        = { QStringLiteral("number"),     QStringLiteral("default"),  QStringLiteral("title"),
            QStringLiteral("text"),       QStringLiteral("question"), QStringLiteral("panels"),
            QStringLiteral("references"), QStringLiteral("preset"),   QStringLiteral("settings"),
            QStringLiteral("gui"),        QStringLiteral("beats") };
    return keys;
}

// The GUI-only knobs of "gui".
const QString recurrentScaleKey = QStringLiteral("recurrent_scale");

// Thrown inside this file only: the key ("settings.hidden") and what is wrong with it.
struct LessonError
{
    QString key;
    QString why;
};

// A text in every language: a string (English) or {"en": ..., "pt_BR": ...}.
QMap<QString, QString> texts(const QJsonObject &json, const QString &key)
{
    QMap<QString, QString> result;
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return result;
    if (value.isString()) {
        result.insert(QStringLiteral("en"), value.toString());
        return result;
    }
    if (!value.isObject())
        throw LessonError { key,
                            QStringLiteral("expected a text or {\"en\": ..., \"pt_BR\": ...}") };
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            throw LessonError { key + QLatin1Char('.') + it.key(),
                                QStringLiteral("expected a text") };
        result.insert(it.key(), it.value().toString());
    }
    return result;
}

QStringList strings(const QJsonObject &json, const QString &key)
{
    QStringList result;
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return result;
    if (!value.isArray())
        throw LessonError { key, QStringLiteral("expected a list of texts") };
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString())
            throw LessonError { key, QStringLiteral("expected a list of texts") };
        result << v.toString();
    }
    return result;
}

QJsonObject object(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        throw LessonError { key, QStringLiteral("expected an object of settings") };
    return value.toObject();
}

nlohmann::json toNlohmann(const QJsonObject &object)
{
    return nlohmann::json::parse(
        QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString());
}

const rnn::PresetLibrary &presets()
{
    static const rnn::PresetLibrary library
        = rnn::PresetLibrary::load(rnn::resolveResourcePath("presets/presets.json"));
    return library;
}

rnn::ExperimentConfig presetConfig(const QString &preset)
{
    if (preset.isEmpty())
        return {};
    try {
        return presets().preset(preset.toStdString());
    } catch (const std::exception &e) {
        throw LessonError { QStringLiteral("preset"), QString::fromStdString(e.what()) };
    }
}

// The preset with `settings` applied; a LessonError names the setting that is not one.
rnn::ExperimentConfig configOf(const QString &preset, const nlohmann::json &settings)
{
    rnn::ExperimentConfig config = presetConfig(preset);
    try {
        config.apply(settings);
    } catch (const std::exception &e) {
        throw LessonError { QStringLiteral("settings"), QString::fromStdString(e.what()) };
    }
    return config;
}

// What ExperimentConfig::validate says of the run the lesson would start ("" = usable).
std::string problemOf(const rnn::ExperimentConfig &config, double recurrentScale)
{
    SessionSetup setup;
    setup.config = config;
    setup.recurrentScale = recurrentScale;
    return trainingConfig(setup).validate();
}

// Checks the whole run; a LessonError names the setting that makes it unusable: the one whose
// removal (going back to the preset's value) changes what validate() says.
void validateRun(const QString &preset, const nlohmann::json &settings,
                 const rnn::ExperimentConfig &config, double recurrentScale)
{
    const std::string problem = problemOf(config, recurrentScale);
    if (problem.empty())
        return;
    for (const auto &item : settings.items()) {
        nlohmann::json without = settings;
        without.erase(item.key());
        if (problemOf(configOf(preset, without), recurrentScale) != problem)
            throw LessonError { QStringLiteral("settings.") + QString::fromStdString(item.key()),
                                QString::fromStdString(problem) };
    }
    throw LessonError { preset.isEmpty() ? QStringLiteral("settings") : QStringLiteral("preset"),
                        QString::fromStdString(problem) };
}

// The data files of a run must be there (a file name of datasets/ or a path).
void checkFiles(const rnn::ExperimentConfig &config)
{
    if (config.generator != rnn::Generator::None)
        return;
    const std::pair<const char *, std::string> files[]
        = { { "data_file", config.dataFile }, { "test_data_file", config.testDataFile } };
    for (const auto &[key, file] : files) {
        if (file.empty())
            continue;
        const QString resolved = resolveDataFile(QString::fromStdString(file));
        if (!QFileInfo(resolved).isFile())
            throw LessonError {
                QStringLiteral("settings.") + QLatin1String(key),
                QStringLiteral("no such data file \"%1\"").arg(QString::fromStdString(file))
            };
    }
}

Lesson parse(const QJsonObject &json, const QString &id)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!lessonKeys().contains(it.key()))
            throw LessonError { it.key(),
                                QStringLiteral("unknown key (known: %1)")
                                    .arg(lessonKeys().join(QStringLiteral(", "))) };
    }
    Lesson lesson;
    lesson.id = id;
    const QJsonValue number = json.value(QStringLiteral("number"));
    if (!number.isUndefined() && !(number.isDouble() && number.toDouble() == number.toInt()))
        throw LessonError { QStringLiteral("number"), QStringLiteral("expected a whole number") };
    lesson.number = number.toInt();
    const QJsonValue isDefault = json.value(QStringLiteral("default"));
    if (!isDefault.isUndefined() && !isDefault.isBool())
        throw LessonError { QStringLiteral("default"), QStringLiteral("expected true or false") };
    lesson.isDefault = isDefault.toBool();
    lesson.title = texts(json, QStringLiteral("title"));
    if (lesson.title.isEmpty())
        throw LessonError { QStringLiteral("title"), QStringLiteral("a lesson needs a title") };
    lesson.text = texts(json, QStringLiteral("text"));
    lesson.question = texts(json, QStringLiteral("question"));
    lesson.panels = strings(json, QStringLiteral("panels"));
    lesson.references = strings(json, QStringLiteral("references"));

    const QJsonValue preset = json.value(QStringLiteral("preset"));
    if (!preset.isUndefined() && !preset.isString())
        throw LessonError { QStringLiteral("preset"), QStringLiteral("expected a preset's name") };
    lesson.preset = preset.toString();

    const QJsonObject gui = object(json, QStringLiteral("gui"));
    for (auto it = gui.begin(); it != gui.end(); ++it) {
        if (it.key() != recurrentScaleKey)
            throw LessonError { QStringLiteral("gui.") + it.key(),
                                QStringLiteral("unknown key (known: %1)").arg(recurrentScaleKey) };
    }
    if (gui.contains(recurrentScaleKey)) {
        const QJsonValue scale = gui.value(recurrentScaleKey);
        if (!scale.isDouble() || !(scale.toDouble() > 0.0 && scale.toDouble() <= 10.0))
            throw LessonError { QStringLiteral("gui.") + recurrentScaleKey,
                                QStringLiteral("expected a number in (0, 10]") };
        lesson.recurrentScale = scale.toDouble();
    }

    const nlohmann::json settings = toNlohmann(object(json, QStringLiteral("settings")));
    lesson.config = configOf(lesson.preset, settings);
    validateRun(lesson.preset, settings, lesson.config, lesson.recurrentScale);
    checkFiles(lesson.config);
    try {
        lesson.beats
            = parseBeats(json.value(QStringLiteral("beats")), lesson.config, lesson.recurrentScale);
        lesson.beatsJson = json.value(QStringLiteral("beats")).toArray();
    } catch (const BeatError &e) {
        throw LessonError { e.key, e.why };
    }
    return lesson;
}

} // namespace

QString Lesson::pick(const QMap<QString, QString> &texts, const QString &language)
{
    if (texts.contains(language))
        return texts.value(language);
    const QString base = language.section(QLatin1Char('_'), 0, 0);
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (it.key().section(QLatin1Char('_'), 0, 0) == base)
            return it.value();
    }
    return texts.value(QStringLiteral("en"));
}

Lesson lessonFromJson(const QJsonObject &json, const QString &id, QString *error,
                      const QString &source)
{
    try {
        return parse(json, id);
    } catch (const LessonError &e) {
        if (error)
            *error = QStringLiteral("%1: \"%2\": %3")
                         .arg(source.isEmpty() ? id : source, e.key, e.why);
    } catch (const std::exception &e) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(source.isEmpty() ? id : source,
                                                  QString::fromStdString(e.what()));
    }
    return {};
}

namespace {

QJsonObject textsToJson(const QMap<QString, QString> &texts)
{
    QJsonObject object;
    for (auto it = texts.begin(); it != texts.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject toQt(const nlohmann::json &json)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(json.dump())).object();
}

} // namespace

QJsonObject lessonToJson(const Lesson &lesson)
{
    QJsonObject json;
    json[QStringLiteral("number")] = lesson.number;
    if (lesson.isDefault)
        json[QStringLiteral("default")] = true;
    json[QStringLiteral("title")] = textsToJson(lesson.title);
    if (!lesson.text.isEmpty())
        json[QStringLiteral("text")] = textsToJson(lesson.text);
    if (!lesson.question.isEmpty())
        json[QStringLiteral("question")] = textsToJson(lesson.question);
    json[QStringLiteral("panels")] = QJsonArray::fromStringList(lesson.panels);
    if (!lesson.references.isEmpty())
        json[QStringLiteral("references")] = QJsonArray::fromStringList(lesson.references);
    if (!lesson.preset.isEmpty())
        json[QStringLiteral("preset")] = lesson.preset;
    // Only what differs from the preset, as a teacher would write it.
    nlohmann::json base;
    try {
        base = presetConfig(lesson.preset).toJson();
    } catch (const LessonError &) {
        base = rnn::ExperimentConfig {}.toJson();
    }
    const nlohmann::json full = lesson.config.toJson();
    nlohmann::json settings = nlohmann::json::object();
    for (const auto &item : full.items()) {
        if (item.key() == "preset" || item.key() == "description")
            continue;
        if (!base.contains(item.key()) || base.at(item.key()) != item.value())
            settings[item.key()] = item.value();
    }
    json[QStringLiteral("settings")] = toQt(settings);
    if (lesson.recurrentScale != 1.0)
        json[QStringLiteral("gui")] = QJsonObject { { recurrentScaleKey, lesson.recurrentScale } };
    if (!lesson.beatsJson.isEmpty())
        json[QStringLiteral("beats")] = lesson.beatsJson;
    return json;
}

bool writeLessonFile(const Lesson &lesson, const QString &path, QString *error)
{
    const QByteArray bytes = QJsonDocument(lessonToJson(lesson)).toJson(QJsonDocument::Indented);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        if (error)
            *error = QCoreApplication::translate("rnnlab::Lesson",
                                                 "Could not save %1: %2. The previous file is "
                                                 "unchanged.")
                         .arg(path, out.errorString());
        return false;
    }
    return true;
}

namespace {

// readLessonFile's work once the bytes are read: the JSON, then lessonFromJson.
Lesson parseLessonFile(const QByteArray &bytes, const QString &path, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, why);
        return Lesson {};
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(parseError.offset);
        const auto line = before.count('\n') + 1;
        const auto column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return fail(QStringLiteral("line %1, column %2: not valid JSON (%3)")
                        .arg(line)
                        .arg(column)
                        .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return fail(QStringLiteral("a lesson must be a JSON object"));
    QJsonObject json = document.object();
    // A data file named relative to the lesson is found beside it (a lesson of one's own,
    // copied to another machine with its data).
    QJsonObject settings = json.value(QStringLiteral("settings")).toObject();
    bool moved = false;
    for (const QString &key : { QStringLiteral("data_file"), QStringLiteral("test_data_file") }) {
        const QString file = settings.value(key).toString();
        const QString beside = QFileInfo(path).dir().filePath(file);
        if (!file.isEmpty() && QFileInfo(file).isRelative() && !path.startsWith(QLatin1Char(':'))
            && QFileInfo(beside).isFile()) {
            settings[key] = QFileInfo(beside).absoluteFilePath();
            moved = true;
        }
    }
    if (moved)
        json[QStringLiteral("settings")] = settings;
    return lessonFromJson(json, QFileInfo(path).completeBaseName(), error, path);
}

} // namespace

Lesson readLessonFile(const QString &path, QString *error)
{
    const std::optional<QByteArray> bytes = readBoundedFile(path, rnn::limits::maxLessonFileBytes,
                                                            "limits::maxLessonFileBytes", error);
    if (!bytes)
        return {};
    return parseLessonFile(*bytes, path, error);
}

const std::vector<Lesson> &builtInLessons()
{
    static const std::vector<Lesson> lessons = [] {
        std::vector<Lesson> result;
        const QDir dir(QStringLiteral(":/lessons"));
        const QStringList files
            = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QString error;
            Lesson lesson = readLessonFile(dir.filePath(name), &error);
            if (lesson.id.isEmpty())
                qWarning("rnnlab: %s", qPrintable(error));
            else
                result.push_back(std::move(lesson));
        }
        std::stable_sort(result.begin(), result.end(),
                         [](const Lesson &a, const Lesson &b) { return a.number < b.number; });
        return result;
    }();
    return lessons;
}

const Lesson *findLesson(const QString &name)
{
    const auto &lessons = builtInLessons();
    bool isNumber = false;
    const int number = name.toInt(&isNumber);
    for (const Lesson &lesson : lessons) {
        if ((isNumber && lesson.number == number) || lesson.id == name)
            return &lesson;
    }
    for (const Lesson &lesson : lessons) {
        if (!name.isEmpty() && lesson.id.contains(name, Qt::CaseInsensitive))
            return &lesson;
    }
    return nullptr;
}

const Lesson &defaultLesson()
{
    const auto &lessons = builtInLessons();
    for (const Lesson &lesson : lessons) {
        if (lesson.isDefault)
            return lesson;
    }
    static const Lesson fallback = [] {
        Lesson l;
        l.id = QStringLiteral("builtin");
        l.title.insert(QStringLiteral("en"), QStringLiteral("LSTM on a sine wave"));
        l.config.generator = rnn::Generator::Sine;
        return l;
    }();
    return lessons.empty() ? fallback : lessons.front();
}

QString datasetsDirectory()
{
    return QDir::cleanPath(QString::fromStdString(rnn::resourcesDirectory())
                           + QStringLiteral("/datasets"));
}

QString resolveDataFile(const QString &file)
{
    if (file.isEmpty() || QFileInfo(file).isAbsolute() || QFileInfo::exists(file))
        return file;
    const std::string asGiven = rnn::resolveResourcePath(file.toStdString());
    if (QFileInfo::exists(QString::fromStdString(asGiven)))
        return QDir::cleanPath(QString::fromStdString(asGiven));
    const QString inDatasets = datasetsDirectory() + QLatin1Char('/') + QFileInfo(file).fileName();
    return QFileInfo::exists(inDatasets) ? inDatasets : file;
}

} // namespace rnnlab
