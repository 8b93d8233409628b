// MainWindow's menus (File with its recent files, View, Lesson, Train, Help): the rest of the
// window is built in main_window.cpp.
#include "about_dialog.h"
#include "main_window.h"

#include "colour_maps.h"

#include "control/compare_controller.h"
#include "control/training_controller.h"
#include "export/export_centre.h"
#include "guide/guide_controller.h"
#include "language.h"
#include "panels/dataset_panel.h"
#include "panels/inspector_panel.h"
#include "panels/lesson_panel.h"
#include "panels/model_panel.h"
#include "panels/network_panel.h"
#include "panels/transport_bar.h"
#include "pytorch_export_action.h"
#include "session_manager.h"
#include "views/cell_view.h"
#include "views/classification_view.h"
#include "views/colour_legend.h"
#include "views/equation_view.h"
#include "views/gradient_plot.h"
#include "views/heatmap_view.h"
#include "views/loss_plot.h"
#include "views/prediction_plot.h"
#include "views/unrolled_view.h"
#include "views/view_registry.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSlider>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace rnnlab {

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open CSV…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Open a CSV file"), datasetsDirectory(),
                                           tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            openDataFile(path);
    });
    m_recentMenu = file->addMenu(tr("Open &recent"));
    fillRecentMenu();
    m_sessions->addActions(file); // sessions, lessons and models, above Open CSV
    file->addAction(tr("Save a &picture of the window…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save a picture"), QStringLiteral("rnnlab.png"), tr("PNG images (*.png)"));
        if (!path.isEmpty() && !grab().save(path))
            showError(tr("Could not write %1.").arg(path));
    });
    m_export->addMenuActions(file);
    file->addAction(tr("Export as Py&Torch…"), this,
                    [this] { exportAsPytorch(this, *m_controller); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QAction *presenter = view->addAction(tr("&Presenter view (network and one plot)"));
    presenter->setObjectName(QStringLiteral("presenterAction"));
    presenter->setCheckable(true);
    presenter->setShortcut(QKeySequence(Qt::Key_F11));
    connect(presenter, &QAction::toggled, this, &MainWindow::setPresenterMode);
    addAction(presenter); // still reachable when the menu bar is hidden
    QAction *contrast = view->addAction(tr("&High-contrast colours"));
    contrast->setObjectName(QStringLiteral("highContrastAction"));
    contrast->setCheckable(true);
    connect(contrast, &QAction::toggled, this, [this](bool on) {
        colours::setHighContrast(on);
        for (QWidget *widget : findChildren<QWidget *>())
            widget->update();
    });
    view->addAction(tr("Zoom &in"), QKeySequence::ZoomIn, m_network, &NetworkPanel::zoomIn);
    view->addAction(tr("Zoom &out"), QKeySequence::ZoomOut, m_network, &NetworkPanel::zoomOut);
    view->addAction(tr("&Fit the sequence"), QKeySequence(Qt::CTRL | Qt::Key_0), m_network,
                    &NetworkPanel::zoomToFit);
    view->addSeparator();
    QMenu *languages = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(languages);
    const QList<QPair<QString, QString>> choices
        = { { QStringLiteral("en"), tr("English") },
            { QStringLiteral("pt_BR"), tr("Português (Brasil)") } };
    for (const auto &[code, name] : choices) {
        QAction *action = languages->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == m_language);
        group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, code] { emit languageChangeRequested(code); });
    }

    QMenu *lessons = menuBar()->addMenu(tr("&Lesson"));
    for (const Lesson &lesson : builtInLessons()) {
        const QString id = lesson.id;
        lessons->addAction(
            tr("%1. %2").arg(lesson.number).arg(Lesson::pick(lesson.title, m_language)), this,
            [this, id] { loadLesson(id); });
    }

    QMenu *train = menuBar()->addMenu(tr("&Train"));
    for (QAction *action :
         { m_transport->resetAction(), m_transport->stepTimeAction(), m_transport->stepBpttAction(),
           m_transport->stepSampleAction(), m_transport->stepBatchAction(),
           m_transport->stepEpochAction(), m_transport->playAction(),
           m_transport->stepForwardAction(), m_transport->stepBackAction() })
        train->addAction(action);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard"), this, [this] {
        QMessageBox::information(
            this, tr("Keyboard"),
            tr("Guided lesson (G turns it on or off): Space, Right or Page Down: next beat, or "
               "the answer to its question · Left or Page Up: back\nSpace (Shift+Space in a "
               "guided lesson): play or pause\nRight or Page Down (Shift+Right): step "
               "forward\nLeft or Page Up (Shift+Left): step back\nF: one time step forward · "
               "B: one step of BPTT\nS: one sample · Shift+S: one batch · E: one epoch\nF11: "
               "presenter view · Ctrl + wheel: zoom"));
    });
    help->addAction(tr("&About RNN Lab"), this, [this] {
        AboutDialog about(this);
        about.exec();
    });

    // The presenter's keys: Space, arrows and the clicker's Page Up / Page Down.
    const auto shortcut = [this](const QKeySequence &key, auto slot) {
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    // In a guided lesson they move through the beats (guide/guide_controller.h); the old
    // stepping stays on Shift+Space and Shift+arrows.
    shortcut(QKeySequence(Qt::Key_Space), [this] {
        if (!m_guide->nextKey())
            m_controller->togglePlaying();
    });
    for (const auto key : { Qt::Key_Right, Qt::Key_PageDown })
        shortcut(QKeySequence(key), [this] {
            if (!m_guide->nextKey())
                m_transport->stepForwardAction()->trigger();
        });
    for (const auto key : { Qt::Key_Left, Qt::Key_PageUp })
        shortcut(QKeySequence(key), [this] {
            if (!m_guide->previousKey())
                m_transport->stepBackAction()->trigger();
        });
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_Space),
             [this] { m_transport->playAction()->trigger(); });
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_Right),
             [this] { m_transport->stepForwardAction()->trigger(); });
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_Left),
             [this] { m_transport->stepBackAction()->trigger(); });
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    fillRecentMenu();
}

void MainWindow::fillRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace rnnlab
