#include "compare_controller.h"

namespace rnnlab {

void CompareWorker::run(const SessionSetup &setup, const CompareRequest &request)
{
    SnapshotPtr results[2];
    const rnn::CellType cells[2] = { rnn::CellType::Elman, rnn::CellType::Lstm };
    for (int i = 0; i < 2; ++i) {
        TrainingSession session;
        QString error = session.reset(request.setupFor(setup, cells[i]));
        for (int e = 0; error.isEmpty() && e < request.epochs; ++e)
            error = session.stepEpoch();
        try {
            if (error.isEmpty())
                results[i] = session.inspect(0);
        } catch (const std::exception &e) {
            error = QString::fromStdString(e.what());
        }
        if (!error.isEmpty()) {
            emit failed(tr("Compare mode (%1): %2").arg(cellName(cells[i]), error));
            return;
        }
    }
    emit finished(results[0], results[1]);
}

CompareController::CompareController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SnapshotPtr>();
    m_worker = new CompareWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CompareWorker::finished, this, &CompareController::finished,
            Qt::QueuedConnection);
    connect(m_worker, &CompareWorker::failed, this, &CompareController::failed,
            Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("compare"));
    m_thread.start();
}

CompareController::~CompareController()
{
    m_thread.quit();
    m_thread.wait();
}

void CompareController::run(const SessionSetup &setup, const CompareRequest &request)
{
    CompareWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, setup, request] { worker->run(setup, request); }, Qt::QueuedConnection);
}

} // namespace rnnlab
