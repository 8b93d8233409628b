// Pipeline: one kind of data's way through an experiment. A pipeline reads and prepares its data
// (core/data's parsers and generators), turns them into the SequenceSets a Trainer learns from,
// says which network they need, and evaluates a trained network on its test part in the data's
// own terms (an Evaluation). Experiment chooses the pipeline once and orchestrates; a new kind
// of data is one new Pipeline subclass (its own file pair) and its parser in core/data.
//
// A pipeline is immutable once built and shared by copies of an Experiment; the trainer whose
// network it evaluates is passed in. It never trains.
#pragma once

#include "train/evaluation.h"
#include "train/experiment_config.h"
#include "train/model_io.h"
#include "train/sequence_set.h"
#include "train/trainer.h"

#include <memory>
#include <string>
#include <vector>

namespace rnn {

// Where a pipeline's data come from: the model whose preprocessing it reuses (scalers,
// vocabulary, class names: never refitted), and which data files are there to read.
struct PipelineSource
{
    const ModelFile *model = nullptr;
    bool readData = true;
    bool readTestData = true;
};

class Pipeline
{
public:
    virtual ~Pipeline() = default;

    // The network the data need (sizes, readout, where it reads out); the cell, sizes and
    // dropout come from the configuration.
    const NetworkConfig &network() const { return m_network; }
    const std::shared_ptr<const SequenceSet> &trainSet() const { return m_train; }
    const std::shared_ptr<const SequenceSet> &validationSet() const { return m_validation; }
    const SequenceSet &testSet() const { return *m_test; }
    const std::vector<std::string> &classNames() const { return m_classNames; }
    // X: what each input is (a forecast's columns, a synthetic task's symbols or channels);
    // empty when the inputs are tokens of a vocabulary or unknown.
    const std::vector<std::string> &inputNames() const { return m_inputNames; }

    // The trained network on the test part beside the baselines. Throws std::logic_error when
    // there are no test data (a model loaded without its files).
    virtual Evaluation evaluate(const Trainer &trainer) const = 0;
    // Writes what predicting needs besides the weights (scalers, vocabulary) into a model file.
    virtual void storeIn(ModelFile &model) const { model.labels = m_classNames; }

protected:
    Pipeline() = default;
    void requireTestData() const;

    NetworkConfig m_network;
    std::shared_ptr<const SequenceSet> m_train = std::make_shared<const SequenceSet>();
    std::shared_ptr<const SequenceSet> m_validation = std::make_shared<const SequenceSet>();
    std::shared_ptr<const SequenceSet> m_test = std::make_shared<const SequenceSet>();
    std::vector<std::string> m_classNames;
    std::vector<std::string> m_inputNames;
};

// The network settings every pipeline takes from the configuration (cell, sizes, dropout).
NetworkConfig baseNetwork(const ExperimentConfig &config);
// The readout placement of a many-to-one network: the mean over the real steps when asked, else
// the final states for a bidirectional one, else the last step.
ReadoutPlacement manyToOnePlacement(const ExperimentConfig &config);

} // namespace rnn
