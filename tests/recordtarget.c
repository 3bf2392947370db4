/* SPDX-License-Identifier: MIT */
/* The program tst_record records (plain C, no sanitizers, -fno-builtin so
 * that no call is optimized away):
 *   recordtarget list FILE  a known sequence of calls, written to FILE as
 *                           the lines hrecEventText() makes, each after its
 *                           thread id; a forked child's to FILE.child
 *   recordtarget exit N     "out" on stdout, "err" on stderr, exit N
 *   recordtarget signal     dies of SIGTERM
 *   recordtarget loop       allocates until it is killed
 * Between the start and the end marker (malloc of 1000001 and of 1000002
 * bytes) nothing else allocates: no stdio, no thread creation. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <malloc.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char g_list[16384];
static size_t g_used;

static void line(const char *format, ...) __attribute__((format(printf, 1, 2)));
static void line(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    g_used += (size_t)snprintf(g_list + g_used, sizeof g_list - g_used, "%ld ", (long)syscall(SYS_gettid));
    g_used += (size_t)vsnprintf(g_list + g_used, sizeof g_list - g_used, format, args);
    va_end(args);
}

static unsigned long address(const void *p)
{
    return (unsigned long)(uintptr_t)p;
}

static int writeList(const char *path)
{
    const int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || write(fd, g_list, g_used) != (ssize_t)g_used)
        return 1;
    return close(fd);
}

/* The other thread: frees what the main thread hands it, allocates one
 * block the main thread frees. */
static sem_t g_go, g_done;
static void *g_handed[2];
static void *g_fromWorker;

static void *worker(void *unused)
{
    (void)unused;
    sem_wait(&g_go);
    for (int i = 0; i < 2; ++i) {
        line("free 0x%lx\n", address(g_handed[i]));
        free(g_handed[i]);
    }
    g_fromWorker = malloc(48);
    line("malloc 48 = 0x%lx\n", address(g_fromWorker));
    sem_post(&g_done);
    return NULL;
}

/* In a forked child: its own calls, and a free of a block of the parent's,
 * which its file never saw allocated. */
static int child(const char *path, void *inherited)
{
    g_used = 0;
    void *p = malloc(64);
    line("malloc 64 = 0x%lx\n", address(p));
    void *q = calloc(3, 16);
    line("calloc 3 16 = 0x%lx\n", address(q));
    line("free 0x%lx\n", address(p));
    free(p);
    line("free 0x%lx\n", address(inherited));
    free(inherited);
    line("free 0x%lx\n", address(q));
    free(q);
    char name[4096];
    snprintf(name, sizeof name, "%s.child", path);
    return writeList(name);
}

static void reallocs(void)
{
    void *stays = malloc(200);
    line("malloc 200 = 0x%lx\n", address(stays));
    void *shrunk = realloc(stays, 100); /* glibc shrinks in place */
    line("realloc 0x%lx 100 = 0x%lx\n", address(stays), address(shrunk));
    void *small = malloc(24);
    line("malloc 24 = 0x%lx\n", address(small));
    void *wall = malloc(24);
    line("malloc 24 = 0x%lx\n", address(wall));
    void *moved = realloc(small, 100000); /* its neighbour is taken: it moves */
    line("realloc 0x%lx 100000 = 0x%lx\n", address(small), address(moved));
    void *array = reallocarray(NULL, 10, 8);
    line("reallocarray 0x0 10 8 = 0x%lx\n", address(array));
    void *gone = realloc(array, 0); /* frees it */
    line("realloc 0x%lx 0 = 0x%lx\n", address(array), address(gone));
    void *blocks[] = { shrunk, wall, moved };
    for (int i = 0; i < 3; ++i) {
        line("free 0x%lx\n", address(blocks[i]));
        free(blocks[i]);
    }
}

static void aligned(void)
{
    void *p = NULL;
    const int result = posix_memalign(&p, 64, 100);
    line("posix_memalign 64 100 = 0x%lx\n", result == 0 ? address(p) : 0ul);
    void *q = aligned_alloc(256, 512);
    line("aligned_alloc 256 512 = 0x%lx\n", address(q));
    void *r = memalign(128, 40);
    line("memalign 128 40 = 0x%lx\n", address(r));
    void *s = valloc(100);
    line("valloc 100 = 0x%lx\n", address(s));
    void *blocks[] = { p, q, r, s };
    for (int i = 0; i < 4; ++i) {
        line("free 0x%lx\n", address(blocks[i]));
        free(blocks[i]);
    }
}

static int list(const char *path)
{
    pthread_t thread;
    sem_init(&g_go, 0, 0);
    sem_init(&g_done, 0, 0);
    if (pthread_create(&thread, NULL, worker, NULL) != 0)
        return 1;
    free(malloc(1000001)); /* the start marker */
    void *a = malloc(16);
    line("malloc 16 = 0x%lx\n", address(a));
    void *b = calloc(4, 25);
    line("calloc 4 25 = 0x%lx\n", address(b));
    free(NULL); /* not recorded: it does nothing */
    volatile size_t huge = SIZE_MAX;
    void *none = malloc(huge);
    line("malloc %zu = 0x%lx\n", (size_t)huge, address(none));
    reallocs();
    aligned();
    g_handed[0] = a;
    g_handed[1] = b;
    sem_post(&g_go);
    sem_wait(&g_done);
    line("free 0x%lx\n", address(g_fromWorker));
    free(g_fromWorker);
    void *inherited = malloc(32);
    line("malloc 32 = 0x%lx\n", address(inherited));
    const pid_t pid = fork();
    if (pid == 0)
        _exit(child(path, inherited));
    line("free 0x%lx\n", address(inherited));
    free(inherited);
    free(malloc(1000002)); /* the end marker */
    int status = 0;
    waitpid(pid, &status, 0);
    pthread_join(thread, NULL);
    char head[64];
    const int n = snprintf(head, sizeof head, "child %ld\n", (long)pid);
    memmove(g_list + n, g_list, g_used);
    memcpy(g_list, head, (size_t)n);
    g_used += (size_t)n;
    return writeList(path) || !WIFEXITED(status) || WEXITSTATUS(status) != 0;
}

static __attribute__((noreturn)) void loop(void)
{
    const struct timespec pause = { 0, 1000000 };
    for (unsigned long i = 0;; ++i) {
        free(malloc(16 + i % 512));
        nanosleep(&pause, NULL);
    }
}

int main(int argc, char *argv[])
{
    if (argc == 3 && strcmp(argv[1], "list") == 0)
        return list(argv[2]);
    if (argc == 3 && strcmp(argv[1], "exit") == 0) {
        fputs("out\n", stdout);
        fputs("err\n", stderr);
        return atoi(argv[2]);
    }
    if (argc == 2 && strcmp(argv[1], "signal") == 0)
        raise(SIGTERM);
    if (argc == 2 && strcmp(argv[1], "loop") == 0)
        loop();
    fputs("usage: recordtarget list FILE | exit N | signal | loop\n", stderr);
    return 2;
}
