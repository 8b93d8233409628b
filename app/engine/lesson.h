// A lesson of the course (../shared/LESSONS.md) as data: its title, text and question in every
// language, the model settings, the dataset or synthetic task, the seed and the panels that
// matter. Lessons live in resources/lessons/*.json, compiled in; this file only reads them.
#pragma once

#include "snapshot.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace rnnlab {

// Where a lesson's sequences come from.
struct DataSpec
{
    QString kind = QStringLiteral("task"); // "task" (synthetic), "csv" (a series file), "text"
    QString task = QStringLiteral("sine"); // sine, adding, latching, xor, reset, memory, ...
    QString file; // csv/text: a file name in ../shared/datasets or a path
    QStringList features; // csv: feature columns (empty = the target only)
    QString target; // csv: the target column; text: the label column
    QString textColumn = QStringLiteral("text");
    int steps = 20; // task: sequence length T
    int lookback = 12; // csv: window length
    int horizon = 1; // csv: steps ahead

    bool operator==(const DataSpec &) const = default;
};

struct Lesson
{
    QString id; // file name without .json, e.g. "06_vanishing_gradient"
    int number = 0;
    bool isDefault = false;
    QMap<QString, QString> title; // language ("en", "pt_BR") -> text
    QMap<QString, QString> text;
    QMap<QString, QString> question;
    ModelSettings settings;
    DataSpec data;
    QJsonObject experiment; // further ExperimentConfig keys (snake_case), e.g. "scaling", "epochs"
    QStringList panels; // "unrolled", "loss", "prediction", "heatmap", "gradient", "cell", ...
    QStringList references;

    // The text in `language`, falling back to English.
    static QString pick(const QMap<QString, QString> &texts, const QString &language);
};

// Parses one lesson; returns an empty id and sets `error` when the JSON is not a lesson.
Lesson lessonFromJson(const QJsonObject &json, const QString &id, QString *error = nullptr);

// Every lesson compiled into the application, sorted by number.
const std::vector<Lesson> &builtInLessons();
// The lesson whose id or number matches `name` ("6", "06_vanishing_gradient", "vanishing"),
// or nullptr.
const Lesson *findLesson(const QString &name);
const Lesson &defaultLesson();

// The course's datasets: datasets/ in core's rnn::resourcesDirectory().
QString datasetsDirectory();
// A lesson's data file: itself when it is a path that exists, else core's rnn::resolveResourcePath
// of it, else of datasets/ and its file name.
QString resolveDataFile(const QString &file);

} // namespace rnnlab
