#include "snapshot.h"

#include <QCoreApplication>

namespace rnnlab {

int RowTrace::hiddenSize() const
{
    return quantities.empty() ? 0 : static_cast<int>(quantities.front().values.rows());
}

int RowTrace::steps() const
{
    return quantities.empty() ? 0 : static_cast<int>(quantities.front().values.cols());
}

const Quantity *RowTrace::find(const QString &symbol) const
{
    for (const Quantity &q : quantities) {
        if (q.symbol == symbol)
            return &q;
    }
    return nullptr;
}

QString phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Forward:
        return QCoreApplication::translate("rnnlab::Phase", "forward");
    case Phase::Loss:
        return QCoreApplication::translate("rnnlab::Phase", "loss");
    case Phase::Backward:
        return QCoreApplication::translate("rnnlab::Phase", "backward");
    case Phase::Update:
        return QCoreApplication::translate("rnnlab::Phase", "update");
    }
    return {};
}

QString cellName(CellKind cell)
{
    switch (cell) {
    case CellKind::Elman:
        return QCoreApplication::translate("rnnlab::Cell", "Elman");
    case CellKind::Jordan:
        return QCoreApplication::translate("rnnlab::Cell", "Jordan");
    case CellKind::Lstm:
        return QCoreApplication::translate("rnnlab::Cell", "LSTM");
    case CellKind::Gru:
        return QCoreApplication::translate("rnnlab::Cell", "GRU");
    }
    return {};
}

QString topologyName(Topology topology)
{
    switch (topology) {
    case Topology::ManyToOne:
        return QCoreApplication::translate("rnnlab::Topology", "many-to-one");
    case Topology::ManyToMany:
        return QCoreApplication::translate("rnnlab::Topology", "many-to-many");
    case Topology::OneToMany:
        return QCoreApplication::translate("rnnlab::Topology", "one-to-many");
    case Topology::EncoderDecoder:
        return QCoreApplication::translate("rnnlab::Topology", "encoder-decoder");
    }
    return {};
}

QString cellKey(CellKind cell)
{
    switch (cell) {
    case CellKind::Elman:
        return QStringLiteral("elman");
    case CellKind::Jordan:
        return QStringLiteral("jordan");
    case CellKind::Lstm:
        return QStringLiteral("lstm");
    case CellKind::Gru:
        return QStringLiteral("gru");
    }
    return {};
}

QString topologyKey(Topology topology)
{
    switch (topology) {
    case Topology::ManyToOne:
        return QStringLiteral("many-to-one");
    case Topology::ManyToMany:
        return QStringLiteral("many-to-many");
    case Topology::OneToMany:
        return QStringLiteral("one-to-many");
    case Topology::EncoderDecoder:
        return QStringLiteral("encoder-decoder");
    }
    return {};
}

std::optional<CellKind> cellFromKey(const QString &key)
{
    for (CellKind c : { CellKind::Elman, CellKind::Jordan, CellKind::Lstm, CellKind::Gru }) {
        if (cellKey(c) == key.toLower())
            return c;
    }
    return std::nullopt;
}

std::optional<Topology> topologyFromKey(const QString &key)
{
    for (Topology t : { Topology::ManyToOne, Topology::ManyToMany, Topology::OneToMany,
                        Topology::EncoderDecoder }) {
        if (topologyKey(t) == key.toLower())
            return t;
    }
    return std::nullopt;
}

} // namespace rnnlab
