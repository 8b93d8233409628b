// The two colour maps of RNN Lab, in one place, used by every view and plot: a colour-blind-safe
// diverging map for signed values (ColorBrewer PuOr: purple < 0, white = 0, orange > 0) and a
// sequential map for magnitudes (viridis). Lookup tables, so painting thousands of cells is cheap.
// Not a place for layout or legends (views/colour_legend.h draws the legend).
#pragma once

#include <QColor>

class QCPColorGradient;

namespace rnnlab::colours {

// Signed value in [-limit, limit] (clamped): purple for negative, white for zero, orange for
// positive. limit <= 0 is treated as 1.
QColor diverging(double value, double limit = 1.0);

// Magnitude in [0, maximum] (clamped) on viridis: dark purple for 0, yellow for the maximum.
QColor sequential(double value, double maximum = 1.0);

// Magnitude on a logarithmic viridis scale between minimum and maximum (both > 0).
QColor sequentialLog(double value, double minimum, double maximum);

// The same maps for QCustomPlot's colour maps (heatmaps and confusion matrices).
QCPColorGradient divergingGradient();
QCPColorGradient sequentialGradient();

// The high-contrast scheme (View > High-contrast colours, for a projector): the same
// colour-blind-safe hues (PuOr's purple and orange; viridis is unchanged) run to their darkest
// ends, and small values leave white sooner (the square root of |value| / limit), so pale
// colours do not wash out on a bright screen. Global to the GUI thread; views read it when they
// paint.
void setHighContrast(bool on);
bool highContrast();

// A text colour that stays readable on top of the given background.
QColor textOn(const QColor &background);

// Fixed colours of the series drawn in plots (train, validation, test, baseline, highlight).
QColor trainColour();
QColor validationColour();
QColor testColour();
QColor baselineColour();
QColor holtWintersColour(); // the classical model's line, beside the grey persistence
QColor highlightColour();

} // namespace rnnlab::colours
