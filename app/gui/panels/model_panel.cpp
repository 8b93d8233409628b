#include "model_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace rnnlab {

ModelPanel::ModelPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(6, 6, 6, 6);
    m_cell = new QComboBox(this);
    for (rnn::CellType c : rnn::cellTypeNames.values())
        m_cell->addItem(cellName(c), static_cast<int>(c));
    m_hidden = new QSpinBox(this);
    m_hidden->setRange(1, 256);
    m_layers = new QSpinBox(this);
    m_layers->setRange(1, 4);
    m_bidirectional = new QCheckBox(tr("two directions"), this);
    m_topology = new QComboBox(this);
    for (rnn::Topology t : rnn::topologyNames.values())
        m_topology->addItem(topologyName(t), static_cast<int>(t));
    m_topology->setItemData(
        m_topology->findData(static_cast<int>(rnn::Topology::OneToMany)),
        tr("One-to-many: one value in, a sequence out. The network reads one value of the "
           "series and emits the next ones, one per step (as many as the lookback), with no "
           "further input; the loss is on every output. The prediction tab draws the sequence "
           "generated from the last value of the data."),
        Qt::ToolTipRole);
    m_optimizer = new QComboBox(this);
    for (rnn::OptimizerKind o : rnn::optimizerKindNames.values())
        m_optimizer->addItem(optimizerName(o), static_cast<int>(o));
    m_learningRate = new QDoubleSpinBox(this);
    m_learningRate->setDecimals(4);
    m_learningRate->setRange(0.0001, 2.0);
    m_learningRate->setSingleStep(0.001);
    m_clip = new QDoubleSpinBox(this);
    m_clip->setRange(0.0, 100.0);
    m_clip->setSpecialValueText(tr("off"));
    m_mu = new QDoubleSpinBox(this);
    m_mu->setRange(0.0, 0.99);
    m_mu->setSingleStep(0.1);
    m_batch = new QSpinBox(this);
    m_batch->setRange(1, 512);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 1'000'000);

    form->addRow(tr("Cell"), m_cell);
    form->addRow(tr("Hidden units"), m_hidden);
    form->addRow(tr("Layers"), m_layers);
    form->addRow(tr("Bidirectional"), m_bidirectional);
    form->addRow(tr("Topology"), m_topology);
    form->addRow(tr("Optimizer"), m_optimizer);
    form->addRow(tr("Learning rate"), m_learningRate);
    form->addRow(tr("Gradient clipping"), m_clip);
    form->addRow(tr("Jordan's μ"), m_mu);
    form->addRow(tr("Batch size"), m_batch);
    form->addRow(tr("Seed"), m_seed);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color:#b35806"));
    form->addRow(m_note);
    m_apply = new QPushButton(tr("Apply and restart training"), this);
    form->addRow(m_apply);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        m_applied = settings();
        updateDirty();
        emit settingsApplied(m_applied);
    });
    for (QComboBox *box : { m_cell, m_topology, m_optimizer })
        connect(box, &QComboBox::currentIndexChanged, this, &ModelPanel::updateDirty);
    for (QSpinBox *box : { m_hidden, m_layers, m_batch, m_seed })
        connect(box, &QSpinBox::valueChanged, this, &ModelPanel::updateDirty);
    for (QDoubleSpinBox *box : { m_learningRate, m_clip, m_mu })
        connect(box, &QDoubleSpinBox::valueChanged, this, &ModelPanel::updateDirty);
    connect(m_bidirectional, &QCheckBox::toggled, this, &ModelPanel::updateDirty);
    setSettings(m_applied);
}

void ModelPanel::setSettings(const ModelSettings &s)
{
    const QSignalBlocker b1(m_cell), b2(m_hidden), b3(m_layers), b4(m_bidirectional),
        b5(m_topology), b6(m_optimizer), b7(m_learningRate), b8(m_clip), b9(m_mu), b10(m_batch),
        b11(m_seed);
    m_applied = s;
    m_cell->setCurrentIndex(m_cell->findData(static_cast<int>(s.cell)));
    m_hidden->setValue(s.hidden);
    m_layers->setValue(s.layers);
    m_bidirectional->setChecked(s.bidirectional);
    m_topology->setCurrentIndex(m_topology->findData(static_cast<int>(s.topology)));
    m_optimizer->setCurrentIndex(std::max(0, m_optimizer->findData(static_cast<int>(s.optimizer))));
    m_learningRate->setValue(s.learningRate);
    m_clip->setValue(s.clip);
    m_mu->setValue(s.jordanMu);
    m_batch->setValue(s.batchSize);
    m_seed->setValue(static_cast<int>(s.seed));
    updateDirty();
}

ModelSettings ModelPanel::settings() const
{
    ModelSettings s = m_applied;
    s.cell = static_cast<rnn::CellType>(m_cell->currentData().toInt());
    s.hidden = m_hidden->value();
    s.layers = m_layers->value();
    s.bidirectional = m_bidirectional->isChecked();
    s.topology = static_cast<rnn::Topology>(m_topology->currentData().toInt());
    s.optimizer = static_cast<rnn::OptimizerKind>(m_optimizer->currentData().toInt());
    s.learningRate = m_learningRate->value();
    s.clip = m_clip->value();
    s.jordanMu = m_mu->value();
    s.batchSize = m_batch->value();
    s.seed = static_cast<std::uint64_t>(m_seed->value());
    return s;
}

void ModelPanel::updateDirty()
{
    const bool dirty = !(settings() == m_applied);
    m_mu->setEnabled(static_cast<rnn::CellType>(m_cell->currentData().toInt())
                     == rnn::CellType::Jordan);
    m_apply->setEnabled(dirty);
    m_note->setText(dirty ? tr("Changed settings: applying them re-initialises the network from "
                               "the seed and starts training again. Your data is kept.")
                          : QString());
}

} // namespace rnnlab
