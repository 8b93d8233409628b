// Reading the PyTorch reference vectors into the core's types (see reference_loader.h).
#include "reference_loader.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace rnn::reference {

std::string referenceDirectory(const std::string &fallback)
{
    const char *env = std::getenv("RNNLAB_REFERENCE_DIR");
    return (env && *env) ? std::string(env) : fallback;
}

std::vector<std::string> referenceFiles(const std::string &folder)
{
    std::vector<std::string> files;
    std::error_code error;
    for (const auto &entry : std::filesystem::directory_iterator(folder, error)) {
        if (entry.is_regular_file() && entry.path().extension() == ".json")
            files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

Json readJson(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot open " + path);
    try {
        return Json::parse(in);
    } catch (const std::exception &e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

Matrix stepMajor(const Json &array)
{
    const Index steps = Index(array.size());
    const Index batch = steps > 0 ? Index(array[0].size()) : 0;
    const Index width = batch > 0 ? Index(array[0][0].size()) : 0;
    Matrix m(width, steps * batch);
    for (Index t = 0; t < steps; ++t)
        for (Index b = 0; b < batch; ++b)
            for (Index k = 0; k < width; ++k)
                m(k, t * batch + b)
                    = array[std::size_t(t)][std::size_t(b)][std::size_t(k)].get<double>();
    return m;
}

Matrix matrixOf(const Json &array)
{
    if (array.is_number())
        return Matrix::Constant(1, 1, array.get<double>());
    const Index rows = Index(array.size());
    if (rows == 0)
        return Matrix(0, 0);
    if (array[0].is_number()) {
        Matrix m(rows, 1);
        for (Index r = 0; r < rows; ++r)
            m(r, 0) = array[std::size_t(r)].get<double>();
        return m;
    }
    const Index cols = Index(array[0].size());
    Matrix m(rows, cols);
    for (Index r = 0; r < rows; ++r)
        for (Index c = 0; c < cols; ++c)
            m(r, c) = array[std::size_t(r)][std::size_t(c)].get<double>();
    return m;
}

namespace {

CellType cellOf(const Json &document)
{
    const std::string cell = document.at("model").at("cell").get<std::string>();
    if (cell == "rnn_tanh")
        return CellType::Elman;
    if (cell == "lstm")
        return CellType::Lstm;
    if (cell == "gru")
        return CellType::Gru;
    throw std::runtime_error("unknown cell " + cell);
}

} // namespace

NetworkConfig configFor(const Json &document, const std::string &loss)
{
    const Json &model = document.at("model");
    NetworkConfig config;
    config.cell = cellOf(document);
    config.inputSize = model.at("input_size").get<int>();
    config.hiddenSize = model.at("hidden_size").get<int>();
    config.layers = model.at("num_layers").get<int>();
    config.bidirectional = model.at("bidirectional").get<bool>();
    config.outputSize = model.at("readout_out").get<int>();
    config.readout = loss.rfind("xent", 0) == 0 ? ReadoutKind::Softmax : ReadoutKind::Linear;
    if (loss == "mse_all")
        config.placement = ReadoutPlacement::EveryStep;
    else if (loss == "mse_final_states")
        config.placement = ReadoutPlacement::FinalStates;
    else if (loss == "mse_last" || loss == "xent_last")
        config.placement = ReadoutPlacement::LastStep;
    else
        throw std::runtime_error("unknown loss " + loss);
    return config;
}

std::string parameterNameFor(const std::string &torchName, CellType cell)
{
    if (torchName == "readout.weight" || torchName == "readout.bias")
        return torchName;
    const bool reverse
        = torchName.size() > 8 && torchName.compare(torchName.size() - 8, 8, "_reverse") == 0;
    const std::string base = reverse ? torchName.substr(0, torchName.size() - 8) : torchName;
    const auto layerPos = base.rfind("_l");
    if (layerPos == std::string::npos)
        return {};
    const std::string kind = base.substr(0, layerPos);
    const std::string layer = base.substr(layerPos + 2);
    const std::string prefix = "layer" + layer + (reverse ? ".backward." : ".forward.");
    if (kind == "weight_ih")
        return prefix + "weight_input";
    if (kind == "weight_hh")
        return prefix + "weight_hidden";
    if (kind == "bias_ih")
        return prefix + (cell == CellType::Gru ? "bias_input" : "bias");
    if (kind == "bias_hh")
        return prefix + (cell == CellType::Gru ? "bias_hidden" : "bias");
    return {};
}

Network networkFor(const Json &document, const std::string &loss)
{
    const NetworkConfig config = configFor(document, loss);
    Network network(config, 1);
    Parameters &parameters = network.parameters();
    for (Parameter &p : parameters)
        p.value.setZero();
    for (const auto &[name, value] : document.at("params").items()) {
        const std::string ours = parameterNameFor(name, config.cell);
        const int index = network.parameterIndex(ours);
        if (index < 0)
            throw std::runtime_error("no parameter for " + name);
        Matrix &target = parameters[std::size_t(index)].value;
        const Matrix m = matrixOf(value);
        if (m.rows() != target.rows() || m.cols() != target.cols())
            throw std::runtime_error("shape of " + name + " does not match " + ours);
        // RNN/LSTM: the two PyTorch biases add up to our single bias.
        target += m;
    }
    return network;
}

InputBatch inputFor(const Json &document)
{
    const Json &x = document.at("inputs").at("x");
    InputBatch input;
    input.steps = int(x.size());
    input.batch = int(x[0].size());
    input.values = stepMajor(x);
    return input;
}

InitialStates initialStatesFor(const Json &document)
{
    const Json &inputs = document.at("inputs");
    const Json &model = document.at("model");
    const int directions = model.at("num_directions").get<int>();
    const int layers = model.at("num_layers").get<int>();
    InitialStates initial;
    const auto read = [&](const Json &states, std::vector<std::vector<Matrix>> &out) {
        out.assign(std::size_t(layers), std::vector<Matrix>(std::size_t(directions)));
        // PyTorch's layout: index layer * directions + direction, each [B][H].
        for (int l = 0; l < layers; ++l)
            for (int d = 0; d < directions; ++d)
                out[std::size_t(l)][std::size_t(d)]
                    = matrixOf(states[std::size_t(l * directions + d)]).transpose();
    };
    if (inputs.contains("h0"))
        read(inputs.at("h0"), initial.hidden);
    if (inputs.contains("c0"))
        read(inputs.at("c0"), initial.cell);
    return initial;
}

Targets targetsFor(const Json &document, const std::string &loss)
{
    const Json &targets = document.at("targets");
    Targets result;
    if (loss.rfind("xent", 0) == 0) {
        for (const Json &label : targets.at("labels"))
            result.labels.push_back(label.get<int>());
        return result;
    }
    const Json &y = targets.at("y");
    if (loss == "mse_all") {
        result.values = stepMajor(y);
    } else {
        result.values = matrixOf(y[y.size() - 1]).transpose(); // y[T-1]: [B][O] -> O x B
    }
    return result;
}

} // namespace rnn::reference
