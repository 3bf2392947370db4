// SPDX-License-Identifier: MIT
#include "addressmap.h"

#include <algorithm>
#include <cmath>

using namespace heapboard;

AddressMap::AddressMap(Addr base, const std::vector<Span> &gaps, double breakBytes, double align)
{
    const double b0 = double(base);
    double saved = 0; // gap bytes minus break bytes so far
    for (const Span &gap : gaps) {
        if (gap.size == 0)
            continue;
        Break br;
        br.gap = gap;
        br.layoutStart = double(gap.start) - saved;
        double end = br.layoutStart + breakBytes;
        if (align > 1)
            end = b0 + std::ceil((end - b0) / align) * align;
        br.length = std::min(end - br.layoutStart, double(gap.size));
        saved += double(gap.size) - br.length;
        m_breaks.push_back(br);
    }
}

double AddressMap::breakBytesFor(double regionBytes)
{
    double p = 64;
    while (p < regionBytes / 64)
        p *= 2;
    return p;
}

int AddressMap::lastByAddress(double address) const
{
    const auto it = std::upper_bound(m_breaks.begin(), m_breaks.end(), address,
                                     [](double a, const Break &b) { return a < double(b.gap.start); });
    return int(it - m_breaks.begin()) - 1;
}

int AddressMap::lastByLayout(double x) const
{
    const auto it = std::upper_bound(m_breaks.begin(), m_breaks.end(), x,
                                     [](double v, const Break &b) { return v < b.layoutStart; });
    return int(it - m_breaks.begin()) - 1;
}

double AddressMap::toLayout(double address) const
{
    const int i = lastByAddress(address);
    if (i < 0)
        return address;
    const Break &b = m_breaks[std::size_t(i)];
    const double into = address - double(b.gap.start);
    if (into < double(b.gap.size))
        return b.layoutStart + into / double(b.gap.size) * b.length;
    return b.layoutEnd() + (address - double(b.gap.end()));
}

double AddressMap::toAddress(double x) const
{
    const int i = lastByLayout(x);
    if (i < 0)
        return x;
    const Break &b = m_breaks[std::size_t(i)];
    const double into = x - b.layoutStart;
    if (into < b.length)
        return double(b.gap.start) + into / b.length * double(b.gap.size);
    return double(b.gap.end()) + (x - b.layoutEnd());
}

const AddressMap::Break *AddressMap::breakAt(double x) const
{
    const int i = lastByLayout(x);
    if (i < 0 || x >= m_breaks[std::size_t(i)].layoutEnd())
        return nullptr;
    return &m_breaks[std::size_t(i)];
}

const AddressMap::Break *AddressMap::breakFrom(double x) const
{
    const auto it = std::lower_bound(m_breaks.begin(), m_breaks.end(), x,
                                     [](const Break &b, double v) { return b.layoutStart < v; });
    return it == m_breaks.end() ? nullptr : &*it;
}
