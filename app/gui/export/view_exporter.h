// Pictures of any view: PNG at 1x, 2x or 4x, and SVG and PDF as vector drawings (paths and text,
// not a bitmap in a wrapper), and a copy to the clipboard. One small class every view uses, with
// nothing to add to the views themselves: it paints the view's widget tree onto the target
// painter, each widget through its own paint code (QWidget::render without children), and each
// QCustomPlot through QCustomPlot::toPainter, which draws its layers as vectors where the plot's
// own paint event would only blit its cached pixmaps. The custom-painted views (the unrolled
// network, the cell, the equations) are vector because their paint code is: QSvgGenerator and
// QPdfWriter record the QPainter calls. Colour maps drawn as images stay images inside the
// vector file (a heat map is a picture); axes, labels and lines around them are vectors.
#pragma once

#include <QImage>
#include <QString>

#include <array>

class QMenu;
class QCPPainter;
class QWidget;

namespace rnnlab {

enum class FigureFormat { Png, Svg, Pdf };

// The name table: the file extension of each format.
inline constexpr std::array<std::pair<FigureFormat, const char *>, 3> figureFormatNames { {
    { FigureFormat::Png, "png" },
    { FigureFormat::Svg, "svg" },
    { FigureFormat::Pdf, "pdf" },
} };
const char *figureFormatName(FigureFormat format);
// The format of a file name's extension (case-insensitive); false when it is none of them.
bool figureFormatOf(const QString &file, FigureFormat *format);

class ViewExporter
{
public:
    // Paints `view` (and its visible children) with its top-left corner at the painter's origin
    // (a QCPPainter, the QPainter QCustomPlot::toPainter needs, on any paint device).
    static void paint(QCPPainter &painter, QWidget *view);
    // The view as an image of (its size x scale) pixels, white behind.
    static QImage image(QWidget *view, int scale = 1);
    // The view as an SVG document / a one-page PDF of the view's size.
    static QByteArray svg(QWidget *view, const QString &title = {});
    static QByteArray pdf(QWidget *view, const QString &title = {});
    // Writes `file` in `format` (scale: PNG only, 1, 2 or 4), atomically (QSaveFile): the
    // previous file stays when writing fails. False and a message naming the file on failure.
    static bool save(QWidget *view, const QString &file, FigureFormat format, int scale,
                     QString *error, const QString &title = {});
    // Puts the view on the clipboard: a 2x PNG image, and the SVG for programs that take it.
    static void copyToClipboard(QWidget *view);
};

} // namespace rnnlab
