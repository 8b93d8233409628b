// Implementation of beat_player.h.
#include "beat_player.h"

#include "lesson.h"
#include "trace_cursor.h"

#include <algorithm>

namespace rnnlab {

BeatPlayer::BeatPlayer(BeatStage *stage, QObject *parent)
    : QObject(parent)
    , m_stage(stage)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_timer.isSingleShot())
            pump();
        else
            animateSeek();
    });
}

void BeatPlayer::setBeats(std::vector<Beat> beats, const rnn::ExperimentConfig &config,
                          double recurrentScale)
{
    m_timer.stop();
    m_queue.clear();
    m_waiting = false;
    m_beats = std::move(beats);
    m_config = config;
    m_recurrentScale = recurrentScale;
    m_current = -1;
    m_revealed = false;
    setOffPath(false);
    emit beatChanged(-1);
}

const Beat *BeatPlayer::currentBeat() const
{
    if (m_current < 0 || m_current >= count())
        return nullptr;
    return &m_beats[static_cast<std::size_t>(m_current)];
}

void BeatPlayer::setPacing(int pauseMs, int animationMs)
{
    m_pauseMs = std::max(pauseMs, 0);
    m_animationMs = std::max(animationMs, 0);
}

void BeatPlayer::setOffPath(bool offPath)
{
    if (offPath == m_offPath)
        return;
    m_offPath = offPath;
    emit offPathChanged(offPath);
}

void BeatPlayer::resumeAt(int index)
{
    if (index < 0 || index >= count())
        return;
    m_queue.clear();
    m_waiting = false;
    m_current = index;
    m_revealed = false;
    emit beatChanged(index);
    setOffPath(true);
}

void BeatPlayer::leavePath()
{
    if (m_current >= 0)
        setOffPath(true);
}

void BeatPlayer::enqueueRestart()
{
    Task task;
    task.run = [this] { m_stage->restartRun(m_config, m_recurrentScale); };
    task.waits = true;
    m_queue.push_back(task);
}

void BeatPlayer::enqueue(const BeatActions &a, bool instant)
{
    if (a.config) {
        const rnn::ExperimentConfig config = *a.config;
        const double scale = a.recurrentScale;
        m_queue.push_back({ [this, config, scale] { m_stage->restartRun(config, scale); }, true });
    }
    for (int i = 0; i < a.trainCount; ++i) {
        const TrainUnit unit = a.trainUnit;
        m_queue.push_back({ [this, unit] { m_stage->train(unit); }, true });
    }
    if (!a.inspectText.isEmpty() || a.inspectSample >= 0) {
        const QString text = a.inspectText;
        const int sample = a.inspectSample;
        m_queue.push_back({ [this, text, sample] { m_stage->inspect(text, sample); }, true });
    }
    if (a.phase) {
        Task task;
        task.seek = true;
        task.phase = *a.phase;
        task.step = a.cursorStep;
        task.instant = instant;
        m_queue.push_back(task);
    }
    if (a.selectStep || a.selectRow || a.selectUnit) {
        const auto step = a.selectStep;
        const auto row = a.selectRow;
        const auto unit = a.selectUnit;
        m_queue.push_back({ [this, step, row, unit] {
            std::optional<int> at = step;
            if (at && *at < 0)
                at = std::max(m_stage->steps() - 1, 0);
            else if (at)
                at = std::min(*at, std::max(m_stage->steps() - 1, 0));
            m_stage->select(at, row, unit);
        } });
    }
    const QStringList highlights = a.highlights;
    m_queue.push_back({ [this, highlights] { m_stage->highlight(highlights); } });
    if (!a.tab.isEmpty()) {
        const QString tab = a.tab;
        m_queue.push_back({ [this, tab] { m_stage->openView(tab); } });
    }
}

void BeatPlayer::goTo(int index)
{
    if (index < 0 || index >= count())
        return;
    m_timer.stop();
    m_queue.clear();
    const bool forward = index > m_current && !m_offPath;
    const auto playWhole = [this](int k) {
        const Beat &beat = m_beats[static_cast<std::size_t>(k)];
        enqueue(beat.actions, true);
        if (beat.asks())
            enqueue(beat.reveal, true);
    };
    if (forward) {
        if (m_current >= 0 && !m_revealed && currentBeat()->asks())
            enqueue(currentBeat()->reveal, true);
        for (int k = m_current + 1; k < index; ++k)
            playWhole(k);
    } else {
        enqueueRestart();
        for (int k = 0; k < index; ++k)
            playWhole(k);
    }
    if (m_pauseMs > 0)
        m_queue.push_back({ {}, false, m_pauseMs });
    enqueue(m_beats[static_cast<std::size_t>(index)].actions, m_animationMs == 0);
    m_current = index;
    m_revealed = false;
    m_beatSnapshot.reset();
    setOffPath(false);
    emit beatChanged(index);
    pump();
}

void BeatPlayer::reveal()
{
    const Beat *beat = currentBeat();
    if (!beat || !beat->asks() || m_revealed)
        return;
    if (m_offPath) { // the answer is shown on the beat's own network
        goTo(m_current);
    }
    m_revealed = true;
    if (m_pauseMs > 0)
        m_queue.push_back({ {}, false, m_pauseMs });
    // A reveal without highlights keeps the beat's.
    BeatActions actions = beat->reveal;
    if (actions.highlights.isEmpty())
        actions.highlights = beat->actions.highlights;
    enqueue(actions, m_animationMs == 0);
    emit beatChanged(m_current);
    pump();
}

void BeatPlayer::next()
{
    const Beat *beat = currentBeat();
    if (beat && beat->asks() && !m_revealed) {
        reveal();
        return;
    }
    if (m_current + 1 < count())
        goTo(m_current + 1);
    else if (m_offPath)
        goTo(m_current);
}

void BeatPlayer::previous()
{
    if (m_current < 0)
        return;
    if (m_offPath || m_revealed)
        goTo(m_current);
    else if (m_current > 0)
        goTo(m_current - 1);
}

void BeatPlayer::stageIdle()
{
    if (m_waiting) {
        m_waiting = false;
        pump();
    }
}

void BeatPlayer::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    while (!m_queue.empty() && !m_timer.isActive()) {
        if (m_stage->busy()) {
            m_waiting = true;
            break;
        }
        const Task task = m_queue.front();
        m_queue.pop_front();
        if (task.seek) {
            const int T = m_stage->steps();
            m_seekPhase = task.phase;
            m_seekStep = task.step < 0 ? T - 1 : std::min(task.step, std::max(T - 1, 0));
            if (task.phase == Phase::Loss)
                m_seekStep = std::max(T - 1, 0);
            if (task.phase == Phase::Update)
                m_seekStep = 0;
            if (task.instant || m_animationMs == 0 || T == 0) {
                m_stage->seek(m_seekPhase, m_seekStep);
            } else {
                TraceCursor here;
                here.reset(T);
                here.seek(m_stage->phase(), m_stage->cursorStep());
                TraceCursor there;
                there.reset(T);
                there.seek(m_seekPhase, m_seekStep);
                if (here.atEnd() && there.ordinal() < here.ordinal()) { // a new pass: from t = 1
                    here.reset(T);
                    m_stage->seek(Phase::Forward, 0);
                }
                const int distance = std::abs(there.ordinal() - here.ordinal());
                if (distance > 0) {
                    m_timer.setSingleShot(false);
                    m_timer.start(std::clamp(m_animationMs / distance, 10, 90));
                    break;
                }
            }
            continue;
        }
        if (task.run)
            task.run();
        if (task.waits && m_stage->busy()) {
            m_waiting = true;
            break;
        }
        if (task.pauseMs > 0) {
            m_timer.setSingleShot(true);
            m_timer.start(task.pauseMs);
            break;
        }
    }
    m_pumping = false;
    if (m_queue.empty() && !m_waiting && !m_timer.isActive()) {
        if (!m_revealed) {
            m_beatSnapshot = m_stage->snapshot();
            m_beatContext = m_stage->measureContext();
        }
        emit settled();
    }
}

void BeatPlayer::animateSeek()
{
    const int T = m_stage->steps();
    TraceCursor here;
    here.reset(T);
    here.seek(m_stage->phase(), m_stage->cursorStep());
    TraceCursor there;
    there.reset(T);
    there.seek(m_seekPhase, m_seekStep);
    if (here.ordinal() < there.ordinal())
        here.advance();
    else if (here.ordinal() > there.ordinal())
        here.retreat();
    m_stage->seek(here.phase(), here.step());
    if (here.ordinal() == there.ordinal()) {
        m_timer.stop();
        m_timer.setSingleShot(true);
        pump();
    }
}

QString BeatPlayer::caption(const QString &language, bool *complete) const
{
    const Beat *beat = currentBeat();
    if (!beat)
        return {};
    if (m_beatSnapshot)
        return fillMeasures(Lesson::pick(beat->text, language), m_beatSnapshot.get(), m_beatContext,
                            language, complete);
    return fillMeasures(Lesson::pick(beat->text, language), m_stage->snapshot().get(),
                        m_stage->measureContext(), language, complete);
}

QString BeatPlayer::questionText(const QString &language) const
{
    const Beat *beat = currentBeat();
    return beat && beat->ask ? Lesson::pick(beat->ask->question, language) : QString();
}

QStringList BeatPlayer::choices(const QString &language) const
{
    QStringList result;
    const Beat *beat = currentBeat();
    if (beat && beat->ask) {
        for (const Texts &choice : beat->ask->choices)
            result << Lesson::pick(choice, language);
    }
    return result;
}

QString BeatPlayer::revealCaption(const QString &language, bool *complete) const
{
    const Beat *beat = currentBeat();
    if (!beat || !m_revealed)
        return {};
    return fillMeasures(Lesson::pick(beat->revealText, language), m_stage->snapshot().get(),
                        m_stage->measureContext(), language, complete);
}

} // namespace rnnlab
