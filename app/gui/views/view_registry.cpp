#include "view_registry.h"

#include "views/classification_view.h"
#include "views/connectivity_view.h"
#include "views/gradient_plot.h"
#include "views/heatmap_view.h"
#include "views/importance_view.h"
#include "views/input_attribution_view.h"
#include "views/inspect_view.h"
#include "views/loss_plot.h"
#include "views/mlp_view.h"
#include "views/pipeline_view.h"
#include "views/prediction_plot.h"
#include "views/view_tabs.h"
#include "views/word_occlusion_view.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTabWidget>

#include <utility>

namespace rnnlab {

namespace {

// The groups of the plot tabs (their titles, translated where the tabs are made).
constexpr const char *Training = QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Training");
constexpr const char *Results = QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Results");
constexpr const char *Inside = QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Inside");
constexpr const char *Explain = QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Explain");

} // namespace

const ViewRegistry &ViewRegistry::builtIn()
{
    static const ViewRegistry registry
        = ViewRegistry()
              .add<LossPlot>(QStringLiteral("loss"),
                             QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Loss"), Training)
              .add<GradientPlot>(
                  QStringLiteral("gradient"),
                  QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Gradients through time"), Training)
              .add<ConnectivityView>(
                  QStringLiteral("connectivity"),
                  QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Gradient connectivity"), Training)
              .add<PredictionPlot>(QStringLiteral("prediction"),
                                   QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Prediction"), Results)
              .add<PipelineView>(QStringLiteral("pipeline"),
                                 QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Pipeline"), Results)
              .add<ClassificationView>(QStringLiteral("classification"),
                                       QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Classification"),
                                       Results)
              .add<MlpView>(QStringLiteral("mlp"),
                            QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "MLP vs RNN"), Results)
              .add<HeatmapView>(QStringLiteral("heatmap"),
                                QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Gates and states"),
                                Inside)
              .add<ImportanceView>(QStringLiteral("importance"),
                                   QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Which inputs matter"),
                                   Explain)
              .add<InputAttributionView>(
                  QStringLiteral("attribution"),
                  QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Gradient × input"), Explain)
              .add<WordOcclusionView>(
                  QStringLiteral("words"),
                  QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Which words matter"), Explain)
              .add<InspectView>(QStringLiteral("inspect"),
                                QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Choose the sequence"));
    return registry;
}

std::vector<QWidget *> ViewRegistry::populate(QTabWidget *tabs, InspectionState *state) const
{
    std::vector<QWidget *> views;
    for (const Entry &entry : m_entries) {
        QWidget *view = entry.create(state, tabs);
        view->setObjectName(entry.key);
        const QString title = QCoreApplication::translate("rnnlab::ViewRegistry", entry.title);
        if (auto *grouped = qobject_cast<ViewTabs *>(tabs))
            grouped->addView(view, title,
                             entry.group
                                 ? QCoreApplication::translate("rnnlab::ViewRegistry", entry.group)
                                 : QString());
        else
            tabs->addTab(view, title);
        views.push_back(view);
    }
    return views;
}

namespace {

// The link of followPlotSnapshot: a child of the view, so it goes with it.
class PlotFollower : public QObject
{
public:
    PlotFollower(QWidget *view, InspectionState *state,
                 std::function<void(const SnapshotPtr &)> draw)
        : QObject(view)
        , m_view(view)
        , m_draw(std::move(draw))
    {
        view->installEventFilter(this);
        connect(state, &InspectionState::plotSnapshotChanged, this, [this](const SnapshotPtr &s) {
            if (m_view->isVisibleTo(m_view->window())) {
                m_missed = false;
                m_missedSnapshot.reset();
                m_draw(s);
            } else {
                m_missed = true;
                m_missedSnapshot = s;
            }
        });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // ShowToParent: a tab becomes the current one (also while the window is not shown).
        if (watched == m_view && event->type() == QEvent::ShowToParent && m_missed) {
            m_missed = false;
            m_draw(std::exchange(m_missedSnapshot, nullptr));
        }
        return false;
    }

private:
    QWidget *m_view;
    std::function<void(const SnapshotPtr &)> m_draw;
    bool m_missed = false;
    SnapshotPtr m_missedSnapshot; // the newest one that came while hidden
};

} // namespace

void followPlotSnapshot(QWidget *view, InspectionState *state,
                        std::function<void(const SnapshotPtr &)> draw)
{
    new PlotFollower(view, state, std::move(draw));
}

} // namespace rnnlab
