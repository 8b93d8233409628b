// The plot tabs under the unrolled network, in groups so that the tab bar never overflows into
// scroll arrows (at 1280x800 and in a projector's window): an outer tab per group ("Training",
// "Results", "Inside", "Explain") holding that group's views as inner tabs, and a view registered
// without a group ("Choose the sequence") as an outer tab of its own. A group of one view shows
// no inner tab bar. The groups come from the ViewRegistry (view_registry.cpp); this class only
// places the views and shows the one asked for.
//
// setCurrentWidget(view) and currentWidget() hide QTabWidget's own: they take and return the
// views themselves wherever they are (the group comes to the front first), so code written for
// one flat row of tabs keeps working. count() is the number of outer tabs; viewCount() that of
// the views.
#pragma once

#include <QTabWidget>

#include <vector>

namespace rnnlab {

class ViewTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit ViewTabs(QWidget *parent = nullptr);

    // Adds `view` under `title` to the group titled `group` (created after the others the
    // first time), or as an outer tab of its own when `group` is empty.
    void addView(QWidget *view, const QString &title, const QString &group = {});

    // Brings `view` to the front (its group, then its inner tab); false when it is not here.
    bool setCurrentWidget(QWidget *view);
    QWidget *currentWidget() const; // the view on show
    int viewCount() const { return static_cast<int>(m_views.size()); }
    // The inner tabs of the group titled `group` (as shown), or nullptr.
    QTabWidget *group(const QString &title) const;
    // Shows or hides every tab bar (the presenter's view has none).
    void setTabBarsVisible(bool visible);

signals:
    // The view on show changed (another group, or another tab in the group on show).
    void currentViewChanged(QWidget *view);

private:
    std::vector<QWidget *> m_views;
    std::vector<QTabWidget *> m_groups;
};

// Brings `widget` to the front of every tab widget it lies in (a view inside a group inside the
// plot tabs), e.g. when a view asks to be seen.
void bringToFront(QWidget *widget);

} // namespace rnnlab
