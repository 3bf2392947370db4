// SPDX-License-Identifier: MIT
#pragma once
// A plain model of the allocator under any settings (docs/settings.md), for
// the property test: the free list is a vector in list order, changed the
// way OSTEP's malloc.py changes its list (insert, then for size orders a
// stable sort of the whole list; a split's remainder keeps its place), with
// linear scans. Nothing in it is shared with the heap it checks.

#include "heap.h"

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

namespace heapboard::test {

class ReferenceListHeap
{
public:
    ReferenceListHeap(Size size, Policy policy, const HeapSettings &s)
        : m_policy(policy)
        , m_s(s)
        , m_list { { s.base, size } }
        , m_rover(s.base)
        , m_size(size)
    { }

    std::optional<Addr> malloc(Size n)
    {
        Size need = 0;
        if (n == 0 || !m_s.blockSize(n, need))
            return std::nullopt;
        std::optional<std::size_t> i = choose(need);
        if (!i && m_s.coalescing == Coalescing::Deferred && mergeAllWouldFit(need)) {
            mergeAll();
            i = choose(need);
        }
        if (!i && m_s.growStep != 0 && m_size + need <= m_s.growMax) {
            // sbrk: by the block rounded up to the step, the rest of the
            // maximum when that is less; the new space is freed as any block.
            Size by = (need + m_s.growStep - 1) / m_s.growStep * m_s.growStep;
            if (m_size + by > m_s.growMax)
                by = m_s.growMax - m_size;
            release({ m_s.base + m_size, by });
            m_size += by;
            i = choose(need);
        }
        if (!i)
            return std::nullopt;
        return place(*i, need);
    }

    bool free(Addr p)
    {
        const auto it = m_used.find(p - m_s.header);
        if (p < m_s.header || it == m_used.end())
            return false;
        const Span b { it->first, it->second };
        m_used.erase(it);
        release(b);
        return true;
    }

    std::pair<ErrorCode, std::optional<Addr>> realloc(Addr p, Size n)
    {
        const auto it = p < m_s.header ? m_used.end() : m_used.find(p - m_s.header);
        if (it == m_used.end())
            return { ErrorCode::InvalidPointer, std::nullopt };
        if (n == 0) {
            free(p);
            return { ErrorCode::None, std::nullopt };
        }
        Size need = 0;
        if (!m_s.blockSize(n, need))
            need = ~Size { 0 };
        const Addr start = it->first;
        const Size old = it->second;
        if (need <= old) {
            if (old - need >= m_s.minBlock && need < old) {
                it->second = need;
                release({ start + need, old - need });
            }
            return { ErrorCode::None, p };
        }
        for (std::size_t i = 0; i < m_list.size(); ++i) {
            Span &f = m_list[i];
            if (f.start != start + old || f.size < need - old)
                continue;
            const Size more = f.size - (need - old) < m_s.minBlock ? f.size : need - old;
            it->second = old + more;
            if (more == f.size)
                m_list.erase(m_list.begin() + std::ptrdiff_t(i));
            else
                f = { f.start + more, f.size - more };
            return { ErrorCode::None, p };
        }
        const std::optional<Addr> q = malloc(n);
        if (!q)
            return { ErrorCode::OutOfMemory, std::nullopt };
        free(p);
        return { ErrorCode::None, q };
    }

    std::vector<BlockInfo> blocks() const
    {
        std::vector<BlockInfo> out;
        for (const Span &f : m_list)
            out.push_back({ f.start, f.size, false, 0, 0 });
        for (const auto &[p, n] : m_used)
            out.push_back({ p, n, true, 0, 0 });
        std::sort(out.begin(), out.end(),
                  [](const BlockInfo &a, const BlockInfo &b) { return a.start < b.start; });
        return out;
    }
    const std::vector<Span> &list() const { return m_list; }

    std::vector<Addr> livePointers() const
    {
        std::vector<Addr> out;
        for (const auto &entry : m_used)
            out.push_back(entry.first + m_s.header);
        return out;
    }

private:
    std::optional<std::size_t> choose(Size need) const
    {
        const std::size_t count = m_list.size();
        std::size_t first = 0;
        if (m_policy == Policy::NextFit && m_s.order == ListOrder::Address) {
            while (first < count && m_list[first].end() <= m_rover)
                ++first;
        } else if (m_policy == Policy::NextFit) {
            for (std::size_t i = 0; i < count; ++i) {
                if (m_list[i].start <= m_rover && m_rover < m_list[i].end())
                    first = i;
            }
        }
        std::optional<std::size_t> best;
        for (std::size_t k = 0; k < count; ++k) {
            const std::size_t i = (first + k) % count;
            if (m_list[i].size < need)
                continue;
            if (m_policy == Policy::FirstFit || m_policy == Policy::NextFit)
                return i;
            if (!best || (m_policy == Policy::BestFit && m_list[i].size < m_list[*best].size)
                || (m_policy == Policy::WorstFit && m_list[i].size > m_list[*best].size))
                best = i;
        }
        return best;
    }

    Addr place(std::size_t i, Size need)
    {
        Span &f = m_list[i];
        if (f.size - need < m_s.minBlock)
            need = f.size;
        const Addr start = f.start;
        if (f.size > need)
            f = { f.start + need, f.size - need };
        else
            m_list.erase(m_list.begin() + std::ptrdiff_t(i));
        m_used[start] = need;
        m_rover = start + need;
        return start + m_s.header;
    }

    void insert(Span s)
    {
        switch (m_s.order) {
        case ListOrder::InsertFront:
            m_list.insert(m_list.begin(), s);
            return;
        case ListOrder::InsertBack:
            m_list.push_back(s);
            return;
        case ListOrder::Address:
            m_list.push_back(s);
            std::stable_sort(m_list.begin(), m_list.end(), [](Span a, Span b) { return a.start < b.start; });
            return;
        case ListOrder::SizeAscending:
            m_list.push_back(s);
            std::stable_sort(m_list.begin(), m_list.end(), [](Span a, Span b) { return a.size < b.size; });
            return;
        case ListOrder::SizeDescending:
            m_list.push_back(s);
            std::stable_sort(m_list.begin(), m_list.end(), [](Span a, Span b) { return a.size > b.size; });
            return;
        }
    }

    void take(Addr start)
    {
        m_list.erase(std::find_if(m_list.begin(), m_list.end(), [&](Span f) { return f.start == start; }));
    }

    void release(Span b)
    {
        switch (m_s.coalescing) {
        case Coalescing::Neighbours:
            for (const Span f : std::vector<Span>(m_list)) {
                if (f.end() == b.start || f.start == b.end()) {
                    take(f.start);
                    b = { std::min(b.start, f.start), b.size + f.size };
                }
            }
            insert(b);
            return;
        case Coalescing::ListPass: {
            insert(b);
            std::vector<Span> merged;
            for (const Span f : m_list) {
                if (!merged.empty() && merged.back().end() == f.start)
                    merged.back().size += f.size;
                else
                    merged.push_back(f);
            }
            m_list = merged;
            return;
        }
        default:
            insert(b);
        }
    }

    std::vector<std::vector<Span>> runs() const
    {
        std::vector<Span> byAddress = m_list;
        std::sort(byAddress.begin(), byAddress.end(), [](Span a, Span b) { return a.start < b.start; });
        std::vector<std::vector<Span>> out;
        for (const Span f : byAddress) {
            if (out.empty() || out.back().back().end() != f.start)
                out.emplace_back();
            out.back().push_back(f);
        }
        return out;
    }

    bool mergeAllWouldFit(Size need) const
    {
        for (const std::vector<Span> &run : runs()) {
            Size total = 0;
            for (const Span f : run)
                total += f.size;
            if (total >= need)
                return true;
        }
        return false;
    }

    void mergeAll()
    {
        for (const std::vector<Span> &run : runs()) {
            if (run.size() < 2)
                continue;
            Span joined { run.front().start, 0 };
            for (const Span f : run) {
                take(f.start);
                joined.size += f.size;
            }
            insert(joined);
        }
    }

    Policy m_policy;
    HeapSettings m_s;
    std::vector<Span> m_list;
    std::map<Addr, Size> m_used;
    Addr m_rover;
    Size m_size;
};

} // namespace heapboard::test
