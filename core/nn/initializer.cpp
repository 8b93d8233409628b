// Glorot, orthogonal and bias initialisation from one seed (see initializer.h).
#include "initializer.h"

#include "network.h"
#include "random.h"

#include <Eigen/QR>
#include <cmath>

namespace rnn {

void glorotUniform(Eigen::Ref<Matrix> weight, Random &random)
{
    const double limit = std::sqrt(6.0 / static_cast<double>(weight.rows() + weight.cols()));
    for (Index c = 0; c < weight.cols(); ++c)
        for (Index r = 0; r < weight.rows(); ++r)
            weight(r, c) = random.uniform(-limit, limit);
}

void orthogonal(Eigen::Ref<Matrix> weight, Random &random)
{
    const bool tall = weight.rows() >= weight.cols();
    const Index m = tall ? weight.rows() : weight.cols();
    const Index n = tall ? weight.cols() : weight.rows();
    Matrix gaussian(m, n);
    for (Index c = 0; c < n; ++c)
        for (Index r = 0; r < m; ++r)
            gaussian(r, c) = random.normal();
    Eigen::HouseholderQR<Matrix> qr(gaussian);
    Matrix q = qr.householderQ() * Matrix::Identity(m, n);
    const Matrix &rr = qr.matrixQR();
    for (Index j = 0; j < n; ++j) {
        if (rr(j, j) < 0.0)
            q.col(j) = -q.col(j);
    }
    if (tall)
        weight = q;
    else
        weight = q.transpose();
}

void initializeParameters(Network &network, std::uint64_t seed, const InitializerOptions &options)
{
    const NetworkConfig &config = network.config();
    const Index h = config.hiddenSize;
    Random random(seed);
    for (Parameter &p : network.parameters()) {
        const std::string &name = p.name;
        Matrix &w = p.value;
        const auto endsWith = [&name](std::string_view suffix) {
            return name.size() >= suffix.size()
                && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
        };
        if (name == "embedding.weight") {
            for (Index c = 0; c < w.cols(); ++c)
                for (Index r = 0; r < w.rows(); ++r)
                    w(r, c) = options.embeddingScale * random.normal();
            if (config.paddingToken && w.cols() > 0)
                w.col(0).setZero();
        } else if (name == "embedding.subword_weight") { // drawn like the word vectors
            for (Index c = 0; c < w.cols(); ++c)
                for (Index r = 0; r < w.rows(); ++r)
                    w(r, c) = options.embeddingScale * random.normal();
        } else if (endsWith(".bias") || endsWith(".bias_input") || endsWith(".bias_hidden")) {
            w.setZero();
            if (config.cell == CellType::Lstm && name != "readout.bias")
                w.middleRows(h, h).setConstant(options.forgetBias);
        } else if (endsWith(".weight_hidden") || endsWith(".weight_context")) {
            // One square (or rectangular, Jordan) block per gate.
            const Index blocks = w.rows() / h;
            for (Index g = 0; g < blocks; ++g) {
                if (options.orthogonalRecurrent)
                    orthogonal(w.middleRows(g * h, h), random);
                else
                    glorotUniform(w.middleRows(g * h, h), random);
            }
        } else if (endsWith(".weight_input")) {
            const Index blocks = w.rows() / h;
            for (Index g = 0; g < blocks; ++g)
                glorotUniform(w.middleRows(g * h, h), random);
        } else {
            glorotUniform(w, random); // readout.weight
        }
    }
}

} // namespace rnn
