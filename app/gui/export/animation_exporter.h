// Writes an animation of the unrolled network (optionally with one plot beside it) as an animated
// GIF, MP4 or WebM: either one forward and backward pass of the sequence on screen (the true
// Trace played by a TraceCursor, one frame per position: forward t = 1..T, the loss, BPTT
// t = T..1, the update), or N epochs of training (the window's TrainingController trains them on
// its worker thread; one frame per epoch's snapshot). The frames are painted offscreen from the
// exporter's own views (they follow the exporter's own InspectionState, never the window's), so
// nothing needs to be shown and the window does not move; it works under
// QT_QPA_PLATFORM=offscreen for `rnnlab --export-animation`.
//
// Runs on the GUI thread one frame per event-loop turn (the window stays responsive); progress()
// after each frame, cancel() at any time; finished() once, with the file written (atomically:
// a cancelled or failed export leaves any previous file intact) or a message saying why not.
#pragma once

#include "snapshot.h"
#include "trace_cursor.h"

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>

#include <memory>

class QLabel;
class QWidget;

namespace rnnlab {

class FrameWriter;
class InspectionState;
class TrainingController;
class UnrolledView;

struct AnimationOptions
{
    QString file; // .gif, .mp4 or .webm
    QSize size { 960, 540 }; // pixels of every frame (even for a video)
    double framesPerSecond = 8.0;
    // 0: one forward and backward pass of the sequence on screen; N > 0: N epochs of training,
    // one frame before and one after each epoch.
    int epochs = 0;
    // Epochs to train before the first frame (the command line's --after-epochs).
    int trainFirst = 0;
    // The key of the plot shown beside the network (views/view_registry.cpp), empty for none.
    QString plot;
    QString caption; // the lesson's title, written above the network

    // Empty when the options make sense, else what is wrong (the file's extension, the size, the
    // frame rate, the number of epochs, an unknown plot).
    QString validate() const;
};

class AnimationExporter : public QObject
{
    Q_OBJECT

public:
    // `controller` gives the snapshot on display and trains the epochs; it must outlive start()
    // until finished().
    AnimationExporter(AnimationOptions options, TrainingController *controller,
                      QObject *parent = nullptr);
    ~AnimationExporter() override;

    const AnimationOptions &options() const { return m_options; }
    // The number of frames the animation will have (known once started; epochs: N + 1).
    int totalFrames() const { return m_total; }
    void start();
    void cancel();

    // The frame the exporter would write for `snapshot` with the play head at (phase, step),
    // for the README's picture and the tests.
    QImage frame(const SnapshotPtr &snapshot, Phase phase, int step);

signals:
    void progress(int done, int total);
    // ok: the file is written; else `message` says why not (empty when cancelled).
    void finished(bool ok, const QString &message);

private:
    void buildStage();
    void advance(); // on start and whenever the controller is idle
    void beginFrames();
    void nextPassFrame();
    bool writeFrame(const SnapshotPtr &snapshot, Phase phase, int step);
    void finish(bool ok, const QString &message);

    AnimationOptions m_options;
    QPointer<TrainingController> m_controller;
    InspectionState *m_state = nullptr;
    std::unique_ptr<QWidget> m_stage; // the frame: caption, network, plot
    QLabel *m_caption = nullptr;
    UnrolledView *m_unrolled = nullptr;
    QWidget *m_plot = nullptr;
    std::unique_ptr<FrameWriter> m_writer;
    SnapshotPtr m_passSnapshot;
    TraceCursor m_cursor; // the pass
    int m_epochsDone = 0; // epochs mode: epochs trained since the first frame
    int m_trainedFirst = 0;
    int m_total = 0;
    bool m_started = false; // the first frame is written
    bool m_waitingForEpoch = false;
    bool m_done = false;
    bool m_cancelled = false;
};

} // namespace rnnlab
