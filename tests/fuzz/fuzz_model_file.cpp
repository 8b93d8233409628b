// Fuzz target of the model file loader (core/train/model_io): any bytes are read as a model
// file; a file that loads has its network built and its scaler, vocabulary and labels read as
// Experiment::fromModel reads them. Bad input must end in a ModelFileError (or, for those parts,
// std::invalid_argument), never in a crash, a hang, a leak or an allocation out of proportion to
// the input: a model file declaring 100,000 layers or a hidden size of 10^7 is refused before
// anything is allocated (core/loader_limits.h). Built as tests/fuzz/CMakeLists.txt says.
#include "data/label_set.h"
#include "data/scaler.h"
#include "data/vocabulary.h"
#include "loader_limits.h"
#include "text_file.h"
#include "train/model_io.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

namespace {

void readParts(const rnn::ModelFile &model)
{
    for (const nlohmann::json *scaler : { &model.scaler, &model.targetScaler })
        if (!scaler->is_null())
            (void)rnn::Scaler::fromJson(*scaler);
    if (!model.vocabulary.is_null())
        (void)rnn::Vocabulary::fromJson(model.vocabulary);
    if (!model.labels.empty())
        (void)rnn::LabelSet::fromJson(nlohmann::json(model.labels));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    try {
        // What loadModel does once it has read the file (within limits::maxModelFileBytes).
        const rnn::ModelFile model = rnn::modelFromJson(
            rnn::parseJsonText(text, "<fuzz>", rnn::limits::maxJsonDepth), "<fuzz>");
        (void)model.makeNetwork("<fuzz>");
        readParts(model);
    } catch (const rnn::TextFileError &) {
    } catch (const rnn::ModelFileError &) {
    } catch (const std::invalid_argument &) { }
    return 0;
}
