// Keeping freed memory for the next batch. glibc's malloc serves blocks above a threshold
// (128 KiB at first) with mmap and gives them back with munmap; training allocates and frees
// the same large matrices for every batch, on a new thread per gradient slice, so the kernel
// mapped and zeroed them again every time: on the GoEmotions exercise 1.4 s of the 4.9 s were
// system time. keepFreedMemory() raises the mmap threshold to 32 MiB (glibc's largest) and the
// trim threshold to 256 MiB, so freed blocks are reused: 3.0-3.4 s, 0.25 s of system time
// (`rnnlab-train --preset emotions`, 2026-12-02). The numbers do not change. A no-op where the
// C library is not glibc. Programs call it once, first thing in main().
#pragma once

namespace rnn {

void keepFreedMemory();

} // namespace rnn
