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
        if (c != rnn::CellType::Mlp) // the MLP is lesson 1's side view (views/mlp_view.h)
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
        m_applied = config();
        updateDirty();
        emit settingsApplied();
    });
    for (QComboBox *box : { m_cell, m_topology, m_optimizer })
        connect(box, &QComboBox::currentIndexChanged, this, &ModelPanel::updateDirty);
    for (QSpinBox *box : { m_hidden, m_layers, m_batch, m_seed })
        connect(box, &QSpinBox::valueChanged, this, &ModelPanel::updateDirty);
    for (QDoubleSpinBox *box : { m_learningRate, m_clip, m_mu })
        connect(box, &QDoubleSpinBox::valueChanged, this, &ModelPanel::updateDirty);
    connect(m_bidirectional, &QCheckBox::toggled, this, &ModelPanel::updateDirty);
    setConfig(m_applied);
}

void ModelPanel::setConfig(const rnn::ExperimentConfig &c)
{
    const QSignalBlocker b1(m_cell), b2(m_hidden), b3(m_layers), b4(m_bidirectional),
        b5(m_topology), b6(m_optimizer), b7(m_learningRate), b8(m_clip), b9(m_mu), b10(m_batch),
        b11(m_seed);
    m_applied = c;
    m_cell->setCurrentIndex(m_cell->findData(static_cast<int>(c.model)));
    m_hidden->setValue(c.hidden);
    m_layers->setValue(c.layers);
    m_bidirectional->setChecked(c.bidirectional);
    m_topology->setCurrentIndex(m_topology->findData(static_cast<int>(c.topology)));
    m_optimizer->setCurrentIndex(std::max(0, m_optimizer->findData(static_cast<int>(c.optimizer))));
    m_learningRate->setValue(c.learningRate);
    m_clip->setValue(c.clipNorm);
    m_mu->setValue(c.jordanMu);
    m_batch->setValue(c.batchSize);
    m_seed->setValue(static_cast<int>(c.seed));
    updateDirty();
}

void ModelPanel::applyTo(rnn::ExperimentConfig &c) const
{
    c.model = static_cast<rnn::CellType>(m_cell->currentData().toInt());
    c.hidden = m_hidden->value();
    c.layers = m_layers->value();
    c.bidirectional = m_bidirectional->isChecked();
    c.topology = static_cast<rnn::Topology>(m_topology->currentData().toInt());
    c.optimizer = static_cast<rnn::OptimizerKind>(m_optimizer->currentData().toInt());
    c.learningRate = m_learningRate->value();
    c.clipNorm = m_clip->value();
    c.jordanMu = m_mu->value();
    c.batchSize = m_batch->value();
    c.seed = static_cast<std::uint64_t>(m_seed->value());
}

rnn::ExperimentConfig ModelPanel::config() const
{
    rnn::ExperimentConfig c = m_applied;
    applyTo(c);
    return c;
}

void ModelPanel::updateDirty()
{
    const bool dirty = config().toJson() != m_applied.toJson();
    m_mu->setEnabled(static_cast<rnn::CellType>(m_cell->currentData().toInt())
                     == rnn::CellType::Jordan);
    m_apply->setEnabled(dirty);
    m_note->setText(dirty ? tr("Changed settings: applying them re-initialises the network from "
                               "the seed and starts training again. Your data is kept.")
                          : QString());
}

} // namespace rnnlab
