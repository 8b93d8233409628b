#include "view_tabs.h"

#include <QTabBar>

#include <algorithm>

namespace rnnlab {

ViewTabs::ViewTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("plotTabs"));
    setDocumentMode(true);
    connect(this, &QTabWidget::currentChanged, this,
            [this] { emit currentViewChanged(currentWidget()); });
}

QTabWidget *ViewTabs::group(const QString &title) const
{
    for (QTabWidget *g : m_groups)
        if (tabText(indexOf(g)) == title)
            return g;
    return nullptr;
}

void ViewTabs::addView(QWidget *view, const QString &title, const QString &groupTitle)
{
    m_views.push_back(view);
    if (groupTitle.isEmpty()) {
        addTab(view, title);
        return;
    }
    QTabWidget *inner = group(groupTitle);
    if (!inner) {
        inner = new QTabWidget(this);
        inner->setObjectName(QStringLiteral("group:") + groupTitle);
        inner->setTabBarAutoHide(true); // a group of one view shows it without a tab bar
        inner->setDocumentMode(true);
        m_groups.push_back(inner);
        addTab(inner, groupTitle);
        connect(inner, &QTabWidget::currentChanged, this, [this, inner] {
            if (QTabWidget::currentWidget() == inner)
                emit currentViewChanged(currentWidget());
        });
    }
    inner->addTab(view, title);
    // The outer tab's tip names the views of the group.
    QStringList names;
    for (int i = 0; i < inner->count(); ++i)
        names << inner->tabText(i);
    setTabToolTip(indexOf(inner), names.join(QStringLiteral(", ")));
}

bool ViewTabs::setCurrentWidget(QWidget *view)
{
    if (!view || std::find(m_views.begin(), m_views.end(), view) == m_views.end())
        return false;
    bringToFront(view);
    return true;
}

QWidget *ViewTabs::currentWidget() const
{
    QWidget *page = QTabWidget::currentWidget();
    if (auto *inner = qobject_cast<QTabWidget *>(page);
        inner && std::find(m_groups.begin(), m_groups.end(), inner) != m_groups.end())
        return inner->currentWidget();
    return page;
}

void ViewTabs::setTabBarsVisible(bool visible)
{
    tabBar()->setVisible(visible);
    for (QTabWidget *inner : m_groups)
        inner->tabBar()->setVisible(visible && inner->count() > 1);
}

void bringToFront(QWidget *widget)
{
    // From the outside in: each tab widget above `widget` shows the page that holds it.
    std::vector<QWidget *> chain;
    for (QWidget *w = widget; w; w = w->parentWidget())
        chain.push_back(w);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        auto *tabs = qobject_cast<QTabWidget *>(*it);
        if (!tabs)
            continue;
        for (QWidget *page : chain)
            if (tabs->indexOf(page) >= 0) {
                tabs->setCurrentIndex(tabs->indexOf(page));
                break;
            }
    }
}

} // namespace rnnlab
