#include "snapshot.h"

#include <QCoreApplication>

#include <algorithm>

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

bool SequenceTrace::isPadding(int t) const
{
    return t >= 0 && t < tokens.size() && tokens.at(t) == QLatin1String("<pad>");
}

int SequenceTrace::firstRealStep() const
{
    for (int t = 0; t < steps(); ++t)
        if (!isPadding(t))
            return t;
    return 0;
}

int SequenceTrace::lastRealStep() const
{
    for (int t = steps() - 1; t >= 0; --t)
        if (!isPadding(t))
            return t;
    return std::max(steps() - 1, 0);
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

QString cellName(rnn::CellType cell)
{
    switch (cell) {
    case rnn::CellType::Elman:
        return QCoreApplication::translate("rnnlab::Cell", "Elman");
    case rnn::CellType::Jordan:
        return QCoreApplication::translate("rnnlab::Cell", "Jordan");
    case rnn::CellType::Lstm:
        return QCoreApplication::translate("rnnlab::Cell", "LSTM");
    case rnn::CellType::Gru:
        return QCoreApplication::translate("rnnlab::Cell", "GRU");
    case rnn::CellType::Mlp:
        return QCoreApplication::translate("rnnlab::Cell", "MLP");
    }
    return {};
}

QString topologyName(rnn::Topology topology)
{
    switch (topology) {
    case rnn::Topology::ManyToOne:
        return QCoreApplication::translate("rnnlab::Topology", "many-to-one");
    case rnn::Topology::ManyToMany:
        return QCoreApplication::translate("rnnlab::Topology", "many-to-many");
    case rnn::Topology::OneToMany:
        return QCoreApplication::translate("rnnlab::Topology", "one-to-many");
    case rnn::Topology::EncoderDecoder:
        return QCoreApplication::translate("rnnlab::Topology", "encoder-decoder");
    }
    return {};
}

QString optimizerName(rnn::OptimizerKind optimizer)
{
    switch (optimizer) {
    case rnn::OptimizerKind::Sgd:
        return QCoreApplication::translate("rnnlab::ModelPanel", "SGD");
    case rnn::OptimizerKind::Momentum:
        return QCoreApplication::translate("rnnlab::ModelPanel", "SGD with momentum");
    case rnn::OptimizerKind::Adam:
        return QCoreApplication::translate("rnnlab::ModelPanel", "Adam");
    }
    return {};
}

} // namespace rnnlab
