// Implementation of side_model.h: core's Experiment with another model, trained in place.
#include "side_model.h"

#include "train/evaluation.h"
#include "train/experiment.h"
#include "training_session.h"

#include <QCoreApplication>

#include <algorithm>
#include <variant>

namespace rnnlab {

SideModel trainSideModel(const rnn::ExperimentConfig &settings, rnn::CellType model, int epochs,
                         double recurrentScale)
{
    SideModel side;
    try {
        SessionSetup setup;
        setup.config = settings;
        rnn::ExperimentConfig config = trainingConfig(setup);
        config.model = model;
        config.epochs = std::max(epochs, 1);
        config.patience = 0;
        rnn::Experiment experiment(config);
        if (recurrentScale != 1.0) {
            rnn::Trainer &trainer = experiment.trainer();
            rnn::Network network = trainer.network();
            for (rnn::Parameter &p : network.parameters())
                if (p.name.find("weight_hidden") != std::string::npos
                    || p.name.find("weight_context") != std::string::npos)
                    p.value *= recurrentScale;
            rnn::SequenceSet validation;
            if (trainer.hasValidation())
                validation = trainer.validationSet();
            trainer = rnn::Trainer(network, trainer.options(), trainer.trainSet(), validation);
        }
        if (epochs > 0)
            experiment.train();
        side.config = experiment.config();
        side.network = experiment.trainer().network();
        side.epochs = epochs > 0 ? experiment.trainer().epoch() : 0;
        side.parameters = static_cast<long>(rnn::parameterScalarCount(side.network.parameters()));
        if (experiment.hasTestData()) {
            const rnn::Evaluation evaluation = experiment.evaluate();
            if (const auto *forecast = std::get_if<rnn::ForecastEvaluation>(&evaluation)) {
                side.testRmse = forecast->test.rmse;
                side.testMse = forecast->test.rmse * forecast->test.rmse;
            }
        }
    } catch (const std::exception &e) {
        side.error = QString::fromStdString(e.what());
    }
    return side;
}

} // namespace rnnlab
