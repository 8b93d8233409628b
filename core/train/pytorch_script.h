// The exported script's text (pytorch_export.h), for pytorch_export.cpp only: what the script
// needs from the model file (Plan), the Python literals every section writes, and the sections in
// the order the script reads them: the header, 1. the network, 2. the weights, 3. the
// preprocessing, 4. predicting, 5. the command line. The Python is kept in raw strings with @NAME@
// placeholders, so it reads in the .cpp files as it reads in the script.
//
// Every function here assumes a model pytorchExportRefusal() accepted: a piece it does not know
// was refused before, so the sections need not check again.
#pragma once

#include "pytorch_export.h"
#include "train/experiment_config.h"

#include <cstddef>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace rnn::pytorch_script {

// The cells it writes, with their PyTorch module. A cell not listed here (one added to core
// later) is refused by name. To export one: add its row (module "" for a class written out in
// the script, as Jordan's and the MLP's), its class in networkSection and its weights in
// weightsSection.
struct TorchCell
{
    CellType type;
    const char *display; // as the lecture names it
    const char *module; // the torch.nn module, "" when the script writes the layer out
    const char *equations; // the comment above the layer
};
// The row of `type`, nullptr for a cell the exporter does not write (pytorch_export.cpp's table).
const TorchCell *torchCell(CellType type);

// What the script needs, read once from the model file.
struct Plan
{
    const ModelFile *model = nullptr;
    NetworkConfig net;
    ExperimentConfig experiment;
    const TorchCell *cell = nullptr;
    PytorchExportOptions options;

    enum class Kind { Forecast, Texts, Sequences } kind = Kind::Sequences;
    std::vector<std::string> features, targets; // forecasts
    bool encoderDecoder = false;
    bool manyToMany = false;

    bool everyStep() const { return net.placement == ReadoutPlacement::EveryStep; }
    bool softmax() const { return net.readout == ReadoutKind::Softmax; }
};
Plan makePlan(const ModelFile &model, const PytorchExportOptions &options);

// ---- Python literals and text (pytorch_script.cpp)

// Replaces every @KEY@ of text.
std::string fill(std::string text,
                 std::initializer_list<std::pair<const char *, std::string>> keys);
// A double as the shortest Python literal that reads back the same double.
std::string pyFloat(double value);
// A Python string literal (JSON's escapes are Python's; UTF-8 stays as it is). Also safe inside a
// comment or a docstring: it holds no raw newline and its quotes are escaped.
std::string pyString(const std::string &text);
std::string pyStringList(const std::vector<std::string> &items);
std::string pyBool(bool value);
// Text re-flowed into lines of at most `width` characters, words never cut; the lines after the
// first start with `indent` spaces (counted in the width).
std::string wrap(const std::string &text, std::size_t width = 99, std::size_t indent = 0);
// Prefixes every line of text with `indent` spaces and "# ".
std::string commentLines(const std::string &text, int indent);
// `one` when n is 1, else `many` with its @N@ replaced by n.
std::string count(int n, const char *one, const char *many);
// What the readout reads, in words.
std::string placementWords(ReadoutPlacement placement);

// ---- the sections, in the script's order

std::string header(const Plan &p); // pytorch_script.cpp
std::string networkSection(const Plan &p); // 1. (pytorch_script_network.cpp)
std::string weightsSection(const Plan &p); // 2.
std::string forecastPreprocessing(const Plan &p); // 3. (pytorch_script_data.cpp)
std::string textPreprocessing(const Plan &p);
std::string predictFunction(const Plan &p); // 4.
std::string forecastFunction(const Plan &p);
std::string classifyFunction(const Plan &p);
std::string mainSection(const Plan &p); // 5.

} // namespace rnn::pytorch_script
