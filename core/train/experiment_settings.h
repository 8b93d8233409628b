// The closed sets of choices of an ExperimentConfig that are not the network's own (those are in
// nn/network_config.h) nor the data's scaling (data/scaler.h), each an enum with its one name
// table (core/name_table.h). The names are those of the presets, model files and flags.
// What it is not: the configuration itself (train/experiment_config.h).
#pragma once

#include "name_table.h"

namespace rnn {

// What is learnt: numbers (a series, or a synthetic regression) or classes.
enum class Task { Forecast, Classify };

inline constexpr NamedValue<Task> taskEntries[] = {
    { Task::Forecast, "forecast" },
    { Task::Classify, "classify" },
};
inline constexpr NameTable<Task> taskNames { "task", taskEntries };
constexpr const NameTable<Task> &nameTable(Task)
{
    return taskNames;
}

// Where inputs enter and which outputs feed the loss (the lecture's N x N diagram):
//   ManyToOne       the whole window in, the readout at the last step (all horizon values there);
//   ManyToMany      the window in, a readout at every step: step t predicts the value after it
//                   (the next `horizon` values), every step in the loss;
//   OneToMany       one value in at the first step, then one output a step for `lookback` steps,
//                   all of them in the loss (an encoder-decoder with a one-value window);
//   EncoderDecoder  the window, then `horizon` empty steps whose outputs are the forecast (the
//                   loss on those steps only).
enum class Topology { ManyToOne, ManyToMany, OneToMany, EncoderDecoder };

inline constexpr NamedValue<Topology> topologyEntries[] = {
    { Topology::ManyToOne, "many_to_one" },
    { Topology::ManyToMany, "many_to_many" },
    { Topology::OneToMany, "one_to_many" },
    { Topology::EncoderDecoder, "encoder_decoder" },
};
inline constexpr NameTable<Topology> topologyNames { "topology", topologyEntries };
constexpr const NameTable<Topology> &nameTable(Topology)
{
    return topologyNames;
}

// A many-to-one readout reads the last step, the mean over the real steps, or each unit's
// maximum over them.
enum class Pooling { Last, Mean, Max };

inline constexpr NamedValue<Pooling> poolingEntries[] = {
    { Pooling::Last, "last" },
    { Pooling::Mean, "mean" },
    { Pooling::Max, "max" },
};
inline constexpr NameTable<Pooling> poolingNames { "pooling", poolingEntries };
constexpr const NameTable<Pooling> &nameTable(Pooling)
{
    return poolingNames;
}

// Where the data come from: a file (None) or one of core/data's synthetic generators.
enum class Generator {
    None, // the data file
    Sine, // a sine series (a forecast)
    Xor, // temporal XOR
    Letters, // Elman's letter sequences
    Adding, // the adding problem
    Reber, // the embedded Reber grammar
    LongRange, // a clue far before the question
    Latching, // latch a sign over a long sequence
    ResetSum, // running sum with resets (the forget gate)
    EndLabel, // a label only the end reveals (bidirectional networks)
};

inline constexpr NamedValue<Generator> generatorEntries[] = {
    { Generator::None, "" },
    { Generator::Sine, "sine" },
    { Generator::Xor, "xor" },
    { Generator::Letters, "letters" },
    { Generator::Adding, "adding" },
    { Generator::Reber, "reber" },
    { Generator::LongRange, "longrange" },
    { Generator::Latching, "latching" },
    { Generator::ResetSum, "resetsum" },
    { Generator::EndLabel, "endlabel" },
};
inline constexpr NameTable<Generator> generatorNames { "synthetic task", generatorEntries };
constexpr const NameTable<Generator> &nameTable(Generator)
{
    return generatorNames;
}

// Whether the generator makes sequences of its own (not a series or a file of texts).
constexpr bool isSequenceTask(Generator generator)
{
    return generator != Generator::None && generator != Generator::Sine;
}

} // namespace rnn
