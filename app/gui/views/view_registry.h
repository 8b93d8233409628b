// The views in the plot tabs under the unrolled network, in the order the window shows them, each
// in its group ("Training", "Results", "Inside", "Explain"; views/view_tabs.h) or in a tab of its
// own. A new view is one file pair in views/ and ONE line in ViewRegistry::builtIn()
// (view_registry.cpp), which names its key, its title and its group.
// Each registered view is created by the window and subscribes to the InspectionState itself:
// it draws the state's plot snapshot (through its setSnapshot()) while it is the tab on show,
// and a hidden tab catches up when it is shown; a view that also has
// setInspection(InspectionState *) gets the rest of the state (step, row, unit) through it.
// The unrolled network, the cell inspector and the equations are the window's fixed frame; they
// follow the same state through their own setInspection().
#pragma once

#include "inspection_state.h"

#include <QWidget>

#include <functional>
#include <vector>

class QTabWidget;

namespace rnnlab {

// Makes `view` call draw(plot snapshot) whenever the state's plot snapshot changes while the
// view is visible in its window (the current tab), and once when it is shown again after it
// missed one. The link lives as long as the view.
void followPlotSnapshot(QWidget *view, InspectionState *state,
                        std::function<void(const SnapshotPtr &)> draw);

class ViewRegistry
{
public:
    struct Entry
    {
        QString key; // the name lessons use in "panels": "loss", "prediction", ...
        const char *title; // the tab's title, translated in the context "rnnlab::ViewRegistry"
        // The group's title (same context), or nullptr for a tab of its own.
        const char *group = nullptr;
        std::function<QWidget *(InspectionState *state, QWidget *parent)> create;
    };

    // The application's views (view_registry.cpp: one line each).
    static const ViewRegistry &builtIn();

    // Registers View, a QWidget with View(QWidget *parent) and setSnapshot(const SnapshotPtr &).
    template<class View>
    ViewRegistry &add(const QString &key, const char *title, const char *group = nullptr)
    {
        m_entries.push_back({ key, title, group, [](InspectionState *state, QWidget *parent) {
                                 auto *view = new View(parent);
                                 followPlotSnapshot(view, state, [view](const SnapshotPtr &s) {
                                     view->setSnapshot(s);
                                 });
                                 if constexpr (requires { view->setInspection(state); })
                                     view->setInspection(state);
                                 return static_cast<QWidget *>(view);
                             } });
        return *this;
    }

    const std::vector<Entry> &entries() const { return m_entries; }
    // Creates every view as a tab of `tabs` (in its group when `tabs` is a ViewTabs), subscribed
    // to `state`; each view's object name is its key. Returns the views in order.
    std::vector<QWidget *> populate(QTabWidget *tabs, InspectionState *state) const;

private:
    std::vector<Entry> m_entries;
};

} // namespace rnnlab
