#include "sequence_card.h"

#include "colour_maps.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace rnnlab {

std::vector<double> memoryNorms(const SequenceTrace &trace, QString *symbol)
{
    std::vector<double> norms;
    if (trace.rows.empty())
        return norms;
    const RowTrace &row = trace.rows.front();
    const Quantity *memory = row.find(QStringLiteral("c"));
    if (symbol)
        *symbol = memory ? QStringLiteral("C") : QStringLiteral("h");
    if (!memory)
        memory = row.find(QStringLiteral("h"));
    if (!memory)
        return norms;
    for (Eigen::Index t = 0; t < memory->values.cols(); ++t)
        norms.push_back(memory->values.col(t).norm());
    return norms;
}

SequenceCard::SequenceCard(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    layout->addWidget(m_heading);
    m_table = new QTableWidget(this);
    m_table->verticalHeader()->setDefaultSectionSize(19);
    m_table->horizontalHeader()->setDefaultSectionSize(52);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellChanged, this, &SequenceCard::onCellChanged);
}

QString SequenceCard::headingText() const
{
    return m_heading->text();
}

void SequenceCard::clear()
{
    m_filling = true;
    m_heading->clear();
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_steps.clear();
    m_inputs.clear();
    m_dataUnits = false;
    m_filling = false;
}

void SequenceCard::showSequence(const SequenceTrace &trace, const InspectedSequence &inspected,
                                const QStringList &classes, const QString &title)
{
    clear();
    if (trace.empty())
        return;
    m_filling = true;
    m_heading->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    if (trace.tokens.isEmpty())
        fillNumbers(trace, inspected);
    else
        fillText(trace, inspected, classes);
    m_filling = false;
}

void SequenceCard::addRow(const QString &name, const std::vector<double> &values, double scale,
                          bool percent)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setVerticalHeaderItem(row, new QTableWidgetItem(name));
    for (int c = 0; c < static_cast<int>(m_steps.size()); ++c) {
        const auto t = static_cast<std::size_t>(m_steps[static_cast<std::size_t>(c)]);
        if (t >= values.size() || !std::isfinite(values[t]))
            continue;
        const double v = values[t];
        auto *item = new QTableWidgetItem(percent ? QStringLiteral("%1%").arg(100.0 * v, 0, 'f', 0)
                                                  : QString::number(v, 'g', row == 0 ? 4 : 3));
        item->setTextAlignment(Qt::AlignCenter);
        if (scale > 0) {
            const QColor colour = colours::sequential(std::abs(v), scale);
            item->setBackground(colour);
            item->setForeground(colours::textOn(colour));
        }
        m_table->setItem(row, c, item);
    }
}

void SequenceCard::fillText(const SequenceTrace &trace, const InspectedSequence &inspected,
                            const QStringList &classes)
{
    QStringList headers;
    for (int t = 0; t < trace.tokens.size(); ++t)
        if (trace.tokens.at(t) != QLatin1String("<pad>"))
            m_steps.push_back(t);
    // The words as typed (unknown ones marked), aligned with the last real steps.
    const auto offset = static_cast<qsizetype>(m_steps.size()) - inspected.words.size();
    for (std::size_t c = 0; c < m_steps.size(); ++c) {
        const auto w = static_cast<qsizetype>(c) - offset;
        const QString token = trace.tokens.at(m_steps[c]);
        if (w >= 0 && w < inspected.words.size() && inspected.unknown[static_cast<std::size_t>(w)])
            headers << tr("%1\n→ <unk>").arg(inspected.words.at(w));
        else
            headers << (w >= 0 && w < inspected.words.size() ? inspected.words.at(w) : token);
    }
    m_table->setColumnCount(static_cast<int>(m_steps.size()));
    m_table->setHorizontalHeaderLabels(headers);
    const Eigen::MatrixXd &p = inspected.prefixProbabilities;
    for (Eigen::Index k = 0; k < p.rows(); ++k) {
        std::vector<double> row;
        for (Eigen::Index t = 0; t < p.cols(); ++t)
            row.push_back(p(k, t));
        addRow(tr("P(%1)").arg(k < classes.size() ? classes.at(static_cast<int>(k))
                                                  : QString::number(k)),
               row, 1.0, true);
    }
    QString symbol;
    const std::vector<double> memory = memoryNorms(trace, &symbol);
    addRow(tr("‖%1‖").arg(symbol), memory,
           memory.empty() ? 0 : *std::max_element(memory.begin(), memory.end()), false);
    // The answer: after the last word.
    QString answer;
    if (p.cols() > 0 && p.rows() > 0 && std::isfinite(p(0, p.cols() - 1))) {
        Eigen::Index best = 0;
        p.col(p.cols() - 1).maxCoeff(&best);
        answer = tr("the network answers <b>%1</b> (%2%)")
                     .arg(best < classes.size() ? classes.at(static_cast<int>(best)).toHtmlEscaped()
                                                : QString::number(best))
                     .arg(100.0 * p(best, p.cols() - 1), 0, 'f', 0);
    }
    if (inspected.trueClass >= 0 && inspected.trueClass < classes.size())
        answer += tr("; true class: %1").arg(classes.at(inspected.trueClass).toHtmlEscaped());
    if (!answer.isEmpty())
        m_heading->setText(m_heading->text() + QStringLiteral(": ") + answer);
}

void SequenceCard::fillNumbers(const SequenceTrace &trace, const InspectedSequence &inspected)
{
    QStringList headers;
    for (int t = 0; t < trace.steps(); ++t) {
        m_steps.push_back(t);
        headers << QString::number(t + 1);
    }
    m_table->setColumnCount(trace.steps());
    m_table->setHorizontalHeaderLabels(headers);
    m_inputs.assign(static_cast<std::size_t>(trace.steps()), std::nan(""));
    std::vector<double> network(m_inputs); // x_t as the network reads it
    for (int t = 0; t < trace.steps() && trace.input.rows() > 0; ++t)
        if (t < static_cast<int>(trace.inputAtStep.size()) && trace.inputAtStep[std::size_t(t)])
            network[static_cast<std::size_t>(t)] = trace.input(0, t);
    // A forecast's window is edited in the data's units (core converts them); a synthetic
    // task's as the network reads it.
    m_dataUnits = inspected.inputLevels.rows() > 0 && !inspected.inputNames.isEmpty();
    if (m_dataUnits) {
        for (Eigen::Index t = 0; t < inspected.inputLevels.cols() && t < trace.steps(); ++t)
            m_inputs[static_cast<std::size_t>(t)] = inspected.inputLevels(0, t);
    } else {
        m_inputs = network;
    }
    // Several inputs or outputs (e.g. one-hot symbols): the first of each is shown and edited.
    const bool manyInputs = trace.input.rows() > 1;
    const bool manyOutputs = trace.output.rows() > 1;
    if (m_dataUnits) {
        addRow(tr("%1 (type to edit)").arg(inspected.inputNames.constFirst()), m_inputs, 0, false);
        addRow(tr("x (as the network reads it)"), network, 0, false);
    } else {
        addRow(manyInputs ? tr("x₁ (first input; type to edit)") : tr("x (type to edit)"), m_inputs,
               0, false);
    }
    QString symbol;
    const std::vector<double> memory = memoryNorms(trace, &symbol);
    addRow(tr("‖%1‖").arg(symbol), memory,
           memory.empty() ? 0 : *std::max_element(memory.begin(), memory.end()), false);
    const auto rowOf = [](const Matrix &m) {
        std::vector<double> row;
        for (Eigen::Index t = 0; m.rows() > 0 && t < m.cols(); ++t)
            row.push_back(m(0, t));
        return row;
    };
    std::vector<double> target = rowOf(trace.target), output = rowOf(trace.output);
    for (std::size_t t = 0; t < output.size(); ++t)
        if (t < trace.lossAtStep.size() && !trace.lossAtStep[t])
            output[t] = std::nan(""); // only the outputs that are read
    addRow(manyOutputs ? tr("y₁ (first output)") : tr("y (output)"), output, 0, false);
    if (manyOutputs) {
        std::vector<double> largest(output.size(), std::nan(""));
        for (std::size_t t = 0; t < output.size(); ++t) {
            Eigen::Index best = 0;
            if (std::isfinite(output[t]))
                trace.output.col(static_cast<Eigen::Index>(t)).maxCoeff(&best);
            if (std::isfinite(output[t]))
                largest[t] = static_cast<double>(best + 1);
        }
        addRow(tr("largest output (no.)"), largest, 0, false);
    }
    if (std::any_of(target.begin(), target.end(), [](double v) { return std::isfinite(v); }))
        addRow(tr("target"), target, 0, false); // class labels have no numeric target
    for (int c = 0; m_editable && c < m_table->columnCount(); ++c)
        if (QTableWidgetItem *item = m_table->item(0, c))
            item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_table->setEditTriggers(m_editable ? QAbstractItemView::AllEditTriggers
                                        : QAbstractItemView::NoEditTriggers);
    if (m_dataUnits && inspected.forecast.size() > 0) {
        // The forecast in the data's units, as core turned the network's output back.
        QStringList values;
        for (Eigen::Index k = 0; k < inspected.forecast.cols(); ++k)
            values << QString::number(inspected.forecast(0, k), 'f', 1);
        QStringList truth;
        for (Eigen::Index k = 0; k < inspected.truth.cols() && inspected.truth.rows() > 0; ++k)
            truth << QString::number(inspected.truth(0, k), 'f', 1);
        const QString name = inspected.targetNames.value(0);
        m_heading->setText(m_heading->text()
                           + tr(": the network forecasts <b>%1</b> %2 (true: %3)")
                                 .arg(values.join(QStringLiteral(", ")), name.toHtmlEscaped(),
                                      truth.join(QStringLiteral(", "))));
        return;
    }
    for (std::size_t t = output.size(); t-- > 0;) {
        if (std::isfinite(output[t])) {
            m_heading->setText(m_heading->text()
                               + (manyOutputs ? tr(": first output <b>%1</b>")
                                              : tr(": the network answers <b>%1</b>"))
                                     .arg(output[t], 0, 'g', 4)
                               + (t < target.size() && std::isfinite(target[t])
                                      ? tr(" (target %1)").arg(target[t], 0, 'g', 4)
                                      : QString()));
            break;
        }
    }
}

void SequenceCard::onCellChanged(int row, int column)
{
    if (m_filling || row != 0 || !m_editable)
        return;
    bool ok = false;
    const double value = m_table->item(row, column)->text().toDouble(&ok);
    const auto t = static_cast<std::size_t>(column);
    if (!ok || !std::isfinite(value) || t >= m_inputs.size()) {
        m_filling = true;
        m_table->item(row, column)->setText(QString::number(m_inputs[t], 'g', 4));
        m_filling = false;
        return;
    }
    m_inputs[t] = value;
    std::vector<double> values = m_inputs;
    for (double &v : values)
        if (!std::isfinite(v))
            v = 0.0; // steps without input (a decoder's) are read as zero anyway
    emit valuesEdited(values);
}

void SequenceCard::setValue(int step, double value)
{
    const auto t = static_cast<std::size_t>(step);
    if (!m_editable || t >= m_inputs.size() || !std::isfinite(value) || !std::isfinite(m_inputs[t]))
        return;
    m_inputs[t] = value;
    std::vector<double> values = m_inputs;
    for (double &v : values)
        if (!std::isfinite(v))
            v = 0.0;
    emit valuesEdited(values);
}

} // namespace rnnlab
