// Implementation of nelder_mead.h: reflect, expand, contract or shrink the worst vertex, and
// restart from the best point while a fresh simplex still finds something lower.
#include "nelder_mead.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace rnn {

namespace {

struct Simplex
{
    std::vector<Vector> points; // n + 1 vertices
    std::vector<double> values;
};

Simplex startSimplex(const std::function<double(const Vector &)> &f, const Vector &x0, double step)
{
    Simplex s;
    s.points.push_back(x0);
    for (Index i = 0; i < x0.size(); ++i) {
        Vector p = x0;
        p(i) += step * std::max(std::abs(x0(i)), 1.0);
        s.points.push_back(p);
    }
    for (const Vector &p : s.points)
        s.values.push_back(f(p));
    return s;
}

void sortSimplex(Simplex &s)
{
    std::vector<std::size_t> order(s.points.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return s.values[a] < s.values[b]; });
    Simplex sorted;
    for (std::size_t i : order) {
        sorted.points.push_back(s.points[i]);
        sorted.values.push_back(s.values[i]);
    }
    s = std::move(sorted);
}

// One run from x0 until the simplex is flat or the budget is spent.
NelderMeadResult run(const std::function<double(const Vector &)> &f, const Vector &x0,
                     const NelderMeadOptions &o)
{
    Simplex s = startSimplex(f, x0, o.initialStep);
    int evaluations = static_cast<int>(s.points.size());
    const std::size_t worst = s.points.size() - 1;
    while (evaluations < o.maxEvaluations) {
        sortSimplex(s);
        const double spread = std::abs(s.values[worst] - s.values[0]);
        if (spread <= o.tolerance * (std::abs(s.values[0]) + o.tolerance))
            break;
        Vector centroid = Vector::Zero(x0.size());
        for (std::size_t i = 0; i < worst; ++i)
            centroid += s.points[i];
        centroid /= static_cast<double>(worst);
        const Vector reflected = centroid + (centroid - s.points[worst]);
        const double fr = f(reflected);
        ++evaluations;
        if (fr < s.values[0]) {
            const Vector expanded = centroid + 2.0 * (centroid - s.points[worst]);
            const double fe = f(expanded);
            ++evaluations;
            s.points[worst] = fe < fr ? expanded : reflected;
            s.values[worst] = std::min(fe, fr);
        } else if (fr < s.values[worst - 1]) {
            s.points[worst] = reflected;
            s.values[worst] = fr;
        } else {
            const bool outside = fr < s.values[worst];
            const Vector contracted = outside
                ? Vector(centroid + 0.5 * (reflected - centroid))
                : Vector(centroid + 0.5 * (s.points[worst] - centroid));
            const double fc = f(contracted);
            ++evaluations;
            if (fc < std::min(fr, s.values[worst])) {
                s.points[worst] = contracted;
                s.values[worst] = fc;
            } else { // shrink toward the best vertex
                for (std::size_t i = 1; i < s.points.size(); ++i) {
                    s.points[i] = s.points[0] + 0.5 * (s.points[i] - s.points[0]);
                    s.values[i] = f(s.points[i]);
                }
                evaluations += static_cast<int>(worst);
            }
        }
    }
    sortSimplex(s);
    return { s.points[0], s.values[0], evaluations };
}

} // namespace

NelderMeadResult nelderMead(const std::function<double(const Vector &)> &f, const Vector &x0,
                            const NelderMeadOptions &options)
{
    NelderMeadResult best = run(f, x0, options);
    for (int r = 0; r < options.restarts; ++r) {
        const NelderMeadResult next = run(f, best.x, options);
        const double gain = best.value - next.value;
        const int evaluations = best.evaluations + next.evaluations;
        if (next.value < best.value)
            best = next;
        best.evaluations = evaluations;
        if (gain <= options.tolerance * (std::abs(best.value) + options.tolerance))
            break;
    }
    return best;
}

} // namespace rnn
