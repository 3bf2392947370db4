/* SPDX-License-Identifier: MIT */
/* The program of lesson 16 (resources/lessons/16-glibc-recorded.heap):
 * a few requests whose addresses show what glibc's malloc does with them.
 * Record it and look (README, "Recording a real program"):
 *   cc -O0 -o record-demo record-demo.c
 *   heapboard-record -o demo.hrec -- ./record-demo
 *   heapboard demo.hrec
 * It prints each block's offset from the first one, which the lesson's
 * addresses are; nothing allocates before a (no stdio until the end). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    char *a = malloc(24);
    char *b = malloc(24);
    char *c = malloc(100);
    free(a);
    free(b);
    char *d = malloc(24);
    char *e = malloc(56);
    char *big = malloc(200000);
    const uintptr_t base = (uintptr_t)a;
    printf("a %ld\nb %ld\nc %ld\nd %ld\ne %ld\nbig %+ld\n", (long)((uintptr_t)a - base),
           (long)((uintptr_t)b - base), (long)((uintptr_t)c - base), (long)((uintptr_t)d - base),
           (long)((uintptr_t)e - base), (long)((uintptr_t)big - base));
    free(big);
    free(e);
    free(d);
    free(c);
    return 0;
}
