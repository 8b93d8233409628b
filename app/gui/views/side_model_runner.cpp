#include "side_model_runner.h"

#include <QMetaObject>
#include <QThread>
#include <QWidget>

#include <memory>

namespace rnnlab {

SideModelRunner::SideModelRunner(QWidget *owner)
    : QObject(owner)
    , m_owner(owner)
{ }

SideModelRunner::~SideModelRunner()
{
    if (m_thread) { // the job finishes on its own; nobody is left to hear it
        m_thread->wait();
        delete m_thread;
    }
}

void SideModelRunner::run(Job job)
{
    if (m_busy) {
        m_next = std::move(job);
        return;
    }
    start(std::move(job));
}

void SideModelRunner::start(Job job)
{
    m_busy = true;
    if (m_owner)
        m_owner->setProperty("busy", true);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    auto result = std::make_shared<std::vector<SideModel>>();
    m_thread = QThread::create([job = std::move(job), result] { *result = job(); });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_busy = false;
        if (m_next) {
            Job next = std::move(*m_next);
            m_next.reset();
            emit finished(*result);
            start(std::move(next));
            return;
        }
        if (m_owner)
            m_owner->setProperty("busy", false);
        emit finished(*result);
    });
    m_thread->start();
}

} // namespace rnnlab
