// The model panel of the left dock: cell type, hidden size, layers, bidirectional, topology,
// optimizer, learning rate, clipping, Jordan's mu, batch size and seed. Applying new settings
// resets training, and the panel says so before it happens; nothing changes silently.
#pragma once

#include "snapshot.h"
#include "train/experiment_config.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace rnnlab {

class ModelPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ModelPanel(QWidget *parent = nullptr);

    // Shows the model and training fields of `config` (cell, sizes, topology, optimizer, learning
    // rate, clipping, Jordan's mu, batch size, seed); emits nothing.
    void setConfig(const rnn::ExperimentConfig &config);
    // Writes what the controls say now into those fields of `config`, leaving the others.
    void applyTo(rnn::ExperimentConfig &config) const;
    // The config last shown or applied, with what the controls say now.
    rnn::ExperimentConfig config() const;
    QComboBox *topologyBox() const { return m_topology; }
    QPushButton *applyButton() const { return m_apply; }

signals:
    // The user asked for new settings (applyTo() writes them); training restarts from the seed.
    void settingsApplied();

private:
    void updateDirty();

    rnn::ExperimentConfig m_applied;
    QComboBox *m_cell = nullptr;
    QSpinBox *m_hidden = nullptr;
    QSpinBox *m_layers = nullptr;
    QCheckBox *m_bidirectional = nullptr;
    QComboBox *m_topology = nullptr;
    QComboBox *m_optimizer = nullptr;
    QDoubleSpinBox *m_learningRate = nullptr;
    QDoubleSpinBox *m_clip = nullptr;
    QDoubleSpinBox *m_mu = nullptr;
    QSpinBox *m_batch = nullptr;
    QSpinBox *m_seed = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace rnnlab
