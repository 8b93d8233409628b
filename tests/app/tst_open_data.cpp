// The import in the app: opening a CSV (as --data FILE, the menu and drag and drop do) trains on
// it at once with the pipeline core's advisor chose from the training part, the data panel says
// why, the prediction plot's x axis shows the file's dates, and the Pipeline view draws the raw
// and the learnt series. A text file with a label column becomes a classification.
#include "control/training_controller.h"
#include "main_window.h"
#include "panels/dataset_panel.h"
#include "views/pipeline_view.h"
#include "views/prediction_plot.h"

#include <QComboBox>
#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

using namespace rnnlab;

namespace {
constexpr int Timeout = 60000; // ms; training is in another thread and the machine is shared
}

class TestOpenData : public QObject
{
    Q_OBJECT

private slots:
    void openingASeriesTrainsOnItAtOnce()
    {
        MainWindow window;
        QVERIFY(window.openDataFile(
            QStringLiteral(RNNLAB_SOURCE_DIR "/resources/datasets/airline_passengers.csv")));
        TrainingController *c = window.controller();
        const rnn::ExperimentConfig &config = c->setup().config;
        QVERIFY(config.dataFile.find("airline_passengers.csv") != std::string::npos);
        QCOMPARE(config.task, rnn::Task::Forecast);
        QCOMPARE(config.target, std::string("Passengers"));
        QCOMPARE(config.features, std::vector<std::string>({ "Passengers" }));
        QVERIFY(config.differencing);
        QVERIFY(config.transform == rnn::TransformKind::Log);
        QCOMPARE(config.lookback, 12);
        QCOMPARE(config.season, 12);
        QCOMPARE(window.datasetPanel()->sourceText(),
                 QStringLiteral("Dataset: airline_passengers.csv"));
        const QString why = window.datasetPanel()->pipelineText();
        QVERIFY2(why.contains(QStringLiteral("month-to-month change")), qPrintable(why));
        QVERIFY(why.contains(QStringLiteral("season of 12 rows")));
        // It trains on the file: the prediction plot shows passengers at their dates.
        window.plotTabs()->setCurrentWidget(window.predictionPlot());
        c->stepEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(
            c->current() && c->current()->series && c->current()->series->dataUnits, Timeout);
        const SeriesView &series = *c->current()->series;
        QCOMPARE(series.valueName, QStringLiteral("Passengers"));
        QCOMPARE(series.rowDates.size(), 144);
        QCOMPARE(series.rowDates.front(), QStringLiteral("1949-01"));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.predictionPlot()->plot()->xAxis->label() == QStringLiteral("date"), Timeout);
        // The Pipeline view: the 144 months as read, and the 143 changes of their log.
        auto *pipeline = window.plotTabs()->findChild<PipelineView *>(QStringLiteral("pipeline"));
        QVERIFY(pipeline);
        window.plotTabs()->setCurrentWidget(pipeline);
        QTRY_COMPARE_WITH_TIMEOUT(pipeline->pointCount(0), 144, Timeout);
        QCOMPARE(pipeline->pointCount(1), 143);
        QVERIFY(pipeline->captionText().contains(QStringLiteral("log")));
    }

    // A file from elsewhere gets its own entry in the source list (the list said "Synthetic: sine
    // wave" while the file trained), once however often it is opened; realinv's changes have no
    // memory at lags 1 and 2, and the panel says why the lookback is 4 quarters.
    void aFileFromElsewhereIsNamedInTheSourceList()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("realinv.csv"));
        {
            QFile in(
                QStringLiteral(RNNLAB_SOURCE_DIR "/resources/datasets/us_macro_quarterly.csv"));
            QFile out(path);
            QVERIFY(in.open(QIODevice::ReadOnly | QIODevice::Text));
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Text));
            while (!in.atEnd()) {
                const QList<QByteArray> cells = in.readLine().trimmed().split(',');
                out.write(cells.at(0) + ',' + cells.at(3) + '\n'); // Date, realinv
            }
        }
        MainWindow window;
        QVERIFY(window.openDataFile(path));
        QCOMPARE(window.datasetPanel()->sourceText(), QStringLiteral("File: realinv.csv"));
        QCOMPARE(window.controller()->setup().config.lookback, 4);
        const QString why = window.datasetPanel()->pipelineText();
        QVERIFY2(why.contains(QStringLiteral("No partial autocorrelation at lags 1 and 2")),
                 qPrintable(why));
        auto *source = window.datasetPanel()->findChild<QComboBox *>(QStringLiteral("dataSource"));
        QVERIFY(source);
        const int entries = source->count();
        QVERIFY(window.openDataFile(path));
        QCOMPARE(source->count(), entries);
        QCOMPARE(source->currentText(), QStringLiteral("File: realinv.csv"));
        QCOMPARE(source->itemText(source->count() - 1), QStringLiteral("Open a CSV file…"));
    }

    void openingTextsMakesAClassification()
    {
        MainWindow window;
        QVERIFY(window.openDataFile(
            QStringLiteral(RNNLAB_SOURCE_DIR "/resources/datasets/emocoes_ptbr_test.csv")));
        const rnn::ExperimentConfig &config = window.controller()->setup().config;
        QCOMPARE(config.task, rnn::Task::Classify);
        QCOMPARE(config.textColumn, std::string("text"));
        QCOMPARE(config.labelColumn, std::string("label"));
    }
};

QTEST_MAIN(TestOpenData)
#include "tst_open_data.moc"
