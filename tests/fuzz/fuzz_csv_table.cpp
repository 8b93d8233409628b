// Fuzz target of the CSV loader (core/data/csv_reader, csv_table): any bytes are read as a CSV
// file, with and without interpolation of missing values. Bad input must end in a DataError,
// never in a crash, a hang, a leak or an allocation out of proportion to the input (the limits of
// core/loader_limits.h). Built as a libFuzzer target in the fuzz preset, and with replay_main.cpp
// as the fuzz_replay_csv_table test of every other build (tests/fuzz/CMakeLists.txt).
#include "data/csv_table.h"
#include "data/data_error.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    for (const bool interpolate : { false, true }) {
        rnn::CsvTableOptions options;
        options.interpolateMissing = interpolate;
        try {
            const rnn::CsvTable table = rnn::CsvTable::parse(text, "<fuzz>", options);
            const auto names = table.numericColumnNames();
            if (!names.empty())
                (void)table.series(names);
        } catch (const rnn::DataError &) { }
    }
    return 0;
}
