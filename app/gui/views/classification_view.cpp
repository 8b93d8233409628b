#include "classification_view.h"

#include "colour_maps.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace rnnlab {

ClassificationView::ClassificationView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(200, 140);
    m_plot->xAxis->setLabel(tr("predicted class"));
    m_plot->yAxis->setLabel(tr("true class"));
    layout->addWidget(m_plot, 1);
    auto *side = new QVBoxLayout;
    m_accuracy = new QLabel(this);
    m_accuracy->setWordWrap(true);
    side->addWidget(m_accuracy);
    m_tokens = new QLabel(this);
    m_tokens->setWordWrap(true);
    m_tokens->setTextFormat(Qt::RichText);
    side->addWidget(m_tokens);
    side->addStretch();
    layout->addLayout(side, 1);
    m_accuracy->setText(tr("This lesson is not a classification task."));
    m_plot->setToolTip(tr("Click a cell to list its test sentences"));
    connect(m_plot, &QCustomPlot::mousePress, this,
            [this](QMouseEvent *event) { pickCell(event->position()); });
}

bool ClassificationView::pickCell(const QPointF &pixel)
{
    const int predicted = static_cast<int>(std::lround(m_plot->xAxis->pixelToCoord(pixel.x())));
    const int truth = static_cast<int>(std::lround(m_plot->yAxis->pixelToCoord(pixel.y())));
    if (!m_state || predicted < 0 || truth < 0 || predicted >= m_classes || truth >= m_classes)
        return false;
    m_state->requestSentenceFilter(truth, predicted);
    return true;
}

QString ClassificationView::tokensHtml() const
{
    return m_tokens->text();
}

QString ClassificationView::accuracyText() const
{
    return m_accuracy->text();
}

void ClassificationView::setSnapshot(const SnapshotPtr &snapshot)
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    if (!snapshot || !snapshot->classification) {
        m_classes = 0;
        m_accuracy->setText(tr("This lesson is not a classification task."));
        m_tokens->clear();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const auto &c = *snapshot->classification;
    const int k = static_cast<int>(c.confusion.rows());
    m_classes = k;
    if (k > 0 && c.confusion.cols() == k) {
        auto *map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
        map->data()->setSize(k, k);
        map->data()->setRange(QCPRange(0, k - 1), QCPRange(0, k - 1));
        QString accuracy = tr("<b>Per-class accuracy</b><br>");
        for (int truth = 0; truth < k; ++truth) {
            const double rowSum = c.confusion.row(truth).sum();
            for (int predicted = 0; predicted < k; ++predicted) {
                // the colour: the share of the true class's samples in this cell
                const double share = rowSum > 0 ? c.confusion(truth, predicted) / rowSum : 0.0;
                map->data()->setCell(predicted, truth, share);
                auto *text = new QCPItemText(m_plot);
                text->position->setCoords(predicted, truth);
                text->setText(QString::number(c.confusion(truth, predicted), 'f', 0));
                text->setColor(colours::textOn(colours::sequential(share, 1.0)));
            }
            const QString name
                = truth < c.classes.size() ? c.classes.at(truth) : QString::number(truth);
            if (truth < c.recall.size())
                accuracy += tr("%1: %2%<br>")
                                .arg(name.toHtmlEscaped())
                                .arg(100.0 * c.recall(truth), 0, 'f', 0);
        }
        accuracy += tr("<b>Overall: %1%</b>").arg(100.0 * c.accuracy, 0, 'f', 1);
        if (c.naiveBayesAccuracy) {
            accuracy += tr("<br>Naive Bayes on word counts (the same training texts): %1%")
                            .arg(100.0 * *c.naiveBayesAccuracy, 0, 'f', 1);
            if (*c.naiveBayesAccuracy > c.accuracy)
                accuracy += tr("<br>The network loses to naive Bayes, which ignores word order.");
        }
        m_accuracy->setText(accuracy);
        map->setGradient(colours::sequentialGradient());
        map->setDataRange(QCPRange(0, 1));
        map->setInterpolate(false);
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        for (int i = 0; i < k; ++i)
            ticker->addTick(i, i < c.classes.size() ? c.classes.at(i) : QString::number(i));
        m_plot->xAxis->setTicker(ticker);
        m_plot->yAxis->setTicker(ticker);
        // Names wider than their column ("surpresa", "tristeza" side by side) are slanted
        // rather than run into each other.
        const QFontMetrics metrics(m_plot->xAxis->tickLabelFont());
        int widest = 0;
        for (const QString &name : c.classes)
            widest = std::max(widest, metrics.horizontalAdvance(name));
        const int width = m_plot->axisRect()->width() > 10 ? m_plot->axisRect()->width()
                                                           : m_plot->width() * 3 / 4;
        m_plot->xAxis->setTickLabelRotation(k > 0 && widest > 0.9 * width / k ? -35.0 : 0.0);
        m_plot->xAxis->setRange(-0.5, k - 0.5);
        m_plot->yAxis->setRange(-0.5, k - 0.5);
    }
    // The sentence: every token coloured by how much it moved the cell state (or h).
    const SequenceTrace &trace = snapshot->trace;
    QString html = tr("<b>The inspected sentence</b> (colour: how much each word moved the "
                      "memory; number: probability of the predicted class after it)<br>");
    const RowTrace *row = trace.rows.empty() ? nullptr : &trace.rows.front();
    const Quantity *memory = row ? (row->find(QStringLiteral("c")) ? row->find(QStringLiteral("c"))
                                                                   : row->find(QStringLiteral("h")))
                                 : nullptr;
    Eigen::Index best = 0;
    if (c.probabilities.size() > 0)
        c.probabilities.maxCoeff(&best);
    double maxMove = 1e-12;
    std::vector<double> moves(static_cast<std::size_t>(trace.tokens.size()), 0.0);
    for (int t = 0; t < trace.tokens.size() && memory && t < memory->values.cols(); ++t) {
        const double move = t == 0 ? memory->values.col(0).norm()
                                   : (memory->values.col(t) - memory->values.col(t - 1)).norm();
        moves[static_cast<std::size_t>(t)] = move;
        maxMove = std::max(maxMove, move);
    }
    for (int t = 0; t < trace.tokens.size(); ++t) {
        const QColor colour = colours::sequential(moves[static_cast<std::size_t>(t)], maxMove);
        html += QStringLiteral("<span style='background:%1; color:%2'>&nbsp;%3&nbsp;</span> ")
                    .arg(colour.name(), colours::textOn(colour).name(),
                         trace.tokens.at(t).toHtmlEscaped());
    }
    if (c.probabilities.size() > 0) {
        const QString name = best < c.classes.size() ? c.classes.at(static_cast<int>(best))
                                                     : QString::number(best);
        html += tr("<br>Prediction: <b>%1</b> (%2%)")
                    .arg(name.toHtmlEscaped())
                    .arg(100.0 * c.probabilities(best), 0, 'f', 0);
    }
    m_tokens->setText(html);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace rnnlab
