// Where this running instance autosaves. Each instance of the app claims a slot of its own in the
// user's data folder (autosave.rnnlab, then autosave-2.rnnlab, ...) and holds it with a lock file
// for as long as it runs, so two windows open at once never overwrite each other's autosave, and
// a new instance offers to restore only work whose instance is gone: a slot whose lock is held by
// a live process is skipped; the lock of a crashed or killed one is stale (its process is not
// running) and is taken over, together with the work it left.
#pragma once

#include <QString>

namespace rnnlab::autosave {

// The autosave file of this process's slot (claimed on the first call, held until exit). When
// every slot is held (more than maxSlots instances), a file named after the process id.
QString slotPath();

constexpr int maxSlots = 16;

} // namespace rnnlab::autosave
