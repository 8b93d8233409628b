// ReberGrammar: the finite-state grammar of Reber (1967) and its embedded form, as used by
// Smith & Zipser (1989) and Hochreiter & Schmidhuber (1997). Symbols B T P S X V E.
//
//   state 0 --B--> 1;  1 --T--> 2 | --P--> 3;  2 --S--> 2 | --X--> 4;  3 --T--> 3 | --V--> 5;
//   4 --X--> 3 | --S--> 6;  5 --P--> 4 | --V--> 6;  6 --E--> end.   (each choice 50 / 50)
//   embedded:  B T <reber> T E   or   B P <reber> P E
// The grammar is deterministic (no state has two edges with the same symbol), so acceptance and
// the set of legal next symbols follow from walking the string.
#pragma once

#include "random.h"

#include <string>
#include <string_view>

namespace rnn {

class ReberGrammar
{
public:
    static constexpr std::string_view symbols = "BTPSXVE";

    static std::string generate(Random &random); // a plain Reber string
    static std::string generateEmbedded(Random &random);
    static bool accepts(std::string_view text);
    static bool acceptsEmbedded(std::string_view text);
    // The symbols that may legally follow `prefix` in an embedded string (in `symbols` order);
    // empty if the prefix is complete or illegal.
    static std::string legalNextEmbedded(std::string_view prefix);
    static std::string legalNext(std::string_view prefix); // same, plain grammar
};

} // namespace rnn
