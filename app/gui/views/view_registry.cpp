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
#include "views/word_occlusion_view.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTabWidget>

#include <utility>

namespace rnnlab {

const ViewRegistry &ViewRegistry::builtIn()
{
    static const ViewRegistry registry
        = ViewRegistry()
              .add<LossPlot>(QStringLiteral("loss"),
                             QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Loss"))
              .add<PredictionPlot>(QStringLiteral("prediction"),
                                   QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Prediction"))
              .add<PipelineView>(QStringLiteral("pipeline"),
                                 QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Pipeline"))
              .add<HeatmapView>(QStringLiteral("heatmap"),
                                QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Gates and states"))
              .add<GradientPlot>(
                  QStringLiteral("gradient"),
                  QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Gradients through time"))
              .add<ClassificationView>(QStringLiteral("classification"),
                                       QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Classification"))
              .add<InspectView>(QStringLiteral("inspect"),
                                QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Choose the sequence"))
              .add<ImportanceView>(QStringLiteral("importance"),
                                   QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Which inputs matter"))
              .add<InputAttributionView>(
                  QStringLiteral("attribution"),
                  QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Gradient × input"))
              .add<WordOcclusionView>(
                  QStringLiteral("words"),
                  QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Which words matter"))
              .add<MlpView>(QStringLiteral("mlp"),
                            QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "MLP vs RNN"))
              .add<ConnectivityView>(
                  QStringLiteral("connectivity"),
                  QT_TRANSLATE_NOOP("rnnlab::ViewRegistry", "Gradient connectivity"));
    return registry;
}

std::vector<QWidget *> ViewRegistry::populate(QTabWidget *tabs, InspectionState *state) const
{
    std::vector<QWidget *> views;
    for (const Entry &entry : m_entries) {
        QWidget *view = entry.create(state, tabs);
        view->setObjectName(entry.key);
        tabs->addTab(view, QCoreApplication::translate("rnnlab::ViewRegistry", entry.title));
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
