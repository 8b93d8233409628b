// SequenceTask: a set of input sequences with their targets, as every synthetic generator
// returns it, with the metadata the trainer needs to wire a network and place the loss.
// Plain data; no behaviour beyond a consistency check.
//
// Shapes: X = input size, O = output size (values or classes), T = time steps of a sequence
// (sequences of one task may differ in T, e.g. Reber strings).
#pragma once

#include "types.h"

#include <string>
#include <vector>

namespace rnn {

enum class TaskKind { Regression, Classification };

std::string toString(TaskKind kind); // "regression", "classification"

struct Sequence
{
    Matrix input; // X x T
    // O x T. Regression: the target values. Classification: a one-hot column for the class of
    // each loss step (Reber: the multi-hot set of every legal next symbol). Zero elsewhere.
    Matrix target;
    std::vector<int> labels; // T, classification only: class id per step, -1 = no loss here
    std::vector<int> lossSteps; // increasing step indices that carry the loss
    // Steps whose target is determined by the past (XOR: the XOR bits; letters: the vowels);
    // the others are at best guessed from frequencies. Empty when the notion does not apply.
    std::vector<int> predictableSteps;
    std::vector<int> tokens; // T, symbolic tasks: the id of the one-hot input at each step

    Index steps() const { return input.cols(); }
};

struct SequenceTask
{
    std::string name; // e.g. "adding"
    std::string description; // one English sentence: what is learnt, and what cannot be
    TaskKind kind = TaskKind::Regression;
    Index inputSize = 0; // X
    Index outputSize = 0; // O
    std::vector<std::string> inputNames; // X: symbol or channel names
    std::vector<std::string> outputNames; // O: symbol, class or value names
    std::vector<Sequence> sequences;

    // Empty if every sequence matches the sizes and its steps; otherwise the problem.
    std::string validate() const;
};

} // namespace rnn
