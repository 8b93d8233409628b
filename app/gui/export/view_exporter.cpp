#include "export/view_exporter.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include <qcustomplot.h>

namespace rnnlab {

namespace {

// Widget units per inch: the views are laid out in logical pixels at 96 per inch, so the vector
// files use the same unit and the fonts (in points) keep their size relative to the drawing.
constexpr int PixelsPerInch = 96;

void paintTree(QCPPainter &painter, QWidget *widget, const QPoint &offset)
{
    if (widget->width() <= 0 || widget->height() <= 0)
        return;
    painter.save();
    painter.setClipRect(QRect(offset, widget->size()), Qt::IntersectClip);
    if (auto *plot = qobject_cast<QCustomPlot *>(widget)) {
        painter.translate(offset);
        plot->toPainter(&painter, plot->width(), plot->height());
        painter.restore();
        return;
    }
    widget->render(&painter, offset, QRegion(), QWidget::DrawWindowBackground);
    for (QObject *child : widget->children()) {
        auto *w = qobject_cast<QWidget *>(child);
        if (w && !w->isWindow() && w->isVisibleTo(widget))
            paintTree(painter, w, offset + w->pos());
    }
    painter.restore();
}

} // namespace

const char *figureFormatName(FigureFormat format)
{
    for (const auto &[value, name] : figureFormatNames)
        if (value == format)
            return name;
    return "";
}

bool figureFormatOf(const QString &file, FigureFormat *format)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    for (const auto &[value, name] : figureFormatNames) {
        if (suffix == QLatin1String(name)) {
            *format = value;
            return true;
        }
    }
    return false;
}

void ViewExporter::paint(QCPPainter &painter, QWidget *view)
{
    paintTree(painter, view, QPoint(0, 0));
}

QImage ViewExporter::image(QWidget *view, int scale)
{
    scale = std::clamp(scale, 1, 8);
    QImage out(view->size() * scale, QImage::Format_ARGB32_Premultiplied);
    out.setDevicePixelRatio(scale);
    out.fill(Qt::white);
    QCPPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, view);
    painter.end();
    return out;
}

QByteArray ViewExporter::svg(QWidget *view, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(view->size());
    generator.setViewBox(QRect(QPoint(0, 0), view->size()));
    generator.setResolution(PixelsPerInch);
    generator.setTitle(title);
    generator.setDescription(
        QCoreApplication::translate("rnnlab::ViewExporter", "Made with RNN Lab"));
    QCPPainter painter(&generator);
    paint(painter, view);
    painter.end();
    return bytes;
}

QByteArray ViewExporter::pdf(QWidget *view, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(PixelsPerInch);
    writer.setPageSize(QPageSize(QSizeF(view->size()) * 72.0 / PixelsPerInch, QPageSize::Point,
                                 QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("RNN Lab"));
    QCPPainter painter(&writer);
    paint(painter, view);
    painter.end();
    return bytes;
}

bool ViewExporter::save(QWidget *view, const QString &file, FigureFormat format, int scale,
                        QString *error, const QString &title)
{
    QByteArray bytes;
    switch (format) {
    case FigureFormat::Png: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImage picture = image(view, scale);
        picture.setDevicePixelRatio(1); // the file holds the pixels
        picture.save(&buffer, "PNG");
        break;
    }
    case FigureFormat::Svg:
        bytes = svg(view, title);
        break;
    case FigureFormat::Pdf:
        bytes = pdf(view, title);
        break;
    }
    QSaveFile out(file);
    if (bytes.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()
        || !out.commit()) {
        *error = QCoreApplication::translate("rnnlab::ViewExporter", "Could not write %1: %2")
                     .arg(file, out.errorString());
        return false;
    }
    return true;
}

void ViewExporter::copyToClipboard(QWidget *view)
{
    auto *data = new QMimeData;
    QImage picture = image(view, 2);
    picture.setDevicePixelRatio(1);
    data->setImageData(picture);
    data->setData(QStringLiteral("image/svg+xml"), svg(view));
    QApplication::clipboard()->setMimeData(data);
}

} // namespace rnnlab
