// A hand-made Snapshot for view tests and benchmarks: an LSTM row (or Elman) with H units over
// T steps, values from smooth formulas and a gradient that fades toward t = 0, so the views can
// be tested without training anything.
#pragma once

#include "snapshot.h"

#include <QImage>
#include <QSet>

#include <cmath>
#include <memory>

namespace rnnlab::testing {

inline SnapshotPtr sampleSnapshot(rnn::CellType cell, int hidden, int steps, int rows = 1)
{
    auto snapshot = std::make_shared<Snapshot>();
    SequenceTrace &trace = snapshot->trace;
    trace.input = Matrix(1, steps);
    trace.output = Matrix(1, steps);
    trace.target = Matrix(1, steps);
    for (int t = 0; t < steps; ++t) {
        trace.input(0, t) = std::sin(0.3 * t);
        trace.output(0, t) = std::sin(0.3 * (t + 1)) * 0.8;
        trace.target(0, t) = std::sin(0.3 * (t + 1));
    }
    trace.lossAtStep.assign(static_cast<std::size_t>(steps), false);
    trace.lossAtStep.back() = true;
    trace.inputAtStep.assign(static_cast<std::size_t>(steps), true);
    trace.loss = 0.125;
    const auto grid = [&](double phase, double scale) {
        Matrix m(hidden, steps);
        for (int u = 0; u < hidden; ++u)
            for (int t = 0; t < steps; ++t)
                m(u, t) = scale * std::sin(phase + 0.17 * t + 0.9 * u);
        return m;
    };
    const auto sigmoid
        = [](const Matrix &m) { return Matrix((1.0 + (-m.array()).exp()).inverse()); };
    for (int r = 0; r < rows; ++r) {
        RowTrace row;
        row.layer = r / 2;
        row.reversed = rows > 1 && r % 2 == 1;
        row.cell = cell;
        if (cell == rnn::CellType::Lstm) {
            for (const char *symbol : { "f", "i", "g", "o" }) {
                const Matrix pre = grid(symbol[0] * 0.1, 2.0);
                const bool candidate = symbol[0] == 'g';
                row.quantities.push_back({ QString::fromLatin1(symbol),
                                           candidate ? QuantityKind::Candidate : QuantityKind::Gate,
                                           candidate ? Matrix(pre.array().tanh()) : sigmoid(pre),
                                           pre, Matrix(pre * 0.01) });
            }
            row.quantities.push_back(
                { QStringLiteral("c"), QuantityKind::CellState, grid(1.0, 1.5), {}, {} });
        }
        row.quantities.push_back({ QStringLiteral("h"), QuantityKind::Hidden,
                                   Matrix(grid(2.0, 1.0).array().tanh()), grid(2.0, 1.0),
                                   Matrix(grid(2.0, 1.0) * 0.01) });
        row.gradHidden = Matrix(hidden, steps);
        for (int t = 0; t < steps; ++t)
            row.gradHidden.col(t).setConstant(std::pow(0.8, steps - 1 - t));
        if (cell == rnn::CellType::Lstm)
            row.gradCell = row.gradHidden * 2.0;
        for (int t = 0; t < steps; ++t) {
            row.gradientNorms.push_back(row.gradHidden.col(t).norm());
            row.cellGradientNorms.push_back(cell == rnn::CellType::Lstm ? row.gradCell.col(t).norm()
                                                                        : 0.0);
        }
        trace.rows.push_back(std::move(row));
    }
    snapshot->trainLoss = { 0.5, 0.3, 0.2 };
    snapshot->validationLoss = { 0.6, 0.35, 0.25 };
    SeriesView series;
    for (int i = 0; i < 60; ++i) {
        series.target.push_back(std::sin(0.2 * i));
        series.prediction.push_back(i < 5 ? std::nan("") : std::sin(0.2 * i) * 0.9);
        series.persistence.push_back(std::sin(0.2 * (i - 1)));
    }
    series.trainEnd = 40;
    series.validationEnd = 50;
    series.lookback = 5;
    snapshot->series = series;
    return snapshot;
}

// Number of distinct colours in an image (a blank or one-colour render has 1).
inline int distinctColours(const QImage &image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            seen.insert(image.pixel(x, y));
    return static_cast<int>(seen.size());
}

} // namespace rnnlab::testing
