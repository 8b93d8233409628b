#include "presenter_style.h"

#include <algorithm>

#include <QFont>
#include <QVariant>
#include <QWidget>
#include <qcustomplot.h>

namespace rnnlab::presenter {

namespace {
constexpr char savedFont[] = "rnnlabFontBeforePresenter";
constexpr char savedWidth[] = "rnnlabPenWidthBeforePresenter";

// QCustomPlot keeps its own fonts (the application's when it was made): its axes and legend follow
// the plot widget's font, and its curves are drawn lineScale times as thick while on (each curve's
// width is restored from what it was; a curve made meanwhile is left as it is).
void applyToPlots(QWidget *root, bool on)
{
    for (QCustomPlot *plot : root->findChildren<QCustomPlot *>()) {
        QFont ticks = plot->font();
        for (QCPAxisRect *rect : plot->axisRects())
            for (QCPAxis *axis : rect->axes()) {
                axis->setTickLabelFont(ticks);
                axis->setSelectedTickLabelFont(ticks);
                axis->setLabelFont(plot->font());
                axis->setSelectedLabelFont(plot->font());
            }
        if (plot->legend)
            plot->legend->setFont(plot->font());
        for (int i = 0; i < plot->plottableCount(); ++i) {
            QCPAbstractPlottable *curve = plot->plottable(i);
            QPen pen = curve->pen();
            const QVariant saved = curve->property(savedWidth);
            if (on && !saved.isValid()) {
                curve->setProperty(savedWidth, pen.widthF());
                pen.setWidthF(std::max(pen.widthF(), 1.0) * lineScale);
            } else if (!on && saved.isValid()) {
                pen.setWidthF(saved.toDouble());
                curve->setProperty(savedWidth, QVariant());
            }
            curve->setPen(pen);
        }
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}
} // namespace

void applyType(QWidget *root, bool on)
{
    if (!root)
        return;
    if (on) {
        if (!root->property(savedFont).isValid())
            root->setProperty(savedFont, root->font());
        QFont font = root->font();
        const double dpi = root->logicalDpiY() > 0 ? root->logicalDpiY() : 96.0;
        font.setPointSizeF(basePixels * 72.0 / dpi);
        root->setFont(font);
        applyToPlots(root, true);
        return;
    }
    const QVariant saved = root->property(savedFont);
    if (saved.isValid()) {
        root->setFont(saved.value<QFont>());
        root->setProperty(savedFont, QVariant());
    }
    applyToPlots(root, false);
}

bool active(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget())
        if (w->property(savedFont).isValid())
            return true;
    return false;
}

double lineWidth(const QWidget *widget, double width)
{
    return active(widget) ? width * lineScale : width;
}

} // namespace rnnlab::presenter
