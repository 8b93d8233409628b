// rnnlab-bench: the time of one full training step of core, defined exactly as PyTorch's anchor
// (../shared/anchors/README.md, torch_bench.py): a 1-layer LSTM or Elman network, a linear
// readout H -> 1 at every time step, MSE against a target at every step, zero initial state,
// forward, backward (full BPTT) and a plain SGD update (lr 1e-3), in double, on one thread.
// Benchmarks are named train_step/<cell>/<hidden>/<input>/<T>/<batch> (Trace recording off, the
// trainer's fast path) and train_step_traced/... (the full Trace the GUI plays back), so
// tests/bench/compare_torch.py can pair each with PyTorch's row. It measures; it never fails.
#include "nn/network.h"
#include "random.h"
#include "train/optimizer.h"

#include <benchmark/benchmark.h>

#include <string>

namespace {

struct StepConfig
{
    rnn::CellType cell;
    int hidden;
    int input;
    int steps;
    int batch;
    bool recordTrace;
};

void trainStep(benchmark::State &state, StepConfig c)
{
    rnn::NetworkConfig config;
    config.cell = c.cell;
    config.inputSize = c.input;
    config.hiddenSize = c.hidden;
    config.outputSize = 1;
    config.readout = rnn::ReadoutKind::Linear;
    config.placement = rnn::ReadoutPlacement::EveryStep;
    rnn::Network network(config, 0);

    rnn::Random random(42);
    rnn::InputBatch input;
    input.steps = c.steps;
    input.batch = c.batch;
    input.values.resize(c.input, c.steps * c.batch);
    for (rnn::Index i = 0; i < input.values.size(); ++i)
        input.values.data()[i] = random.normal();
    rnn::Targets targets;
    targets.values.resize(1, c.steps * c.batch);
    for (rnn::Index i = 0; i < targets.values.size(); ++i)
        targets.values.data()[i] = random.normal();

    rnn::OptimizerConfig sgd;
    sgd.kind = rnn::OptimizerKind::Sgd;
    sgd.learningRate = 1e-3;
    rnn::Optimizer optimizer(sgd);
    rnn::ForwardOptions options;
    options.recordTrace = c.recordTrace;
    rnn::Trace trace;
    // One untimed step first: it allocates the Trace's buffers, which later steps reuse.
    network.forward(input, targets, options, trace);
    network.backward(trace);

    for (auto _ : state) {
        network.forward(input, targets, options, trace);
        network.backward(trace);
        optimizer.step(network.parameters(), trace.gradients);
        benchmark::DoNotOptimize(trace.loss);
    }
}

void registerAll()
{
    for (bool recordTrace : { false, true })
        for (rnn::CellType cell : { rnn::CellType::Lstm, rnn::CellType::Elman })
            for (int hidden : { 8, 32, 128 })
                for (int input : { 1, 8 })
                    for (int steps : { 50, 200 })
                        for (int batch : { 1, 32 }) {
                            const std::string name
                                = std::string(recordTrace ? "train_step_traced/" : "train_step/")
                                + rnn::cellTypeName(cell) + "/" + std::to_string(hidden) + "/"
                                + std::to_string(input) + "/" + std::to_string(steps) + "/"
                                + std::to_string(batch);
                            benchmark::RegisterBenchmark(
                                name.c_str(), trainStep,
                                StepConfig { cell, hidden, input, steps, batch, recordTrace })
                                ->Unit(benchmark::kMicrosecond);
                        }
}

} // namespace

int main(int argc, char **argv)
{
    registerAll();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
