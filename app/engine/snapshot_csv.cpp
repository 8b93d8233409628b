#include "snapshot_csv.h"

#include <QCoreApplication>

#include <cmath>

namespace rnnlab {

namespace {

QString number(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', 17) : QString();
}

// One CSV field: quoted when it holds a comma, a quote or a line break.
QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void line(QString &out, const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped << field(f);
    out += escaped.join(QLatin1Char(',')) + QLatin1Char('\n');
}

double at(const std::vector<double> &values, std::size_t i)
{
    return i < values.size() ? values[i] : std::nan("");
}

QString traceTable(const SequenceTrace &trace)
{
    QString out;
    line(out,
         { QStringLiteral("t"), QStringLiteral("token"), QStringLiteral("layer"),
           QStringLiteral("direction"), QStringLiteral("quantity"), QStringLiteral("unit"),
           QStringLiteral("value") });
    const int steps = trace.steps();
    // Writes every row of an H x T (or X x T) matrix's column t under the name `name`.
    const auto column
        = [&out](const QStringList &prefix, const QString &name, const Matrix &m, int t) {
              if (m.cols() <= t)
                  return;
              for (Eigen::Index u = 0; u < m.rows(); ++u)
                  line(out, prefix + QStringList { name, QString::number(u), number(m(u, t)) });
          };
    for (int t = 0; t < steps; ++t) {
        const QString step = QString::number(t + 1);
        const QString token = t < trace.tokens.size() ? trace.tokens[t] : QString();
        const QStringList io { step, token, QString(), QString() };
        column(io, QStringLiteral("x"), trace.input, t);
        column(io, QStringLiteral("x*dL/dx"), trace.inputAttribution, t);
        for (const RowTrace &row : trace.rows) {
            const QStringList prefix { step, token, QString::number(row.layer),
                                       row.reversed ? QStringLiteral("backward")
                                                    : QStringLiteral("forward") };
            for (const Quantity &q : row.quantities) {
                column(prefix, q.symbol, q.values, t);
                column(prefix, q.symbol + QStringLiteral("_pre"), q.preactivation, t);
                column(prefix, QStringLiteral("dL/d") + q.symbol + QStringLiteral("_pre"),
                       q.gradient, t);
                if (q.symbol == QLatin1String("c"))
                    column(prefix, QStringLiteral("dL/dc"), row.gradCell, t);
                if (q.symbol == QLatin1String("h"))
                    column(prefix, QStringLiteral("dL/dh"), row.gradHidden, t);
            }
        }
        column(io, QStringLiteral("y"), trace.output, t);
        column(io, QStringLiteral("target"), trace.target, t);
    }
    return out;
}

QString seriesTable(const SeriesView &series)
{
    QString out;
    line(out,
         { QStringLiteral("position"), QStringLiteral("split"), QStringLiteral("target"),
           QStringLiteral("prediction"), QStringLiteral("persistence"),
           QStringLiteral("holt_winters") });
    for (std::size_t i = 0; i < series.target.size(); ++i) {
        const int index = static_cast<int>(i);
        const QString split = index < series.trainEnd ? QStringLiteral("train")
            : index < series.validationEnd            ? QStringLiteral("validation")
                                                      : QStringLiteral("test");
        const double position
            = series.position.empty() ? static_cast<double>(i) : at(series.position, i);
        line(out,
             { number(position), split, number(series.target[i]), number(at(series.prediction, i)),
               number(at(series.persistence, i)), number(at(series.holtWinters, i)) });
    }
    for (std::size_t i = 0; i < series.generated.size(); ++i)
        line(out,
             { number(at(series.generatedPosition, i)), QStringLiteral("generated"), QString(),
               number(series.generated[i]), QString(), QString() });
    return out;
}

QString className(const ClassificationResult &result, int k)
{
    return k >= 0 && k < result.classes.size() ? result.classes[k] : QString::number(k);
}

QString classifierTable(const ClassificationResult &result)
{
    QString out;
    line(out,
         { QStringLiteral("sequence"), QStringLiteral("text"), QStringLiteral("true_class"),
           QStringLiteral("predicted_class"), QStringLiteral("confidence"),
           QStringLiteral("correct") });
    int index = 0;
    for (const TestSequenceRow &row : *result.testRows)
        line(out,
             { QString::number(++index), row.text, className(result, row.trueClass),
               className(result, row.predicted), number(row.confidence),
               row.trueClass == row.predicted ? QStringLiteral("1") : QStringLiteral("0") });
    return out;
}

QString outputsTable(const SequenceTrace &trace)
{
    QString out;
    line(out,
         { QStringLiteral("t"), QStringLiteral("unit"), QStringLiteral("output"),
           QStringLiteral("target") });
    for (int t = 0; t < trace.steps(); ++t)
        for (Eigen::Index u = 0; u < trace.output.rows(); ++u)
            line(out,
                 { QString::number(t + 1), QString::number(u), number(trace.output(u, t)),
                   u < trace.target.rows() && t < trace.target.cols() ? number(trace.target(u, t))
                                                                      : QString() });
    return out;
}

QString lossTable(const Snapshot &snapshot)
{
    QString out;
    line(out,
         { QStringLiteral("epoch"), QStringLiteral("train_loss"),
           QStringLiteral("validation_loss") });
    for (std::size_t i = 0; i < snapshot.trainLoss.size(); ++i)
        line(out,
             { QString::number(i + 1), number(snapshot.trainLoss[i]),
               number(at(snapshot.validationLoss, i)) });
    return out;
}

QString confusionTable(const ClassificationResult &result)
{
    QString out;
    QStringList header { QStringLiteral("true_class") };
    const auto k = result.confusion.rows();
    for (Eigen::Index j = 0; j < k; ++j)
        header << className(result, static_cast<int>(j));
    header << QStringLiteral("recall");
    line(out, header);
    for (Eigen::Index i = 0; i < k; ++i) {
        QStringList fields { className(result, static_cast<int>(i)) };
        for (Eigen::Index j = 0; j < result.confusion.cols(); ++j)
            fields << number(result.confusion(i, j));
        fields << (i < result.recall.size() ? number(result.recall(i)) : QString());
        line(out, fields);
    }
    return out;
}

} // namespace

const char *csvTableName(CsvTable table)
{
    for (const auto &[value, name] : csvTableNames)
        if (value == table)
            return name;
    return "";
}

QString csvTableLabel(CsvTable table)
{
    switch (table) {
    case CsvTable::Trace:
        return QCoreApplication::translate(
            "rnnlab::SnapshotCsv", "Trace of the sequence on screen (values and gradients)");
    case CsvTable::Predictions:
        return QCoreApplication::translate("rnnlab::SnapshotCsv", "Predictions and targets");
    case CsvTable::Loss:
        return QCoreApplication::translate("rnnlab::SnapshotCsv", "Loss history");
    case CsvTable::Confusion:
        return QCoreApplication::translate("rnnlab::SnapshotCsv", "Confusion matrix");
    }
    return {};
}

bool hasCsvTable(const Snapshot &snapshot, CsvTable table)
{
    switch (table) {
    case CsvTable::Trace:
        return !snapshot.trace.empty();
    case CsvTable::Predictions:
        return snapshot.series || (snapshot.classification && snapshot.classification->testRows)
            || !snapshot.trace.empty();
    case CsvTable::Loss:
        return !snapshot.trainLoss.empty();
    case CsvTable::Confusion:
        return snapshot.classification && snapshot.classification->confusion.size() > 0;
    }
    return false;
}

QString csvTable(const Snapshot &snapshot, CsvTable table)
{
    if (!hasCsvTable(snapshot, table))
        return {};
    switch (table) {
    case CsvTable::Trace:
        return traceTable(snapshot.trace);
    case CsvTable::Predictions:
        if (snapshot.series)
            return seriesTable(*snapshot.series);
        if (snapshot.classification && snapshot.classification->testRows)
            return classifierTable(*snapshot.classification);
        return outputsTable(snapshot.trace);
    case CsvTable::Loss:
        return lossTable(snapshot);
    case CsvTable::Confusion:
        return confusionTable(*snapshot.classification);
    }
    return {};
}

} // namespace rnnlab
