// The scripted run behind `rnnlab --screenshot FILE.png --after-epochs N`: train N epochs of the
// loaded lesson through the TrainingController (so the worker thread does the work, as in the
// interactive app), wait for the last snapshot, render the whole main window with
// QWidget::grab() and save it. Works under QT_QPA_PLATFORM=offscreen and xvfb-run.
#pragma once

#include <QObject>
#include <QString>

namespace rnnlab {

class MainWindow;

class ScreenshotRunner : public QObject
{
    Q_OBJECT

public:
    ScreenshotRunner(MainWindow *window, QString file, int epochs, QObject *parent = nullptr);
    // Starts once the first snapshot arrived; emits done(ok) when the PNG is written.
    void start();

signals:
    void done(bool ok);

private:
    void next();
    void finish();
    void grabWhenReady();

    MainWindow *m_window = nullptr;
    QString m_file;
    int m_epochs = 0;
    int m_trained = 0;
    bool m_finished = false;
    bool m_saving = false;
    int m_waits = 0; // grabWhenReady: 100 ms waits for busy views
};

} // namespace rnnlab
