// Implementation of beat_measures.h.
#include "beat_measures.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>

namespace rnnlab {

namespace {

using Value = std::optional<QString>;

struct Measurer
{
    const Snapshot *snapshot = nullptr;
    MeasureContext context;
    QLocale locale;

    const SequenceTrace &trace() const { return snapshot->trace; }

    const RowTrace *row(int index) const
    {
        const auto &rows = trace().rows;
        if (index < 0 || index >= static_cast<int>(rows.size()))
            return nullptr;
        return &rows[static_cast<std::size_t>(index)];
    }
    const RowTrace *row() const { return row(context.row); }
    int step() const { return std::clamp(context.step, 0, std::max(trace().steps() - 1, 0)); }

    QString number(double v, int digits = 3) const
    {
        if (!std::isfinite(v))
            return QStringLiteral("?");
        if (v != 0.0 && (std::abs(v) < 1e-3 || std::abs(v) >= 1e5)) { // "3.0e-4"
            int exponent = static_cast<int>(std::floor(std::log10(std::abs(v))));
            double mantissa = v / std::pow(10.0, exponent);
            if (std::abs(mantissa) >= 9.95)
                mantissa /= 10.0, ++exponent;
            return QStringLiteral("%1e%2").arg(locale.toString(mantissa, 'f', 1)).arg(exponent);
        }
        if (std::abs(v) >= 1000.0)
            return locale.toString(v, 'f', 0);
        return locale.toString(v, 'g', digits);
    }
    QString percent(double v) const
    {
        return locale.toString(100.0 * v, 'f', 1) + QLatin1Char('%');
    }

    const Quantity *quantity(const QString &symbol) const
    {
        const RowTrace *r = row();
        return r ? r->find(symbol) : nullptr;
    }

    Value gradient(int t) const
    {
        const RowTrace *r = row();
        if (!r || t < 0 || t >= static_cast<int>(r->gradientNorms.size()))
            return std::nullopt;
        return number(r->gradientNorms[static_cast<std::size_t>(t)]);
    }

    Value measure(const QString &name, const QString &argument) const
    {
        if (!snapshot)
            return std::nullopt;
        const int T = trace().steps();
        if (name == QLatin1String("loss"))
            return number(snapshot->loss);
        if (name == QLatin1String("epoch"))
            return locale.toString(snapshot->epoch);
        if (name == QLatin1String("steps"))
            return locale.toString(T);
        if (name == QLatin1String("grad_first"))
            return gradient(0);
        if (name == QLatin1String("grad_last"))
            return gradient(T - 1);
        if (name == QLatin1String("grad_step"))
            return gradient(step());
        if (name == QLatin1String("grad_ratio") || name == QLatin1String("cell_grad_ratio")) {
            const RowTrace *r = row();
            if (!r)
                return std::nullopt;
            const auto &norms
                = name == QLatin1String("grad_ratio") ? r->gradientNorms : r->cellGradientNorms;
            if (norms.empty() || !(norms.back() > 0.0))
                return std::nullopt;
            return number(norms.front() / norms.back());
        }
        if (name == QLatin1String("hear_steps")) {
            const RowTrace *r = row();
            if (!r || r->gradientNorms.empty())
                return std::nullopt;
            const double top = *std::max_element(r->gradientNorms.begin(), r->gradientNorms.end());
            if (!(top > 0.0))
                return std::nullopt;
            const auto count = std::count_if(r->gradientNorms.begin(), r->gradientNorms.end(),
                                             [top](double g) { return g >= 0.01 * top; });
            return locale.toString(static_cast<int>(count));
        }
        if (name == QLatin1String("value") || name == QLatin1String("mean")) {
            const Quantity *q = quantity(argument);
            if (!q || q->values.cols() == 0)
                return std::nullopt;
            const auto column = q->values.col(step());
            if (name == QLatin1String("mean"))
                return number(column.mean());
            if (context.unit < 0 || context.unit >= column.size())
                return std::nullopt;
            return number(column(context.unit));
        }
        if (name == QLatin1String("min") || name == QLatin1String("max")
            || name == QLatin1String("mean_abs")) {
            const Quantity *q = quantity(argument);
            if (!q || q->values.size() == 0)
                return std::nullopt;
            if (name == QLatin1String("min"))
                return number(q->values.minCoeff());
            if (name == QLatin1String("max"))
                return number(q->values.maxCoeff());
            return number(q->values.cwiseAbs().mean());
        }
        if (name == QLatin1String("min_step") || name == QLatin1String("min_token")) {
            const Quantity *q = quantity(argument);
            if (!q || q->values.cols() == 0)
                return std::nullopt;
            Eigen::Index at = 0;
            q->values.colwise().mean().minCoeff(&at);
            if (name == QLatin1String("min_step"))
                return locale.toString(static_cast<int>(at) + 1);
            if (at >= trace().tokens.size())
                return std::nullopt;
            return trace().tokens.at(static_cast<int>(at));
        }
        if (name == QLatin1String("h_norm")) {
            bool isRow = false;
            const int index = argument.toInt(&isRow);
            const RowTrace *r = argument.isEmpty() ? row() : (isRow ? row(index) : nullptr);
            const Quantity *h = r ? r->find(QStringLiteral("h")) : nullptr;
            if (!h || h->values.cols() == 0)
                return std::nullopt;
            return number(h->values.col(step()).norm());
        }
        if (name == QLatin1String("silent_memory")) {
            const Quantity *c = quantity(QStringLiteral("c"));
            const Quantity *h = quantity(QStringLiteral("h"));
            if (!c || !h || c->values.size() == 0)
                return std::nullopt;
            double best = -1.0;
            Eigen::Index bu = 0, bt = 0;
            for (Eigen::Index t = 0; t < c->values.cols(); ++t) {
                for (Eigen::Index u = 0; u < c->values.rows(); ++u) {
                    const double score
                        = std::abs(c->values(u, t)) / (std::abs(h->values(u, t)) + 0.05);
                    if (score > best)
                        best = score, bu = u, bt = t;
                }
            }
            return QStringLiteral("C = %1, h = %2 (t = %3)")
                .arg(number(c->values(bu, bt)), number(h->values(bu, bt)))
                .arg(bt + 1);
        }
        if (name == QLatin1String("mu"))
            return number(trace().muJordan);
        if (name == QLatin1String("output_last") || name == QLatin1String("target_last")) {
            const Matrix &m
                = name == QLatin1String("output_last") ? trace().output : trace().target;
            for (Eigen::Index t = m.cols() - 1; t >= 0; --t) {
                if (m.rows() > 0 && std::isfinite(m(0, t)))
                    return number(m(0, t));
            }
            return std::nullopt;
        }
        if (name == QLatin1String("loss_steps"))
            return locale.toString(static_cast<int>(
                std::count(trace().lossAtStep.begin(), trace().lossAtStep.end(), true)));
        if (name == QLatin1String("error_mod3")) {
            double sum[3] = { 0, 0, 0 };
            int count[3] = { 0, 0, 0 };
            for (int t = 0; t < T && trace().output.rows() > 0; ++t) {
                const double target = trace().target(0, t);
                if (!std::isfinite(target))
                    continue;
                sum[t % 3] += std::abs(trace().output(0, t) - target);
                ++count[t % 3];
            }
            if (count[0] == 0)
                return std::nullopt;
            QStringList parts;
            for (int k = 0; k < 3; ++k)
                parts << number(count[k] ? sum[k] / count[k] : 0.0, 2);
            return parts.join(QStringLiteral(" / "));
        }
        if (snapshot->series) {
            const SeriesView &s = *snapshot->series;
            if (name == QLatin1String("test_rmse"))
                return s.testRmse ? Value(number(*s.testRmse)) : std::nullopt;
            if (name == QLatin1String("persistence_rmse"))
                return s.persistenceRmse ? Value(number(*s.persistenceRmse)) : std::nullopt;
            if (name == QLatin1String("holt_winters_rmse"))
                return s.holtWintersRmse ? Value(number(*s.holtWintersRmse)) : std::nullopt;
            if (name == QLatin1String("rmse_gain")) {
                if (!s.testRmse || !s.persistenceRmse || !(*s.persistenceRmse > 0.0))
                    return std::nullopt;
                return percent(1.0 - *s.testRmse / *s.persistenceRmse);
            }
            if (name == QLatin1String("prediction_spread")) {
                // The range of the one-step predictions as a share of the series' range.
                double pmin = INFINITY, pmax = -INFINITY, tmin = INFINITY, tmax = -INFINITY;
                for (double v : s.prediction) {
                    if (std::isfinite(v))
                        pmin = std::min(pmin, v), pmax = std::max(pmax, v);
                }
                for (double v : s.target) {
                    if (std::isfinite(v))
                        tmin = std::min(tmin, v), tmax = std::max(tmax, v);
                }
                if (!(pmax >= pmin) || !(tmax > tmin))
                    return std::nullopt;
                return percent((pmax - pmin) / (tmax - tmin));
            }
            if (name == QLatin1String("importance_ranking")) {
                // Every input, most important first: "pm25 15.6, DEWP 3.1, ...".
                if (s.importance.empty()
                    || s.importanceVariables.size() != static_cast<qsizetype>(s.importance.size()))
                    return std::nullopt;
                std::vector<std::size_t> order(s.importance.size());
                for (std::size_t i = 0; i < order.size(); ++i)
                    order[i] = i;
                std::sort(order.begin(), order.end(), [&s](std::size_t a, std::size_t b) {
                    return s.importance[a] > s.importance[b];
                });
                QStringList parts;
                for (std::size_t i : order)
                    parts << QStringLiteral("%1 %2").arg(
                        s.importanceVariables.at(static_cast<qsizetype>(i)),
                        number(s.importance[i]));
                return parts.join(QStringLiteral(", "));
            }
            if (name == QLatin1String("top_input") || name == QLatin1String("top_input_rise")) {
                if (s.importance.empty()
                    || s.importanceVariables.size() != static_cast<qsizetype>(s.importance.size()))
                    return std::nullopt;
                const auto top = std::max_element(s.importance.begin(), s.importance.end());
                if (name == QLatin1String("top_input_rise"))
                    return number(*top);
                return s.importanceVariables.at(top - s.importance.begin());
            }
        }
        if (snapshot->classification) {
            const ClassificationResult &c = *snapshot->classification;
            if (name == QLatin1String("accuracy"))
                return percent(c.accuracy);
            if (name == QLatin1String("naive_bayes_accuracy"))
                return c.naiveBayesAccuracy ? Value(percent(*c.naiveBayesAccuracy)) : std::nullopt;
            Eigen::Index predicted = -1;
            if (c.probabilities.size() > 0)
                c.probabilities.maxCoeff(&predicted);
            if (name == QLatin1String("predicted_class"))
                return predicted >= 0 && predicted < c.classes.size()
                    ? Value(c.classes.at(static_cast<int>(predicted)))
                    : std::nullopt;
            if (name == QLatin1String("probability"))
                return predicted >= 0 ? Value(percent(c.probabilities(predicted))) : std::nullopt;
            if (name == QLatin1String("top_word")) {
                const Eigen::Index k = argument.isEmpty() ? predicted : c.classes.indexOf(argument);
                if (k < 0 || k >= c.occlusion.rows() || c.occlusion.cols() == 0)
                    return std::nullopt;
                Eigen::Index at = 0;
                c.occlusion.row(k).maxCoeff(&at);
                if (at >= trace().tokens.size())
                    return std::nullopt;
                return trace().tokens.at(static_cast<int>(at));
            }
        }
        return std::nullopt;
    }
};

} // namespace

const QStringList &beatMeasureNames()
{
    static const QStringList names = {
        QStringLiteral("loss"),
        QStringLiteral("epoch"),
        QStringLiteral("steps"),
        QStringLiteral("grad_first"),
        QStringLiteral("grad_last"),
        QStringLiteral("grad_ratio"),
        QStringLiteral("grad_step"),
        QStringLiteral("hear_steps"),
        QStringLiteral("cell_grad_ratio"),
        QStringLiteral("value"),
        QStringLiteral("mean"),
        QStringLiteral("min"),
        QStringLiteral("max"),
        QStringLiteral("mean_abs"),
        QStringLiteral("min_step"),
        QStringLiteral("min_token"),
        QStringLiteral("h_norm"),
        QStringLiteral("silent_memory"),
        QStringLiteral("mu"),
        QStringLiteral("output_last"),
        QStringLiteral("target_last"),
        QStringLiteral("loss_steps"),
        QStringLiteral("error_mod3"),
        QStringLiteral("test_rmse"),
        QStringLiteral("persistence_rmse"),
        QStringLiteral("holt_winters_rmse"),
        QStringLiteral("rmse_gain"),
        QStringLiteral("prediction_spread"),
        QStringLiteral("top_input"),
        QStringLiteral("importance_ranking"),
        QStringLiteral("top_input_rise"),
        QStringLiteral("accuracy"),
        QStringLiteral("naive_bayes_accuracy"),
        QStringLiteral("predicted_class"),
        QStringLiteral("probability"),
        QStringLiteral("top_word"),
    };
    return names;
}

QString fillMeasures(const QString &text, const Snapshot *snapshot, const MeasureContext &context,
                     const QString &language, bool *complete)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_0-9]+)(?::([^{}]*))?\\}"));
    Measurer measurer { snapshot, context,
                        language.startsWith(QLatin1String("pt"))
                            ? QLocale(QLocale::Portuguese, QLocale::Brazil)
                            : QLocale(QLocale::English, QLocale::UnitedStates) };
    measurer.locale.setNumberOptions(QLocale::OmitGroupSeparator);
    if (complete)
        *complete = true;
    QString result;
    qsizetype from = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(from, match.capturedStart() - from);
        const Value value = measurer.measure(match.captured(1), match.captured(2));
        if (!value && complete)
            *complete = false;
        result += value.value_or(QStringLiteral("?"));
        from = match.capturedEnd();
    }
    result += text.mid(from);
    return result;
}

} // namespace rnnlab
