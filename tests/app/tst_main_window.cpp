// The whole window driven through the training worker (real core, offscreen): stepping walks
// through forward, loss, backward and update and the views follow; a dataset fills the preview;
// an epoch adds a loss point; the history scrubber restores an earlier state and replays it
// exactly; compare mode gives two gradient curves where Elman's falls faster than the LSTM's;
// the topology decides which outputs feed the loss; the window renders; errors are readable.
#include "control/compare_controller.h"
#include "control/training_controller.h"
#include "language.h"
#include "main_window.h"
#include "panels/dataset_panel.h"
#include "sample_trace.h"
#include "task_names.h"
#include "views/cell_view.h"
#include "views/equation_view.h"
#include "views/gradient_plot.h"
#include "views/loss_plot.h"
#include "views/unrolled_view.h"

#include "views/classification_view.h"
#include "views/prediction_plot.h"

#include "data/csv_reader.h"
#include "data/tokenizer.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTabWidget>
#include <qcustomplot.h>

#include <QTest>
#include <set>

using namespace rnnlab;

namespace {
constexpr int Timeout = 60000; // ms; training is in another thread and the machine is shared

SessionSetup setupOf(const QString &name)
{
    const Lesson *lesson = findLesson(name);
    SessionSetup setup;
    setup.config = lesson->config;
    setup.recurrentScale = lesson->recurrentScale;
    return setup;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("RNN Lab tests")); }

    void opensTheDefaultLesson()
    {
        MainWindow window;
        QVERIFY(window.loadLesson(defaultLesson().id));
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->current(), Timeout);
        const SnapshotPtr s = window.controller()->current();
        QCOMPARE(s->trace.rows.front().cell, rnn::CellType::Lstm);
        QVERIFY(s->trace.steps() > 1);
        QVERIFY(window.statusText().contains(QStringLiteral("Seed 42")));
        // The sine is generated: it has no column name to show (the sine's "value" is core's,
        // in English), so the prediction plot says "value" in the user's language.
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->current()->series, Timeout);
        QVERIFY(window.controller()->current()->series->valueName.isEmpty());
    }

    void generatedTasksNameTheirVariablesInTheUsersLanguage()
    {
        QVERIFY(installTranslation(QStringLiteral("pt_BR")));
        const auto english = qScopeGuard([] { installTranslation(QStringLiteral("en")); });
        QCOMPARE(taskName("marker", true), QStringLiteral("marcador"));
        QCOMPARE(taskName("sum since reset", true), QStringLiteral("soma desde o reinício"));
        // A column of the user's file keeps the user's name, whatever it is.
        QCOMPARE(taskName("marker", false), QStringLiteral("marker"));
        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("6"))); // the latching task: classes 0 and 1
        TrainingController *c = window.controller();
        QTRY_VERIFY_WITH_TIMEOUT(c->current() && c->current()->classification, Timeout);
        QCOMPARE(c->current()->classification->classes,
                 QStringList({ QStringLiteral("classe 0"), QStringLiteral("classe 1") }));
    }

    void steppingWalksThroughThePhases()
    {
        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("2"))); // Elman, H = 3, 5 steps
        TrainingController *c = window.controller();
        QTRY_VERIFY_WITH_TIMEOUT(c->current() && !c->busy(), Timeout);
        QCOMPARE(c->current()->stepsTaken, std::uint64_t(0));
        c->stepForward(); // past the start: trains the next sample, the cursor goes to t = 1
        QTRY_VERIFY_WITH_TIMEOUT(c->current()->stepsTaken == 1 && !c->busy(), Timeout);
        const int steps = c->current()->trace.steps();
        QCOMPARE(steps, 5);
        QList<QPair<Phase, int>> expected;
        for (int t = 0; t < steps; ++t)
            expected.append({ Phase::Forward, t });
        expected.append({ Phase::Loss, steps - 1 });
        for (int t = steps - 1; t >= 0; --t)
            expected.append({ Phase::Backward, t });
        expected.append({ Phase::Update, 0 });
        for (int i = 0; i < expected.size(); ++i) {
            if (i > 0)
                c->stepForward();
            QCOMPARE(c->cursor().phase(), expected[i].first);
            QCOMPARE(c->cursor().step(), expected[i].second);
            QCOMPARE(window.unrolledView()->phase(), expected[i].first);
            if (expected[i].first != Phase::Update) {
                QCOMPARE(window.unrolledView()->selectedStep(), expected[i].second);
                QVERIFY(window.equationView()->plainText().contains(
                    QStringLiteral("t = %1").arg(expected[i].second + 1)));
            }
            const bool gradientsShown
                = window.equationView()->plainText().contains(QStringLiteral("∂L/∂h"));
            QCOMPARE(gradientsShown,
                     expected[i].first == Phase::Backward || expected[i].first == Phase::Update);
        }
        // Stepping back retraces the phases.
        c->stepBack();
        QCOMPARE(c->cursor().phase(), Phase::Backward);
        QCOMPARE(c->cursor().step(), 0);
        QVERIFY(window.statusText().contains(QStringLiteral("backward")));
    }

    void loadingADatasetFillsThePreview()
    {
        MainWindow window;
        QVERIFY(window.openDataFile(
            QStringLiteral(RNNLAB_SOURCE_DIR "/resources/datasets/airline_passengers.csv")));
        QCOMPARE(window.datasetPanel()->previewRows(), 144);
        QCOMPARE(window.datasetPanel()->columns(),
                 (QStringList { QStringLiteral("Month"), QStringLiteral("Passengers") }));
        // A file that is not there: a readable message, and the preview in use is kept.
        QVERIFY(!window.openDataFile(QStringLiteral("/no/such/file.csv")));
        QVERIFY(window.lastError().contains(QStringLiteral("file.csv")));
        QCOMPARE(window.datasetPanel()->previewRows(), 144);
    }

    void predictionIsPlottedInTheDataUnits()
    {
        // Lesson 12 forecasts the month-to-month change of the airline series, scaled; the plot
        // shows passengers: every target point is the CSV's value at its row, and the
        // predictions, summed back onto the month before, are passengers too.
        const rnn::CsvDocument csv = rnn::CsvReader::readFile(
            RNNLAB_SOURCE_DIR "/resources/datasets/airline_passengers.csv");
        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("12")));
        window.plotTabs()->setCurrentWidget(window.predictionPlot());
        TrainingController *c = window.controller();
        QTRY_VERIFY_WITH_TIMEOUT(c->current() && !c->busy(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(window.predictionPlot()->plot()->graph(0)->dataCount() > 100,
                                 Timeout);
        const SeriesView &series = *c->current()->series;
        QVERIFY(series.dataUnits);
        QCOMPARE(series.valueName, QStringLiteral("Passengers"));
        QVERIFY(
            window.predictionPlot()->plot()->yAxis->label().contains(QStringLiteral("Passengers")));
        const auto target = window.predictionPlot()->plot()->graph(0)->data();
        QCOMPARE(target->size(), static_cast<int>(series.target.size()));
        double lowest = 1e300, highest = -1e300;
        for (auto point = target->constBegin(); point != target->constEnd(); ++point) {
            const auto row = static_cast<std::size_t>(point->key);
            QCOMPARE(point->key, static_cast<double>(row));
            QVERIFY(row < csv.rows.size());
            QCOMPARE(point->value, std::stod(csv.rows[row].cells[1]));
            lowest = std::min(lowest, point->value);
            highest = std::max(highest, point->value);
        }
        QVERIFY(lowest >= 100 && highest <= 700); // passengers (thousands), not scaled units
        const auto predicted = window.predictionPlot()->plot()->graph(2)->data();
        QVERIFY(predicted->size() > 100);
        for (auto point = predicted->constBegin(); point != predicted->constEnd(); ++point)
            QVERIFY2(point->value > 0.5 * lowest && point->value < 2 * highest,
                     qPrintable(QString::number(point->value)));
        // The persistence baseline repeats the previous month's passengers.
        const auto baseline = window.predictionPlot()->plot()->graph(1)->data();
        const auto first = baseline->constBegin();
        QCOMPARE(first->value,
                 std::stod(csv.rows[static_cast<std::size_t>(first->key) - 1].cells[1]));
        // The test RMSEs under the plot are core's (the numbers rnnlab-train reports); with a
        // one-step horizon they are those of the test points drawn.
        QVERIFY(series.testRmse && series.persistenceRmse);
        double squared = 0;
        const std::size_t begin = static_cast<std::size_t>(series.validationEnd);
        for (std::size_t i = begin; i < series.target.size(); ++i)
            squared += std::pow(series.persistence[i] - series.target[i], 2);
        const double persistence = std::sqrt(squared / double(series.target.size() - begin));
        QVERIFY(std::abs(*series.persistenceRmse - persistence) < 1e-9 * persistence);
        QVERIFY(window.predictionPlot()->summaryText().contains(
            QString::number(*series.persistenceRmse, 'g', 4)));
    }

    void tokensAreShownAsWords()
    {
        // Lesson 14 classifies Portuguese sentences; the sentence under inspection is shown as
        // its words (each one a word of the dataset's texts), and the data panel previews the
        // vocabulary with <pad> and <unk>.
        std::set<QString> words;
        const rnn::Tokenizer tokenizer;
        for (const char *file : { "/resources/datasets/emocoes_ptbr.csv",
                                  "/resources/datasets/emocoes_ptbr_test.csv" }) {
            const rnn::CsvDocument csv
                = rnn::CsvReader::readFile(std::string(RNNLAB_SOURCE_DIR) + file);
            for (const rnn::CsvRecord &row : csv.rows)
                for (const std::string &word : tokenizer.tokenize(row.cells[0]))
                    words.insert(QString::fromStdString(word));
        }
        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("14")));
        window.plotTabs()->setCurrentWidget(window.classificationView());
        TrainingController *c = window.controller();
        QTRY_VERIFY_WITH_TIMEOUT(c->current() && !c->busy(), Timeout);
        const QStringList tokens = c->current()->trace.tokens;
        int real = 0;
        for (const QString &token : tokens) {
            if (token == QLatin1String("<pad>") || token == QLatin1String("<unk>"))
                continue;
            QVERIFY2(words.count(token) == 1, qPrintable(token));
            ++real;
        }
        QVERIFY(real > 0);
        // The lesson's readout is the mean over the real words: each word weighs 1/n, padding 0.
        const std::vector<double> &pool = c->current()->trace.poolWeight;
        QCOMPARE(static_cast<int>(pool.size()), tokens.size());
        const auto realWords
            = static_cast<double>(tokens.size() - tokens.count(QStringLiteral("<pad>")));
        for (int t = 0; t < tokens.size(); ++t) {
            const bool pad = tokens.at(t) == QLatin1String("<pad>");
            QCOMPARE(pool[static_cast<std::size_t>(t)], pad ? 0.0 : 1.0 / realWords);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            window.classificationView()->tokensHtml().contains(
                tokens.at(tokens.indexOf(QRegularExpression(QStringLiteral("^[^<#].*"))))),
            Timeout);
        const QString vocabulary = window.datasetPanel()->vocabularyText();
        QVERIFY(vocabulary.contains(QStringLiteral("<pad>")));
        QVERIFY(vocabulary.contains(QStringLiteral("<unk>")));
        QVERIFY(vocabulary.contains(QRegularExpression(QStringLiteral("\\w+ \\(\\d+\\)"))));
    }

    void anEpochAddsALossPoint()
    {
        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("2")));
        TrainingController *c = window.controller();
        QTRY_VERIFY_WITH_TIMEOUT(c->current() && !c->busy(), Timeout);
        QCOMPARE(window.lossPlot()->pointCount(), 0);
        c->stepEpoch();
        QTRY_COMPARE_WITH_TIMEOUT(window.lossPlot()->pointCount(), 1, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!c->busy(), Timeout);
        c->stepEpoch();
        QTRY_COMPARE_WITH_TIMEOUT(window.lossPlot()->pointCount(), 2, Timeout);
        QCOMPARE(c->current()->epoch, 2);
    }

    void scrubberRestoresAnEarlierState()
    {
        MainWindow window;
        QVERIFY(window.loadLesson(defaultLesson().id));
        TrainingController *c = window.controller();
        QTRY_VERIFY_WITH_TIMEOUT(c->current() && !c->busy(), Timeout);
        for (int i = 0; i < 3; ++i) {
            c->stepSample();
            QTRY_VERIFY_WITH_TIMEOUT(c->historySize() == i + 2 && !c->busy(), Timeout);
        }
        const SnapshotPtr second = c->history()[1];
        const SnapshotPtr third = c->history()[2];
        c->scrubTo(1);
        QCOMPARE(c->current(), second);
        QCOMPARE(c->displayedIndex(), 1);
        // Continuing from there replays the same run: the next sample gives the same numbers.
        c->stepSample();
        QTRY_VERIFY_WITH_TIMEOUT(!c->busy() && c->current() != second, Timeout);
        QCOMPARE(c->historySize(), 3);
        QCOMPARE(c->current()->stepsTaken, third->stepsTaken);
        QCOMPARE(c->current()->loss, third->loss);
        QVERIFY(c->current()->trace.rows.front().gradHidden.isApprox(
            third->trace.rows.front().gradHidden));
    }

    void compareModeElmanFallsFaster_data()
    {
        QTest::addColumn<int>("epochs");
        QTest::newRow("at initialisation") << 0;
        QTest::newRow("after 3 epochs") << 3;
    }

    void compareModeElmanFallsFaster()
    {
        // Lesson 6's setting: latching, T = 50, recurrent weights scaled by 0.7 (a contractive
        // start, as a classic small random initialisation; 1.0 is orthogonal and norm-preserving).
        QFETCH(int, epochs);
        CompareController compare;
        QSignalSpy spy(&compare, &CompareController::finished);
        CompareRequest request;
        request.steps = 50;
        request.epochs = epochs;
        request.recurrentScale = 0.7;
        compare.run(setupOf(QStringLiteral("6")), request);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, Timeout);
        const auto elman = spy.at(0).at(0).value<SnapshotPtr>();
        const auto lstm = spy.at(0).at(1).value<SnapshotPtr>();
        QCOMPARE(elman->trace.rows.front().cell, rnn::CellType::Elman);
        QCOMPARE(lstm->trace.rows.front().cell, rnn::CellType::Lstm);
        const double elmanDecay
            = GradientPlot::decayPerStep(elman->trace.rows.front().gradientNorms);
        const double lstmDecay = GradientPlot::decayPerStep(lstm->trace.rows.front().gradientNorms);
        qInfo("gradient decay per step (log10): Elman %.4f, LSTM %.4f", elmanDecay, lstmDecay);
        QVERIFY(elmanDecay > lstmDecay);
        GradientPlot plot;
        plot.setComparison(elman, lstm);
        QVERIFY(plot.curveCount() >= 2);
    }

    void topologyDecidesWhichOutputsFeedTheLoss_data()
    {
        QTest::addColumn<int>("topology");
        QTest::addColumn<int>("lossSteps");
        QTest::addColumn<int>("inputs");
        // The lesson's window is 12 steps long, its horizon 3.
        QTest::newRow("many-to-one") << static_cast<int>(rnn::Topology::ManyToOne) << 1 << 12;
        // A readout at every step, each predicting the values after it: every step in the loss.
        QTest::newRow("many-to-many") << static_cast<int>(rnn::Topology::ManyToMany) << 12 << 12;
        QTest::newRow("encoder-decoder")
            << static_cast<int>(rnn::Topology::EncoderDecoder) << 3 << 12;
        // One value in (the first step), then one output per step for as many steps as the
        // lesson's window was long (12), all of them feeding the loss.
        QTest::newRow("one-to-many") << static_cast<int>(rnn::Topology::OneToMany) << 12 << 1;
    }

    void topologyDecidesWhichOutputsFeedTheLoss()
    {
        QFETCH(int, topology);
        QFETCH(int, lossSteps);
        QFETCH(int, inputs);
        TrainingController controller;
        SessionSetup setup = setupOf(QStringLiteral("5")); // horizon 3
        setup.config.topology = static_cast<rnn::Topology>(topology);
        controller.configure(setup);
        QTRY_VERIFY_WITH_TIMEOUT(controller.current() && !controller.busy(), Timeout);
        const SequenceTrace &trace = controller.current()->trace;
        const int steps = trace.steps();
        QCOMPARE(
            static_cast<int>(std::count(trace.lossAtStep.begin(), trace.lossAtStep.end(), true)),
            lossSteps);
        for (int t = steps - lossSteps; t < steps; ++t)
            QVERIFY(trace.lossAtStep[static_cast<std::size_t>(t)]);
        QCOMPARE(
            static_cast<int>(std::count(trace.inputAtStep.begin(), trace.inputAtStep.end(), true)),
            inputs);
        for (int t = 0; t < inputs; ++t) // the inputs enter first
            QVERIFY(trace.inputAtStep[static_cast<std::size_t>(t)]);
        const SeriesView &series = *controller.current()->series;
        if (static_cast<rnn::Topology>(topology) == rnn::Topology::OneToMany) {
            QCOMPARE(series.generated.size(), std::size_t(12));
            QCOMPARE(series.generatedPosition.size(), series.generated.size());
            // The continuation starts right after the last row of the data (the last window's
            // first target is `horizon` rows before the end).
            QCOMPARE(series.generatedPosition.front(), series.position.back() + series.horizon);
            for (double v : series.generated)
                QVERIFY(std::isfinite(v));
        } else {
            QVERIFY(series.generated.empty());
        }
    }

    void playPressedBeforeTheWorkerHasConfiguredTrains()
    {
        // Play pressed at once after a lesson is loaded, while the worker thread is still busy
        // (a loaded machine): the worker's configure must not cancel the play request. It did:
        // the app sat idle with Play on (tst_autosave_crash, now and then, under load).
        TrainingController controller;
        QSemaphore hold;
        auto *blocker = new QObject; // holds the worker's thread until released
        blocker->moveToThread(controller.workerThread());
        QMetaObject::invokeMethod(
            blocker,
            [&hold, blocker] {
                hold.acquire();
                blocker->deleteLater();
            },
            Qt::QueuedConnection);
        controller.configure(setupOf(QStringLiteral("12")));
        controller.setSpeed(5); // an epoch a frame: the worker plays
        controller.setPlaying(true);
        hold.release(); // now the worker configures, then plays
        QTRY_VERIFY_WITH_TIMEOUT(controller.current() && controller.current()->epoch >= 3, Timeout);
        QVERIFY(controller.isPlaying());
        controller.setPlaying(false);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.busy(), Timeout);
    }

    void theWholeWindowRenders()
    {
        MainWindow window;
        QVERIFY(window.loadLesson(defaultLesson().id));
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->current() && !window.controller()->busy(),
                                 Timeout);
        QCoreApplication::processEvents();
        const QImage image = window.grab().toImage();
        QVERIFY(image.width() > 800);
        QVERIFY(testing::distinctColours(image) > 100);
        const QImage unrolled = window.unrolledView()->grab().toImage();
        QVERIFY(testing::distinctColours(unrolled) > 20);
    }

    void badSettingsGiveAReadableMessageAndKeepTheRun()
    {
        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("2")));
        TrainingController *c = window.controller();
        QTRY_VERIFY_WITH_TIMEOUT(c->current() && !c->busy(), Timeout);
        const SnapshotPtr before = c->current();
        SessionSetup setup = c->setup();
        setup.config.generator = rnn::Generator::None;
        setup.config.task = rnn::Task::Forecast;
        setup.config.dataFile = "/no/such/data.csv";
        setup.config.target = "Passengers";
        c->configure(setup);
        QSignalSpy errors(c, &TrainingController::errorOccurred);
        QTRY_VERIFY_WITH_TIMEOUT(errors.count() == 1 || !window.lastError().isEmpty(), Timeout);
        QVERIFY2(window.lastError().contains(QStringLiteral("data.csv")),
                 qPrintable(window.lastError()));
        QVERIFY(!c->busy());
        QCOMPARE(c->current(), before); // the run in use is kept
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
