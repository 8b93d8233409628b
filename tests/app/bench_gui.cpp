// Fluidity figures (printed, never pass/fail on time): painting the unrolled view of an LSTM
// with H = 32 and T = 200; the GUI thread's event latency while training plays; cold start to
// the first painted window. The only assertions are that something was painted and measured.
#include "main_window.h"
#include "sample_trace.h"
#include "training_controller.h"
#include "views/unrolled_view.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace rnnlab;

namespace {

class PaintWatcher : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class BenchGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("RNN Lab tests")); }

    void paintUnrolledLstm_data()
    {
        QTest::addColumn<double>("columnWidth");
        QTest::newRow("whole sequence (fit to 1400 px)") << -1.0;
        QTest::newRow("one cell per 48 px (scrolled, 1400 px visible)") << 48.0;
    }

    void paintUnrolledLstm()
    {
        QFETCH(double, columnWidth);
        UnrolledView view;
        view.setSnapshot(testing::sampleSnapshot(CellKind::Lstm, 32, 200));
        view.setCursor(Phase::Backward, 120);
        if (columnWidth < 0)
            view.zoomToFit(1400);
        else
            view.setColumnWidth(columnWidth);
        view.resize(view.sizeHint());
        QImage image(1400, view.height(), QImage::Format_ARGB32_Premultiplied);
        const int frames = 60;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < frames; ++i) {
            QPainter painter(&image);
            view.render(&painter, QPoint(), QRegion(QRect(0, 0, 1400, view.height())));
        }
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6 / frames;
        qInfo("unrolled view, LSTM H=32 T=200, column %.1f px: %.2f ms per frame (budget 8 ms)",
              view.columnWidth(), ms);
        QVERIFY(testing::distinctColours(image) > 20);
    }

    void eventLatencyWhileTraining()
    {
        MainWindow window;
        QVERIFY(window.loadLesson(defaultLesson().id));
        window.show();
        TrainingController *c = window.controller();
        QTRY_VERIFY_WITH_TIMEOUT(c->current() && !c->busy(), 60000);
        c->setSpeed(4); // a batch per snapshot: the busiest stream of snapshots
        c->setPlaying(true);
        std::vector<double> delays;
        QElapsedTimer clock;
        clock.start();
        qint64 last = clock.elapsed();
        QTimer ping;
        ping.setInterval(10);
        connect(&ping, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            delays.push_back(static_cast<double>(now - last - 10));
            last = now;
        });
        ping.start();
        QTest::qWait(3000);
        ping.stop();
        c->setPlaying(false);
        QTRY_VERIFY_WITH_TIMEOUT(!c->busy(), 60000);
        QVERIFY(!delays.empty());
        std::sort(delays.begin(), delays.end());
        const double worst = delays.back();
        const double p99
            = delays[static_cast<std::size_t>(0.99 * static_cast<double>(delays.size() - 1))];
        qInfo("GUI event latency while training plays: 99th percentile %.1f ms, worst %.1f ms over "
              "%zu timer events, %d snapshots (budget 50 ms)",
              p99, worst, delays.size(), c->historySize());
    }

    void coldStartToFirstPaint()
    {
        QElapsedTimer timer;
        timer.start();
        MainWindow window;
        window.loadLesson(defaultLesson().id);
        PaintWatcher watcher;
        window.unrolledView()->installEventFilter(&watcher);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(watcher.painted, 10000);
        qInfo("window construction to first painted frame: %lld ms (budget 1500 ms for a cold "
              "start of the process)",
              timer.elapsed());
    }
};

QTEST_MAIN(BenchGui)
#include "bench_gui.moc"
