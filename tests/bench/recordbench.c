/* SPDX-License-Identifier: MIT */
/* The malloc-heavy program of heapboard-bench's "record" figures (issue 15):
 *   recordbench 1   one thread, 4 million malloc/free pairs
 *   recordbench 4   four threads, 10 million pairs in all
 * Sizes cycle through 16 to 1032 bytes. Plain C, no sanitizers,
 * -fno-builtin: every call reaches malloc and free. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void *pairs(void *count)
{
    const uintptr_t n = (uintptr_t)count;
    volatile uintptr_t sink = 0;
    for (uintptr_t i = 0; i < n; ++i) {
        char *p = malloc(16 + (i & 127) * 8);
        p[0] = (char)i;
        sink += (uintptr_t)p[0];
        free(p);
    }
    (void)sink;
    return NULL;
}

int main(int argc, char *argv[])
{
    const int threads = argc > 1 && strcmp(argv[1], "4") == 0 ? 4 : 1;
    const uintptr_t total = threads == 1 ? 4000000 : 10000000;
    pthread_t ids[4];
    for (int i = 0; i < threads; ++i) {
        if (pthread_create(&ids[i], NULL, pairs, (void *)(total / (uintptr_t)threads)) != 0)
            return 1;
    }
    for (int i = 0; i < threads; ++i)
        pthread_join(ids[i], NULL);
    return 0;
}
