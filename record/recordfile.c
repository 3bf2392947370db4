/* SPDX-License-Identifier: MIT */
#define _GNU_SOURCE
#include "recordfile.h"

#include "hrecformat.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

uint64_t recordFileClock(int clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint32_t recordFileTid(void)
{
    return (uint32_t)syscall(SYS_gettid);
}

static void startClock(RecordFile *file)
{
    file->startTicks = recordTicks();
    file->startMono = recordFileClock(CLOCK_MONOTONIC);
    file->startReal = recordFileClock(CLOCK_REALTIME);
}

int recordFileInit(RecordFile *file)
{
    const char *out = getenv("HEAPBOARD_RECORD_OUT");
    const char *pid = getenv("HEAPBOARD_RECORD_PID");
    if (!out || !*out || strlen(out) >= sizeof file->out || !pid)
        return 0;
    pthread_mutex_init(&file->lock, NULL);
    file->fd = -1;
    strcpy(file->out, out);
    file->mainPid = (pid_t)strtol(pid, NULL, 10);
    startClock(file);
    return 1;
}

void recordFileLock(RecordFile *file)
{
    pthread_mutex_lock(&file->lock);
}

void recordFileUnlock(RecordFile *file)
{
    pthread_mutex_unlock(&file->lock);
}

void recordFileAfterFork(RecordFile *file)
{
    pthread_mutex_init(&file->lock, NULL);
    if (file->fd >= 0)
        close(file->fd); /* the parent's: the child never writes to it */
    file->fd = -1;
    file->failed = 0;
    file->forked = 1;
    startClock(file);
}

static int writeAll(int fd, const unsigned char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return 0;
        data += n;
        size -= (size_t)n;
    }
    return 1;
}

static char *putText(char *p, const char *end, const char *text)
{
    while (*text && p < end)
        *p++ = *text++;
    return p;
}

static char *putNumber(char *p, const char *end, unsigned long n)
{
    char digits[24];
    int k = 0;
    do
        digits[k++] = (char)('0' + n % 10);
    while ((n /= 10) != 0);
    while (k > 0 && p < end)
        *p++ = digits[--k];
    return p;
}

/* OUT without ".hrec", then ".PID.hrec", ".PID-2.hrec", ...: the first that
 * does not exist yet (an exec keeps the pid). */
static int openNumbered(const RecordFile *file, char *path, size_t size)
{
    size_t stem = strlen(file->out);
    if (stem > 5 && strcmp(file->out + stem - 5, ".hrec") == 0)
        stem -= 5;
    for (unsigned attempt = 1; attempt < 100; ++attempt) {
        const char *end = path + size - 1;
        char *p = path + stem;
        memcpy(path, file->out, stem);
        p = putNumber(putText(p, end, "."), end, (unsigned long)getpid());
        if (attempt > 1)
            p = putNumber(putText(p, end, "-"), end, attempt);
        *putText(p, end, ".hrec") = '\0';
        const int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    return -1;
}

static void put16(unsigned char *p, uint16_t v)
{
    memcpy(p, &v, 2); /* the format is little-endian, as are the machines it runs on */
}
static void put32(unsigned char *p, uint32_t v)
{
    memcpy(p, &v, 4);
}
static void put64(unsigned char *p, uint64_t v)
{
    memcpy(p, &v, 8);
}

static int writeHeader(const RecordFile *file, int fd, uint32_t origin)
{
    unsigned char header[HREC_HEADER_FIXED + 1024];
    memset(header, 0, HREC_HEADER_FIXED);
    const ssize_t pathLength = readlink("/proc/self/exe", (char *)header + HREC_HEADER_FIXED, 1024);
    const uint32_t length = pathLength > 0 ? (uint32_t)pathLength : 0;
    memcpy(header, HREC_MAGIC, HREC_MAGIC_SIZE);
    put16(header + 8, HREC_VERSION);
    header[10] = (unsigned char)sizeof(void *);
    header[11] = HREC_LITTLE_ENDIAN;
    put32(header + 12, HREC_HEADER_FIXED + length);
    put32(header + 16, (uint32_t)getpid());
    put32(header + 20, (uint32_t)getppid());
    put64(header + 24, file->startReal);
    put64(header + 32, file->startMono);
    put32(header + 40, origin);
    put32(header + 44, length);
    put64(header + 48, file->startTicks);
    return writeAll(fd, header, HREC_HEADER_FIXED + length);
}

static int openOutput(RecordFile *file)
{
    if (file->fd >= 0 || file->failed)
        return file->fd >= 0;
    int fd = -1;
    uint32_t origin = file->forked ? HREC_ORIGIN_FORK : HREC_ORIGIN_OTHER;
    char path[sizeof file->out + 32];
    strcpy(path, file->out);
    if (!file->forked && getpid() == file->mainPid) {
        /* heapboard-record made OUT empty; an image after an exec finds
         * it written and takes a numbered name. */
        struct stat st;
        fd = open(file->out, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0666);
        if (fd >= 0 && (fstat(fd, &st) != 0 || st.st_size != 0)) {
            close(fd);
            fd = -1;
        } else {
            origin = HREC_ORIGIN_MAIN;
        }
    }
    if (fd < 0)
        fd = openNumbered(file, path, sizeof path);
    if (fd < 0 || !writeHeader(file, fd, origin)) {
        const char *why = strerror(errno);
        char message[sizeof path + 256];
        char *end = message + sizeof message - 1;
        char *p = putText(putText(putText(message, end, "heapboard-record: cannot write "), end, path), end,
                          ": ");
        *p = '\0';
        p = putText(putText(p, end, why), end, "\n");
        writeAll(2, (const unsigned char *)message, (size_t)(p - message));
        if (fd >= 0)
            close(fd);
        file->failed = 1;
        return 0;
    }
    file->fd = fd;
    return 1;
}

void recordFileWriteChunk(RecordFile *file, unsigned char *chunk, uint32_t tid, uint32_t length,
                          uint32_t count)
{
    const int saved = errno;
    if (openOutput(file)) {
        put32(chunk, HREC_CHUNK_TAG);
        put32(chunk + 4, tid);
        put32(chunk + 8, length);
        put32(chunk + 12, count);
        put64(chunk + 16, recordTicks()); /* a pair for the reader's conversion */
        put64(chunk + 24, recordFileClock(CLOCK_MONOTONIC));
        writeAll(file->fd, chunk, HREC_CHUNK_HEADER + length);
    }
    errno = saved;
}
