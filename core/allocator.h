// Keeping freed memory for the next batch. glibc's malloc serves blocks above a threshold
// (128 KiB at first) with mmap and gives them back with munmap; training allocates and frees
// the same large matrices for every batch, on a new thread per gradient slice, so the kernel
// mapped and zeroed them again every time: `rnnlab-train --preset emotions` took 4.2-4.5 s, 1.4
// s of it system time. keepFreedMemory() raises the mmap threshold to 32 MiB (glibc's largest)
// and the trim threshold to 256 MiB, so freed blocks are reused: 2.9-3.2 s, 0.2 s of system time
// (2026-12-02, 2 cores). The numbers do not change. A no-op where the
// C library is not glibc. Programs call it once, first thing in main().
#pragma once

namespace rnn {

void keepFreedMemory();

} // namespace rnn
