// Small helpers shared by the core/nn tests: random batches, targets and initial states for a
// configuration, drawn from rnn::Random so every test is reproducible. Test code only.
#pragma once

#include "nn/batch.h"
#include "nn/network.h"
#include "random.h"

namespace rnn::testing {

inline Matrix randomMatrix(Index rows, Index cols, Random &random, double scale = 1.0)
{
    Matrix m(rows, cols);
    for (Index c = 0; c < cols; ++c)
        for (Index r = 0; r < rows; ++r)
            m(r, c) = random.uniform(-scale, scale);
    return m;
}

inline InputBatch randomInput(const NetworkConfig &config, int steps, int batch, Random &random)
{
    InputBatch input;
    input.steps = steps;
    input.batch = batch;
    const Index tb = Index(steps) * batch;
    if (config.hasEmbedding()) {
        for (Index j = 0; j < tb; ++j)
            input.tokens.push_back(int(random.below(std::uint64_t(config.vocabularySize))));
    } else {
        input.values = randomMatrix(config.inputSize, tb, random);
    }
    return input;
}

inline Targets randomTargets(const NetworkConfig &config, int steps, int batch, Random &random)
{
    Targets targets;
    const Index columns
        = config.placement == ReadoutPlacement::EveryStep ? Index(steps) * batch : Index(batch);
    if (config.readout == ReadoutKind::Linear) {
        targets.values = randomMatrix(config.outputSize, columns, random);
    } else {
        for (Index j = 0; j < columns; ++j)
            targets.labels.push_back(int(random.below(std::uint64_t(config.outputSize))));
    }
    return targets;
}

// Non-zero initial states for every layer and direction (and the Jordan context and output).
inline InitialStates randomInitialStates(const NetworkConfig &config, int batch, Random &random)
{
    InitialStates initial;
    initial.hidden.resize(std::size_t(config.layers));
    initial.cell.resize(std::size_t(config.layers));
    for (int l = 0; l < config.layers; ++l) {
        for (int d = 0; d < config.directions(); ++d) {
            if (config.cell == CellType::Jordan)
                continue;
            initial.hidden[std::size_t(l)].push_back(
                randomMatrix(config.hiddenSize, batch, random, 0.5));
            if (config.cell == CellType::Lstm)
                initial.cell[std::size_t(l)].push_back(
                    randomMatrix(config.hiddenSize, batch, random, 0.5));
        }
    }
    if (config.cell == CellType::Jordan) {
        initial.context = randomMatrix(config.outputSize, batch, random, 0.5);
        initial.output = randomMatrix(config.outputSize, batch, random, 0.5);
    }
    return initial;
}

} // namespace rnn::testing
