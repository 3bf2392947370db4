/* SPDX-License-Identifier: MIT */
/* For tst_record: four threads hand blocks to each other through a shared
 * array as fast as they can, so that most blocks are freed by another
 * thread than the one that allocated them and their addresses come back
 * from malloc in yet another. A recording must put every free after the
 * allocation of its block and before the next allocation at its address
 * (docs/hrec.md, "Time"). Plain C, no sanitizers, -fno-builtin. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

enum { kThreads = 4, kSlots = 64, kRounds = 50000 };

static void *g_slots[kSlots];

static void *run(void *arg)
{
    uint64_t seed = (uintptr_t)arg * 2654435761u + 1;
    for (int i = 0; i < kRounds; ++i) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        void *mine = malloc(16 + (seed >> 60) * 16);
        free(__atomic_exchange_n(&g_slots[(seed >> 32) % kSlots], mine, __ATOMIC_ACQ_REL));
    }
    return NULL;
}

int main(void)
{
    pthread_t ids[kThreads];
    for (uintptr_t i = 0; i < kThreads; ++i) {
        if (pthread_create(&ids[i], NULL, run, (void *)i) != 0)
            return 1;
    }
    for (int i = 0; i < kThreads; ++i)
        pthread_join(ids[i], NULL);
    for (int i = 0; i < kSlots; ++i)
        free(g_slots[i]);
    return 0;
}
