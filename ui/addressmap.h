// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"

#include <vector>

// Where addresses go along the heap view's axis. A sparse address space (a
// recording's: the main heap, mmapped chunks, arenas terabytes apart; see
// HeapSettings::gaps) would leave every block invisible if drawn to scale,
// so each gap collapses to a short break of "layout bytes" and the regions
// between the gaps keep their bytes one to one. The map is piecewise linear
// and monotone: address a before the first gap is layout coordinate a, a
// region after a break is shifted down by what the breaks saved, and a gap's
// own bytes spread evenly over its break (so its block still has a place).
// Without gaps it is the identity, exactly: the default view is unchanged.
class AddressMap
{
public:
    struct Break {
        heapboard::Span gap; // the addresses the break stands for
        double layoutStart = 0; // where the break begins on the axis
        double length = 0; // its layout bytes
        double layoutEnd() const { return layoutStart + length; }
        friend bool operator==(const Break &, const Break &) = default;
    };

    AddressMap() = default; // the identity

    // Collapses each gap (in address order, inside [base, ...)) to a break
    // of at least breakBytes, lengthened so that the region after it starts
    // at a multiple of align layout bytes from base: with rows of align
    // bytes (or a divisor) every region starts a row, and the rulers'
    // offsets count from its first byte. A gap no longer than its break
    // stays as it is.
    AddressMap(heapboard::Addr base, const std::vector<heapboard::Span> &gaps, double breakBytes,
               double align = 1);

    // The break length for regions of this many bytes in all: a sixty-fourth
    // of them, a power of two of at least 64 bytes. Clearly a break at the
    // zoom that shows everything (a few pixels in a strip, more in rows),
    // yet small beside the regions however large the gaps.
    static double breakBytesFor(double regionBytes);

    bool isIdentity() const { return m_breaks.empty(); }
    const std::vector<Break> &breaks() const { return m_breaks; }

    double toLayout(double address) const;
    // The inverse of toLayout: inside a break, the gap's address at the
    // same fraction of it.
    double toAddress(double layout) const;
    // The break that holds layout coordinate x, or null.
    const Break *breakAt(double x) const;
    // The first break that begins at or after layout coordinate x, or null.
    const Break *breakFrom(double x) const;

    friend bool operator==(const AddressMap &, const AddressMap &) = default;

private:
    // The last break whose gap starts at or before address (by layout: whose
    // break starts at or before x), or -1.
    int lastByAddress(double address) const;
    int lastByLayout(double x) const;

    std::vector<Break> m_breaks;
};
