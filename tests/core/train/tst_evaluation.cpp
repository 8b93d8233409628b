// The typed results of Experiment::evaluate() (core/train/evaluation.h): a forecast's test
// windows in data units are the ones its metrics were computed from (the truth is the table's
// value at the window's row, persistence the value before it, the RMSEs follow from them), a
// classification's confusion matrix and predictions count the test samples, a synthetic task
// keeps each test sequence's last step, and toJson() is what the report holds. The sine task's
// series reaches the forecast data as generated. Small budgets: behaviour, not accuracy.
#include "data/synthetic_tasks.h"
#include "small_configs.h"
#include "train/experiment.h"

#include <QtTest>

#include <cmath>
#include <fstream>
#include <numeric>

using namespace rnn;

namespace {

// The airline file's passengers by table row.
std::vector<double> airlinePassengers()
{
    std::ifstream in(RNNLAB_SOURCE_DIR "/resources/datasets/airline_passengers.csv");
    std::vector<double> values;
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line))
        if (!line.empty())
            values.push_back(std::stod(line.substr(line.find(',') + 1)));
    return values;
}

// The report without what is not the evaluation's.
nlohmann::json evaluationPart(const nlohmann::json &report)
{
    nlohmann::json part;
    for (const char *key : { "test", "baselines", "target" })
        if (report.contains(key))
            part[key] = report[key];
    return part;
}

} // namespace

class TstEvaluation : public QObject
{
    Q_OBJECT

private slots:
    void forecastWindowsAreWhatTheMetricsMeasure_data()
    {
        QTest::addColumn<QString>("topology");
        QTest::addColumn<int>("horizon");
        QTest::newRow("many-to-one") << "many_to_one" << 1;
        QTest::newRow("encoder-decoder, 3 ahead") << "encoder_decoder" << 3;
    }
    void forecastWindowsAreWhatTheMetricsMeasure()
    {
        QFETCH(QString, topology);
        QFETCH(int, horizon);
        ExperimentConfig config;
        config.dataFile = RNNLAB_SOURCE_DIR "/resources/datasets/airline_passengers.csv";
        config.target = "Passengers";
        config.lookback = 12;
        config.horizon = horizon;
        config.topology = topologyNames.fromString(topology.toStdString());
        config.hidden = 4;
        config.epochs = 2;
        Experiment experiment(config);
        experiment.train();
        const Evaluation evaluation = experiment.evaluate();
        QVERIFY(std::holds_alternative<ForecastEvaluation>(evaluation));
        const auto &e = std::get<ForecastEvaluation>(evaluation);
        const std::vector<double> passengers = airlinePassengers();
        QCOMPARE(e.target, std::string("Passengers"));
        QCOMPARE(e.samples, Index(48 - horizon + 1));
        QCOMPARE(static_cast<Index>(e.windows.size()), e.samples);
        double squared = 0, persistenceSquared = 0;
        for (const ForecastWindow &w : e.windows) {
            const auto row = static_cast<std::size_t>(w.targetRow);
            QCOMPARE(w.truth.cols(), Index(horizon));
            QCOMPARE(w.prediction.cols(), Index(horizon));
            for (Index k = 0; k < horizon; ++k) {
                QCOMPARE(w.truth(0, k), passengers[row + static_cast<std::size_t>(k)]);
                QCOMPARE(w.persistence(k), passengers[row - 1]);
                QCOMPARE(w.seasonalNaive(k), passengers[row + static_cast<std::size_t>(k) - 12]);
                QVERIFY(w.prediction(0, k) > 0.0); // passengers, not scaled units
                squared += std::pow(w.prediction(0, k) - w.truth(0, k), 2);
                persistenceSquared += std::pow(w.persistence(k) - w.truth(0, k), 2);
            }
        }
        const double count = static_cast<double>(e.samples * horizon);
        QVERIFY(std::abs(std::sqrt(squared / count) - e.test.rmse) < 1e-9 * e.test.rmse);
        QVERIFY(std::abs(std::sqrt(persistenceSquared / count) - e.persistence.rmse)
                < 1e-9 * e.persistence.rmse);
        QVERIFY(e.seasonalNaive.has_value());
        QCOMPARE(toJson(evaluation), evaluationPart(experiment.report(evaluation)));
        QCOMPARE(toJson(evaluation)["baselines"]["seasonal_naive"]["season"].get<int>(), 12);
        // Holt-Winters, fitted on the 96 training months, forecasts every window's horizon.
        QVERIFY(e.holtWinters.has_value());
        for (const ForecastWindow &w : e.windows)
            QVERIFY(w.holtWinters.size() == horizon && w.holtWinters.allFinite());
        QCOMPARE(toJson(evaluation)["baselines"]["holt_winters"]["rmse"].get<double>(),
                 e.holtWinters->metrics.rmse);
        if (horizon == 1) // statsmodels' figure (tests/core/baselines/tst_holt_winters.cpp)
            QVERIFY(std::abs(e.holtWinters->metrics.rmse - 23.8449) < 1e-3);
        // The summary prints the struct's numbers.
        const std::string summary = experiment.summary(evaluation);
        QVERIFY(summary.find("Persistence") != std::string::npos);
        QVERIFY(summary.find("Seasonal naive") != std::string::npos);
        QVERIFY(summary.find("Holt-Winters") != std::string::npos);
    }

    void classificationCountsTheTestSamples()
    {
        ExperimentConfig config = testconfigs::smallPortugueseEmotions();
        Experiment experiment(config);
        experiment.train();
        const Evaluation evaluation = experiment.evaluate();
        QVERIFY(std::holds_alternative<ClassificationEvaluation>(evaluation));
        const auto &e = std::get<ClassificationEvaluation>(evaluation);
        QCOMPARE(e.labels, experiment.classNames());
        QCOMPARE(e.actual.size(), std::size_t(180));
        QCOMPARE(e.predicted.size(), e.actual.size());
        QCOMPARE(e.metrics.confusion.size(), std::size_t(6));
        Index total = 0, hits = 0;
        for (std::size_t c = 0; c < 6; ++c) {
            total += std::accumulate(e.metrics.confusion[c].begin(), e.metrics.confusion[c].end(),
                                     Index(0));
            hits += e.metrics.confusion[c][c];
        }
        QCOMPARE(total, Index(180));
        QCOMPARE(e.metrics.accuracy, static_cast<double>(hits) / 180.0);
        QVERIFY(e.majority.has_value());
        const nlohmann::json json = toJson(evaluation);
        QCOMPARE(json, evaluationPart(experiment.report(evaluation)));
        QCOMPARE(json["test"]["per_class"].size(), std::size_t(6));
        QCOMPARE(json["baselines"]["majority"]["class"].get<std::string>(), e.majority->className);
        QVERIFY(e.naiveBayes.has_value());
        QCOMPARE(json["baselines"]["naive_bayes"]["accuracy"].get<double>(),
                 e.naiveBayes->accuracy);
        QVERIFY(experiment.summary(evaluation).find("confusion") != std::string::npos);
        QVERIFY(experiment.summary(evaluation).find("Naive Bayes") != std::string::npos);
    }

    void sequenceTaskKeepsEachTestSequence_data()
    {
        QTest::addColumn<QString>("generator");
        QTest::addColumn<bool>("classification");
        QTest::newRow("xor") << "xor" << false;
        QTest::newRow("adding") << "adding" << false;
        QTest::newRow("latching") << "latching" << true;
        QTest::newRow("reber") << "reber" << true;
    }
    void sequenceTaskKeepsEachTestSequence()
    {
        QFETCH(QString, generator);
        QFETCH(bool, classification);
        ExperimentConfig config;
        config.generator = generatorNames.fromString(generator.toStdString());
        config.trainSamples = 20;
        config.testSamples = 8;
        config.sequenceLength = generator == "reber" ? 0 : 20;
        config.hidden = 4;
        config.epochs = 1;
        Experiment experiment(config);
        experiment.train();
        const Evaluation evaluation = experiment.evaluate();
        QVERIFY(std::holds_alternative<SequenceTaskEvaluation>(evaluation));
        const auto &e = std::get<SequenceTaskEvaluation>(evaluation);
        QCOMPARE(e.classification, classification);
        QCOMPARE(e.samples, Index(8));
        QCOMPARE(e.lastSteps.size(), std::size_t(8));
        const nlohmann::json json = toJson(evaluation);
        QCOMPARE(json, evaluationPart(experiment.report(evaluation)));
        QCOMPARE(json["test"]["samples"].get<int>(), 8);
        if (classification) {
            QVERIFY(json["test"].contains("legal_rate"));
            QVERIFY(json["baselines"].contains("majority"));
        } else {
            QCOMPARE(json["test"]["mse"].get<double>(), e.mse);
            QCOMPARE(e.rmse, std::sqrt(e.mse));
            QVERIFY(json["baselines"].contains("mean"));
            const SequenceSet &test = experiment.testSet();
            for (std::size_t n = 0; n < e.lastSteps.size(); ++n) {
                const Matrix &target = test.values[n];
                const Matrix &input = test.inputs[n];
                QCOMPARE(e.lastSteps[n].truth, target(0, target.cols() - 1));
                QCOMPARE(e.lastSteps[n].lastInput, input(0, input.cols() - 1));
                QVERIFY(std::isfinite(e.lastSteps[n].prediction));
            }
        }
        QVERIFY(experiment.summary(evaluation).find("Test ") != std::string::npos);
    }

    void sineSeriesIsTheGeneratedOne()
    {
        ExperimentConfig config;
        config.generator = Generator::Sine;
        config.trainSamples = 120;
        config.noise = 0.1;
        config.seed = 7;
        config.lookback = 10;
        config.epochs = 0;
        const Experiment experiment(config);
        SineOptions sine;
        sine.length = 120;
        sine.noise = 0.1;
        sine.seed = 7;
        const Matrix series = sineSeries(sine);
        const ForecastDataset *data = experiment.forecastDataset();
        QVERIFY(data);
        QCOMPARE(data->targetNames, std::vector<std::string> { "value" });
        QCOMPARE(data->levels.cols(), series.cols());
        QVERIFY(data->levels == series); // exactly, not through decimal text
    }
};

QTEST_APPLESS_MAIN(TstEvaluation)
#include "tst_evaluation.moc"
