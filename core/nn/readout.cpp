// Forward and backward of the readout over a whole batch: the five placements, mean and max
// pooling with their pad-aware weights, readout dropout and the dense layer (see readout.h).
#include "readout.h"

#include "dropout.h"

namespace rnn {

using namespace detail;

void Readout::poolWeights(const std::vector<int> &tokens, int steps, int batch, bool pads,
                          Vector &weights)
{
    const Index columns = batch;
    weights.resize(Index(steps) * columns);
    const auto isPad
        = [&](Index t, Index b) { return pads && tokens[std::size_t(t * columns + b)] == 0; };
    for (Index b = 0; b < columns; ++b) {
        Index real = 0;
        for (Index t = 0; t < steps; ++t)
            real += isPad(t, b) ? 0 : 1;
        const double weight = real > 0 ? 1.0 / static_cast<double>(real) : 0.0;
        for (Index t = 0; t < steps; ++t)
            weights(t * columns + b) = isPad(t, b) ? 0.0 : weight;
    }
}

int Readout::lastStep(int direction, int steps) const
{
    return m_config->placement == ReadoutPlacement::FinalStates && direction == 1 ? 0 : steps - 1;
}

void Readout::forward(Trace &trace, Random *dropout, bool auxiliary) const
{
    const NetworkConfig &c = *m_config;
    const auto &top = trace.layers.back();
    trace.featureMask.resize(0, 0);
    if (!isPooled(c.placement))
        trace.poolWeights.resize(0);
    if (c.placement != ReadoutPlacement::MaxPool)
        trace.poolArgmax.resize(0, 0);
    if (c.cell == CellType::Jordan) { // the cell has already computed y_t at every step
        const LayerTrace &lt = top[0];
        if (everyStep())
            trace.outputs = lt.feedback;
        else
            trace.outputs = lt.feedback.rightCols(lt.batch);
        if (trace.recorded && !everyStep())
            trace.features = lt.hidden.rightCols(lt.batch);
        else
            trace.features.resize(0, 0); // EveryStep: the features are lt.hidden
        return;
    }
    gatherFeatures(trace);
    if (dropout && c.readoutDropout > 0.0 && !everyStep()) {
        dropoutMask(trace.features.rows(), trace.batch, c.readoutDropout, *dropout,
                    trace.featureMask);
        trace.features.array() *= trace.featureMask.array();
    }
    const Matrix &features = featuresAreHidden() ? top[0].hidden : trace.features;
    trace.outputs.noalias() = *m_weight * features;
    trace.outputs.colwise() += m_bias->col(0);
    if (auxiliary && c.hasSkipLoss()) { // the skip path's own logits, for the auxiliary loss
        trace.skipOutputs.noalias()
            = m_weight->rightCols(c.skipSize()) * trace.features.bottomRows(c.skipSize());
        trace.skipOutputs.colwise() += m_bias->col(0);
    } else {
        trace.skipOutputs.resize(0, 0);
    }
}

void Readout::gatherFeatures(Trace &trace) const
{
    const NetworkConfig &c = *m_config;
    const auto &top = trace.layers.back();
    const int directions = c.directions();
    const Index hs = c.hiddenSize;
    const Index batch = trace.batch;
    const Index tb = Index(trace.steps) * batch;
    const auto rows = [&](int d) { return trace.features.middleRows(Index(d) * hs, hs); };
    switch (c.placement) {
    case ReadoutPlacement::EveryStep:
        if (directions == 1) {
            trace.features.resize(0, 0);
            return;
        }
        trace.features.resize(Index(directions) * hs, tb);
        for (int d = 0; d < directions; ++d)
            rows(d) = top[std::size_t(d)].hidden;
        return;
    case ReadoutPlacement::MeanPool:
    case ReadoutPlacement::MaxPool: {
        poolWeights(trace.tokens, trace.steps, trace.batch, c.hasEmbedding() && c.paddingToken,
                    trace.poolWeights);
        trace.features.setZero(c.featureSize(), batch);
        // features (F x B) += v_t (H or E x B), column b scaled by the weight of (t, b).
        const auto pool = [&](const Matrix &values, Index firstRow) {
            for (Index t = 0; t < trace.steps; ++t)
                trace.features.middleRows(firstRow, values.rows()).array()
                    += values.middleCols(t * batch, batch).array().rowwise()
                    * trace.poolWeights.segment(t * batch, batch).transpose().array();
        };
        if (c.placement == ReadoutPlacement::MaxPool)
            maxPool(trace);
        else
            for (int d = 0; d < directions; ++d)
                pool(top[std::size_t(d)].hidden, Index(d) * hs);
        if (c.readoutSkip) // the skip path: the mean of the first layer's inputs x_t
            pool(trace.layers.front()[0].input, c.pooledSize());
        return;
    }
    case ReadoutPlacement::LastStep:
    case ReadoutPlacement::FinalStates:
        trace.features.resize(Index(directions) * hs, batch);
        for (int d = 0; d < directions; ++d)
            rows(d) = top[std::size_t(d)].hidden.middleCols(Index(lastStep(d, trace.steps)) * batch,
                                                            batch);
        return;
    }
}

void Readout::maxPool(Trace &trace) const
{
    const auto &top = trace.layers.back();
    const Index hs = m_config->hiddenSize;
    const Index batch = trace.batch;
    trace.poolArgmax.setConstant(Index(m_config->directions()) * hs, batch, -1);
    for (int d = 0; d < m_config->directions(); ++d) {
        const Matrix &hidden = top[std::size_t(d)].hidden;
        for (Index b = 0; b < batch; ++b)
            for (Index t = 0; t < trace.steps; ++t) {
                if (trace.poolWeights(t * batch + b) == 0.0) // a pad step
                    continue;
                for (Index r = 0; r < hs; ++r) {
                    const Index row = Index(d) * hs + r;
                    int &best = trace.poolArgmax(row, b);
                    const double value = hidden(r, t * batch + b);
                    if (best < 0 || value > trace.features(row, b)) {
                        best = int(t);
                        trace.features(row, b) = value;
                    }
                }
            }
    }
}

void Readout::backward(Trace &trace, Matrix &dWeight, Matrix &dBias) const
{
    LayerTrace &top = trace.layers.back()[0];
    dBias = trace.dOutputs.rowwise().sum();
    if (featuresAreHidden()) {
        dWeight.noalias() = trace.dOutputs * top.hidden.transpose();
        top.dHiddenDirect.noalias() = m_weight->transpose() * trace.dOutputs;
        trace.dFeatures.resize(0, 0); // it is top.dHiddenDirect (no copy)
        return;
    }
    dWeight.noalias() = trace.dOutputs * trace.features.transpose();
    trace.dFeatures.noalias() = m_weight->transpose() * trace.dOutputs;
    if (trace.dSkipOutputs.size() > 0) { // the auxiliary loss reaches the skip path only
        const Index skip = m_config->skipSize();
        dWeight.rightCols(skip).noalias()
            += trace.dSkipOutputs * trace.features.bottomRows(skip).transpose();
        trace.dFeatures.bottomRows(skip).noalias()
            += m_weight->rightCols(skip).transpose() * trace.dSkipOutputs;
        dBias += trace.dSkipOutputs.rowwise().sum();
    }
    if (trace.featureMask.size() > 0) // through the dropout: dL/d(features before it)
        trace.dFeatures.array() *= trace.featureMask.array();
    scatterFeatureGradient(trace);
}

void Readout::scatterFeatureGradient(Trace &trace) const
{
    const Index hs = m_config->hiddenSize;
    const Index batch = trace.batch;
    const Index tb = Index(trace.steps) * batch;
    for (int d = 0; d < m_config->directions(); ++d) {
        Matrix &direct = trace.layers.back()[std::size_t(d)].dHiddenDirect;
        const auto rows = trace.dFeatures.middleRows(Index(d) * hs, hs);
        switch (m_config->placement) {
        case ReadoutPlacement::EveryStep:
            direct = rows;
            break;
        case ReadoutPlacement::MeanPool: // step t of sequence b gets w(t, b) * df_b
            direct.resize(hs, tb);
            for (Index t = 0; t < trace.steps; ++t)
                direct.middleCols(t * batch, batch)
                    = (rows.array().rowwise()
                       * trace.poolWeights.segment(t * batch, batch).transpose().array())
                          .matrix();
            break;
        case ReadoutPlacement::MaxPool: // only the step of each unit's maximum
            direct.setZero(hs, tb);
            for (Index b = 0; b < batch; ++b)
                for (Index r = 0; r < hs; ++r)
                    if (const int t = trace.poolArgmax(Index(d) * hs + r, b); t >= 0)
                        direct(r, Index(t) * batch + b) = rows(r, b);
            break;
        case ReadoutPlacement::LastStep:
        case ReadoutPlacement::FinalStates:
            direct.setZero(hs, tb);
            direct.middleCols(Index(lastStep(d, trace.steps)) * batch, batch) = rows;
            break;
        }
    }
    if (!m_config->readoutSkip) {
        trace.dSkipInput.resize(0, 0);
        return;
    }
    // The skip path: x_t of sequence b gets w(t, b) * df_b, as the pooled states do.
    const Index skip = m_config->skipSize();
    const auto rows = trace.dFeatures.bottomRows(skip);
    trace.dSkipInput.resize(skip, tb);
    for (Index t = 0; t < trace.steps; ++t)
        trace.dSkipInput.middleCols(t * batch, batch)
            = (rows.array().rowwise()
               * trace.poolWeights.segment(t * batch, batch).transpose().array())
                  .matrix();
}

Matrix Readout::backwardJordan(Trace &trace) const
{
    const bool every = everyStep();
    if (trace.recorded && !every)
        trace.dFeatures.noalias() = m_weight->transpose() * trace.dOutputs;
    else
        trace.dFeatures.resize(0, 0);
    if (every)
        return trace.dOutputs;
    Matrix direct = Matrix::Zero(trace.dOutputs.rows(), Index(trace.steps) * trace.batch);
    direct.rightCols(trace.batch) = trace.dOutputs;
    return direct;
}

} // namespace rnn
