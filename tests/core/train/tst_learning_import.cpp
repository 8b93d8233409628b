// Learning results of the import's defaults: a file and its target, nothing else (as
// `rnnlab-train --data F --target C` and the app's File > Open do), the pipeline chosen from the
// training part by PipelineAdvisor, the default network and seed 1. The network must beat
// persistence and seasonal naive on the test part of each file:
//   airline passengers (Passengers), monthly sunspots (Sunspots), Beijing PM2.5 (pm25), and
//   four columns of the US macro file: realgdp, cpi, m1 (whose lone autocorrelation peak at
//   23 quarters once passed for a season, and the network lost to persistence) and realinv
//   (whose changes have no partial autocorrelation at lags 1 and 2 but pass the test at 12, 16
//   and 23 quarters by chance: a 23-step lookback lost to persistence, 83.5 against 63.0; one
//   year of 4 quarters gives 55.0).
#include "train/experiment.h"
#include "train/pipeline_advisor.h"

#include <QtTest>

using namespace rnn;

namespace {

void beatsBaselines(const char *file, const char *target)
{
    ExperimentConfig config;
    config.dataFile = std::string(RNNLAB_SOURCE_DIR "/resources/datasets/") + file;
    config.target = target;
    config.seed = 1;
    const PipelineAdvice advice = PipelineAdvisor::applyTo(config, {});
    Experiment experiment(config);
    experiment.train();
    const nlohmann::json r = experiment.report();
    const double rmse = r["test"]["rmse"].get<double>();
    const double persistence = r["baselines"]["persistence"]["rmse"].get<double>();
    const double seasonal = r["baselines"]["seasonal_naive"]["rmse"].get<double>();
    qInfo("%s %s: test RMSE %.3f, persistence %.3f, seasonal naive %.3f (season %d); "
          "differencing %s, transform %s, lookback %d, %d epochs, %.1f s",
          file, target, rmse, persistence, seasonal, config.season,
          config.differencing ? "on" : "off", transformKindNames.toString(config.transform),
          config.lookback, r["epochs"].get<int>(), r["seconds"].get<double>());
    QVERIFY(advice.trainingRows > 0);
    QVERIFY(rmse < persistence);
    QVERIFY(rmse < seasonal);
}

} // namespace

class TstLearningImport : public QObject
{
    Q_OBJECT
private slots:
    void airline() { beatsBaselines("airline_passengers.csv", "Passengers"); }
    void sunspots() { beatsBaselines("monthly_sunspots.csv", "Sunspots"); }
    void beijing() { beatsBaselines("beijing_pm25_daily.csv", "pm25"); }
    void usRealGdp() { beatsBaselines("us_macro_quarterly.csv", "realgdp"); }
    void usCpi() { beatsBaselines("us_macro_quarterly.csv", "cpi"); }
    void usM1() { beatsBaselines("us_macro_quarterly.csv", "m1"); }
    void usRealInv() { beatsBaselines("us_macro_quarterly.csv", "realinv"); }
};

QTEST_APPLESS_MAIN(TstLearningImport)
#include "tst_learning_import.moc"
