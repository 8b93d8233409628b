// SequenceTaskPipeline: the synthetic sequence tasks of core/data (XOR, letters, adding, Reber,
// long-range clue, latching, reset-sum, end label), generated from the seed for training and,
// with another seed, for testing. Sequences of different lengths are pre-padded; a task whose
// loss sits at the last step only trains many-to-one, the others many-to-many (a readout every
// step). The evaluation adds what each lesson looks at (the predictable steps, legal symbols).
#pragma once

#include "data/sequence_task.h"
#include "train/pipeline.h"

#include <memory>
#include <vector>

namespace rnn {

class SequenceTaskPipeline : public Pipeline
{
public:
    // Rewrites config.task from the generator's kind (Task::Classify or Task::Forecast). Throws
    // std::invalid_argument when the generated task is not usable.
    SequenceTaskPipeline(ExperimentConfig &config);

    Evaluation evaluate(const Trainer &trainer) const override; // a SequenceTaskEvaluation

    // Every sequence of `set` at its last step, first output: truth, prediction, last input.
    static std::vector<SequenceTaskPoint> lastSteps(const Matrix &predictions,
                                                    const SequenceSet &set);

private:
    // The column of sequence n's step t (its own numbering) in the predictions.
    Index column(Index n, Index t) const;
    void evaluateRegression(const Matrix &predictions, SequenceTaskEvaluation &e) const;
    void evaluateClasses(const Matrix &predictions, SequenceTaskEvaluation &e) const;

    std::shared_ptr<const SequenceTask> m_testTask;
    std::vector<int> m_trainLabels; // classification: for the majority baseline
};

} // namespace rnn
