// Exporting a trained model as PyTorch: a readable Python script that builds the same network with
// torch.nn (nn.RNN / nn.LSTM / nn.GRU, bidirectional, stacked, the embedding, the readout where RNN
// Lab reads out; Jordan's layer and the MLP's dense layers written out as small nn.Modules), loads
// RNN Lab's weights into it, applies the same preprocessing (scalers and differencing for series;
// tokenizer, vocabulary and subword n-gram hash for texts) and predicts, in float64. Text networks
// that skip pad steps run each text over its own tokens, which gives the same numbers
// (core/nn/padding_mask.h). The script is written from the model file alone, as a teacher would
// write it: only the pieces this model has, with the lecture's equations and the tensors' shapes in
// comments. The weights, scalers and vocabulary stay in the model file (the same JSON as
// rnnlab-train --save), saved beside the script, which reads them from there.
//
// What this is not: a general translator. A model holding a piece the exporter does not know (a
// cell, a readout placement, a parameter, a setting that changes predictions, a scaler kind, a
// field of the model file) is refused with a message naming the piece, never exported as a script
// that would predict something else. Settings that only act while training (the optimizer, the
// epochs, dropout) are known and ignored.
//
// tests/core/train/tst_pytorch_export.cpp runs the exported scripts with Debian's python3-torch
// and checks their predictions against RNN Lab's to 1e-9.
#pragma once

#include "train/model_io.h"

#include <stdexcept>
#include <string>

namespace rnn {

// Why a model cannot be exported, or why the files could not be written: what() names the piece
// (or the file) and says what is wrong.
class PytorchExportError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct PytorchExportOptions
{
    std::string scriptFile = "model.py"; // written in the export folder
    std::string modelFile = "model.json"; // the weights and preprocessing, read by the script

    // "" when usable, otherwise what is wrong (plain file names, different, ending in .py / .json).
    std::string validate() const;
};

struct PytorchExportReport
{
    std::string scriptPath;
    std::string modelPath;
};

// "" when the exporter knows every piece of `model`, otherwise one English sentence naming the
// first piece it does not know (e.g. the parameter "embedding.ngrams", the scaling "robust").
std::string pytorchExportRefusal(const ModelFile &model);

// The script's text for `model` (which reads options.modelFile from its own folder). Throws
// PytorchExportError with pytorchExportRefusal's message when the model cannot be exported.
std::string pytorchScript(const ModelFile &model, const PytorchExportOptions &options = {});

// Writes the script and the model file into `directory` (created if missing), each through a
// temporary file renamed into place, so a failed write leaves any previous file intact. Throws
// PytorchExportError naming the file, or the refusal, before anything is written.
PytorchExportReport exportPytorch(const ModelFile &model, const std::string &directory,
                                  const PytorchExportOptions &options = {});

} // namespace rnn
