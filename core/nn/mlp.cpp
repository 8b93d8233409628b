// The MLP's forward and backward (see mlp.h): dense tanh layers, then the linear readout, and
// the same in reverse.
#include "mlp.h"

#include "activation.h"

#include <utility>

namespace rnn {

Mlp::Mlp(std::vector<const Matrix *> weights, std::vector<const Matrix *> biases,
         const Matrix &readoutWeight, const Matrix &readoutBias)
    : m_weights(std::move(weights))
    , m_biases(std::move(biases))
    , m_readoutWeight(&readoutWeight)
    , m_readoutBias(&readoutBias)
{ }

void Mlp::forward(DenseTrace &trace, Matrix &outputs) const
{
    const std::size_t count = m_weights.size();
    trace.preactivation.resize(count);
    trace.hidden.resize(count);
    for (std::size_t l = 0; l < count; ++l) {
        const Matrix &below = l == 0 ? trace.input : trace.hidden[l - 1]; // z_{l-1}
        Matrix &pre = trace.preactivation[l];
        pre.noalias() = *m_weights[l] * below; // a_l = W_l z_{l-1} + b_l
        pre.colwise() += m_biases[l]->col(0);
        tanhInto(pre, trace.hidden[l]); // z_l = tanh(a_l)
    }
    const Matrix &top = count > 0 ? trace.hidden.back() : trace.input;
    outputs.noalias() = *m_readoutWeight * top; // y = V z_L + c
    outputs.colwise() += m_readoutBias->col(0);
}

void Mlp::backward(const Matrix &dOutputs, DenseTrace &trace, const std::vector<Matrix *> &dWeights,
                   const std::vector<Matrix *> &dBiases, Matrix &dReadoutWeight,
                   Matrix &dReadoutBias) const
{
    const std::size_t count = m_weights.size();
    trace.dHidden.resize(count);
    trace.dPre.resize(count);
    const Matrix &top = count > 0 ? trace.hidden.back() : trace.input;
    dReadoutWeight.noalias() = dOutputs * top.transpose(); // dV = dy z_L^T
    dReadoutBias = dOutputs.rowwise().sum(); // dc = sum over the batch of dy
    Matrix above = m_readoutWeight->transpose() * dOutputs; // dL/dz_L = V^T dy
    for (std::size_t k = count; k-- > 0;) {
        trace.dHidden[k] = std::move(above);
        // dL/da_l = dL/dz_l * (1 - z_l^2)
        trace.dPre[k]
            = (trace.dHidden[k].array() * (1.0 - trace.hidden[k].array().square())).matrix();
        const Matrix &below = k == 0 ? trace.input : trace.hidden[k - 1];
        dWeights[k]->noalias() = trace.dPre[k] * below.transpose(); // dW_l = da_l z_{l-1}^T
        *dBiases[k] = trace.dPre[k].rowwise().sum();
        above = m_weights[k]->transpose() * trace.dPre[k]; // dL/dz_{l-1} = W_l^T da_l
    }
    trace.dInput = std::move(above);
}

Matrix Mlp::flatten(const Matrix &window, int steps, int batch)
{
    const Index x = window.rows();
    Matrix flat(x * steps, batch);
    for (Index t = 0; t < steps; ++t)
        flat.middleRows(t * x, x) = window.middleCols(t * batch, batch);
    return flat;
}

Matrix Mlp::unflatten(const Matrix &flat, int steps, int batch)
{
    const Index x = steps > 0 ? flat.rows() / steps : 0;
    Matrix window(x, Index(steps) * batch);
    for (Index t = 0; t < steps; ++t)
        window.middleCols(t * batch, batch) = flat.middleRows(t * x, x);
    return window;
}

} // namespace rnn
