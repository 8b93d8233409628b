#include "reber_grammar.h"

#include <array>

namespace rnn {

namespace {

struct Edge
{
    char symbol;
    int next; // -1 = end
};

// The transition table of the plain grammar; state 0 expects B.
const std::array<std::array<Edge, 2>, 7> &edges()
{
    static const std::array<std::array<Edge, 2>, 7> table { {
        { { { 'B', 1 }, { 'B', 1 } } },
        { { { 'T', 2 }, { 'P', 3 } } },
        { { { 'S', 2 }, { 'X', 4 } } },
        { { { 'T', 3 }, { 'V', 5 } } },
        { { { 'X', 3 }, { 'S', 6 } } },
        { { { 'P', 4 }, { 'V', 6 } } },
        { { { 'E', -1 }, { 'E', -1 } } },
    } };
    return table;
}

// Walks `text` from state 0; returns the state reached, -1 after the final E, -2 if illegal.
int walk(std::string_view text)
{
    int state = 0;
    for (const char c : text) {
        if (state < 0)
            return -2;
        const auto &out = edges()[static_cast<std::size_t>(state)];
        if (out[0].symbol == c)
            state = out[0].next;
        else if (out[1].symbol == c)
            state = out[1].next;
        else
            return -2;
    }
    return state;
}

std::string inOrder(std::string_view symbols)
{
    std::string out;
    for (const char s : ReberGrammar::symbols)
        if (symbols.find(s) != std::string_view::npos)
            out.push_back(s);
    return out;
}

} // namespace

std::string ReberGrammar::generate(Random &random)
{
    std::string out;
    int state = 0;
    while (state >= 0) {
        const auto &choice = edges()[static_cast<std::size_t>(state)][random.below(2)];
        out.push_back(choice.symbol);
        state = choice.next;
    }
    return out;
}

std::string ReberGrammar::generateEmbedded(Random &random)
{
    const char branch = random.below(2) == 0 ? 'T' : 'P';
    return std::string("B") + branch + generate(random) + branch + "E";
}

bool ReberGrammar::accepts(std::string_view text)
{
    return walk(text) == -1;
}

std::string ReberGrammar::legalNext(std::string_view prefix)
{
    const int state = walk(prefix);
    if (state < 0)
        return {};
    const auto &out = edges()[static_cast<std::size_t>(state)];
    return inOrder(std::string { out[0].symbol, out[1].symbol });
}

bool ReberGrammar::acceptsEmbedded(std::string_view text)
{
    if (text.size() < 4 || text.front() != 'B' || text.back() != 'E')
        return false;
    const char branch = text[1];
    if ((branch != 'T' && branch != 'P') || text[text.size() - 2] != branch)
        return false;
    return accepts(text.substr(2, text.size() - 4));
}

std::string ReberGrammar::legalNextEmbedded(std::string_view prefix)
{
    if (prefix.empty())
        return "B";
    if (prefix.front() != 'B')
        return {};
    if (prefix.size() == 1)
        return inOrder("TP");
    const char branch = prefix[1];
    if (branch != 'T' && branch != 'P')
        return {};
    const std::string_view inner = prefix.substr(2);
    // The inner string may be complete; then the branch symbol, then E, then nothing.
    for (std::size_t split = 0; split <= inner.size(); ++split) {
        if (!accepts(inner.substr(0, split)))
            continue;
        const std::string_view rest = inner.substr(split);
        if (rest.empty())
            return std::string(1, branch);
        if (rest.size() == 1 && rest[0] == branch)
            return "E";
        return {};
    }
    return legalNext(inner);
}

} // namespace rnn
