/* SPDX-License-Identifier: MIT */
/* heapboard-record [-o OUT] [--] PROGRAM [ARGS...]: runs PROGRAM with
 * libheapboard-record.so preloaded, which writes its allocations to OUT
 * (default PROGRAM.PID.hrec; docs/hrec.md). It execs the program in its own
 * place: the exit status, a death by a signal, stdin, stdout and stderr are
 * the program's. Its own failures exit 125, a program it cannot run 126,
 * one it cannot find 127, as env(1) and timeout(1) do. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef HEAPBOARD_VERSION
#define HEAPBOARD_VERSION "0"
#endif
/* Where the library is installed, relative to the directory of this
 * program (CMake: from CMAKE_INSTALL_BINDIR to the library's directory). */
#ifndef HEAPBOARD_RECORD_LIBDIR
#define HEAPBOARD_RECORD_LIBDIR "../lib/heapboard"
#endif
#define LIBRARY "libheapboard-record.so"

enum { kOwnFailure = 125, kCannotRun = 126, kNotFound = 127 };

static const char kUsage[] = "Usage: heapboard-record [-o OUT] [--] PROGRAM [ARGS...]\n"
                             "\n"
                             "Run PROGRAM and record its heap: every malloc, calloc, realloc,\n"
                             "reallocarray, free, aligned_alloc, posix_memalign, memalign, valloc and\n"
                             "pvalloc, with its size, address, thread and time, to an .hrec file that\n"
                             "heapboard and heapboard-cli open (convert turns it into a .rep).\n"
                             "\n"
                             "Options:\n"
                             "  -o, --output OUT  The file to write (default: PROGRAM.PID.hrec).\n"
                             "  -h, --help        Show this help.\n"
                             "  -v, --version     Show the version.\n";

static int failUsage(const char *message)
{
    fprintf(stderr, "heapboard-record: %s\n%s", message, kUsage);
    return kOwnFailure;
}

/* The library beside this program (a build tree), or where it installs. */
static int findLibrary(char *out, size_t size)
{
    char self[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return 0;
    self[n] = '\0';
    const char *dir = dirname(self);
    const char *candidates[] = { "", HEAPBOARD_RECORD_LIBDIR "/" };
    for (size_t i = 0; i < sizeof candidates / sizeof *candidates; ++i) {
        char path[PATH_MAX * 2];
        snprintf(path, sizeof path, "%s/%s" LIBRARY, dir, candidates[i]);
        if (access(path, R_OK) == 0 && realpath(path, out) && strlen(out) < size)
            return 1;
    }
    return 0;
}

/* OUT made absolute (the program may change directory) and emptied. */
static int prepareOutput(const char *output, const char *program, char *out, size_t size)
{
    char name[PATH_MAX];
    if (output)
        snprintf(name, sizeof name, "%s", output);
    else {
        char copy[PATH_MAX];
        snprintf(copy, sizeof copy, "%s", program);
        snprintf(name, sizeof name, "%s.%ld.hrec", basename(copy), (long)getpid());
    }
    char cwd[PATH_MAX];
    int length = -1;
    if (name[0] == '/')
        length = snprintf(out, size, "%s", name);
    else if (getcwd(cwd, sizeof cwd))
        length = snprintf(out, size, "%s/%s", cwd, name);
    if (length < 0 || (size_t)length >= size)
        return 0; /* no working directory, or a path too long to pass on */
    const int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0)
        return 0;
    close(fd);
    return 1;
}

static int setEnvironment(const char *library, const char *out)
{
    char pid[32];
    snprintf(pid, sizeof pid, "%ld", (long)getpid());
    /* Ours first, so that its malloc is the one every other library sees. */
    const char *before = getenv("LD_PRELOAD");
    char preload[PATH_MAX * 4];
    snprintf(preload, sizeof preload, "%s%s%s", library, before && *before ? ":" : "", before ? before : "");
    return setenv("HEAPBOARD_RECORD_OUT", out, 1) == 0 && setenv("HEAPBOARD_RECORD_PID", pid, 1) == 0
        && setenv("LD_PRELOAD", preload, 1) == 0;
}

int main(int argc, char *argv[])
{
    const char *output = NULL;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; ++i) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            ++i;
            break;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(kUsage, stdout);
            return 0;
        }
        if (strcmp(a, "-v") == 0 || strcmp(a, "--version") == 0) {
            printf("heapboard-record %s\n", HEAPBOARD_VERSION);
            return 0;
        }
        if (strncmp(a, "--output=", 9) == 0)
            output = a + 9;
        else if ((strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) && i + 1 < argc)
            output = argv[++i];
        else if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0)
            return failUsage("-o needs a file name");
        else {
            fprintf(stderr, "heapboard-record: unknown option '%s'\n", a);
            return failUsage("see the usage");
        }
    }
    if (i >= argc)
        return failUsage("no program given");
    if (output && !*output)
        return failUsage("-o needs a file name");
    char library[PATH_MAX];
    if (!findLibrary(library, sizeof library)) {
        fprintf(stderr, "heapboard-record: cannot find %s beside %s or in %s there\n", LIBRARY, argv[0],
                HEAPBOARD_RECORD_LIBDIR);
        return kOwnFailure;
    }
    /* ld.so splits LD_PRELOAD at spaces and colons, and has no quoting. */
    if (strpbrk(library, " :")) {
        fprintf(stderr, "heapboard-record: %s: LD_PRELOAD cannot name a path with a space or colon\n",
                library);
        return kOwnFailure;
    }
    char out[PATH_MAX];
    if (!prepareOutput(output, argv[i], out, sizeof out)) {
        fprintf(stderr, "heapboard-record: cannot write %s: %s\n", output ? output : out, strerror(errno));
        return kOwnFailure;
    }
    if (!setEnvironment(library, out)) {
        fprintf(stderr, "heapboard-record: cannot set the environment: %s\n", strerror(errno));
        return kOwnFailure;
    }
    execvp(argv[i], argv + i);
    const int why = errno;
    unlink(out);
    fprintf(stderr, "heapboard-record: %s: %s\n", argv[i], strerror(why));
    return why == ENOENT ? kNotFound : kCannotRun;
}
