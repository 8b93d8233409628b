// Permutation importance (core/train/input_importance.h): on windows whose "model" reads one
// input and ignores the other, the ignored one scores exactly 0 and the read one a large rise;
// and end to end, a small LSTM trained on a series whose next value is the previous value of
// one input ("signal") beside an input of pure noise: shuffling the signal ruins the forecast,
// shuffling the noise barely moves it.
#include "random.h"
#include "train/experiment.h"
#include "train/input_importance.h"

#include <QtTest>

#include <cmath>
#include <fstream>
#include <stdexcept>

using rnn::Index;
using rnn::Matrix;
using rnn::WindowSet;

namespace {

// 50 windows of two inputs over 3 steps; the target is input 0's last value.
WindowSet twoInputWindows()
{
    rnn::Random random(5);
    WindowSet set;
    for (Index i = 0; i < 50; ++i) {
        Matrix x(2, 3);
        for (Index k = 0; k < x.size(); ++k)
            x.data()[k] = random.normal();
        set.inputs.push_back(x);
        set.targets.push_back(Matrix::Constant(1, 1, x(0, 2)));
        set.firstTargetRow.push_back(i + 3);
    }
    return set;
}

// The "model" that predicts input 0's last value: RMSE against the windows' targets.
double readsInputZero(const WindowSet &windows)
{
    double squared = 0.0;
    for (Index i = 0; i < windows.size(); ++i) {
        const auto s = static_cast<std::size_t>(i);
        squared += std::pow(windows.inputs[s](0, 2) - windows.targets[s](0, 0), 2);
    }
    return std::sqrt(squared / static_cast<double>(windows.size()));
}

} // namespace

class TstInputImportance : public QObject
{
    Q_OBJECT
private slots:
    void ignoredInputScoresZero()
    {
        const auto importance
            = rnn::permutationImportance(twoInputWindows(), { "signal", "noise" }, readsInputZero);
        QCOMPARE(importance.size(), std::size_t(2));
        QCOMPARE(importance[0].variable, std::string("signal"));
        QVERIFY2(importance[0].rmseIncrease > 1.0,
                 qPrintable(QString::number(importance[0].rmseIncrease)));
        QCOMPARE(importance[1].rmseIncrease, 0.0);
        const nlohmann::json json = rnn::toJson(importance);
        QCOMPARE(json[1]["variable"].get<std::string>(), std::string("noise"));
        QCOMPARE(json[0]["rmse_increase"].get<double>(), importance[0].rmseIncrease);
        // the same seed, the same shuffles
        QCOMPARE(rnn::permutationImportance(twoInputWindows(), { "a", "b" }, readsInputZero)[0]
                     .rmseIncrease,
                 importance[0].rmseIncrease);
    }
    void refusesBadInput()
    {
        WindowSet one = twoInputWindows();
        one.inputs.resize(1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 rnn::permutationImportance(one, { "a", "b" }, readsInputZero));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            rnn::permutationImportance(twoInputWindows(), { "a" }, readsInputZero));
        rnn::ImportanceOptions none;
        none.repeats = 0;
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            rnn::permutationImportance(twoInputWindows(), { "a", "b" }, readsInputZero, none));
    }
    void trainedNetworkFindsTheSignal()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("signal_noise.csv").toStdString();
        {
            std::ofstream out(path);
            out << "signal,noise,target\n";
            rnn::Random random(3);
            double previous = 0.0;
            for (int r = 0; r < 400; ++r) {
                const double signal = random.normal(), noise = random.normal();
                out << signal << ',' << noise << ',' << previous << '\n';
                previous = signal;
            }
        }
        rnn::ExperimentConfig config;
        config.dataFile = path;
        config.target = "target";
        config.features = { "signal", "noise" };
        config.lookback = 4;
        config.hidden = 8;
        config.epochs = 40;
        config.learningRate = 0.01;
        config.scaling = rnn::ScalerKind::ZScore;
        rnn::Experiment experiment(config);
        experiment.train();
        const auto importance = experiment.importance();
        QCOMPARE(importance.size(), std::size_t(2));
        const double signal = importance[0].rmseIncrease, noise = importance[1].rmseIncrease;
        const double rmse = std::get<rnn::ForecastEvaluation>(experiment.evaluate()).test.rmse;
        QVERIFY2(
            signal > 0.5 && std::abs(noise) < 0.1 * signal,
            qPrintable(QString("signal %1 noise %2 rmse %3").arg(signal).arg(noise).arg(rmse)));
    }
};

QTEST_APPLESS_MAIN(TstInputImportance)
#include "tst_input_importance.moc"
