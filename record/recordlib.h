/* SPDX-License-Identifier: MIT */
/* What the hooks of record/recordexit.c need from record/recordlib.c. */
#ifndef HEAPBOARD_RECORDLIB_H
#define HEAPBOARD_RECORDLIB_H

/* The next definition of a function after this library's (dlsym RTLD_NEXT),
 * stored into the function pointer at slot. */
void recordLookup(void *slot, const char *name);
/* Writes the buffered events of this thread, or of all threads, without
 * ending the recording. */
void recordFlushBeforeLeaving(int allThreads);

#endif
