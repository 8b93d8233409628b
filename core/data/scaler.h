// Scaler: per-variable scaling of a series, fitted on the training part only and inverted for
// every reported metric so errors come back in the data's own units.
//
//   MinMax:  x' = lo + (hi - lo) * (x - min) / (max - min), [lo, hi] = [0, 1] or [-1, 1]
//   ZScore:  x' = (x - mean) / std              (population standard deviation)
//   None:    x' = x
// A constant variable (max == min, or std == 0) is only shifted (range or std taken as 1).
//
// Data are C x R (C variables, R time steps) as elsewhere in core/data: the scaler holds one
// offset and one scale per row of the matrix. Serialises to and from JSON for model files.
#pragma once

#include "name_table.h"
#include "types.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace rnn {

enum class ScalerKind { None, MinMax01, MinMaxSymmetric, ZScore };

inline constexpr NamedValue<ScalerKind> scalerKindEntries[] = {
    { ScalerKind::None, "none" },
    { ScalerKind::MinMax01, "minmax01" },
    { ScalerKind::MinMaxSymmetric, "minmax11" },
    { ScalerKind::ZScore, "zscore" },
};
inline constexpr NameTable<ScalerKind> scalerKindNames { "scaling", scalerKindEntries };
constexpr const NameTable<ScalerKind> &nameTable(ScalerKind)
{
    return scalerKindNames;
}

// Shorthands for the table (fromString throws std::invalid_argument listing the names).
inline std::string toString(ScalerKind kind)
{
    return scalerKindNames.toString(kind);
}
inline ScalerKind scalerKindFromString(const std::string &name)
{
    return scalerKindNames.fromString(name);
}

class Scaler
{
public:
    Scaler() = default;
    explicit Scaler(ScalerKind kind)
        : m_kind(kind)
    { }

    // Fits on the columns [begin, end) of data (C x R): the training part only.
    void fit(const Matrix &data, Index begin, Index end);
    void fit(const Matrix &data) { fit(data, 0, data.cols()); }
    bool isFitted() const { return m_offset.size() > 0 || m_kind == ScalerKind::None; }

    ScalerKind kind() const { return m_kind; }
    Index variableCount() const { return m_offset.size(); }

    // data is C x N with C == variableCount() (None: any C).
    Matrix transform(const Matrix &data) const;
    Matrix inverse(const Matrix &scaled) const;
    double transform(Index variable, double value) const;
    double inverse(Index variable, double scaled) const;
    // A scaler for a subset of the variables (e.g. the targets among the features).
    Scaler select(const std::vector<Index> &variables) const;

    // {"kind": "...", "offset": [...], "scale": [...], "low": l, "high": h}
    nlohmann::json toJson() const;
    static Scaler fromJson(const nlohmann::json &json); // throws std::invalid_argument

private:
    ScalerKind m_kind = ScalerKind::None;
    // x' = low + (x - offset) / scale * (high - low) for min-max; (x - offset) / scale otherwise.
    Vector m_offset; // C
    Vector m_scale; // C
    double m_low = 0.0;
    double m_high = 1.0;
};

} // namespace rnn
