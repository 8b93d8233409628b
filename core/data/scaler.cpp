#include "scaler.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <stdexcept>

namespace rnn {

void Scaler::fit(const Matrix &data, Index begin, Index end)
{
    if (begin < 0 || end > data.cols() || end <= begin)
        throw std::invalid_argument("Scaler::fit: the fitting range is empty or outside the data");
    const auto part = data.middleCols(begin, end - begin);
    const Index variables = data.rows();
    m_offset = Vector::Zero(variables);
    m_scale = Vector::Ones(variables);
    m_low = m_kind == ScalerKind::MinMaxSymmetric ? -1.0 : 0.0;
    m_high = 1.0;
    for (Index v = 0; v < variables; ++v) {
        const auto row = part.row(v);
        switch (m_kind) {
        case ScalerKind::None:
            break;
        case ScalerKind::MinMax01:
        case ScalerKind::MinMaxSymmetric: {
            const double low = row.minCoeff();
            const double range = row.maxCoeff() - low;
            m_offset(v) = low;
            m_scale(v) = range > 0.0 ? range : 1.0;
            break;
        }
        case ScalerKind::ZScore: {
            const double mean = row.mean();
            const double variance = (row.array() - mean).square().mean();
            m_offset(v) = mean;
            m_scale(v) = variance > 0.0 ? std::sqrt(variance) : 1.0;
            break;
        }
        }
    }
}

double Scaler::transform(Index variable, double value) const
{
    if (m_kind == ScalerKind::None)
        return value;
    const double unit = (value - m_offset(variable)) / m_scale(variable);
    if (m_kind == ScalerKind::ZScore)
        return unit;
    return m_low + unit * (m_high - m_low);
}

double Scaler::inverse(Index variable, double scaled) const
{
    if (m_kind == ScalerKind::None)
        return scaled;
    const double unit = m_kind == ScalerKind::ZScore ? scaled : (scaled - m_low) / (m_high - m_low);
    return m_offset(variable) + unit * m_scale(variable);
}

Matrix Scaler::transform(const Matrix &data) const
{
    if (m_kind == ScalerKind::None)
        return data;
    if (data.rows() != m_offset.size())
        throw std::invalid_argument("Scaler::transform: the data has " + std::to_string(data.rows())
                                    + " variables, the scaler " + std::to_string(m_offset.size()));
    Matrix out(data.rows(), data.cols());
    for (Index v = 0; v < data.rows(); ++v)
        for (Index j = 0; j < data.cols(); ++j)
            out(v, j) = transform(v, data(v, j));
    return out;
}

Matrix Scaler::inverse(const Matrix &scaled) const
{
    if (m_kind == ScalerKind::None)
        return scaled;
    if (scaled.rows() != m_offset.size())
        throw std::invalid_argument("Scaler::inverse: the data has " + std::to_string(scaled.rows())
                                    + " variables, the scaler " + std::to_string(m_offset.size()));
    Matrix out(scaled.rows(), scaled.cols());
    for (Index v = 0; v < scaled.rows(); ++v)
        for (Index j = 0; j < scaled.cols(); ++j)
            out(v, j) = inverse(v, scaled(v, j));
    return out;
}

Scaler Scaler::select(const std::vector<Index> &variables) const
{
    Scaler out(m_kind);
    out.m_low = m_low;
    out.m_high = m_high;
    if (m_kind == ScalerKind::None && m_offset.size() == 0)
        return out;
    out.m_offset.resize(static_cast<Index>(variables.size()));
    out.m_scale.resize(static_cast<Index>(variables.size()));
    for (std::size_t k = 0; k < variables.size(); ++k) {
        const Index v = variables[k];
        if (v < 0 || v >= m_offset.size())
            throw std::out_of_range("Scaler::select: no variable " + std::to_string(v));
        out.m_offset(static_cast<Index>(k)) = m_offset(v);
        out.m_scale(static_cast<Index>(k)) = m_scale(v);
    }
    return out;
}

nlohmann::json Scaler::toJson() const
{
    nlohmann::json json;
    json["kind"] = toString(m_kind);
    json["offset"] = std::vector<double>(m_offset.data(), m_offset.data() + m_offset.size());
    json["scale"] = std::vector<double>(m_scale.data(), m_scale.data() + m_scale.size());
    json["low"] = m_low;
    json["high"] = m_high;
    return json;
}

Scaler Scaler::fromJson(const nlohmann::json &json)
{
    try {
        Scaler out(scalerKindFromString(json.at("kind").get<std::string>()));
        const auto offset = json.at("offset").get<std::vector<double>>();
        const auto scale = json.at("scale").get<std::vector<double>>();
        if (offset.size() != scale.size())
            throw std::invalid_argument("scaler: offset and scale differ in length");
        out.m_offset = Eigen::Map<const Vector>(offset.data(), static_cast<Index>(offset.size()));
        out.m_scale = Eigen::Map<const Vector>(scale.data(), static_cast<Index>(scale.size()));
        out.m_low = json.at("low").get<double>();
        out.m_high = json.at("high").get<double>();
        for (std::size_t k = 0; k < scale.size(); ++k) {
            if (scale[k] == 0.0)
                throw std::invalid_argument("scaler: variable " + std::to_string(k)
                                            + " has a zero range (scale 0); it cannot be scaled");
            if (!(scale[k] > 0.0) || !std::isfinite(scale[k]))
                throw std::invalid_argument("scaler: the scale of variable " + std::to_string(k)
                                            + " is not a positive number");
            if (!std::isfinite(offset[k]))
                throw std::invalid_argument("scaler: the offset of variable " + std::to_string(k)
                                            + " is not finite");
        }
        if (!std::isfinite(out.m_low) || !std::isfinite(out.m_high))
            throw std::invalid_argument("scaler: low and high must be finite numbers");
        if (!(out.m_high > out.m_low))
            throw std::invalid_argument("scaler: high must be above low");
        return out;
    } catch (const nlohmann::json::exception &error) {
        throw std::invalid_argument(std::string("scaler: ") + error.what());
    }
}

} // namespace rnn
