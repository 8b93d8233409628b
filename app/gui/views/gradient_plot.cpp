#include "gradient_plot.h"

#include "colour_maps.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>

namespace rnnlab {

GradientPlot::GradientPlot(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_plot = new QCustomPlot(this);
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_plot->setMinimumHeight(140);
    m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    m_plot->yAxis->setNumberFormat(QStringLiteral("eb"));
    m_plot->yAxis->setNumberPrecision(0);
    m_plot->xAxis->setLabel(tr("time step t"));
    m_plot->yAxis->setLabel(QStringLiteral("‖∂L/∂h_t‖"));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    layout->addWidget(m_plot, 3);

    auto *side = new QVBoxLayout;
    m_help = new QLabel(
        tr("<b>How to read this.</b> Each curve is the size of the error signal ∂L/∂h<sub>t</sub> "
           "that reaches time step t when the loss sits at the end of the sequence. Read it from "
           "right to left, as backpropagation runs: a line that falls steeply means the early "
           "steps barely \"hear\" the error, so the network cannot learn what happened there (the "
           "vanishing gradient). A flat line means the error survives; a rising one, that it "
           "explodes. The LSTM's cell state C carries the error with little loss."),
        this);
    m_help->setWordWrap(true);
    m_help->setTextFormat(Qt::RichText);
    side->addWidget(m_help);
    auto *form = new QFormLayout;
    m_steps = new QSpinBox(this);
    m_steps->setRange(5, 500);
    m_steps->setValue(50);
    m_steps->setToolTip(tr("Sequence length of the task (or lookback window of a series)"));
    m_clip = new QDoubleSpinBox(this);
    m_clip->setRange(0, 100);
    m_clip->setSpecialValueText(tr("off"));
    m_scale = new QDoubleSpinBox(this);
    m_scale->setRange(0.1, 5.0);
    m_scale->setSingleStep(0.1);
    m_scale->setValue(0.7);
    m_scale->setToolTip(
        tr("Multiplies the recurrent weights at the start. 1.0 keeps the orthogonal "
           "initialisation, which preserves the signal's size; below 1 every step "
           "shrinks it (gradients vanish), above 1 it grows (they explode)."));
    m_epochs = new QSpinBox(this);
    m_epochs->setRange(0, 50);
    m_epochs->setValue(1);
    form->addRow(tr("Sequence length T"), m_steps);
    form->addRow(tr("Recurrent weight scale"), m_scale);
    form->addRow(tr("Clipping"), m_clip);
    form->addRow(tr("Epochs first"), m_epochs);
    side->addLayout(form);
    m_compare = new QPushButton(tr("Compare Elman and LSTM"), this);
    m_compare->setToolTip(tr("Trains an Elman network and an LSTM on the same data with the same "
                             "seed and draws their gradients side by side"));
    connect(m_compare, &QPushButton::clicked, this, [this] { emit compareRequested(request()); });
    side->addWidget(m_compare);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    side->addWidget(m_summary);
    side->addStretch();
    layout->addLayout(side, 2);
}

CompareRequest GradientPlot::request() const
{
    CompareRequest r;
    r.steps = m_steps->value();
    r.clip = m_clip->value();
    r.epochs = m_epochs->value();
    r.recurrentScale = m_scale->value();
    return r;
}

void GradientPlot::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    if (!m_first)
        redraw();
}

void GradientPlot::setComparison(const SnapshotPtr &first, const SnapshotPtr &second)
{
    m_first = first;
    m_second = second;
    redraw();
}

int GradientPlot::curveCount() const
{
    return static_cast<int>(m_curves.size());
}

double GradientPlot::decayPerStep(const std::vector<double> &norms)
{
    if (norms.size() < 2)
        return 0.0;
    const double first = norms.front();
    const double last = norms.back();
    const double floor = 1e-300;
    return std::log10(std::max(last, floor) / std::max(first, floor))
        / static_cast<double>(norms.size() - 1);
}

void GradientPlot::redraw()
{
    m_plot->clearGraphs();
    m_curves.clear();
    const auto addCurve
        = [this](const QString &name, const std::vector<double> &norms, const QPen &pen) {
              QVector<double> x, y;
              for (std::size_t t = 0; t < norms.size(); ++t) {
                  if (norms[t] > 0 && std::isfinite(norms[t])) {
                      x << static_cast<double>(t + 1);
                      y << norms[t];
                  }
              }
              QCPGraph *graph = m_plot->addGraph();
              graph->setName(name);
              graph->setPen(pen);
              graph->setData(x, y, true);
              m_curves.emplace_back(name, norms);
          };
    const QColor palette[] = { colours::trainColour(), colours::highlightColour(),
                               colours::testColour(), colours::validationColour() };
    if (m_first && m_second) {
        int i = 0;
        for (const SnapshotPtr &s : { m_first, m_second }) {
            if (s->trace.rows.empty())
                continue;
            const RowTrace &row = s->trace.rows.front();
            addCurve(tr("%1: ‖∂L/∂h_t‖").arg(cellName(row.cell)), row.gradientNorms,
                     QPen(palette[i % 4], 2.2));
            if (row.gradCell.size() > 0)
                addCurve(tr("%1: ‖∂L/∂C_t‖").arg(cellName(row.cell)), row.cellGradientNorms,
                         QPen(palette[i % 4], 1.5, Qt::DashLine));
            ++i;
        }
        if (m_curves.size() >= 2) {
            const double a = decayPerStep(m_curves.front().second);
            const double b = decayPerStep(m_curves.back().second);
            m_summary->setText(tr("Going back one step multiplies the gradient by %1 (%2) and "
                                  "%3 (%4) on average.")
                                   .arg(std::pow(10.0, -a), 0, 'g', 3)
                                   .arg(m_curves.front().first)
                                   .arg(std::pow(10.0, -b), 0, 'g', 3)
                                   .arg(m_curves.back().first));
        }
    } else if (m_snapshot) {
        int i = 0;
        for (const RowTrace &row : m_snapshot->trace.rows) {
            const QString where = tr("layer %1%2")
                                      .arg(row.layer + 1)
                                      .arg(row.reversed ? tr(" backward") : QString());
            addCurve(tr("‖∂L/∂h_t‖ %1").arg(where), row.gradientNorms, QPen(palette[i % 4], 2));
            if (row.gradCell.size() > 0)
                addCurve(tr("‖∂L/∂C_t‖ %1").arg(where), row.cellGradientNorms,
                         QPen(palette[i % 4], 1.4, Qt::DashLine));
            ++i;
        }
        m_summary->clear();
    }
    m_plot->rescaleAxes();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace rnnlab
