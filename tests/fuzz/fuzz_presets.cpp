// Fuzz target of the presets loader (core/train/experiment_config's PresetLibrary, which reads
// resources/presets/presets.json): any bytes are read as a presets file and every preset in it
// is built. Bad input must end in a std::runtime_error or std::invalid_argument naming the
// problem, never in a crash, a hang, a leak or an allocation out of proportion to the input.
// Built as tests/fuzz/CMakeLists.txt says.
#include "loader_limits.h"
#include "text_file.h"
#include "train/experiment_config.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    try {
        // What PresetLibrary::load does once it has read the file (within its size limit).
        const rnn::PresetLibrary library = rnn::PresetLibrary::fromJson(
            rnn::parseJsonText(text, "<fuzz>", rnn::limits::maxJsonDepth));
        for (const std::string &name : library.names())
            (void)library.preset(name).toJson();
    } catch (const std::runtime_error &) {
    } catch (const std::invalid_argument &) { }
    return 0;
}
