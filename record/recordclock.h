/* SPDX-License-Identifier: MIT */
/* The time stamps of the events (docs/hrec.md, "Time"), for recordlib.c.
 *
 * Reading the time stamp counter for every event was most of the
 * recording's cost (some 20 ns in a virtual machine, two per malloc/free
 * pair). So each thread keeps a logical clock in ticks instead: one tick
 * more than its previous event, raised to the counter only every
 * kSampleEvery events. Alone that would order the threads' events by
 * nothing real; what the reader needs is that two events on the same
 * address in different threads (a free, then the malloc that reuses the
 * block; a malloc, then a free in another thread) sort in the order they
 * happened. So every event also raises its stamp above the last stamp
 * published on its address and publishes its own. A free publishes before
 * the block goes back and an allocation reads after it returns, so the
 * allocator's own synchronisation carries the stamp from one to the other.
 *
 * The stamps live in a table indexed by address. A compare-and-swap to
 * keep each entry growing when addresses that share it race cost about as
 * much as the counter, so an entry is two plain words instead, the stamp
 * and the address XOR the stamp, and is used only when they agree with
 * the address: a torn or overwritten entry yields the counter instead,
 * read with a fence (some 20 ns, rare), and no stamp is ever later than
 * the counter at its event (each step adds one tick, fewer than pass
 * between two events), so the counter is later than anything published.
 * An entry torn by two other addresses that share it passes the check
 * with a wrong stamp only if the XOR of their stamps equals the XOR of one
 * writer's address and the reader's (docs/hrec.md, "Time"). The stamps stay within
 * kSampleEvery events of real time; the reader converts them as ticks. */
#ifndef HEAPBOARD_RECORDCLOCK_H
#define HEAPBOARD_RECORDCLOCK_H

#include "recordfile.h"

#include <stdint.h>

/* Static TLS: no __tls_get_addr, which may allocate, on the way in. */
#define RECORD_CLOCK_TLS __thread __attribute__((tls_model("initial-exec")))

enum {
    kClockSlotBits = 16, /* 1 MiB of entries, touched only where used */
    kSampleEvery = 256 /* events between two readings of the counter */
};

typedef struct ClockSlot {
    uint64_t stamp;
    uint64_t check; /* the address XOR the stamp */
} ClockSlot;

static ClockSlot g_clockSlots[1u << kClockSlotBits];
/* A thread's state, the library's and the clock's, in one thread-local
 * variable: the hooks find it with one look-up of its offset, not one per
 * field. */
struct ThreadLog;
typedef struct RecordThread {
    struct ThreadLog *log;
    int guard; /* inside the library: allocations pass unrecorded */
    int exited; /* the thread's log is gone: write events at once */
    uint64_t clock; /* the stamp of the thread's latest event */
    unsigned untilSample; /* 0: read the counter at the next event */
} RecordThread;

static RECORD_CLOCK_TLS RecordThread t_self;

static inline ClockSlot *clockSlot(uintptr_t address)
{
    /* Blocks are 16-byte aligned. A hash of all the bits above (Knuth's
     * multiplicative one), not the low ones alone: the arenas of different
     * threads lie 64 MiB apart, and their blocks would share entries. */
    const uint64_t h = ((uint64_t)address >> 4) * 0x9E3779B97F4A7C15ull;
    return &g_clockSlots[h >> (64 - kClockSlotBits)];
}

/* The stamp, raised above whatever was published on the address. */
static inline uint64_t clockSeen(uint64_t stamp, uintptr_t address)
{
    const ClockSlot *slot = clockSlot(address);
    const uint64_t seen = __atomic_load_n(&slot->stamp, __ATOMIC_ACQUIRE);
    const uint64_t check = __atomic_load_n(&slot->check, __ATOMIC_ACQUIRE);
    if (__builtin_expect((seen ^ check) != (uint64_t)address, 0)) {
        const uint64_t now = recordTicks(); /* later than every stamp before it */
        return now > stamp ? now : stamp;
    }
    return seen >= stamp ? seen + 1 : stamp;
}

static inline void clockPublish(uintptr_t address, uint64_t stamp)
{
    ClockSlot *slot = clockSlot(address);
    __atomic_store_n(&slot->stamp, stamp, __ATOMIC_RELEASE);
    __atomic_store_n(&slot->check, stamp ^ (uint64_t)address, __ATOMIC_RELEASE);
}

/* The stamp of an event on address (and on old, a realloc's block, when
 * not 0): call it before a free gives the block back and after an
 * allocation returns. */
static inline __attribute__((always_inline)) uint64_t clockStamp(uintptr_t old, uintptr_t address)
{
    uint64_t stamp = t_self.clock + 1;
    if (__builtin_expect(t_self.untilSample == 0, 0)) {
        const uint64_t now = recordTicks();
        if (now > stamp)
            stamp = now;
        t_self.untilSample = kSampleEvery;
    }
    --t_self.untilSample;
    if (old)
        stamp = clockSeen(stamp, old);
    if (address)
        stamp = clockSeen(stamp, address);
    if (old)
        clockPublish(old, stamp);
    if (address)
        clockPublish(address, stamp);
    t_self.clock = stamp;
    return stamp;
}

#endif
