/* SPDX-License-Identifier: MIT */
/* Programs that leave by _exit (dash does) or replace themselves by an exec
 * skip the destructor: their events are written first, with no end to the
 * recording (the exec may fail; a vfork child shares its parent's memory). The exec'd image
 * records into a file of its own (docs/hrec.md, "Files"). */
#define _GNU_SOURCE
#include "recordlib.h"

#define EXPORT __attribute__((visibility("default")))

typedef void (*ExitFunction)(int);
typedef int (*ExecFunction)(const char *, char *const[], char *const[]);
typedef int (*ExecPathFunction)(const char *, char *const[]);

EXPORT void _exit(int status)
{
    recordFlushBeforeLeaving(1);
    ExitFunction next;
    recordLookup(&next, "_exit");
    next(status);
    __builtin_unreachable();
}

EXPORT void _Exit(int status)
{
    _exit(status);
}

EXPORT int execve(const char *path, char *const argv[], char *const envp[])
{
    recordFlushBeforeLeaving(0); /* in a vfork child: only this thread */
    ExecFunction next;
    recordLookup(&next, "execve");
    const int result = next(path, argv, envp);
    return result;
}

EXPORT int execvpe(const char *file, char *const argv[], char *const envp[])
{
    recordFlushBeforeLeaving(0); /* in a vfork child: only this thread */
    ExecFunction next;
    recordLookup(&next, "execvpe");
    const int result = next(file, argv, envp);
    return result;
}

EXPORT int execv(const char *path, char *const argv[])
{
    recordFlushBeforeLeaving(0); /* in a vfork child: only this thread */
    ExecPathFunction next;
    recordLookup(&next, "execv");
    const int result = next(path, argv);
    return result;
}

EXPORT int execvp(const char *file, char *const argv[])
{
    recordFlushBeforeLeaving(0); /* in a vfork child: only this thread */
    ExecPathFunction next;
    recordLookup(&next, "execvp");
    const int result = next(file, argv);
    return result;
}
