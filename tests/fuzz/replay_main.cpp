// The main() that replays a fuzz target's corpus without libFuzzer (tests/fuzz/CMakeLists.txt):
// every file under the folders (or the files) given on the command line is passed, in turn and
// in name order, to the target's LLVMFuzzerTestOneInput, so the normal builds check on every
// run that no input the fuzzer found, or any seed, crashes, leaks or throws again. It prints
// the number of inputs; a folder with no inputs is a failure (a test that cannot fail is none).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

int main(int argc, char **argv)
{
    namespace fs = std::filesystem;
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const fs::path path(argv[i]);
        if (fs::is_directory(path)) {
            for (const auto &entry : fs::recursive_directory_iterator(path))
                if (entry.is_regular_file())
                    inputs.push_back(entry.path());
        } else {
            inputs.push_back(path);
        }
    }
    std::sort(inputs.begin(), inputs.end());
    if (inputs.empty()) {
        std::cerr << "no inputs to replay\n";
        return 1;
    }
    for (const fs::path &input : inputs) {
        std::ifstream in(input, std::ios::binary);
        std::string bytes(static_cast<std::size_t>(fs::file_size(input)), '\0');
        if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
            std::cerr << input.string() << ": cannot read\n";
            return 1;
        }
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
    }
    std::cout << "replayed " << inputs.size() << " inputs\n";
    return 0;
}
