// The names core gives the variables and classes of the tasks it generates (core/data/
// synthetic_tasks.cpp: "bit", "marker", "class 0", ...; the sine's "value") are English words;
// these return them in the user's language. A name read from the user's file (a CSV column, a
// label of a text set) is the user's own and is returned as it is.
#pragma once

#include <QStringList>

#include <string>
#include <vector>

namespace rnnlab {

// `generated`: the name comes from one of core's generators (ExperimentConfig::generator is not
// Generator::None); otherwise `name` is returned unchanged.
QString taskName(const std::string &name, bool generated);
QStringList taskNames(const std::vector<std::string> &names, bool generated);

} // namespace rnnlab
