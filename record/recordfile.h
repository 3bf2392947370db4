/* SPDX-License-Identifier: MIT */
/* The .hrec file of a recorded process: which file (docs/hrec.md, "Files"),
 * its header, and whole chunks written to it under one lock. */
#ifndef HEAPBOARD_RECORDFILE_H
#define HEAPBOARD_RECORDFILE_H

#include <pthread.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct RecordFile {
    pthread_mutex_t lock;
    int fd; /* -1 until the first chunk is written */
    int failed; /* could not be opened: nothing more is tried */
    int forked; /* this process is a forked child of a recorded one */
    pid_t mainPid; /* the process heapboard-record started */
    uint64_t startMono, startReal; /* when the recording of this process began */
    uint64_t startTicks; /* recordTicks() then */
    char out[4096]; /* HEAPBOARD_RECORD_OUT */
} RecordFile;

/* From the environment heapboard-record set; 0 when it is not set (the
 * library was preloaded by hand): then nothing is recorded. */
int recordFileInit(RecordFile *file);
void recordFileLock(RecordFile *file);
void recordFileUnlock(RecordFile *file);
/* Under the lock: fills the chunk's header (HREC_CHUNK_HEADER bytes before
 * its events) and writes it whole, opening the file first if need be. */
void recordFileWriteChunk(RecordFile *file, unsigned char *chunk, uint32_t tid, uint32_t length,
                          uint32_t count);
/* In a forked child: a lock of its own, and a file of its own to come. */
void recordFileAfterFork(RecordFile *file);
uint32_t recordFileTid(void);

/* The time stamp counter on x86-64, CLOCK_MONOTONIC nanoseconds elsewhere:
 * "ticks". Read every so many events (record/recordclock.h) and when a
 * chunk is written, with a CLOCK_MONOTONIC reading beside it from which the
 * reader converts. */
#if defined(__x86_64__)
#include <x86intrin.h>
static inline uint64_t recordTicks(void)
{
    _mm_lfence();
    return __rdtsc();
}
#else
#include <time.h>
static inline uint64_t recordTicks(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}
#endif
uint64_t recordFileClock(int clock);

#endif
