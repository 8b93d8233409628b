// The compare mode of the gradient plot: trains an Elman network and an LSTM on the same data
// with the same seed, in a worker thread of its own, and hands back one snapshot of each (the
// Trace of the same sample, with dL/dh_t filled by core's BPTT). The GUI thread only waits for
// the queued answer.
#pragma once

#include "compare_request.h"
#include "snapshot.h"
#include "training_session.h"

#include <QObject>
#include <QThread>

namespace rnnlab {

class CompareWorker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    void run(const rnnlab::SessionSetup &setup, const rnnlab::CompareRequest &request);

signals:
    void finished(const rnnlab::SnapshotPtr &first, const rnnlab::SnapshotPtr &second);
    void failed(const QString &message);
};

class CompareController : public QObject
{
    Q_OBJECT

public:
    explicit CompareController(QObject *parent = nullptr);
    ~CompareController() override;
    // The setup of the present run; cell, sequence length, clipping and scale come from request.
    void run(const SessionSetup &setup, const CompareRequest &request);

signals:
    void finished(const rnnlab::SnapshotPtr &elman, const rnnlab::SnapshotPtr &lstm);
    void failed(const QString &message);

private:
    QThread m_thread;
    CompareWorker *m_worker = nullptr;
};

} // namespace rnnlab
