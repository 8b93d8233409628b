// Runs trainSideModel (app/engine/side_model.h) off the GUI thread for a view, one job at a time:
// run() while a job is on its way keeps only the newest request and starts it when the job ends.
// finished() comes on the GUI thread. While a job runs the owner widget's "busy" property is
// true, so a screenshot waits for the picture to be complete (screenshot.cpp).
#pragma once

#include "side_model.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>
#include <vector>

class QThread;
class QWidget;

namespace rnnlab {

class SideModelRunner : public QObject
{
    Q_OBJECT

public:
    // job: what runs in the thread (it must not touch the GUI); its result comes back through
    // finished().
    using Job = std::function<std::vector<SideModel>()>;
    explicit SideModelRunner(QWidget *owner);
    ~SideModelRunner() override;

    void run(Job job);
    bool busy() const { return m_busy; }

signals:
    void finished(const std::vector<rnnlab::SideModel> &models);

private:
    void start(Job job);

    QPointer<QWidget> m_owner;
    bool m_busy = false;
    std::optional<Job> m_next;
    QThread *m_thread = nullptr;
};

} // namespace rnnlab
