#include "colour_maps.h"

#include <qcustomplot.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace rnnlab::colours {

namespace {

constexpr int LutSize = 256;

// ColorBrewer PuOr (9 classes), from negative (purple) to positive (orange).
constexpr std::array<QRgb, 9> DivergingStops
    = { 0x542788, 0x8073ac, 0xb2abd2, 0xd8daeb, 0xf7f7f7, 0xfee0b6, 0xfdb863, 0xe08214, 0xb35806 };
// The high-contrast diverging map: PuOr (11 classes) from its darkest purple to its darkest
// orange, the same hues.
constexpr std::array<QRgb, 9> HighContrastStops
    = { 0x2d004b, 0x542788, 0x8073ac, 0xb2abd2, 0xf7f7f7, 0xfdb863, 0xe08214, 0xb35806, 0x7f3b08 };
bool g_highContrast = false;
// viridis (9 samples), from 0 (dark purple) to 1 (yellow).
constexpr std::array<QRgb, 9> SequentialStops
    = { 0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962, 0xaddc30, 0xfde725 };

template<std::size_t N>
std::array<QColor, LutSize> buildLut(const std::array<QRgb, N> &stops)
{
    std::array<QColor, LutSize> lut;
    for (int i = 0; i < LutSize; ++i) {
        const double position = static_cast<double>(i) / (LutSize - 1) * static_cast<double>(N - 1);
        const auto lower = std::min(static_cast<std::size_t>(position), N - 2);
        const double f = position - static_cast<double>(lower);
        const QColor a(stops[lower]);
        const QColor b(stops[lower + 1]);
        const auto mix
            = [f](int x, int y) { return static_cast<int>(std::lround(x + f * (y - x))); };
        lut[static_cast<std::size_t>(i)]
            = QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
    }
    return lut;
}

const std::array<QColor, LutSize> &divergingLut()
{
    static const auto lut = buildLut(DivergingStops);
    return lut;
}

const std::array<QColor, LutSize> &highContrastLut()
{
    static const auto lut = buildLut(HighContrastStops);
    return lut;
}

const std::array<QColor, LutSize> &sequentialLut()
{
    static const auto lut = buildLut(SequentialStops);
    return lut;
}

std::size_t lutIndex(double unit)
{
    if (!std::isfinite(unit))
        unit = 0.5;
    const double clamped = std::clamp(unit, 0.0, 1.0);
    return static_cast<std::size_t>(std::lround(clamped * (LutSize - 1)));
}

template<std::size_t N>
QCPColorGradient gradientFrom(const std::array<QRgb, N> &stops)
{
    QCPColorGradient gradient;
    gradient.clearColorStops();
    for (std::size_t i = 0; i < N; ++i)
        gradient.setColorStopAt(static_cast<double>(i) / static_cast<double>(N - 1),
                                QColor(stops[i]));
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    gradient.setLevelCount(LutSize);
    return gradient;
}

} // namespace

QColor diverging(double value, double limit)
{
    if (limit <= 0.0)
        limit = 1.0;
    if (g_highContrast) {
        const double unit = std::clamp(value / limit, -1.0, 1.0);
        const double pushed = std::copysign(std::sqrt(std::abs(unit)), unit);
        return highContrastLut()[lutIndex(0.5 + 0.5 * pushed)];
    }
    return divergingLut()[lutIndex(0.5 + 0.5 * value / limit)];
}

void setHighContrast(bool on)
{
    g_highContrast = on;
}

bool highContrast()
{
    return g_highContrast;
}

QColor sequential(double value, double maximum)
{
    if (maximum <= 0.0)
        maximum = 1.0;
    return sequentialLut()[lutIndex(value / maximum)];
}

QColor sequentialLog(double value, double minimum, double maximum)
{
    if (!(minimum > 0.0) || !(maximum > minimum))
        return sequentialLut()[0];
    if (!(value > minimum))
        return sequentialLut()[0];
    const double unit = std::log(value / minimum) / std::log(maximum / minimum);
    return sequentialLut()[lutIndex(unit)];
}

QCPColorGradient divergingGradient()
{
    return gradientFrom(g_highContrast ? HighContrastStops : DivergingStops);
}

QCPColorGradient sequentialGradient()
{
    return gradientFrom(SequentialStops);
}

QColor textOn(const QColor &background)
{
    const double luminance = 0.299 * static_cast<double>(background.redF())
        + 0.587 * static_cast<double>(background.greenF())
        + 0.114 * static_cast<double>(background.blueF());
    return luminance > 0.55 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
}

// Okabe-Ito colours: distinguishable with every common colour-vision deficiency.
QColor trainColour()
{
    return QColor(0x00, 0x72, 0xb2);
}
QColor validationColour()
{
    return QColor(0xe6, 0x9f, 0x00);
}
QColor testColour()
{
    return QColor(0x00, 0x9e, 0x73);
}
QColor baselineColour()
{
    return QColor(0x99, 0x99, 0x99);
}
QColor holtWintersColour()
{
    return QColor(0xcc, 0x79,
                  0xa7); // reddish purple (Okabe-Ito), apart from the parts and highlight
}
QColor highlightColour()
{
    return QColor(0xd5, 0x5e, 0x00);
}

} // namespace rnnlab::colours
