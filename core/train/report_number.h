// reportNumber: a number as the terminal reports print it (fixed digits, or %g when it is huge
// or not finite). Shared by the evaluations' brief reports and Experiment::summary().
#pragma once

#include <string>

namespace rnn {

std::string reportNumber(double value, int digits = 4);

} // namespace rnn
