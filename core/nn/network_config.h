// What a network looks like: cell type, sizes, depth, directions, readout, embedding. A plain
// struct with in-class defaults and validate(), so the GUI, the trainer and model files can build
// and check one before anything is allocated. It holds no weights (see Network).
#pragma once

#include "name_table.h"

#include <string>

namespace rnn {

// Mlp is not a cell: the feed-forward network of lesson 1 (mlp.h), reading the whole window at
// once through `layers` dense tanh layers of hiddenSize units. It shares the model name table so
// model files, presets and --model name it like the recurrent ones.
enum class CellType { Elman, Jordan, Lstm, Gru, Mlp };

// Linear readout is trained with mean squared error, Softmax with cross-entropy.
enum class ReadoutKind { Linear, Softmax };

// Where the readout looks:
//   EveryStep   - y_t = readout(output_t) for every t (sequence to sequence);
//   LastStep    - one y = readout(output_{T-1}) per sequence (many to one);
//   FinalStates - one y = readout(concat(forward h at T-1, backward h at 0)) per sequence, the
//                 right many-to-one feature for a bidirectional network (for a unidirectional
//                 one it equals LastStep);
//   MeanPool    - one y = readout(mean over the sequence's REAL steps of the top layer's output,
//                 both directions concatenated) per sequence (many to one). With an embedding whose
//                 token 0 is padding, pad steps are left out of the mean (and get no gradient);
//                 otherwise every step counts. A sequence with no real step has zero features.
//                 Every word of a sentence speaks to the readout directly, so short data sets
//                 learn faster and overfit less than reading only the last state.
//   MaxPool     - one y = readout(the maximum over the sequence's real steps of each unit of the
//                 top layer's output, both directions concatenated) per sequence: each unit
//                 reports the step where it fired most (the word that set it off), and only that
//                 step gets the unit's gradient. Pads as for MeanPool.
enum class ReadoutPlacement { EveryStep, LastStep, FinalStates, MeanPool, MaxPool };

// MeanPool and MaxPool: the readout reads every real step, not the last.
inline bool isPooled(ReadoutPlacement placement)
{
    return placement == ReadoutPlacement::MeanPool || placement == ReadoutPlacement::MaxPool;
}

// The name tables (core/name_table.h): the names model files, presets and flags use.
inline constexpr NamedValue<CellType> cellTypeEntries[] = {
    { CellType::Elman, "elman" }, { CellType::Jordan, "jordan" }, { CellType::Lstm, "lstm" },
    { CellType::Gru, "gru" },     { CellType::Mlp, "mlp" },
};
inline constexpr NameTable<CellType> cellTypeNames { "cell", cellTypeEntries };
constexpr const NameTable<CellType> &nameTable(CellType)
{
    return cellTypeNames;
}

inline constexpr NamedValue<ReadoutKind> readoutKindEntries[] = {
    { ReadoutKind::Linear, "linear" },
    { ReadoutKind::Softmax, "softmax" },
};
inline constexpr NameTable<ReadoutKind> readoutKindNames { "readout", readoutKindEntries };
constexpr const NameTable<ReadoutKind> &nameTable(ReadoutKind)
{
    return readoutKindNames;
}

inline constexpr NamedValue<ReadoutPlacement> readoutPlacementEntries[] = {
    { ReadoutPlacement::EveryStep, "every_step" },     { ReadoutPlacement::LastStep, "last_step" },
    { ReadoutPlacement::FinalStates, "final_states" }, { ReadoutPlacement::MeanPool, "mean_pool" },
    { ReadoutPlacement::MaxPool, "max_pool" },
};
inline constexpr NameTable<ReadoutPlacement> readoutPlacementNames { "readout placement",
                                                                     readoutPlacementEntries };
constexpr const NameTable<ReadoutPlacement> &nameTable(ReadoutPlacement)
{
    return readoutPlacementNames;
}

// Shorthands for the tables' toString.
inline const char *cellTypeName(CellType type)
{
    return cellTypeNames.toString(type);
}
inline const char *readoutKindName(ReadoutKind kind)
{
    return readoutKindNames.toString(kind);
}
inline const char *readoutPlacementName(ReadoutPlacement placement)
{
    return readoutPlacementNames.toString(placement);
}

struct NetworkConfig
{
    CellType cell = CellType::Lstm;
    int inputSize = 1; // X: features per step (ignored when an embedding is used: X = E)
    int hiddenSize = 8; // H per direction
    int layers = 1; // stacked: layer l > 0 reads layer l-1's output (2H wide if bidirectional)
    bool bidirectional = false;
    int outputSize = 1; // O: outputs (Linear) or classes (Softmax)
    ReadoutKind readout = ReadoutKind::Linear;
    ReadoutPlacement placement = ReadoutPlacement::EveryStep;
    // Jordan only: the context's self-loop decay, s_t = mu * s_{t-1} + y_{t-1}.
    double jordanMu = 0.5;
    // MLP only: T, the steps of the window it reads at once (its input is X*T wide); 0 otherwise.
    int windowSteps = 0;
    // Optional embedding: vocabularySize V > 0 makes the inputs token ids 0..V-1 and adds a
    // trained embedding matrix E x V (column v is token v's vector).
    int vocabularySize = 0;
    int embeddingSize = 0; // E
    // With an embedding: token 0 is padding (its column is zero and never receives gradient),
    // as PyTorch's padding_idx = 0.
    bool paddingToken = true;
    // With an embedding, optional: hashed character n-grams of each word beside the word itself
    // (fastText's subword embedding; core/nn/subword_embedding.h has the maths). subwordBuckets
    // NB > 0 adds a trained matrix E x NB (column g is the vector of n-gram bucket g); the input
    // batch then carries each step's bucket ids, and x_t is the mean of the word's vector and its
    // n-grams' vectors. 0: whole words only.
    int subwordBuckets = 0;
    // With an embedding whose token 0 is padding (not Jordan): pad steps are skipped, i.e. every
    // layer carries its state through a pad step unchanged (h_t = h_{t-1}, C_t = C_{t-1}) and
    // the step gets no gradient, as PyTorch's packed sequences. A text then gives the same
    // numbers however much padding surrounds it, so batches can be cut to their longest text.
    bool skipPadding = false;
    // Dropout, applied only to forward passes that ask for it (ForwardOptions::dropout: the
    // trainer's steps; evaluation, prediction and inspected traces never drop). Inverted dropout
    // as PyTorch's nn.Dropout: each entry is zeroed with probability p and the kept ones are
    // scaled by 1 / (1 - p), so nothing changes at evaluation time.
    //   inputDropout   - the first layer's input x_t (the word vectors with an embedding);
    //   readoutDropout - the readout's features (many-to-one placements, not Jordan).
    double inputDropout = 0.0;
    double readoutDropout = 0.0;
    // With an embedding and MeanPool or MaxPool (not Jordan): a skip path around the recurrent
    // layers. The
    // readout also reads the mean of the first layer's inputs x_t (the word vectors, after input
    // dropout) over the real steps, below the pooled states: F = directions * H + E. With few
    // texts the mean of word and n-gram vectors (fastText's bag) already tells most classes
    // apart, and the recurrent layers add what the order of the words tells.
    bool readoutSkip = false;
    // With readoutSkip, on training passes only (ForwardOptions::auxiliaryLoss): skipLoss times
    // the cross-entropy of the skip path alone (logits W_skip x̄ + b_out, W_skip the readout's
    // last E columns) is added to the loss, so the skip path learns to classify by itself
    // rather than leaving it to the recurrent layers (deep supervision). 0: off.
    double skipLoss = 0.0;

    // "" when the configuration is usable, otherwise a readable English sentence saying what
    // is wrong (e.g. "A Jordan network has exactly one layer.").
    std::string validate() const;

    bool isMlp() const { return cell == CellType::Mlp; }
    // Width of the MLP's input, X*T (0 for a recurrent network).
    int mlpInputSize() const { return isMlp() ? inputSize * windowSteps : 0; }
    int directions() const { return bidirectional ? 2 : 1; }
    bool hasDropout() const { return inputDropout > 0.0 || readoutDropout > 0.0; }
    bool hasEmbedding() const { return vocabularySize > 0; }
    bool hasSubwords() const { return hasEmbedding() && subwordBuckets > 0; }
    // Whether pad steps are skipped (see skipPadding).
    bool skipsPadding() const { return skipPadding && hasEmbedding() && paddingToken; }
    // Width of the vectors fed to the first layer: E with an embedding, X otherwise.
    int firstLayerInputSize() const { return hasEmbedding() ? embeddingSize : inputSize; }
    // Width of layer l's input.
    int layerInputSize(int layer) const
    {
        return layer == 0 ? firstLayerInputSize() : directions() * hiddenSize;
    }
    // G: gate blocks stacked in the cell's matrices (Elman/Jordan 1, GRU 3, LSTM 4; MLP 1).
    int gateCount() const;
    // Width of the readout's input: directions * H (+ E with the skip path).
    int featureSize() const { return pooledSize() + skipSize(); }
    // The pooled states' rows of the features (directions * H) and the skip path's (E or 0).
    int pooledSize() const { return directions() * hiddenSize; }
    int skipSize() const { return readoutSkip ? embeddingSize : 0; }
    bool hasSkipLoss() const { return readoutSkip && skipLoss > 0.0; }
    // Jordan context size S (= O, the fed-back output), 0 for other cells.
    int contextSize() const { return cell == CellType::Jordan ? outputSize : 0; }
};

} // namespace rnn
