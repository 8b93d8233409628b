// The data panel of the left dock: a built-in dataset, a synthetic task or the user's CSV file
// (menu, drag and drop, recent files), a preview table, the feature and target columns chosen by
// name, the lookback window and horizon, and for text data the tokens and vocabulary of the first
// rows. Reading is core's (rnn::CsvReader, rnn::Tokenizer); errors become readable messages and
// the data already in use is kept.
#pragma once

#include "data/column_detector.h"
#include "lesson.h"
#include "snapshot.h"
#include "train/experiment_config.h"
#include "train/pipeline_advisor.h"

#include <memory>
#include <optional>

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace rnnlab {

class DatasetPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DatasetPanel(QWidget *parent = nullptr);

    // Shows the data fields of a run's config (loads the preview of its file, if any); emits
    // nothing.
    void setConfig(const rnn::ExperimentConfig &config);
    // Writes the data the panel shows into `config` (the source, task, file, target and input
    // columns, lookback, horizon, or a task's sequence length T), leaving the other fields.
    void applyTo(rnn::ExperimentConfig &config) const;
    // Reads a CSV file into the preview; false and a readable *error when it cannot.
    bool loadFile(const QString &path, QString *error = nullptr);
    // The user opens a CSV file (menu, drag and drop, --data, the source list): loads it, finds
    // its columns (core's ColumnDetector) and emits dataApplied, so it trains at once: applyTo()
    // then gives the run ExperimentConfig's defaults for the model and the pipeline core's
    // PipelineAdvisor chooses from the training part (the choices the panel fixes kept).
    bool openFile(const QString &path, QString *error = nullptr);
    // The pipeline's choices with their reasons, as the panel shows them (plain text).
    QString pipelineText() const;
    // What the source list shows: "Dataset: F" for a file of the course, "File: F" for another
    // one (added to the list when it is opened), or the synthetic task.
    QString sourceText() const;
    const std::optional<rnn::DetectedColumns> &detected() const { return m_detected; }
    QTableWidget *previewTable() const { return m_table; }
    int previewRows() const;
    QStringList columns() const { return m_columns; }
    QPushButton *applyButton() const { return m_apply; }
    // The vocabulary of the text task being trained (size, <pad>/<unk>, the most frequent words
    // with their counts); null hides it.
    void setVocabulary(const std::shared_ptr<const VocabularySummary> &vocabulary);
    QString vocabularyText() const; // what the panel shows, as plain text
    // Brings the dock holding this panel to the front.
    void raiseParentDock();

signals:
    // "Use this data": applyTo() writes it; training restarts with the same model.
    void dataApplied();
    void fileOpened(const QString &path);

private:
    static constexpr int PreviewRowLimit = 200; // table rows shown of a file
    enum class Source { Task, Table, Text };
    Source source() const;
    void chooseSource(int index);
    // Selects the list's entry for a CSV file, adding "File: name" before "Open a CSV file…"
    // when it is not one of the course's datasets (nor opened before).
    void selectFileEntry(const QString &path);
    void updateKind();
    rnn::AdvisorOptions fixedChoices() const;
    void showAdvice(const rnn::PipelineAdvice &advice, const QString &target) const;

    rnn::ExperimentConfig m_shown; // as setConfig() gave it
    rnn::ExperimentConfig m_config; // its data fields as the panel shows them
    QStringList m_columns;
    QComboBox *m_source = nullptr;
    QLabel *m_file = nullptr;
    QTableWidget *m_table = nullptr;
    QComboBox *m_target = nullptr;
    QListWidget *m_features = nullptr;
    QSpinBox *m_lookback = nullptr;
    QSpinBox *m_horizon = nullptr;
    QSpinBox *m_steps = nullptr;
    QComboBox *m_differencing = nullptr; // automatic, on, off
    QComboBox *m_transform = nullptr; // automatic, none, log, boxcox
    QSpinBox *m_season = nullptr; // 0: automatic
    QLabel *m_pipeline = nullptr;
    std::optional<rnn::DetectedColumns> m_detected; // of a file the user opened
    bool m_advise = false; // applyTo() chooses the pipeline (a file the user opened)
    mutable bool m_freshFile = false; // the next applyTo() also resets the model to the defaults
    QLabel *m_tokens = nullptr;
    QLabel *m_vocabulary = nullptr;
    std::shared_ptr<const VocabularySummary> m_vocabularyShown;
    QPushButton *m_apply = nullptr;
};

} // namespace rnnlab
