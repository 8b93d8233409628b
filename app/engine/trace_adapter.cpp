#include "trace_adapter.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rnnlab {

namespace {

Matrix firstOfBatch(const Matrix &m, int steps, int batch)
{
    // Column t*B of a TB-column matrix is step t of the first sequence.
    if (m.cols() == 0 || batch <= 0)
        return {};
    if (batch == 1)
        return m;
    Matrix out(m.rows(), steps);
    for (int t = 0; t < steps; ++t)
        out.col(t) = m.col(static_cast<Eigen::Index>(t) * batch);
    return out;
}

Matrix block(const Matrix &m, int index, int hidden)
{
    if (m.rows() < static_cast<Eigen::Index>(index + 1) * hidden)
        return {};
    return m.middleRows(static_cast<Eigen::Index>(index) * hidden, hidden);
}

// Core's per-step norms as a vector of length T (zeros when core has none: no backward yet).
std::vector<double> normsPerStep(const Vector &norms, int steps)
{
    std::vector<double> out(static_cast<std::size_t>(steps), 0.0);
    if (norms.size() == steps)
        std::copy(norms.begin(), norms.end(), out.begin());
    return out;
}

} // namespace

SequenceTrace adaptTrace(const rnn::Trace &trace, const AdapterOptions &options)
{
    SequenceTrace out;
    const int steps = trace.steps;
    const int batch = std::max(trace.batch, 1);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (trace.layers.empty() || steps <= 0)
        return out;
    const auto first = [&](const Matrix &m) { return firstOfBatch(m, steps, batch); };

    out.input = first(trace.layers.front().front().input);
    if (trace.dInput.rows() == out.input.rows() && trace.dInput.cols() == steps * batch)
        out.inputAttribution = first(trace.dInput).cwiseProduct(out.input);
    out.muJordan = options.jordanMu;
    out.loss = trace.loss;

    for (std::size_t l = 0; l < trace.layers.size(); ++l) {
        for (const rnn::LayerTrace &layer : trace.layers[l]) {
            RowTrace row;
            row.layer = static_cast<int>(l);
            row.reversed = layer.reverse;
            row.cell = layer.cellType;
            const int h = layer.hiddenSize();
            const Matrix gates = first(layer.gates);
            const Matrix pre = first(layer.preactivation);
            const Matrix dPre = first(layer.dPre);
            const auto add = [&](const QString &symbol, QuantityKind kind, int gate) {
                Quantity q;
                q.symbol = symbol;
                q.kind = kind;
                q.values = block(gates, gate, h);
                q.preactivation = block(pre, gate, h);
                q.gradient = block(dPre, gate, h);
                row.quantities.push_back(std::move(q));
            };
            switch (row.cell) {
            case rnn::CellType::Lstm: // stacked i, f, g, o; shown in the lecture's order f, i, C~,
                                      // o
                add(QStringLiteral("f"), QuantityKind::Gate, 1);
                add(QStringLiteral("i"), QuantityKind::Gate, 0);
                add(QStringLiteral("g"), QuantityKind::Candidate, 2);
                add(QStringLiteral("o"), QuantityKind::Gate, 3);
                row.quantities.push_back(
                    { QStringLiteral("c"), QuantityKind::CellState, first(layer.cell), {}, {} });
                row.quantities.push_back(
                    { QStringLiteral("h"), QuantityKind::Hidden, first(layer.hidden), {}, {} });
                row.gradCell = first(layer.dCell);
                break;
            case rnn::CellType::Gru: // stacked r, z, n
                add(QStringLiteral("r"), QuantityKind::Gate, 0);
                add(QStringLiteral("z"), QuantityKind::Gate, 1);
                add(QStringLiteral("n"), QuantityKind::Candidate, 2);
                row.quantities.push_back(
                    { QStringLiteral("h"), QuantityKind::Hidden, first(layer.hidden), {}, {} });
                break;
            case rnn::CellType::Jordan:
                row.quantities.push_back(
                    { QStringLiteral("s"), QuantityKind::Context, first(layer.context), {}, {} });
                [[fallthrough]];
            case rnn::CellType::Elman: {
                Quantity hq { QStringLiteral("h"), QuantityKind::Hidden, first(layer.hidden),
                              block(pre, 0, h), block(dPre, 0, h) };
                row.quantities.push_back(std::move(hq));
                break;
            }
            case rnn::CellType::Mlp: // no recurrent layer (a dense trace has no rows)
                break;
            }
            row.gradHidden = first(layer.dHidden);
            row.gradientNorms = normsPerStep(
                trace.gradientNormPerStep(static_cast<int>(l), layer.reverse ? 1 : 0), steps);
            row.cellGradientNorms.assign(static_cast<std::size_t>(steps), 0.0);
            for (int t = 0; t < steps && row.gradCell.cols() == steps; ++t)
                row.cellGradientNorms[static_cast<std::size_t>(t)] = row.gradCell.col(t).norm();
            out.rows.push_back(std::move(row));
        }
    }

    // Outputs and targets on the time axis: a readout at every step, or one at the last step.
    const Matrix &shown = trace.probabilities.size() > 0 ? trace.probabilities : trace.outputs;
    const Eigen::Index outputs = shown.rows();
    out.output = Matrix::Constant(outputs, steps, nan);
    out.target = Matrix::Constant(std::max<Eigen::Index>(trace.targets.rows(), 1), steps, nan);
    out.lossAtStep.assign(static_cast<std::size_t>(steps), false);
    if (trace.everyStep()) {
        if (shown.cols() >= static_cast<Eigen::Index>(steps) * batch)
            out.output = first(shown);
        if (trace.targets.cols() >= static_cast<Eigen::Index>(steps) * batch)
            out.target = first(trace.targets);
        for (int t = 0; t < steps; ++t) {
            const bool counted = trace.stepMask.size() <= t || trace.stepMask(t) != 0.0;
            out.lossAtStep[static_cast<std::size_t>(t)] = trace.hasLoss && counted;
        }
    } else {
        if (shown.cols() > 0)
            out.output.col(steps - 1) = shown.col(0);
        if (trace.targets.cols() > 0 && trace.targets.rows() == out.target.rows())
            out.target.col(steps - 1) = trace.targets.col(0);
        out.lossAtStep[static_cast<std::size_t>(steps - 1)] = trace.hasLoss;
    }
    if (trace.poolWeights.size() >= static_cast<Eigen::Index>(steps) * batch)
        for (int t = 0; t < steps; ++t)
            out.poolWeight.push_back(trace.poolWeights(static_cast<Eigen::Index>(t) * batch));
    if (trace.poolArgmax.cols() > 0) {
        out.poolWins.assign(static_cast<std::size_t>(steps), 0);
        for (Eigen::Index r = 0; r < trace.poolArgmax.rows(); ++r)
            if (const int t = trace.poolArgmax(r, 0); t >= 0 && t < steps)
                ++out.poolWins[static_cast<std::size_t>(t)];
    }
    if (!out.poolWeight.empty() && !trace.layers.empty() && !trace.layers.back().empty()) {
        // The pooled rows come first; rows beyond them are the skip path's mean.
        const auto &top = trace.layers.back();
        out.skipPath
            = trace.features.rows() > static_cast<Eigen::Index>(top.size()) * top[0].hidden.rows();
    }
    out.inputAtStep.assign(static_cast<std::size_t>(steps), true);
    for (int t = std::max(0, steps - options.decoderSteps); t < steps && options.decoderSteps > 0;
         ++t)
        out.inputAtStep[static_cast<std::size_t>(t)] = false;

    if (options.inputNames.size() == out.input.rows() && trace.tokens.empty()) {
        out.inputNames = options.inputNames;
        // One-hot steps (a letter, a symbol, a word) are labelled by what they stand for.
        QStringList symbols;
        for (int t = 0; t < steps && out.input.rows() > 1; ++t) {
            const auto column = out.input.col(t);
            Eigen::Index hot = 0;
            const bool oneHot
                = column.maxCoeff(&hot) == 1.0 && column.sum() == 1.0 && column.minCoeff() == 0.0;
            symbols << (oneHot ? options.inputNames.at(static_cast<int>(hot)) : QString());
        }
        if (std::any_of(symbols.cbegin(), symbols.cend(),
                        [](const QString &s) { return !s.isEmpty(); }))
            out.inputSymbols = symbols;
    }
    if (!trace.tokens.empty()) {
        for (int t = 0; t < steps; ++t) {
            const auto index = static_cast<std::size_t>(t) * static_cast<std::size_t>(batch);
            const int id = index < trace.tokens.size() ? trace.tokens[index] : 0;
            out.tokens << (options.tokenText ? options.tokenText(id)
                                             : QStringLiteral("#%1").arg(id));
        }
    }
    return out;
}

} // namespace rnnlab
