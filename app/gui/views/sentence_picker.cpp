#include "sentence_picker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rnnlab {

SentencePicker::SentencePicker(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_correctness = new QComboBox(this);
    m_correctness->addItems({ tr("all"), tr("right"), tr("wrong") });
    m_correctness->setToolTip(tr("Show every test sentence, or only those the network gets "
                                 "right or wrong"));
    m_trueClass = new QComboBox(this);
    m_trueClass->setToolTip(tr("True class (a click on the confusion matrix sets it)"));
    m_predicted = new QComboBox(this);
    m_predicted->setToolTip(tr("Predicted class (a click on the confusion matrix sets it)"));
    filters->addWidget(m_correctness);
    filters->addWidget(new QLabel(tr("true:"), this));
    filters->addWidget(m_trueClass, 1);
    filters->addWidget(new QLabel(tr("predicted:"), this));
    filters->addWidget(m_predicted, 1);
    layout->addLayout(filters);
    m_count = new QLabel(this);
    layout->addWidget(m_count);
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels(
        { tr("test sentence"), tr("true"), tr("predicted"), tr("confidence") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(20);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    for (QComboBox *combo : { m_correctness, m_trueClass, m_predicted })
        connect(combo, &QComboBox::currentIndexChanged, this, &SentencePicker::refill);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (!m_filling && row >= 0)
            emit picked(indexAt(row));
    });
}

void SentencePicker::fillClassCombo(QComboBox *combo, const QStringList &classes)
{
    const QSignalBlocker blocker(combo);
    const int chosen = combo->currentIndex();
    combo->clear();
    combo->addItem(tr("any"));
    combo->addItems(classes);
    combo->setCurrentIndex(chosen >= 0 && chosen < combo->count() ? chosen : 0);
}

void SentencePicker::setRows(std::shared_ptr<const std::vector<TestSequenceRow>> rows,
                             const QStringList &classes)
{
    if (rows == m_rows && classes == m_classes)
        return;
    m_rows = std::move(rows);
    if (classes != m_classes) {
        m_classes = classes;
        fillClassCombo(m_trueClass, classes);
        fillClassCombo(m_predicted, classes);
    }
    refill();
}

void SentencePicker::setFilter(Correctness correctness, int trueClass, int predictedClass)
{
    {
        const QSignalBlocker a(m_correctness), b(m_trueClass), c(m_predicted);
        m_correctness->setCurrentIndex(static_cast<int>(correctness));
        m_trueClass->setCurrentIndex(std::clamp(trueClass + 1, 0, m_trueClass->count() - 1));
        m_predicted->setCurrentIndex(std::clamp(predictedClass + 1, 0, m_predicted->count() - 1));
    }
    refill();
}

int SentencePicker::visibleRows() const
{
    return m_table->rowCount();
}

int SentencePicker::indexAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, 0);
    return item ? item->data(Qt::UserRole).toInt() : -1;
}

void SentencePicker::setCurrent(int index)
{
    m_current = index;
    m_filling = true;
    m_table->clearSelection();
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (indexAt(row) == index)
            m_table->selectRow(row);
    m_filling = false;
}

void SentencePicker::refill()
{
    m_filling = true;
    m_table->setRowCount(0);
    const auto correctness = static_cast<Correctness>(m_correctness->currentIndex());
    const int wantedTrue = m_trueClass->currentIndex() - 1;
    const int wantedPredicted = m_predicted->currentIndex() - 1;
    const auto name = [this](int c) {
        return c >= 0 && c < m_classes.size() ? m_classes.at(c) : QString::number(c);
    };
    const int total = m_rows ? static_cast<int>(m_rows->size()) : 0;
    for (int i = 0; i < total; ++i) {
        const TestSequenceRow &r = (*m_rows)[static_cast<std::size_t>(i)];
        const bool right = r.trueClass == r.predicted;
        if ((correctness == Correctness::Right && !right)
            || (correctness == Correctness::Wrong && right)
            || (wantedTrue >= 0 && r.trueClass != wantedTrue)
            || (wantedPredicted >= 0 && r.predicted != wantedPredicted))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *text = new QTableWidgetItem(r.text);
        text->setData(Qt::UserRole, i);
        text->setToolTip(r.text);
        m_table->setItem(row, 0, text);
        m_table->setItem(row, 1, new QTableWidgetItem(name(r.trueClass)));
        auto *predicted
            = new QTableWidgetItem(right ? name(r.predicted) : tr("%1 ✗").arg(name(r.predicted)));
        if (!right)
            predicted->setForeground(QColor(179, 88, 6));
        m_table->setItem(row, 2, predicted);
        m_table->setItem(
            row, 3,
            new QTableWidgetItem(QStringLiteral("%1%").arg(100.0 * r.confidence, 0, 'f', 0)));
    }
    m_count->setText(tr("%1 of %2 test sentences").arg(m_table->rowCount()).arg(total));
    m_filling = false;
    setCurrent(m_current);
}

} // namespace rnnlab
