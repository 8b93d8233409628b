#include "lesson.h"

#include "train/experiment_config.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <optional>

namespace rnnlab {

namespace {

QMap<QString, QString> texts(const QJsonValue &value)
{
    QMap<QString, QString> result;
    if (value.isString()) {
        result.insert(QStringLiteral("en"), value.toString());
        return result;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(it.key(), it.value().toString());
    return result;
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &v : value.toArray())
        result << v.toString();
    return result;
}

// The enum named by object[key] through core's name table (the current value when the key is
// absent); nullopt, with the message in *why, for an unknown name. Lessons write topologies
// with dashes ("many-to-one"), core's names have underscores.
template<class Enum>
std::optional<Enum> named(const QJsonObject &object, const QString &key,
                          const rnn::NameTable<Enum> &table, Enum current, QString *why)
{
    if (!object.contains(key))
        return current;
    const QString name
        = object.value(key).toString().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    const auto value = table.find(name.toStdString());
    if (!value)
        *why = QStringLiteral("unknown %1 \"%2\" (known: %3)")
                   .arg(key, object.value(key).toString(), QString::fromStdString(table.known()));
    return value;
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

Lesson lessonFromJson(const QJsonObject &json, const QString &id, QString *error)
{
    Lesson lesson;
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return Lesson {};
    };
    if (!json.contains(QStringLiteral("title")) || !json.contains(QStringLiteral("model")))
        return fail(QStringLiteral("lesson %1 has no title or no model").arg(id));
    lesson.id = id;
    lesson.number = json.value(QStringLiteral("number")).toInt();
    lesson.isDefault = json.value(QStringLiteral("default")).toBool();
    lesson.title = texts(json.value(QStringLiteral("title")));
    lesson.text = texts(json.value(QStringLiteral("text")));
    lesson.question = texts(json.value(QStringLiteral("question")));
    lesson.experiment = json.value(QStringLiteral("experiment")).toObject();
    lesson.panels = strings(json.value(QStringLiteral("panels")));
    lesson.references = strings(json.value(QStringLiteral("references")));

    const QJsonObject model = json.value(QStringLiteral("model")).toObject();
    ModelSettings &s = lesson.settings;
    QString why;
    const auto cell = named(model, QStringLiteral("cell"), rnn::cellTypeNames, s.cell, &why);
    const auto topology
        = named(model, QStringLiteral("topology"), rnn::topologyNames, s.topology, &why);
    const auto optimizer
        = named(model, QStringLiteral("optimizer"), rnn::optimizerKindNames, s.optimizer, &why);
    if (!cell || !topology || !optimizer)
        return fail(QStringLiteral("lesson %1: %2").arg(id, why));
    s.cell = *cell;
    s.topology = *topology;
    s.optimizer = *optimizer;
    s.hidden = model.value(QStringLiteral("hidden")).toInt(s.hidden);
    s.layers = model.value(QStringLiteral("layers")).toInt(s.layers);
    s.bidirectional = model.value(QStringLiteral("bidirectional")).toBool(s.bidirectional);
    s.learningRate = model.value(QStringLiteral("learningRate")).toDouble(s.learningRate);
    s.clip = model.value(QStringLiteral("clip")).toDouble(s.clip);
    s.seed = static_cast<std::uint64_t>(model.value(QStringLiteral("seed")).toInteger(42));
    s.jordanMu = model.value(QStringLiteral("jordanMu")).toDouble(s.jordanMu);
    s.batchSize = model.value(QStringLiteral("batchSize")).toInt(s.batchSize);

    const QJsonObject data = json.value(QStringLiteral("data")).toObject();
    DataSpec &d = lesson.data;
    d.kind = data.value(QStringLiteral("kind")).toString(d.kind);
    d.task = data.value(QStringLiteral("task")).toString(d.task);
    d.file = data.value(QStringLiteral("file")).toString();
    d.features = strings(data.value(QStringLiteral("features")));
    d.target = data.value(QStringLiteral("target")).toString();
    d.textColumn = data.value(QStringLiteral("textColumn")).toString(d.textColumn);
    d.steps = data.value(QStringLiteral("steps")).toInt(d.steps);
    d.lookback = data.value(QStringLiteral("lookback")).toInt(d.lookback);
    d.horizon = data.value(QStringLiteral("horizon")).toInt(d.horizon);
    if (lesson.title.isEmpty())
        return fail(QStringLiteral("lesson %1 has an empty title").arg(id));
    return lesson;
}

const std::vector<Lesson> &builtInLessons()
{
    static const std::vector<Lesson> lessons = [] {
        std::vector<Lesson> result;
        const QDir dir(QStringLiteral(":/lessons"));
        const QStringList files
            = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
            Lesson lesson = lessonFromJson(document.object(), QFileInfo(name).completeBaseName());
            if (!lesson.id.isEmpty())
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
        return QString::fromStdString(asGiven);
    const QString inDatasets = datasetsDirectory() + QLatin1Char('/') + QFileInfo(file).fileName();
    return QFileInfo::exists(inDatasets) ? inDatasets : file;
}

} // namespace rnnlab
