/* SPDX-License-Identifier: MIT */
/* libheapboard-record.so: preloaded by heapboard-record, it records every
 * malloc, calloc, realloc, reallocarray, free, aligned_alloc,
 * posix_memalign, memalign, valloc and pvalloc of the process into an .hrec
 * file (docs/hrec.md). Plain C and no sanitizers: it is loaded into programs
 * that know nothing of libstdc++ or ASan.
 *
 * Each thread encodes its events into a buffer of its own (no lock on the
 * way), and writes the buffer as one chunk, with one write() under a lock,
 * when it is nearly full, when its first event is 10^8 ticks old (0.1 s or less), when
 * the thread exits and when the process exits. A reader reads every whole
 * event of a file cut anywhere (docs/hrec.md, "Reading"). */
#define _GNU_SOURCE
#include "recordlib.h"

#include "hrecformat.h"
#include "recordclock.h"
#include "recordfile.h"

#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#define EXPORT __attribute__((visibility("default")))

enum {
    kLogBytes = 256 * 1024, /* one mapping per thread */
    kFlushAgeTicks = 100 * 1000 * 1000 /* 0.1 s in ns, some 40 ms of a 2.5 GHz TSC */
};

typedef struct ThreadLog {
    struct ThreadLog *next;
    uint32_t tid;
    /* Bytes of events | count << 32: one store, read by the exit flush. */
    uint64_t fill;
    uint64_t firstTime, lastTime, lastAddress;
    unsigned char chunk[]; /* HREC_CHUNK_HEADER bytes, then the events */
} ThreadLog;

#define LOG_CAPACITY (kLogBytes - sizeof(ThreadLog) - HREC_CHUNK_HEADER)

static struct {
    void *(*malloc)(size_t);
    void *(*calloc)(size_t, size_t);
    void *(*realloc)(void *, size_t);
    void *(*reallocarray)(void *, size_t, size_t);
    void (*free)(void *);
    void *(*aligned_alloc)(size_t, size_t);
    int (*posix_memalign)(void **, size_t, size_t);
    void *(*memalign)(size_t, size_t);
    void *(*valloc)(size_t);
    void *(*pvalloc)(size_t);
} real;

static int g_initState; /* 0 not begun, 1 under way, 2 done */
static int g_enabled;
static int g_finished; /* after the exit flush: every event written at once */
static pthread_key_t g_key;
static ThreadLog *g_logs; /* every thread's, under g_file.lock */
static RecordFile g_file;

/* dlsym allocates before the real functions are known: from here, never
 * freed. Its blocks carry their size just before them for realloc. */
static _Alignas(64) unsigned char g_bootstrap[64 * 1024];
static size_t g_bootstrapUsed;

static void *bootstrapAlloc(size_t size, size_t alignment)
{
    if (alignment < 16)
        alignment = 16;
    size_t start = __atomic_load_n(&g_bootstrapUsed, __ATOMIC_RELAXED);
    size_t at, end;
    do {
        at = (start + sizeof(size_t) + alignment - 1) / alignment * alignment;
        end = at + size;
        if (end > sizeof g_bootstrap || end < at)
            return NULL;
    } while (
        !__atomic_compare_exchange_n(&g_bootstrapUsed, &start, end, 0, __ATOMIC_RELAXED, __ATOMIC_RELAXED));
    memcpy(g_bootstrap + at - sizeof(size_t), &size, sizeof size);
    return g_bootstrap + at;
}

static int isBootstrap(const void *p)
{
    return (const unsigned char *)p >= g_bootstrap
        && (const unsigned char *)p < g_bootstrap + sizeof g_bootstrap;
}

static inline unsigned char *putVarint(unsigned char *p, uint64_t v)
{
    while (v >= 0x80) {
        *p++ = (unsigned char)(v | 0x80);
        v >>= 7;
    }
    *p++ = (unsigned char)v;
    return p;
}

static inline unsigned char *putAddress(unsigned char *p, uint64_t address, uint64_t *last)
{
    const int64_t delta = (int64_t)(address - *last);
    *last = address;
    return putVarint(p, ((uint64_t)delta << 1) ^ (uint64_t)(delta >> 63)); /* zigzag */
}

/* One event at p: kind, time since the previous event of the chunk (the
 * first: since the recording began; in the kind byte when short),
 * addresses as differences, numbers. */
static inline __attribute__((always_inline)) unsigned char *encode(unsigned char *p, unsigned kind,
                                                                   uint64_t time, uint64_t *lastTime,
                                                                   uint64_t *lastAddress, uintptr_t old,
                                                                   uintptr_t address, uint64_t a, uint64_t b)
{
    const uint64_t dt = time >= *lastTime ? time - *lastTime : 0;
    *lastTime = time;
    if (dt < HREC_SHORT_TIMES) {
        *p++ = (unsigned char)(kind | (dt + 1) << 4);
    } else {
        *p++ = (unsigned char)kind;
        p = putVarint(p, dt);
    }
    if (hrecHasOldAddress(kind))
        p = putAddress(p, old, lastAddress);
    p = putAddress(p, address, lastAddress);
    const int numbers = hrecNumberCount(kind);
    if (numbers > 0)
        p = putVarint(p, a);
    if (numbers > 1)
        p = putVarint(p, b);
    return p;
}

/* Under the lock: the log's events as one chunk, then an empty log. */
static void flushLocked(ThreadLog *log, int reset)
{
    const uint64_t fill = __atomic_load_n(&log->fill, __ATOMIC_ACQUIRE);
    if ((uint32_t)fill != 0 && !g_finished)
        recordFileWriteChunk(&g_file, log->chunk, log->tid, (uint32_t)fill, (uint32_t)(fill >> 32));
    if (reset)
        __atomic_store_n(&log->fill, 0, __ATOMIC_RELEASE);
}

/* An event with no log to hold it (a thread past its exit, the process
 * past its exit flush): a chunk of its own, written at once. */
static void writeAtOnce(unsigned kind, uintptr_t old, uintptr_t address, uint64_t a, uint64_t b)
{
    unsigned char chunk[HREC_CHUNK_HEADER + HREC_MAX_EVENT];
    uint64_t lastTime = g_file.startTicks, lastAddress = 0;
    const uint64_t time = clockStamp(old, address);
    const unsigned char *end
        = encode(chunk + HREC_CHUNK_HEADER, kind, time, &lastTime, &lastAddress, old, address, a, b);
    recordFileLock(&g_file);
    recordFileWriteChunk(&g_file, chunk, recordFileTid(), (uint32_t)(end - chunk - HREC_CHUNK_HEADER), 1);
    recordFileUnlock(&g_file);
}

static void threadExit(void *value)
{
    ThreadLog *log = value;
    ++t_self.guard;
    recordFileLock(&g_file);
    flushLocked(log, 1);
    for (ThreadLog **p = &g_logs; *p; p = &(*p)->next) {
        if (*p == log) {
            *p = log->next;
            break;
        }
    }
    recordFileUnlock(&g_file);
    t_self.log = NULL;
    t_self.exited = 1;
    munmap(log, kLogBytes);
    --t_self.guard;
}

static ThreadLog *attach(void)
{
    void *memory = mmap(NULL, kLogBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED)
        return NULL;
    ThreadLog *log = memory;
    log->tid = recordFileTid();
    recordFileLock(&g_file);
    log->next = g_logs;
    g_logs = log;
    recordFileUnlock(&g_file);
    pthread_setspecific(g_key, log); /* may calloc: t_self.guard is set */
    t_self.log = log;
    return log;
}

static __attribute__((noinline, cold)) void flushFull(ThreadLog *log)
{
    recordFileLock(&g_file);
    flushLocked(log, 1);
    recordFileUnlock(&g_file);
}

/* The event into the thread's log, inlined into each hook so that the
 * encoding of its kind is known when compiled. */
static inline __attribute__((always_inline)) void recordInto(ThreadLog *log, unsigned kind, uintptr_t old,
                                                             uintptr_t address, uint64_t a, uint64_t b)
{
    const uint64_t time = clockStamp(old, address); /* record/recordclock.h */
    uint64_t fill = log->fill;
    if ((uint32_t)fill == 0) {
        log->firstTime = time;
        log->lastTime = g_file.startTicks;
        log->lastAddress = 0;
    }
    unsigned char *start = log->chunk + HREC_CHUNK_HEADER;
    const unsigned char *end
        = encode(start + (uint32_t)fill, kind, time, &log->lastTime, &log->lastAddress, old, address, a, b);
    fill = (uint64_t)(end - start) | (((fill >> 32) + 1) << 32);
    __atomic_store_n(&log->fill, fill, __ATOMIC_RELEASE);
    if (__builtin_expect(
            (uint32_t)fill > LOG_CAPACITY - HREC_MAX_EVENT || time - log->firstTime > kFlushAgeTicks, 0))
        flushFull(log);
}

/* A thread's first event, or one after its exit or the process's. */
static __attribute__((noinline, cold)) void recordWithoutLog(unsigned kind, uintptr_t old, uintptr_t address,
                                                             uint64_t a, uint64_t b)
{
    if (t_self.exited || __atomic_load_n(&g_finished, __ATOMIC_RELAXED)) {
        writeAtOnce(kind, old, address, a, b);
        return;
    }
    const int saved = errno;
    ThreadLog *log = attach();
    errno = saved;
    if (log)
        recordInto(log, kind, old, address, a, b);
}

/* Called with t_self.guard set, so that nothing here is recorded. A thread
 * past its exit has no log (threadExit). */
static inline __attribute__((always_inline)) void record(unsigned kind, uintptr_t old, uintptr_t address,
                                                         uint64_t a, uint64_t b)
{
    ThreadLog *log = t_self.log;
    if (__builtin_expect(!log || __atomic_load_n(&g_finished, __ATOMIC_RELAXED), 0))
        recordWithoutLog(kind, old, address, a, b);
    else
        recordInto(log, kind, old, address, a, b);
}

/* fork: the parent's lock is held across it, so the child never inherits
 * it locked by a thread it does not have; the child starts a file of its
 * own, and forgets the other threads' logs, which are the parent's. */
static void beforeFork(void)
{
    ++t_self.guard;
    recordFileLock(&g_file);
    if (t_self.log)
        flushLocked(t_self.log, 1);
}

static void afterForkParent(void)
{
    recordFileUnlock(&g_file);
    --t_self.guard;
}

static void afterForkChild(void)
{
    recordFileAfterFork(&g_file); /* a new lock, no file yet, a new start */
    for (ThreadLog *log = g_logs; log;) {
        ThreadLog *next = log->next;
        if (log != t_self.log)
            munmap(log, kLogBytes);
        log = next;
    }
    g_logs = t_self.log;
    if (t_self.log) {
        t_self.log->next = NULL;
        t_self.log->tid = recordFileTid();
        t_self.log->fill = 0;
    }
    t_self.untilSample = 0; /* the child's stamps begin at its own start */
    --t_self.guard;
}

/* POSIX's way to a function pointer from dlsym's void *. */
void recordLookup(void *slot, const char *name)
{
    void *function = dlsym(RTLD_NEXT, name);
    memcpy(slot, &function, sizeof function);
}

static void init(void)
{
    int expected = 0;
    if (!__atomic_compare_exchange_n(&g_initState, &expected, 1, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        return; /* under way in this thread (dlsym) or another */
    recordLookup(&real.malloc, "malloc");
    recordLookup(&real.calloc, "calloc");
    recordLookup(&real.realloc, "realloc");
    recordLookup(&real.reallocarray, "reallocarray");
    recordLookup(&real.free, "free");
    recordLookup(&real.aligned_alloc, "aligned_alloc");
    recordLookup(&real.posix_memalign, "posix_memalign");
    recordLookup(&real.memalign, "memalign");
    recordLookup(&real.valloc, "valloc");
    recordLookup(&real.pvalloc, "pvalloc");
    ++t_self.guard;
    if (real.malloc && real.free && recordFileInit(&g_file) && pthread_key_create(&g_key, threadExit) == 0
        && pthread_atfork(beforeFork, afterForkParent, afterForkChild) == 0)
        g_enabled = 1;
    --t_self.guard;
    __atomic_store_n(&g_initState, 2, __ATOMIC_RELEASE);
}

/* At exit (the library's destructor runs after the program's atexit
 * handlers): every thread's events; later ones are written one by one. */
__attribute__((destructor)) static void finish(void)
{
    if (!g_enabled)
        return;
    ++t_self.guard;
    recordFileLock(&g_file);
    for (ThreadLog *log = g_logs; log; log = log->next)
        flushLocked(log, log == t_self.log);
    __atomic_store_n(&g_finished, 1, __ATOMIC_RELAXED);
    recordFileUnlock(&g_file);
    --t_self.guard;
}

__attribute__((constructor)) static void start(void)
{
    init();
}

/* The real functions once known; until then the hooks use the bootstrap
 * buffer. */
static int ready(void)
{
    if (__builtin_expect(__atomic_load_n(&g_initState, __ATOMIC_ACQUIRE) == 2, 1))
        return 1;
    init();
    return __atomic_load_n(&g_initState, __ATOMIC_ACQUIRE) == 2;
}

#define RECORDING() (g_enabled && !t_self.guard)

EXPORT void *malloc(size_t size)
{
    if (!ready())
        return bootstrapAlloc(size, 16);
    if (!RECORDING())
        return real.malloc(size);
    ++t_self.guard;
    void *p = real.malloc(size);
    record(HREC_MALLOC, 0, (uintptr_t)p, size, 0);
    --t_self.guard;
    return p;
}

EXPORT void *calloc(size_t count, size_t size)
{
    if (!ready())
        return count && size > SIZE_MAX / count ? NULL
                                                : bootstrapAlloc(count * size, 16); /* zero: unused before */
    if (!RECORDING())
        return real.calloc(count, size);
    ++t_self.guard;
    void *p = real.calloc(count, size);
    record(HREC_CALLOC, 0, (uintptr_t)p, count, size);
    --t_self.guard;
    return p;
}

/* A block from the bootstrap buffer moves to the real heap. */
static void *moveBootstrap(void *old, size_t size)
{
    size_t oldSize;
    memcpy(&oldSize, (unsigned char *)old - sizeof(size_t), sizeof oldSize);
    void *p = malloc(size);
    if (p)
        memcpy(p, old, oldSize < size ? oldSize : size);
    return p;
}

EXPORT void *realloc(void *old, size_t size)
{
    if (!ready())
        return old ? NULL : bootstrapAlloc(size, 16);
    if (old && isBootstrap(old))
        return moveBootstrap(old, size);
    if (!RECORDING())
        return real.realloc(old, size);
    ++t_self.guard;
    void *p = real.realloc(old, size);
    record(HREC_REALLOC, (uintptr_t)old, (uintptr_t)p, size, 0);
    --t_self.guard;
    return p;
}

EXPORT void *reallocarray(void *old, size_t count, size_t size)
{
    if (!ready() || !real.reallocarray)
        return NULL;
    if (old && isBootstrap(old))
        return count && size > SIZE_MAX / count ? NULL : moveBootstrap(old, count * size);
    if (!RECORDING())
        return real.reallocarray(old, count, size);
    ++t_self.guard;
    void *p = real.reallocarray(old, count, size);
    record(HREC_REALLOCARRAY, (uintptr_t)old, (uintptr_t)p, count, size);
    --t_self.guard;
    return p;
}

EXPORT void free(void *p)
{
    if (!p || isBootstrap(p) || !ready())
        return;
    if (!RECORDING()) {
        real.free(p);
        return;
    }
    /* Recorded before the block is given back: another thread may get the
     * same address at once, and its malloc must come later in the log. */
    ++t_self.guard;
    record(HREC_FREE, 0, (uintptr_t)p, 0, 0);
    real.free(p);
    --t_self.guard;
}

EXPORT void *aligned_alloc(size_t alignment, size_t size)
{
    if (!ready())
        return bootstrapAlloc(size, alignment);
    if (!RECORDING())
        return real.aligned_alloc(alignment, size);
    ++t_self.guard;
    void *p = real.aligned_alloc(alignment, size);
    record(HREC_ALIGNED_ALLOC, 0, (uintptr_t)p, alignment, size);
    --t_self.guard;
    return p;
}

EXPORT int posix_memalign(void **out, size_t alignment, size_t size)
{
    if (!ready()) {
        *out = bootstrapAlloc(size, alignment);
        return *out ? 0 : 12; /* ENOMEM */
    }
    if (!RECORDING())
        return real.posix_memalign(out, alignment, size);
    ++t_self.guard;
    const int result = real.posix_memalign(out, alignment, size);
    record(HREC_POSIX_MEMALIGN, 0, result == 0 ? (uintptr_t)*out : 0, alignment, size);
    --t_self.guard;
    return result;
}

EXPORT void *memalign(size_t alignment, size_t size)
{
    if (!ready())
        return bootstrapAlloc(size, alignment);
    if (!RECORDING())
        return real.memalign(alignment, size);
    ++t_self.guard;
    void *p = real.memalign(alignment, size);
    record(HREC_MEMALIGN, 0, (uintptr_t)p, alignment, size);
    --t_self.guard;
    return p;
}

EXPORT void *valloc(size_t size)
{
    if (!ready())
        return bootstrapAlloc(size, 4096);
    if (!RECORDING())
        return real.valloc(size);
    ++t_self.guard;
    void *p = real.valloc(size);
    record(HREC_VALLOC, 0, (uintptr_t)p, size, 0);
    --t_self.guard;
    return p;
}

EXPORT void *pvalloc(size_t size)
{
    if (!ready())
        return bootstrapAlloc(size, 4096);
    if (!RECORDING() || !real.pvalloc)
        return real.pvalloc ? real.pvalloc(size) : NULL;
    ++t_self.guard;
    void *p = real.pvalloc(size);
    record(HREC_PVALLOC, 0, (uintptr_t)p, size, 0);
    --t_self.guard;
    return p;
}

/* Before _exit or an exec (record/recordexit.c). */
void recordFlushBeforeLeaving(int allThreads)
{
    if (__atomic_load_n(&g_initState, __ATOMIC_ACQUIRE) != 2 || !g_enabled)
        return;
    const int saved = errno;
    ++t_self.guard;
    recordFileLock(&g_file);
    for (ThreadLog *log = g_logs; log; log = log->next) {
        if (log == t_self.log || allThreads)
            flushLocked(log, log == t_self.log);
    }
    recordFileUnlock(&g_file);
    --t_self.guard;
    errno = saved;
}
