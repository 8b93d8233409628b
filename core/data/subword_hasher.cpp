// Implementation of subword_hasher.h.
#include "subword_hasher.h"

#include "loader_limits.h"

#include <utf8proc.h>

namespace rnn {

std::string SubwordOptions::validate() const
{
    if (buckets < 0 || buckets > limits::maxSubwordBuckets)
        return "The number of subword buckets must be between 0 and "
            + std::to_string(limits::maxSubwordBuckets) + " (limits::maxSubwordBuckets).";
    if (minLength < 1 || maxLength < minLength || maxLength > limits::maxSubwordLength)
        return "The subword n-gram lengths must satisfy 1 <= min <= max <= "
            + std::to_string(limits::maxSubwordLength) + " (limits::maxSubwordLength).";
    return {};
}

std::uint32_t SubwordHasher::fnv1a(std::string_view bytes)
{
    std::uint32_t h = 2166136261u;
    for (const char c : bytes) {
        h ^= static_cast<std::uint32_t>(static_cast<unsigned char>(c));
        h *= 16777619u;
    }
    return h;
}

std::vector<int> SubwordHasher::buckets(std::string_view word) const
{
    std::vector<int> ids;
    if (!enabled() || word.empty())
        return ids;
    const std::string wrapped = "<" + std::string(word) + ">";
    // Byte offset of every code point, and the end.
    std::vector<std::size_t> starts;
    const auto *bytes = reinterpret_cast<const utf8proc_uint8_t *>(wrapped.data());
    std::size_t offset = 0;
    while (offset < wrapped.size()) {
        starts.push_back(offset);
        utf8proc_int32_t point = 0;
        const utf8proc_ssize_t used = utf8proc_iterate(
            bytes + offset, static_cast<utf8proc_ssize_t>(wrapped.size() - offset), &point);
        offset += used > 0 ? static_cast<std::size_t>(used) : 1; // a bad byte is one unit
    }
    const std::size_t m = starts.size();
    starts.push_back(wrapped.size());
    const auto nb = static_cast<std::uint32_t>(m_options.buckets);
    for (std::size_t n = static_cast<std::size_t>(m_options.minLength);
         n <= static_cast<std::size_t>(m_options.maxLength) && n <= m; ++n) {
        for (std::size_t i = 0; i + n <= m; ++i) {
            if (n == m) // the whole wrapped word: the word's own vector says that
                continue;
            const std::string_view gram(wrapped.data() + starts[i], starts[i + n] - starts[i]);
            ids.push_back(static_cast<int>(fnv1a(gram) % nb));
        }
    }
    return ids;
}

} // namespace rnn
