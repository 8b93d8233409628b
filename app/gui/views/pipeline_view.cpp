#include "pipeline_view.h"

#include "train/forecast_pipeline.h"

#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace rnnlab {

namespace {

void addSplitLine(QCustomPlot *plot, QCPAxisRect *rect, double x, const QString &text)
{
    auto *line = new QCPItemStraightLine(plot);
    line->setClipAxisRect(rect);
    line->point1->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    line->point2->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    line->point1->setCoords(x, 0.0);
    line->point2->setCoords(x, 1.0);
    line->setPen(QPen(Qt::darkGray, 1, Qt::DashLine));
    auto *label = new QCPItemText(plot);
    label->setClipAxisRect(rect);
    label->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(x, 0.02);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setText(text);
    label->setColor(Qt::darkGray);
}

} // namespace

PipelineView::PipelineView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->plotLayout()->clear();
    for (int row = 0; row < 2; ++row) {
        auto *rect = new QCPAxisRect(m_plot);
        m_plot->plotLayout()->addElement(row, 0, rect);
        auto *graph = m_plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        graph->setPen(QPen(row == 0 ? QColor(40, 40, 40) : QColor(31, 119, 180), 1.5));
    }
    m_plot->axisRect(0)->axis(QCPAxis::atLeft)->setLabel(tr("raw series"));
    m_plot->axisRect(1)->axis(QCPAxis::atLeft)->setLabel(tr("what the network learns"));
    m_plot->axisRect(1)->axis(QCPAxis::atBottom)->setLabel(tr("row of the table"));
    layout->addWidget(m_plot, 1);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);
    clear(tr("The pipeline of a series read from a CSV file is drawn here."));
}

void PipelineView::clear(const QString &why)
{
    m_plot->clearItems();
    for (int g = 0; g < m_plot->graphCount(); ++g)
        m_plot->graph(g)->data()->clear();
    m_caption->setText(why);
    m_plot->replot();
}

int PipelineView::pointCount(int which) const
{
    return which >= 0 && which < m_plot->graphCount() ? m_plot->graph(which)->dataCount() : 0;
}

QString PipelineView::captionText() const
{
    return m_caption->text();
}

void PipelineView::setSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    const rnn::ExperimentConfig &c = snapshot->config;
    if (c.task != rnn::Task::Forecast || c.generator != rnn::Generator::None
        || c.dataFile.empty()) {
        m_shownKey.clear();
        clear(tr("The pipeline of a series read from a CSV file is drawn here."));
        return;
    }
    const std::string key = c.toJson().dump();
    if (key == m_shownKey)
        return;
    m_shownKey = key;
    rnn::ExperimentConfig config = c;
    std::unique_ptr<rnn::ForecastPipeline> pipeline;
    try {
        pipeline = std::make_unique<rnn::ForecastPipeline>(config, rnn::PipelineSource {});
    } catch (const std::exception &e) {
        clear(tr("The pipeline cannot be drawn: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    m_plot->clearItems();
    const rnn::ForecastDataset &d = pipeline->dataset();
    const rnn::Index rows = d.levels.cols();
    QVector<double> x(rows), raw(rows);
    for (rnn::Index r = 0; r < rows; ++r) {
        x[r] = static_cast<double>(r);
        raw[r] = d.levels(0, r);
    }
    m_plot->graph(0)->setData(x, raw, true);
    // The learnt series: the first target's scaled (changes of the transformed) values, each at
    // the row it leads into, as scaledTargets() gives the network its targets.
    const rnn::Index shift = config.differencing ? 1 : 0;
    QVector<double> lx, ly;
    for (rnn::Index r = shift; r < rows; ++r) {
        lx << static_cast<double>(r);
        ly << d.scaledTargets(r, 1)(0, 0);
    }
    m_plot->graph(1)->setData(lx, ly, true);
    for (int rect = 0; rect < 2; ++rect) {
        QCPAxisRect *axisRect = m_plot->axisRect(rect);
        axisRect->axis(QCPAxis::atBottom)->setRange(-1.0, static_cast<double>(rows));
        m_plot->graph(rect)->rescaleValueAxis(false, true);
        addSplitLine(m_plot, axisRect, static_cast<double>(d.split.train.end) - 0.5, tr("test →"));
        if (!d.split.validation.empty())
            addSplitLine(m_plot, axisRect, static_cast<double>(d.split.validation.begin) - 0.5,
                         tr("validation →"));
    }
    // One window: the last of the training part, its lookback shaded, its target marked.
    if (!d.train.firstTargetRow.empty()) {
        const double target = static_cast<double>(d.train.firstTargetRow.back());
        QCPAxisRect *rect = m_plot->axisRect(1);
        auto *box = new QCPItemRect(m_plot);
        box->setClipAxisRect(rect);
        box->topLeft->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        box->bottomRight->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        box->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        box->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        box->topLeft->setCoords(target - config.lookback - 0.5, 0.0);
        box->bottomRight->setCoords(target - 0.5, 1.0);
        box->setPen(Qt::NoPen);
        box->setBrush(QColor(255, 165, 0, 60));
        auto *mark = new QCPItemTracer(m_plot);
        mark->setClipAxisRect(rect);
        mark->setGraph(m_plot->graph(1));
        mark->setGraphKey(target);
        mark->setStyle(QCPItemTracer::tsCircle);
        mark->setPen(QPen(QColor(214, 39, 40), 2));
        mark->setSize(8);
    }
    QStringList steps;
    if (config.transform != rnn::TransformKind::None)
        steps << tr("the %1 of the series")
                     .arg(QString::fromLatin1(rnn::transformKindNames.toString(config.transform)));
    if (config.differencing)
        steps << tr("its change from the row before");
    steps << tr("scaled (%1) with the training part's range")
                 .arg(QString::fromLatin1(rnn::scalerKindNames.toString(config.scaling)));
    m_caption->setText(
        tr("Top: %1 as read. Bottom: what the network learns: %2. Shaded: one window of %3 steps "
           "(the last of the training part); the red circle: the value it forecasts.")
            .arg(QString::fromStdString(d.targetNames.front()), steps.join(QStringLiteral(", ")))
            .arg(config.lookback));
    m_plot->replot();
}

} // namespace rnnlab
