// The main window of RNN Lab: menus (File, View, Lesson, Train, Help), the left dock (lesson,
// data and model panels), the centre (the unrolled network above the plots), the right dock (cell
// inspector and live equations), the transport bar along the bottom and the status bar (epoch,
// sample, phase, loss, learning rate, seed). It owns the views and the TrainingController and
// wires them together; it never trains on its own thread.
#pragma once

#include "inspection_state.h"
#include "lesson.h"
#include "snapshot.h"
#include "views/view_tabs.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;

namespace rnnlab {

class CellView;
class ClassificationView;
class CompareController;
class DatasetPanel;
class EquationView;
class ExportCentre;
class GuideController;
class GradientPlot;
class HeatmapView;
class InspectorPanel;
class LessonPanel;
class LossPlot;
class ModelPanel;
class NetworkPanel;
class PredictionPlot;
class SessionManager;
class TrainingController;
class TransportBar;
class UnrolledView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads a built-in lesson (id, number or part of the id); false when there is none.
    bool loadLesson(const QString &name);
    // Opens a CSV file as the data of the present model; false (and a message) on error.
    bool openDataFile(const QString &path);
    // Opens any file the app knows by its name: a session (.rnnlab), a lesson (.json) or a CSV.
    bool openFile(const QString &path);
    // Sessions, models and lessons of one's own (the File menu's Save and Open).
    SessionManager *sessions() const { return m_sessions; }
    QString currentLesson() const { return m_lesson.id; }
    // Starts the run again from its seed with other settings (a guided beat's "set"): the
    // panels show them and Reset keeps them.
    void startRun(const rnn::ExperimentConfig &config, double recurrentScale);
    // "en" or "pt_BR": the language of lesson texts (the UI follows the installed translator).
    QString language() const { return m_language; }

    void setPresenterMode(bool on);
    bool presenterMode() const { return m_presenter; }

    // The parts, for tests and the scripted screenshot.
    TrainingController *controller() const { return m_controller; }
    // What the views show (snapshot, play head, inspected step, row, unit); they follow it.
    InspectionState *inspection() const { return m_inspection; }
    UnrolledView *unrolledView() const;
    CellView *cellView() const;
    EquationView *equationView() const;
    HeatmapView *heatmapView() const;
    GradientPlot *gradientPlot() const;
    LossPlot *lossPlot() const;
    PredictionPlot *predictionPlot() const;
    ClassificationView *classificationView() const;
    // The plot tab registered under `key` (views/view_registry.cpp), or nullptr.
    QWidget *view(const QString &key) const { return m_views.value(key); }
    DatasetPanel *datasetPanel() const { return m_dataset; }
    ModelPanel *modelPanel() const { return m_model; }
    LessonPanel *lessonPanel() const { return m_lessons; }
    TransportBar *transportBar() const { return m_transport; }
    CompareController *compareController() const { return m_compare; }
    // Figures, animations and data (File > Export…, every view's context menu).
    ExportCentre *exportCentre() const { return m_export; }
    GuideController *guide() const { return m_guide; } // the guided lesson's beats
    // The plot tabs in their groups; plotTabs()->setCurrentWidget(view) shows any view.
    ViewTabs *plotTabs() const { return m_tabs; }
    QString statusText() const; // the status bar's fields, joined

    // Shows a readable message in the window (status bar and a banner), never a crash.
    void showError(const QString &message);
    QString lastError() const { return m_lastError; }

signals:
    void languageChangeRequested(const QString &language);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    friend class SessionManager; // gathers the window's state into a session and back
    void buildCentre();
    void buildDocks();
    void buildMenus();
    void buildStatusBar();
    void connectController();
    void applyLesson(const Lesson &lesson);
    void restartTraining(const QString &why);
    void onSnapshot(const SnapshotPtr &snapshot);
    void onCursor(Phase phase, int step);
    // Frame pacing: the controller's news is drawn at most ~30 times a second while playing
    // (the newest snapshot and cursor win, nothing queues up), and the plot on show at most ~8
    // times a second; when not playing, at once.
    void scheduleFrame(qint64 delayMs);
    void drawFrame();
    void drawSnapshot(const SnapshotPtr &snapshot);
    void drawCursor(Phase phase, int step);
    void updateStatus();
    void addRecentFile(const QString &path);
    void fillRecentMenu();
    void showPanelsOfLesson();
    void refreshCurrentTab();

    TrainingController *m_controller = nullptr;
    InspectionState *m_inspection = nullptr;
    CompareController *m_compare = nullptr;
    SessionManager *m_sessions = nullptr;
    ExportCentre *m_export = nullptr;
    GuideController *m_guide = nullptr;
    Lesson m_lesson;
    QString m_language = QStringLiteral("en");
    bool m_presenter = false;
    QString m_lastError;

    NetworkPanel *m_network = nullptr; // the unrolled network, above the plot tabs
    InspectorPanel *m_inspector = nullptr; // the right dock: cell inspector and equations
    QSplitter *m_centreSplitter = nullptr;
    ViewTabs *m_tabs = nullptr;
    QHash<QString, QWidget *> m_views; // the plot tabs, by registry key
    LessonPanel *m_lessons = nullptr;
    DatasetPanel *m_dataset = nullptr;
    ModelPanel *m_model = nullptr;
    TransportBar *m_transport = nullptr;
    QLabel *m_banner = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QDockWidget *> m_docks;
    QLabel *m_epochLabel = nullptr;
    QLabel *m_sampleLabel = nullptr;
    QLabel *m_phaseLabel = nullptr;
    QLabel *m_lossLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_seedLabel = nullptr;
    SnapshotPtr m_shown; // the snapshot on display
    SnapshotPtr m_pendingSnapshot; // the newest one not drawn yet while playing
    bool m_cursorPending = false;
    bool m_plotPending = false; // the plot on show lags behind m_shown
    QTimer *m_frameTimer = nullptr;
    QElapsedTimer m_sinceFrame;
    QElapsedTimer m_sincePlot;

public:
    static constexpr int FrameIntervalMs = 33;
    static constexpr int PlotIntervalMs = 125;
};

} // namespace rnnlab
