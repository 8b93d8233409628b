#include "export/animation_exporter.h"

#include "control/training_controller.h"
#include "export/frame_writer.h"
#include "export/view_exporter.h"
#include "inspection_state.h"
#include "views/unrolled_view.h"
#include "views/view_registry.h"

#include <QCoreApplication>
#include <QLabel>
#include <QTimer>

#include <algorithm>

namespace rnnlab {

namespace {
constexpr int CaptionHeight = 28;

const ViewRegistry::Entry *plotEntry(const QString &key)
{
    for (const ViewRegistry::Entry &entry : ViewRegistry::builtIn().entries())
        if (entry.key == key)
            return &entry;
    return nullptr;
}
} // namespace

QString AnimationOptions::validate() const
{
    AnimationFormat format = AnimationFormat::Gif;
    if (file.isEmpty())
        return QCoreApplication::translate("rnnlab::AnimationExporter",
                                           "No file was given for the animation.");
    if (!animationFormatOf(file, &format))
        return QCoreApplication::translate("rnnlab::AnimationExporter",
                                           "%1: an animation is a .gif, .mp4 or .webm file.")
            .arg(file);
    if (size.width() < 64 || size.height() < 64 || size.width() > 3840 || size.height() > 2160)
        return QCoreApplication::translate(
                   "rnnlab::AnimationExporter",
                   "The animation's size %1 x %2 is outside 64 x 64 .. 3840 x 2160 pixels.")
            .arg(size.width())
            .arg(size.height());
    if (format != AnimationFormat::Gif && (size.width() % 2 != 0 || size.height() % 2 != 0))
        return QCoreApplication::translate("rnnlab::AnimationExporter",
                                           "A video's width and height must be even (%1 x %2).")
            .arg(size.width())
            .arg(size.height());
    if (!(framesPerSecond >= 0.5 && framesPerSecond <= 60))
        return QCoreApplication::translate("rnnlab::AnimationExporter",
                                           "The frame rate %1 is outside 0.5 .. 60 per second.")
            .arg(framesPerSecond);
    if (epochs < 0 || epochs > 10000 || trainFirst < 0)
        return QCoreApplication::translate("rnnlab::AnimationExporter",
                                           "The number of epochs %1 is outside 0 .. 10000.")
            .arg(epochs < 0 || epochs > 10000 ? epochs : trainFirst);
    if (!plot.isEmpty() && !plotEntry(plot)) {
        QStringList keys;
        for (const ViewRegistry::Entry &entry : ViewRegistry::builtIn().entries())
            keys << entry.key;
        return QCoreApplication::translate("rnnlab::AnimationExporter",
                                           "There is no plot called \"%1\" (one of: %2).")
            .arg(plot, keys.join(QStringLiteral(", ")));
    }
    return {};
}

AnimationExporter::AnimationExporter(AnimationOptions options, TrainingController *controller,
                                     QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_controller(controller)
{ }

AnimationExporter::~AnimationExporter() = default;

void AnimationExporter::buildStage()
{
    if (m_stage)
        return;
    m_state = new InspectionState(this);
    m_stage = std::make_unique<QWidget>();
    m_stage->setAttribute(Qt::WA_DontShowOnScreen);
    QPalette palette = m_stage->palette();
    palette.setColor(QPalette::Window, Qt::white);
    m_stage->setPalette(palette);
    m_stage->setAutoFillBackground(true);
    m_caption = new QLabel(m_stage.get());
    m_caption->setContentsMargins(8, 0, 8, 0);
    m_unrolled = new UnrolledView(m_stage.get());
    m_unrolled->setInspection(m_state);
    if (const ViewRegistry::Entry *entry = plotEntry(m_options.plot))
        m_plot = entry->create(m_state, m_stage.get());
    m_stage->resize(m_options.size);
    m_stage->show(); // never on screen (WA_DontShowOnScreen); the views draw when "visible"
}

QImage AnimationExporter::frame(const SnapshotPtr &snapshot, Phase phase, int step)
{
    buildStage();
    const QSize size = m_options.size;
    const int networkWidth = m_plot ? size.width() * 3 / 5 : size.width();
    if (m_state->snapshot() != snapshot) {
        m_state->setSnapshot(snapshot);
        m_state->setPlotSnapshot(snapshot);
        m_unrolled->zoomToFit(networkWidth);
    }
    m_state->setCursor(phase, step);
    m_caption->setGeometry(0, 0, size.width(), CaptionHeight);
    m_unrolled->setGeometry(0, CaptionHeight, networkWidth, size.height() - CaptionHeight);
    if (m_plot)
        m_plot->setGeometry(networkWidth, CaptionHeight, size.width() - networkWidth,
                            size.height() - CaptionHeight);
    QString where = phaseName(phase);
    const int steps = snapshot ? snapshot->trace.steps() : 0;
    if (phase == Phase::Forward || phase == Phase::Backward)
        where = QCoreApplication::translate("rnnlab::AnimationExporter", "%1, t = %2 of %3")
                    .arg(where)
                    .arg(step + 1)
                    .arg(steps);
    const QString title
        = m_options.caption.isEmpty() ? QString() : m_options.caption + QStringLiteral(" — ");
    m_caption->setText(
        QCoreApplication::translate("rnnlab::AnimationExporter", "<b>%1epoch %2</b> · %3 · loss %4")
            .arg(title.toHtmlEscaped())
            .arg(snapshot ? snapshot->epoch : 0)
            .arg(where)
            .arg(snapshot ? snapshot->loss : 0.0, 0, 'g', 4));
    QCoreApplication::sendPostedEvents(); // layouts and queued replots of the plot
    QImage image = ViewExporter::image(m_stage.get(), 1);
    image.setDevicePixelRatio(1);
    return image;
}

void AnimationExporter::start()
{
    const QString problem = m_options.validate();
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem] { finish(false, problem); });
        return;
    }
    TrainingController *controller = m_controller.data();
    if (controller == nullptr) {
        QTimer::singleShot(0, this, [this] {
            finish(false,
                   QCoreApplication::translate("rnnlab::AnimationExporter",
                                               "There is no training run to animate."));
        });
        return;
    }
    // Training that plays never goes idle: pause it (the animation then steps it itself).
    if (controller->isPlaying())
        controller->setPlaying(false);
    connect(controller, &TrainingController::idle, this, &AnimationExporter::advance);
    connect(controller, &TrainingController::errorOccurred, this,
            [this](const QString &message) { finish(false, message); });
    QTimer::singleShot(0, this, &AnimationExporter::advance);
}

void AnimationExporter::cancel()
{
    m_cancelled = true;
    QTimer::singleShot(0, this, [this] { finish(false, QString()); });
}

void AnimationExporter::advance()
{
    TrainingController *controller = m_controller.data();
    if (m_done || m_cancelled || controller == nullptr)
        return;
    if (!controller->current() || controller->busy())
        return; // a snapshot is on its way; idle() calls again
    if (m_trainedFirst < m_options.trainFirst) {
        ++m_trainedFirst;
        emit progress(0, 0);
        controller->stepEpoch();
        return;
    }
    if (!m_started) {
        beginFrames();
        return;
    }
    if (m_waitingForEpoch) { // an epoch of the animation was trained: its frame
        m_waitingForEpoch = false;
        ++m_epochsDone;
        if (!writeFrame(controller->current(), Phase::Update, 0))
            return;
    }
    if (m_epochsDone >= m_options.epochs) {
        finish(true, QString());
        return;
    }
    m_waitingForEpoch = true;
    controller->stepEpoch();
}

void AnimationExporter::beginFrames()
{
    m_started = true;
    TrainingController *controller = m_controller.data();
    const SnapshotPtr snapshot = controller ? controller->current() : nullptr;
    if (!snapshot) {
        finish(false, QString());
        return;
    }
    QString error;
    m_writer = FrameWriter::open(m_options.file, m_options.size, m_options.framesPerSecond, &error);
    if (!m_writer) {
        finish(false, error);
        return;
    }
    if (m_options.epochs > 0) {
        m_total = m_options.epochs + 1;
        if (writeFrame(snapshot, Phase::Update, 0))
            advance();
        return;
    }
    if (snapshot->trace.empty()) {
        finish(false,
               QCoreApplication::translate("rnnlab::AnimationExporter",
                                           "There is no sequence on screen to animate."));
        return;
    }
    disconnect(controller, &TrainingController::idle, this, &AnimationExporter::advance);
    m_passSnapshot = snapshot;
    m_cursor.reset(snapshot->trace.steps());
    m_total = 2 * snapshot->trace.steps() + 2; // forward T, loss, backward T, update
    nextPassFrame();
}

void AnimationExporter::nextPassFrame()
{
    if (m_done || m_cancelled)
        return;
    if (!writeFrame(m_passSnapshot, m_cursor.phase(), m_cursor.step()))
        return;
    if (!m_cursor.advance()) {
        finish(true, QString());
        return;
    }
    QTimer::singleShot(0, this, &AnimationExporter::nextPassFrame);
}

bool AnimationExporter::writeFrame(const SnapshotPtr &snapshot, Phase phase, int step)
{
    if (!m_writer->addFrame(frame(snapshot, phase, step))) {
        finish(false, m_writer->error());
        return false;
    }
    emit progress(m_writer->frames(), m_total);
    return true;
}

void AnimationExporter::finish(bool ok, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    QString error = message;
    if (ok && m_writer && !m_writer->finish()) {
        ok = false;
        error = m_writer->error();
    }
    m_writer.reset(); // an unfinished writer removes its temporary file
    m_stage.reset();
    emit finished(ok && !m_cancelled, m_cancelled ? QString() : error);
}

} // namespace rnnlab
