// Implementation of session_manager.h, part two: the files a session makes or reads besides
// itself (a model file, a lesson file). Part one, session_manager.cpp, is the session and its
// autosave.
#include "session_manager.h"

#include "control/training_controller.h"
#include "main_window.h"
#include "panels/dataset_panel.h"
#include "panels/model_panel.h"
#include "views/view_tabs.h"

#include "train/model_io.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStatusBar>

namespace rnnlab {

namespace {

// Whether `file` (as a configuration names it) is one of the datasets the course ships.
bool isShippedDataset(const QString &file)
{
    return QFileInfo(resolveDataFile(file))
        .absoluteFilePath()
        .startsWith(datasetsDirectory() + QLatin1Char('/'));
}

} // namespace

bool SessionManager::exportModel(const QString &path)
{
    const SnapshotPtr current = m_window->controller()->current();
    const std::optional<rnn::ModelFile> model = current ? snapshotModel(*current) : std::nullopt;
    if (!model) {
        m_window->showError(tr("There is no model to export yet."));
        return false;
    }
    QByteArray bytes = QByteArray::fromStdString(rnn::modelToJson(*model).dump(1));
    bytes.append('\n');
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        m_window->showError(tr("Could not save %1: %2. The previous file is unchanged.")
                                .arg(path, out.errorString()));
        return false;
    }
    m_window->statusBar()->showMessage(tr("Model exported to %1.").arg(path), 5000);
    return true;
}

bool SessionManager::importModel(const QString &path)
{
    rnn::ModelFile model;
    rnn::ExperimentConfig config;
    rnn::Parameters weights;
    try {
        model = rnn::loadModel(path.toStdString());
        config.apply(model.experiment);
        weights = model.makeNetwork(path.toStdString()).parameters();
    } catch (const std::exception &e) {
        m_window->showError(
            tr("Could not import the model: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
    if (config.generator == rnn::Generator::None
        && !QFileInfo(resolveDataFile(QString::fromStdString(config.dataFile))).isFile()) {
        m_window->showError(tr("Could not import the model: its data file %1 is not on this "
                               "computer, and the app shows a model with its data (rnnlab-train "
                               "--load predicts without it).")
                                .arg(QString::fromStdString(config.dataFile)));
        return false;
    }
    SessionSetup setup = m_window->controller()->setup();
    setup.config = config;
    setup.inspect = {};
    setup.recurrentScale = 1.0;
    setup.initialWeights = weights;
    m_window->m_lesson.config = config;
    m_window->m_lesson.recurrentScale = 1.0;
    m_window->m_model->setConfig(config);
    m_window->m_dataset->setConfig(config);
    m_window->controller()->configure(setup);
    m_path.clear();
    m_cleanSteps = 0;
    updateTitle();
    m_window->statusBar()->showMessage(tr("Model imported from %1.").arg(path), 5000);
    emit fileUsed(path);
    return true;
}

bool SessionManager::saveAsLesson(const QString &path, const LessonTexts &texts)
{
    Lesson lesson = m_window->m_lesson;
    lesson.id = QFileInfo(path).completeBaseName();
    lesson.isDefault = false;
    const QString language = m_window->m_language;
    const auto set = [&language](QMap<QString, QString> &map, const QString &text) {
        map.clear();
        if (text.isEmpty())
            return;
        map.insert(language, text);
        if (language != QLatin1String("en"))
            map.insert(QStringLiteral("en"), text); // what other languages fall back to
    };
    if (texts.title.trimmed().isEmpty()) {
        m_window->showError(tr("A lesson needs a title."));
        return false;
    }
    set(lesson.title, texts.title);
    set(lesson.text, texts.text);
    set(lesson.question, texts.question);
    lesson.config = m_window->controller()->setup().config;
    lesson.recurrentScale = m_window->controller()->setup().recurrentScale;
    // The open view first, then the lesson's others.
    QStringList panels;
    if (QWidget *tab = m_window->m_tabs->currentWidget())
        panels << tab->objectName();
    for (const QString &panel : std::as_const(m_window->m_lesson.panels))
        if (!panels.contains(panel))
            panels << panel;
    lesson.panels = panels;
    // Validated like the shipped lessons before anything is written.
    QString error;
    if (lessonFromJson(lessonToJson(lesson), lesson.id, &error, path).id.isEmpty()) {
        m_window->showError(tr("This run cannot be saved as a lesson: %1").arg(error));
        return false;
    }
    // A data file the course does not ship goes beside the lesson, named relative to it.
    const QDir dir = QFileInfo(path).absoluteDir();
    const std::pair<std::string *, const char *> files[]
        = { { &lesson.config.dataFile, "data_file" },
            { &lesson.config.testDataFile, "test_data_file" } };
    for (const auto &[file, key] : files) {
        if (lesson.config.generator != rnn::Generator::None || file->empty())
            continue;
        const QString source = resolveDataFile(QString::fromStdString(*file));
        if (isShippedDataset(QString::fromStdString(*file)))
            continue;
        const QString name = QFileInfo(source).fileName();
        const QString copy = dir.filePath(name);
        if (QFileInfo(copy).absoluteFilePath() != QFileInfo(source).absoluteFilePath()) {
            QFile in(source);
            QSaveFile out(copy);
            if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)
                || out.write(in.readAll()) != in.size() || !out.commit()) {
                m_window->showError(tr("Could not save %1: %2. The previous file is unchanged.")
                                        .arg(copy, out.errorString()));
                return false;
            }
        }
        *file = name.toStdString();
        Q_UNUSED(key);
    }
    if (!writeLessonFile(lesson, path, &error)) {
        m_window->showError(error);
        return false;
    }
    m_window->statusBar()->showMessage(tr("Lesson saved to %1.").arg(path), 5000);
    emit fileUsed(path);
    return true;
}

bool SessionManager::openLesson(const QString &path)
{
    QString error;
    const Lesson lesson = readLessonFile(path, &error);
    if (lesson.id.isEmpty()) {
        m_window->showError(tr("Could not open the lesson: %1").arg(error));
        return false;
    }
    m_window->applyLesson(lesson);
    emit fileUsed(path);
    return true;
}

} // namespace rnnlab
