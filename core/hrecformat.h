/* SPDX-License-Identifier: MIT */
/* The constants of the .hrec format (docs/hrec.md), in C so that the
 * preload library (record/, plain C: it must not pull libstdc++ into the
 * programs it records) and the C++ reader (core/hrec.cpp) share them. */
#ifndef HEAPBOARD_HRECFORMAT_H
#define HEAPBOARD_HRECFORMAT_H

/* The first 8 bytes of every file: CR LF and ^Z catch a file mangled by a
 * text-mode copy, as PNG's do. */
#define HREC_MAGIC "HBREC\r\n\x1a"
#define HREC_MAGIC_SIZE 8
/* Version 2 carries short times in the kind byte; the reader reads 1 too. */
#define HREC_VERSION 2
#define HREC_OLDEST_VERSION 1
/* The fixed part of the header; the program's path follows it. */
#define HREC_HEADER_FIXED 56
#define HREC_LITTLE_ENDIAN 1
/* "HBCK" read as a little-endian 32-bit number: the start of every chunk. */
#define HREC_CHUNK_TAG 0x4b434248u
#define HREC_CHUNK_HEADER 32
/* The longest event: a kind byte and five 10-byte varints. */
#define HREC_MAX_EVENT 51

/* How the process came to be recorded: header field "origin". */
enum HrecOrigin {
    HREC_ORIGIN_MAIN = 0, /* the program heapboard-record started */
    HREC_ORIGIN_FORK = 1, /* a child forked by a recorded process */
    HREC_ORIGIN_OTHER = 2 /* any other image: an exec, a grandchild */
};

enum HrecKind {
    HREC_MALLOC = 1, /* address, size */
    HREC_CALLOC = 2, /* address, count, size */
    HREC_REALLOC = 3, /* old address, address, size */
    HREC_REALLOCARRAY = 4, /* old address, address, count, size */
    HREC_FREE = 5, /* address */
    HREC_ALIGNED_ALLOC = 6, /* address, alignment, size */
    HREC_POSIX_MEMALIGN = 7, /* address, alignment, size */
    HREC_MEMALIGN = 8, /* address, alignment, size */
    HREC_VALLOC = 9, /* address, size */
    HREC_PVALLOC = 10, /* address, size */
    HREC_KIND_END = 11
};

/* Version 2's first byte of an event: the kind in the low four bits; in
 * the high four, 0 when the time follows as a number, or 1 + the time when
 * it is below HREC_SHORT_TIMES ticks (most are: docs/hrec.md, "Event"). */
#define HREC_KIND_BITS 0x0f
#define HREC_SHORT_TIMES 15

/* Whether an event of this kind carries an old address (realloc). */
static inline int hrecHasOldAddress(unsigned kind)
{
    return kind == HREC_REALLOC || kind == HREC_REALLOCARRAY;
}

/* How many numbers follow the addresses: size; count and size; alignment
 * and size. */
static inline int hrecNumberCount(unsigned kind)
{
    switch (kind) {
    case HREC_FREE:
        return 0;
    case HREC_CALLOC:
    case HREC_REALLOCARRAY:
    case HREC_ALIGNED_ALLOC:
    case HREC_POSIX_MEMALIGN:
    case HREC_MEMALIGN:
        return 2;
    default:
        return 1;
    }
}

#endif
