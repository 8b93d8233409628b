#include "presenter_style.h"

#include <QFont>
#include <QVariant>
#include <QWidget>

namespace rnnlab::presenter {

namespace {
constexpr char savedFont[] = "rnnlabFontBeforePresenter";
}

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
        return;
    }
    const QVariant saved = root->property(savedFont);
    if (saved.isValid()) {
        root->setFont(saved.value<QFont>());
        root->setProperty(savedFont, QVariant());
    }
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
