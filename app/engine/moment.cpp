// The snapshot accessors declared in training_session.h: what a snapshot's moment holds, read
// without the session that recorded it.
#include "moment.h"
#include "training_session.h"

namespace rnnlab {

const rnn::Network *snapshotNetwork(const Snapshot &snapshot)
{
    if (!snapshot.weights)
        return nullptr;
    return &static_cast<const Moment *>(snapshot.weights.get())->trainer.network();
}

std::optional<MomentRecord> snapshotMoment(const Snapshot &snapshot)
{
    if (!snapshot.weights)
        return std::nullopt;
    const auto *moment = static_cast<const Moment *>(snapshot.weights.get());
    MomentRecord record;
    record.trainer = moment->trainer.state();
    record.sample = moment->sample;
    record.nextSample = moment->nextSample;
    record.trainedSample = moment->trainedSample;
    record.updates = moment->updates;
    return record;
}

std::optional<rnn::ModelFile> snapshotModel(const Snapshot &snapshot)
{
    if (!snapshot.weights)
        return std::nullopt;
    const auto *moment = static_cast<const Moment *>(snapshot.weights.get());
    if (!moment->preprocessing)
        return std::nullopt;
    rnn::ModelFile model = *moment->preprocessing;
    model.parameters = moment->trainer.network().parameters();
    model.history = moment->trainer.report().history;
    return model;
}

} // namespace rnnlab
