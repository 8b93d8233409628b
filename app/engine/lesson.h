// A lesson of the course (../shared/LESSONS.md) as data: its title, text and question in every
// language, the panels that matter and the run it starts. The run is an rnn::ExperimentConfig
// written with the keys of the presets and model files: a lesson names a preset (or none, for
// the defaults) and overrides settings of it, plus a GUI-only knob or two:
//
//     { "number": 12, "title": {...}, "text": {...}, "question": {...}, "panels": [...],
//       "references": [...], "preset": "airline",
//       "settings": { "hidden": 16, "seed": 42 },   // any ExperimentConfig key (snake_case)
//       "gui": { "recurrent_scale": 1.0 },          // only what the GUI alone knows
//       "beats": [ {...}, ... ] }                   // the guided walk-through (beat.h)
//
// Every file is validated on load: an unknown key, a wrong type, an unknown name or preset, or
// a value out of range (rnn::ExperimentConfig::validate) is an error naming the file and the
// key. Lessons live in resources/lessons/*.json, compiled in; this file only reads them.
#pragma once

#include "beat.h"
#include "train/experiment_config.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace rnnlab {

struct Lesson
{
    QString id; // file name without .json, e.g. "06_vanishing_gradient"
    int number = 0;
    bool isDefault = false;
    QMap<QString, QString> title; // language ("en", "pt_BR") -> text
    QMap<QString, QString> text;
    QMap<QString, QString> question;
    QString preset; // the preset the lesson starts from ("" = ExperimentConfig's defaults)
    // The run: the preset with the lesson's "settings" applied (topology as the user sees it;
    // see trainingConfig() in training_session.h for what core is given).
    rnn::ExperimentConfig config;
    double recurrentScale = 1.0; // "gui": multiplies the recurrent weights after initialisation
    QStringList panels; // "unrolled", "loss", "prediction", "heatmap", "gradient", "cell", ...
    QStringList references;
    std::vector<Beat> beats; // the guided walk-through, in order (beat.h)
    QJsonArray beatsJson; // the same beats as the file wrote them (lessonToJson writes them back)

    // The text in `language`, falling back to English.
    static QString pick(const QMap<QString, QString> &texts, const QString &language);
};

// Parses and validates one lesson. `source` names it in messages (its file). Returns an empty
// id and sets `error` ("FILE: "KEY": what is wrong") when the JSON is not a valid lesson.
Lesson lessonFromJson(const QJsonObject &json, const QString &id, QString *error = nullptr,
                      const QString &source = {});
// Reads, parses and validates the lesson file at `path` (a file name or a ":/lessons/..."
// resource); empty id and `error` naming the file (and the key, or the line) when it is not.
Lesson readLessonFile(const QString &path, QString *error = nullptr);

// The lesson as a lesson file writes it (the reader's keys: texts in every language, panels,
// references, the preset and only the settings that differ from it, "gui"): the one writer, so a
// field added to lessons is written here beside the reader. lessonFromJson(lessonToJson(l))
// gives the same lesson.
QJsonObject lessonToJson(const Lesson &lesson);
// Writes the lesson file atomically (QSaveFile: temporary file, then rename): false and `error`
// ("Could not save FILE: why. The previous file is unchanged.") when it cannot.
bool writeLessonFile(const Lesson &lesson, const QString &path, QString *error = nullptr);

// Every lesson compiled into the application, sorted by number (an invalid one is reported
// with qWarning and left out; tst_lessons checks that none is).
const std::vector<Lesson> &builtInLessons();
// The lesson whose id or number matches `name` ("6", "06_vanishing_gradient", "vanishing"),
// or nullptr.
const Lesson *findLesson(const QString &name);
const Lesson &defaultLesson();

// The course's datasets: datasets/ in core's rnn::resourcesDirectory().
QString datasetsDirectory();
// A lesson's data file: itself when it is a path that exists, else core's rnn::resolveResourcePath
// of it, else of datasets/ and its file name (cleaned, so it matches datasetsDirectory()'s files).
QString resolveDataFile(const QString &file);

} // namespace rnnlab
