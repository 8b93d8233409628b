#include "sequence_task.h"

namespace rnn {

std::string toString(TaskKind kind)
{
    return kind == TaskKind::Regression ? "regression" : "classification";
}

std::string SequenceTask::validate() const
{
    if (sequences.empty())
        return name + ": no sequences";
    for (std::size_t s = 0; s < sequences.size(); ++s) {
        const Sequence &q = sequences[s];
        const std::string where = name + ", sequence " + std::to_string(s) + ": ";
        if (q.input.rows() != inputSize || q.target.rows() != outputSize)
            return where + "input or target size differs from the task's";
        if (q.target.cols() != q.input.cols() || q.input.cols() < 1)
            return where + "input and target differ in length";
        if (kind == TaskKind::Classification && static_cast<Index>(q.labels.size()) != q.steps())
            return where + "one label per step is needed";
        if (q.lossSteps.empty())
            return where + "no step carries the loss";
        for (std::size_t k = 0; k < q.lossSteps.size(); ++k) {
            const int t = q.lossSteps[k];
            if (t < 0 || t >= q.steps() || (k > 0 && t <= q.lossSteps[k - 1]))
                return where + "loss steps must be increasing and inside the sequence";
            if (kind == TaskKind::Classification
                && (q.labels[static_cast<std::size_t>(t)] < 0
                    || q.labels[static_cast<std::size_t>(t)] >= outputSize))
                return where + "a loss step has no valid label";
        }
    }
    return {};
}

} // namespace rnn
