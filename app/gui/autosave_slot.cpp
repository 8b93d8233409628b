// Implementation of autosave_slot.h.
#include "autosave_slot.h"

#include "session_document.h"

#include <QCoreApplication>
#include <QLockFile>

#include <memory>

namespace rnnlab::autosave {

namespace {

// The lock of this process's slot, unlocked (its file removed) when the process exits normally.
std::unique_ptr<QLockFile> heldLock;

QString claim()
{
    const QString dir = appDataDirectory();
    for (int slot = 1; slot <= maxSlots; ++slot) {
        const QString base = dir
            + (slot == 1 ? QStringLiteral("/autosave") : QStringLiteral("/autosave-%1").arg(slot));
        auto lock = std::make_unique<QLockFile>(base + QStringLiteral(".lock"));
        // Only a dead owner makes a lock stale, never its age: the app runs for hours.
        lock->setStaleLockTime(0);
        if (lock->tryLock(0)) {
            heldLock = std::move(lock); // held until the process ends
            return base + QStringLiteral(".rnnlab");
        }
    }
    return dir + QStringLiteral("/autosave-pid%1.rnnlab").arg(QCoreApplication::applicationPid());
}

} // namespace

QString slotPath()
{
    static const QString path = claim();
    return path;
}

} // namespace rnnlab::autosave
