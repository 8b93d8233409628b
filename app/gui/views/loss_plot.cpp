#include "loss_plot.h"

#include "colour_maps.h"

#include <QCheckBox>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>

namespace rnnlab {

LossPlot::LossPlot(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_plot = new QCustomPlot(this);
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_plot->addGraph();
    m_plot->graph(0)->setName(tr("training loss"));
    m_plot->graph(0)->setPen(QPen(colours::trainColour(), 2));
    m_plot->addGraph();
    m_plot->graph(1)->setName(tr("validation loss"));
    m_plot->graph(1)->setPen(QPen(colours::validationColour(), 2));
    for (int g = 0; g < 2; ++g) // a single epoch is a visible point, not an invisible line
        m_plot->graph(g)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    m_plot->xAxis->setLabel(tr("epoch"));
    auto epochTicker = QSharedPointer<QCPAxisTickerFixed>::create();
    epochTicker->setTickStep(1.0);
    epochTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(epochTicker);
    m_plot->yAxis->setLabel(tr("loss"));
    m_plot->legend->setVisible(true);
    m_plot->setMinimumHeight(120);
    layout->addWidget(m_plot);
    m_log = new QCheckBox(tr("logarithmic loss axis"), this);
    connect(m_log, &QCheckBox::toggled, this, &LossPlot::setLogScale);
    layout->addWidget(m_log);
}

void LossPlot::setLogScale(bool log)
{
    m_log->setChecked(log);
    m_plot->yAxis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (log)
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    else
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    m_plot->rescaleAxes();
    m_plot->replot();
}

void LossPlot::setSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    const auto fill = [this](int graph, const std::vector<double> &values) {
        QVector<double> x, y;
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (!std::isfinite(values[i]))
                continue;
            x << static_cast<double>(i + 1);
            y << values[i];
        }
        m_plot->graph(graph)->setData(x, y, true);
    };
    fill(0, snapshot->trainLoss);
    fill(1, snapshot->validationLoss);
    m_plot->rescaleAxes();
    if (m_plot->xAxis->range().size() < 1)
        m_plot->xAxis->setRange(0, 1 + m_plot->xAxis->range().upper);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int LossPlot::pointCount() const
{
    return m_plot->graph(0)->dataCount();
}

} // namespace rnnlab
