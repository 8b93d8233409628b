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

namespace {

// The synthetic tasks the panel offers, in the order of its list.
constexpr rnn::Generator offeredTasks[]
    = { rnn::Generator::Sine,    rnn::Generator::Xor,   rnn::Generator::Letters,
        rnn::Generator::Adding,  rnn::Generator::Reber, rnn::Generator::LongRange,
        rnn::Generator::Latching };

QString nameOf(rnn::Generator generator)
{
    return QString::fromLatin1(rnn::generatorNames.toString(generator));
}

} // namespace

DatasetPanel::DatasetPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("dataSource"));
    m_source->setToolTip(tr("A dataset of the course, a synthetic task, or your own CSV file"));
    layout->addWidget(m_source);
    const QStringList tasks = { tr("Synthetic: sine wave"),       tr("Synthetic: temporal XOR"),
                                tr("Synthetic: Elman's letters"), tr("Synthetic: adding problem"),
                                tr("Synthetic: Reber grammar"),   tr("Synthetic: long-range clue"),
                                tr("Synthetic: latching") };
    for (int i = 0; i < tasks.size(); ++i)
        m_source->addItem(tasks.at(i),
                          QStringList { QStringLiteral("task"),
                                        nameOf(offeredTasks[static_cast<std::size_t>(i)]) });
    const QDir datasets(datasetsDirectory());
    for (const QString &name :
         datasets.entryList({ QStringLiteral("*.csv") }, QDir::Files, QDir::Name))
        m_source->addItem(tr("Dataset: %1").arg(name),
                          QStringList { QStringLiteral("csv"), datasets.filePath(name) });
    m_source->addItem(tr("Open a CSV file…"), QStringList { QStringLiteral("open") });
    connect(m_source, &QComboBox::activated, this, &DatasetPanel::chooseSource);

    m_file = new QLabel(this);
    m_file->setWordWrap(true);
    layout->addWidget(m_file);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(20);
    m_table->setMinimumHeight(140);
    layout->addWidget(m_table, 1);
    m_tokens = new QLabel(this);
    m_tokens->setWordWrap(true);
    m_tokens->setTextFormat(Qt::RichText);
    layout->addWidget(m_tokens);
    m_vocabulary = new QLabel(this);
    m_vocabulary->setWordWrap(true);
    m_vocabulary->setTextFormat(Qt::RichText);
    m_vocabulary->hide();
    layout->addWidget(m_vocabulary);

    auto *form = new QFormLayout;
    m_target = new QComboBox(this);
    m_features = new QListWidget(this);
    m_features->setMaximumHeight(90);
    m_lookback = new QSpinBox(this);
    m_lookback->setRange(1, 500);
    m_horizon = new QSpinBox(this);
    m_horizon->setRange(1, 48);
    m_steps = new QSpinBox(this);
    m_steps->setRange(2, 500);
    m_lookback->setValue(12);
    m_steps->setValue(20);
    form->addRow(tr("Target column"), m_target);
    form->addRow(tr("Input columns"), m_features);
    form->addRow(tr("Lookback window"), m_lookback);
    form->addRow(tr("Horizon"), m_horizon);
    form->addRow(tr("Sequence length T"), m_steps);
    m_differencing = new QComboBox(this);
    m_differencing->addItem(tr("automatic"), QStringLiteral("auto"));
    m_differencing->addItem(tr("on: forecast the change"), QStringLiteral("on"));
    m_differencing->addItem(tr("off: forecast the level"), QStringLiteral("off"));
    m_transform = new QComboBox(this);
    m_transform->addItem(tr("automatic"), QStringLiteral("auto"));
    for (const char *name : { "none", "log", "boxcox" })
        m_transform->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_season = new QSpinBox(this);
    m_season->setRange(0, 1000);
    m_season->setSpecialValueText(tr("automatic"));
    m_lookback->setMinimum(0);
    m_lookback->setSpecialValueText(tr("automatic"));
    form->addRow(tr("Differencing"), m_differencing);
    form->addRow(tr("Transform"), m_transform);
    form->addRow(tr("Season (rows)"), m_season);
    layout->addLayout(form);
    m_pipeline = new QLabel(this);
    m_pipeline->setWordWrap(true);
    m_pipeline->setTextFormat(Qt::RichText);
    m_pipeline->hide();
    layout->addWidget(m_pipeline);
    m_apply = new QPushButton(tr("Use this data (restarts training)"), this);
    connect(m_apply, &QPushButton::clicked, this, &DatasetPanel::dataApplied);
    layout->addWidget(m_apply);
    updateKind();
}

void DatasetPanel::setVocabulary(const std::shared_ptr<const VocabularySummary> &vocabulary)
{
    if (vocabulary == m_vocabularyShown)
        return;
    m_vocabularyShown = vocabulary;
    if (!vocabulary) {
        m_vocabulary->clear();
        m_vocabulary->hide();
        return;
    }
    QStringList words;
    for (const auto &[word, count] : vocabulary->mostFrequent)
        words << tr("%1 (%2)").arg(word.toHtmlEscaped()).arg(count);
    m_vocabulary->setText(
        tr("<b>Vocabulary of the training texts</b>: %1 tokens, including %2 (padding) and %3 "
           "(a word never seen in training).<br>Most frequent: %4")
            .arg(vocabulary->size)
            .arg(vocabulary->specials.value(0).toHtmlEscaped(),
                 vocabulary->specials.value(1).toHtmlEscaped(), words.join(QStringLiteral(", "))));
    m_vocabulary->show();
}

QString DatasetPanel::vocabularyText() const
{
    QTextDocument document;
    document.setHtml(m_vocabulary->text());
    return document.toPlainText();
}

void DatasetPanel::chooseSource(int index)
{
    const QStringList choice = m_source->itemData(index).toStringList();
    if (choice.isEmpty())
        return;
    if (choice.first() == QLatin1String("open")) {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Open a CSV file"), datasetsDirectory(),
                                           tr("CSV files (*.csv);;All files (*)"));
        QString error;
        if (!path.isEmpty() && !openFile(path, &error))
            m_file->setText(error);
        return;
    }
    if (choice.first() == QLatin1String("task")) {
        // A task of its own is a forecast (as the presets' defaults) unless it is the shown one.
        const rnn::Generator generator = rnn::generatorNames.fromString(choice.at(1).toStdString());
        m_config.task = generator == m_shown.generator ? m_shown.task : rnn::Task::Forecast;
        m_config.generator = generator;
        m_config.dataFile.clear();
        m_table->clear();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        m_columns.clear();
        m_file->setText(
            tr("Synthetic task \"%1\": generated by core from the seed.").arg(choice.at(1)));
        updateKind();
        return;
    }
    QString error;
    if (!openFile(choice.at(1), &error))
        m_file->setText(error);
}

void DatasetPanel::selectFileEntry(const QString &path)
{
    // The same file however its path is written (canonicalFilePath is empty for a missing file).
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (int i = 0; i < m_source->count(); ++i) {
        const QStringList choice = m_source->itemData(i).toStringList();
        if (choice.size() == 2 && choice.first() == QLatin1String("csv")
            && (choice.at(1) == path
                || (!canonical.isEmpty()
                    && QFileInfo(choice.at(1)).canonicalFilePath() == canonical))) {
            m_source->setCurrentIndex(i);
            return;
        }
    }
    const int open = m_source->count() - 1; // "Open a CSV file…" stays last
    m_source->insertItem(open, tr("File: %1").arg(QFileInfo(path).fileName()),
                         QStringList { QStringLiteral("csv"), path });
    m_source->setItemData(open, QDir::toNativeSeparators(path), Qt::ToolTipRole);
    m_source->setCurrentIndex(open);
}

QString DatasetPanel::sourceText() const
{
    return m_source->currentText();
}

int DatasetPanel::previewRows() const
{
    return m_table->rowCount();
}

DatasetPanel::Source DatasetPanel::source() const
{
    if (m_config.generator != rnn::Generator::None)
        return Source::Task;
    return m_config.task == rnn::Task::Classify ? Source::Text : Source::Table;
}

void DatasetPanel::setConfig(const rnn::ExperimentConfig &config)
{
    m_shown = config;
    m_config = config;
    m_advise = false;
    m_freshFile = false;
    m_pipeline->hide();
    {
        const QSignalBlocker b1(m_season), b2(m_differencing), b3(m_transform);
        m_differencing->setCurrentIndex(config.differencing ? 1 : 2);
        m_transform->setCurrentIndex(m_transform->findData(
            QString::fromLatin1(rnn::transformKindNames.toString(config.transform))));
        m_season->setValue(config.season);
    }
    const bool task = config.generator != rnn::Generator::None;
    const int steps
        = config.generator == rnn::Generator::Sine ? config.lookback : config.sequenceLength;
    {
        const QSignalBlocker b1(m_lookback), b2(m_horizon), b3(m_steps);
        if (!task && config.lookback > 0)
            m_lookback->setValue(config.lookback);
        if (!task)
            m_horizon->setValue(config.horizon);
        if (task && steps > 0)
            m_steps->setValue(steps);
    }
    if (task) {
        const int index
            = m_source->findData(QStringList { QStringLiteral("task"), nameOf(config.generator) });
        if (index >= 0)
            m_source->setCurrentIndex(index);
        chooseSource(m_source->currentIndex());
        m_config = config;
    } else {
        QString error;
        const QString path = resolveDataFile(QString::fromStdString(config.dataFile));
        if (!loadFile(path, &error))
            m_file->setText(error);
        m_config = config;
        m_config.dataFile = path.toStdString();
        if (QFileInfo::exists(path))
            selectFileEntry(path);
        if (source() == Source::Table) {
            m_target->setCurrentText(QString::fromStdString(config.target));
            const QStringList features = taskNames(config.features, false);
            for (int i = 0; i < m_features->count(); ++i)
                m_features->item(i)->setCheckState(
                    features.contains(m_features->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateKind();
}

void DatasetPanel::applyTo(rnn::ExperimentConfig &config) const
{
    const bool sameSource = config.generator == m_config.generator
        && (m_config.generator != rnn::Generator::None
            || resolveDataFile(QString::fromStdString(config.dataFile))
                == QString::fromStdString(m_config.dataFile));
    if (!sameSource)
        config.testDataFile.clear(); // a test file belongs to the data it was given with
    if (m_freshFile) {
        // A file the user opened trains with the defaults, as rnnlab-train --data does (texts:
        // the default text pipeline). Seed 1, as rnnlab-train's default.
        config = m_config.task == rnn::Task::Classify ? rnn::textClassificationDefaults()
                                                      : rnn::ExperimentConfig();
        m_freshFile = false;
    }
    config.generator = m_config.generator;
    config.task = m_config.task;
    switch (source()) {
    case Source::Task:
        config.dataFile.clear();
        if (config.generator == rnn::Generator::Sine)
            config.lookback = m_steps->value();
        else
            config.sequenceLength = m_steps->value();
        break;
    case Source::Text:
        config.dataFile = m_config.dataFile;
        config.labelColumn
            = m_config.labelColumn.empty() ? std::string("label") : m_config.labelColumn;
        config.textColumn = m_config.textColumn.empty() ? std::string("text") : m_config.textColumn;
        break;
    case Source::Table:
        config.dataFile = m_config.dataFile;
        config.target = m_target->currentText().toStdString();
        config.features.clear();
        for (int i = 0; i < m_features->count(); ++i)
            if (m_features->item(i)->checkState() == Qt::Checked)
                config.features.push_back(m_features->item(i)->text().toStdString());
        config.lookback = m_lookback->value();
        config.horizon = m_horizon->value();
        if (!m_advise) {
            if (m_differencing->currentIndex() > 0)
                config.differencing = m_differencing->currentIndex() == 1;
            const QString transform = m_transform->currentData().toString();
            if (transform != QLatin1String("auto"))
                config.transform = rnn::transformKindNames.fromString(transform.toStdString());
            if (m_season->value() > 0)
                config.season = m_season->value();
            break;
        }
        try { // the pipeline chosen from the training part, the panel's fixed choices kept
            const rnn::PipelineAdvice advice
                = rnn::PipelineAdvisor::applyTo(config, fixedChoices());
            showAdvice(advice, QString::fromStdString(config.target));
        } catch (const std::exception &e) {
            m_pipeline->setText(tr("The pipeline could not be chosen: %1")
                                    .arg(QString::fromStdString(e.what()).toHtmlEscaped()));
            m_pipeline->show();
        }
        break;
    }
}

void DatasetPanel::updateKind()
{
    const bool csv = source() == Source::Table;
    m_target->setEnabled(csv);
    m_features->setEnabled(csv);
    m_lookback->setEnabled(csv);
    m_horizon->setEnabled(csv);
    m_differencing->setEnabled(csv);
    m_transform->setEnabled(csv);
    m_season->setEnabled(csv);
    m_steps->setEnabled(source() == Source::Task);
}

void DatasetPanel::raiseParentDock()
{
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            dock->raise();
            return;
        }
    }
}

} // namespace rnnlab
