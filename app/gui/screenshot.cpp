#include "screenshot.h"

#include "control/training_controller.h"
#include "main_window.h"

#include <QApplication>
#include <QPixmap>
#include <QTimer>

namespace rnnlab {

ScreenshotRunner::ScreenshotRunner(MainWindow *window, QString file, int epochs, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_file(std::move(file))
    , m_epochs(std::max(epochs, 0))
{ }

void ScreenshotRunner::start()
{
    TrainingController *controller = m_window->controller();
    connect(controller, &TrainingController::idle, this, &ScreenshotRunner::next);
    connect(controller, &TrainingController::errorOccurred, this, [this](const QString &) {
        // The window shows the error; the picture shows it too.
        QTimer::singleShot(0, this, &ScreenshotRunner::finish);
    });
    if (!controller->busy())
        next();
}

void ScreenshotRunner::next()
{
    if (m_finished)
        return;
    TrainingController *controller = m_window->controller();
    if (!controller->current() || controller->busy())
        return; // the first snapshot is on its way
    if (m_trained < m_epochs) {
        ++m_trained;
        controller->stepEpoch();
        return;
    }
    finish();
}

void ScreenshotRunner::finish()
{
    if (m_finished && m_saving)
        return;
    m_finished = true;
    m_saving = true;
    disconnect(m_window->controller(), nullptr, this, nullptr);
    // Let the views replot (QCustomPlot queues its replots) before grabbing.
    QTimer::singleShot(150, this, [this] {
        QApplication::processEvents();
        // Without a file the run only trains (rnnlab --after-epochs E --save-session F).
        const bool ok = m_file.isEmpty() || m_window->grab().save(m_file);
        emit done(ok);
    });
}

} // namespace rnnlab
