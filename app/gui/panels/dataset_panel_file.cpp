// DatasetPanel, part two: the file a student opens (read, previewed, its columns offered) and
// the pipeline advisor's choices for it, shown in words. Part one (dataset_panel.cpp) is the
// panel itself: the source list, the generated tasks, and the settings it reads and writes.
#include "dataset_panel.h"

#include "data/csv_reader.h"
#include "data/data_error.h"
#include "data/tokenizer.h"
#include "pipeline_explanation.h"
#include "task_names.h"

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace rnnlab {

bool DatasetPanel::openFile(const QString &path, QString *error)
{
    if (!loadFile(path, error))
        return false;
    selectFileEntry(path);
    m_advise = source() == Source::Table;
    m_freshFile = true;
    {
        const QSignalBlocker b1(m_lookback), b2(m_season), b3(m_differencing), b4(m_transform);
        m_lookback->setValue(0);
        m_season->setValue(0);
        m_differencing->setCurrentIndex(0);
        m_transform->setCurrentIndex(0);
    }
    if (m_detected) {
        m_pipeline->setText(
            PipelineExplanation::columns(*m_detected, QString::fromStdString(m_config.target))
                .toHtmlEscaped());
        m_pipeline->show();
    }
    updateKind();
    emit dataApplied();
    return true;
}

rnn::AdvisorOptions DatasetPanel::fixedChoices() const
{
    rnn::AdvisorOptions o;
    const QString differencing = m_differencing->currentData().toString();
    if (differencing != QLatin1String("auto"))
        o.differencing = differencing == QLatin1String("on");
    const QString transform = m_transform->currentData().toString();
    if (transform != QLatin1String("auto"))
        o.transform = rnn::transformKindNames.fromString(transform.toStdString());
    if (m_season->value() > 0)
        o.season = m_season->value();
    if (m_lookback->value() > 0)
        o.lookback = m_lookback->value();
    return o;
}

void DatasetPanel::showAdvice(const rnn::PipelineAdvice &advice, const QString &target) const
{
    const rnn::DateSpacing spacing = m_detected ? m_detected->spacing : rnn::DateSpacing::None;
    QString html = QStringLiteral("<b>%1</b>").arg(tr("What the network is given"));
    if (m_detected)
        html += QStringLiteral("<br>")
            + PipelineExplanation::columns(*m_detected, target).toHtmlEscaped();
    html += tr("<br>Chosen from the %1 rows of the training part:").arg(advice.trainingRows);
    html += QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString &sentence : PipelineExplanation::sentences(advice, spacing))
        html += QStringLiteral("<li>%1</li>").arg(sentence.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_pipeline->setText(html);
    m_pipeline->show();
}

QString DatasetPanel::pipelineText() const
{
    QTextDocument document;
    document.setHtml(m_pipeline->text());
    return document.toPlainText();
}

bool DatasetPanel::loadFile(const QString &path, QString *error)
{
    rnn::CsvDocument document;
    try {
        document = rnn::CsvReader::readFile(path.toStdString());
    } catch (const std::exception &e) {
        if (error)
            *error = tr("Could not read the data: %1. The data in use is kept.")
                         .arg(QString::fromStdString(e.what()));
        return false;
    }
    m_columns.clear();
    for (const std::string &name : document.header)
        m_columns << QString::fromStdString(name);
    const int rows = static_cast<int>(std::min<std::size_t>(document.rows.size(), PreviewRowLimit));
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(m_columns.size()));
    m_table->setHorizontalHeaderLabels(m_columns);
    m_table->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const auto &cells = document.rows[static_cast<std::size_t>(r)].cells;
        for (int c = 0; c < static_cast<int>(cells.size()); ++c)
            m_table->setItem(
                r, c,
                new QTableWidgetItem(QString::fromStdString(cells[static_cast<std::size_t>(c)])));
    }
    m_table->resizeColumnsToContents();
    m_detected = rnn::ColumnDetector::detect(document);
    const bool text = m_detected->classification();
    m_config.generator = rnn::Generator::None;
    m_config.task = text ? rnn::Task::Classify : rnn::Task::Forecast;
    m_config.dataFile = path.toStdString();
    if (text) {
        m_config.labelColumn = m_detected->labelColumn;
        m_config.textColumn = m_detected->textColumn;
        // Tokens of the first rows and the vocabulary they make, as core's tokenizer sees them
        // with the default text pipeline's settings (what a file opened here trains with).
        const rnn::Tokenizer tokenizer(rnn::TokenMode::Word,
                                       rnn::textClassificationDefaults().punctuationTokens);
        const int textColumn
            = static_cast<int>(m_columns.indexOf(QString::fromStdString(m_config.textColumn)));
        QSet<QString> vocabulary;
        QString html = tr("<b>Tokens of the first texts</b><br>");
        for (std::size_t r = 0; r < document.rows.size(); ++r) {
            const auto tokens
                = tokenizer.tokenize(document.rows[r].cells[static_cast<std::size_t>(textColumn)]);
            QStringList words;
            for (const std::string &t : tokens) {
                words << QString::fromStdString(t);
                vocabulary.insert(words.back());
            }
            if (r < 3)
                html += QStringLiteral("[%1]<br>")
                            .arg(words.join(QStringLiteral("] [")).toHtmlEscaped());
        }
        html += tr("Vocabulary: %1 different tokens in %2 texts.")
                    .arg(vocabulary.size())
                    .arg(document.rows.size());
        m_tokens->setText(html);
    } else {
        m_tokens->clear();
        if (!m_columns.contains(QString::fromStdString(m_config.target))
            || !m_detected->target.empty()) {
            // The last numeric column is the usual target, the target alone its input.
            m_config.target = !m_detected->target.empty()
                ? m_detected->target
                : (m_columns.size() > 1 ? m_columns.at(1) : m_columns.value(0)).toStdString();
            m_config.features = { m_config.target };
        }
    }
    {
        const QSignalBlocker blocker(m_target);
        m_target->clear();
        m_target->addItems(m_columns);
        m_target->setCurrentText(
            QString::fromStdString(text ? m_config.labelColumn : m_config.target));
    }
    m_features->clear();
    for (const QString &column : std::as_const(m_columns)) {
        auto *item = new QListWidgetItem(column, m_features);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(taskNames(m_config.features, false).contains(column) ? Qt::Checked
                                                                                 : Qt::Unchecked);
    }
    m_file->setText(tr("%1: %2 rows, %3 columns%4")
                        .arg(QFileInfo(path).fileName())
                        .arg(document.rows.size())
                        .arg(m_columns.size())
                        .arg(document.rows.size() > PreviewRowLimit
                                 ? tr(" (the first %1 shown)").arg(PreviewRowLimit)
                                 : QString()));
    updateKind();
    emit fileOpened(path);
    return true;
}

} // namespace rnnlab
