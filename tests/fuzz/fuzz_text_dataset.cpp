// Fuzz target of the text dataset loader (core/data/text_dataset): any bytes are read as a
// `text,label` CSV file, then tokenised and turned into a vocabulary as the text pipeline does.
// Bad input must end in a DataError, never in a crash, a hang, a leak or an allocation out of
// proportion to the input. Built as tests/fuzz/CMakeLists.txt says (libFuzzer or replay).
#include "data/data_error.h"
#include "data/text_dataset.h"
#include "data/tokenizer.h"
#include "data/vocabulary.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    try {
        const rnn::TextDataset dataset = rnn::TextDataset::parse(text, "<fuzz>");
        for (const auto mode : { rnn::TokenMode::Word, rnn::TokenMode::Character }) {
            const auto tokens = rnn::Tokenizer(mode).tokenize(dataset.texts);
            const rnn::Vocabulary vocabulary = rnn::Vocabulary::build(tokens);
            for (const auto &sentence : tokens)
                (void)vocabulary.encode(sentence, 16);
        }
    } catch (const rnn::DataError &) { }
    return 0;
}
