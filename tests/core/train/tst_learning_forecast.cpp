// Learning results of the course's forecasting exercises, with each preset's defaults and its
// fixed seed (resources/presets/presets.json), through the same core API as rnnlab-train:
//   airline: test RMSE below persistence (48.66 thousand passengers in the dataset README's
//            framing), below seasonal naive (42.32) and at most 15.0 (seed 1), in seconds;
//   beijing: test RMSE below persistence (75.71 ug/m3).
// Both baselines are also recomputed on exactly the test samples the network is scored on.
#include "train/experiment.h"

#include <QtTest>

using namespace rnn;

namespace {

ExperimentConfig preset(const char *name)
{
    return PresetLibrary::load(RNNLAB_SOURCE_DIR "/resources/presets/presets.json").preset(name);
}

} // namespace

class TstLearningForecast : public QObject
{
    Q_OBJECT
private slots:
    void airlineBeatsPersistenceAndSeasonalNaive()
    {
        Experiment experiment(preset("airline"));
        experiment.train();
        const nlohmann::json r = experiment.report();
        const double rmse = r["test"]["rmse"].get<double>();
        const double persistence = r["baselines"]["persistence"]["rmse"].get<double>();
        const double seasonal = r["baselines"]["seasonal_naive"]["rmse"].get<double>();
        qInfo("airline: test RMSE %.2f, persistence %.2f, seasonal naive %.2f, %d epochs, %.2f s",
              rmse, persistence, seasonal, r["epochs"].get<int>(), r["seconds"].get<double>());
        QCOMPARE(r["test"]["samples"].get<int>(), 48); // the last 33%: 1957-01 .. 1960-12
        QVERIFY(rmse < persistence);
        QVERIFY(rmse < 48.66);
        QVERIFY(rmse < seasonal);
        QVERIFY(rmse < 42.32);
        // the goal of issue 10 (the log of the series, differenced): at most 15.0 (SARIMA's
        // 13.74 is the stretch goal; Holt-Winters 23.84)
        QVERIFY(rmse <= 15.0);
    }

    void beijingBeatsPersistence()
    {
        Experiment experiment(preset("beijing"));
        QCOMPARE(experiment.testSet().size(), Index(365)); // every day of 2014
        QCOMPARE(experiment.networkConfig().inputSize, 8); // all 8 variables in
        experiment.train();
        const nlohmann::json r = experiment.report();
        const double rmse = r["test"]["rmse"].get<double>();
        const double persistence = r["baselines"]["persistence"]["rmse"].get<double>();
        qInfo("beijing: test RMSE %.2f, persistence %.2f, %d epochs, %.2f s", rmse, persistence,
              r["epochs"].get<int>(), r["seconds"].get<double>());
        QVERIFY(std::abs(persistence - 75.71) < 0.01); // the README's number, same days
        QVERIFY(rmse < persistence);
    }

    void airlineContinuationIsPlausible()
    {
        // one-to-many: a year generated from the end of the series, outputs fed back
        ExperimentConfig config = preset("airline");
        config.epochs = 100;
        Experiment experiment(config);
        experiment.train();
        const std::vector<double> year = experiment.generate(12);
        QCOMPARE(year.size(), std::size_t(12));
        for (double v : year)
            QVERIFY2(v > 300.0 && v < 900.0, qPrintable(QString::number(v)));
    }
};

QTEST_APPLESS_MAIN(TstLearningForecast)
#include "tst_learning_forecast.moc"
