// The type of presenter mode (F11, --presenter): large enough to read from the back of a room. At
// 1920 x 1080 the smallest label a view draws (some draw at 0.85 of their font) stays at least
// 22 px high. Applied to the centre of the window (the unrolled network and the chosen view),
// whose widgets inherit it (the plots' axes and legends too), and lines twice as thick in the views
// that ask lineWidth() and in the plots' curves; nothing else changes, and switching back restores
// the font and the widths they had.
// What it is not: the layout of presenter mode (MainWindow::setPresenterMode hides the docks).
#pragma once

class QWidget;

namespace rnnlab::presenter {

// The base font's height in pixels in presenter mode.
inline constexpr int basePixels = 27;
// The smallest text any view draws in presenter mode must be at least this high.
inline constexpr int minimumPixels = 22;

// Sets (on) or restores (off) the presenter font on root and, through inheritance, its children.
// The size is set in points for the screen's dots per inch, so views that scale their font's
// point size keep working.
void applyType(QWidget *root, bool on);

// Whether widget is inside a presenter root (applyType on).
bool active(const QWidget *widget);
// Lines drawn thick enough to see from the back of the room: width in presenter mode scaled by
// lineScale, as is otherwise.
inline constexpr double lineScale = 2.0;
double lineWidth(const QWidget *widget, double width);

} // namespace rnnlab::presenter
