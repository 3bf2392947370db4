// SPDX-License-Identifier: MIT
#pragma once
// A small, obviously-correct model of the allocator for the tests: a
// sorted vector of free blocks and linear scans.

#include "heap.h"

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

namespace heapboard::test {

// docs/semantics.md (§1-§6), written as plainly as possible.
class ReferenceHeap
{
public:
    ReferenceHeap(Size size, Policy policy)
        : m_size(size)
        , m_policy(policy)
        , m_free { { 0, size } }
    { }

    std::optional<Addr> malloc(Size n)
    {
        if (n == 0)
            return std::nullopt;
        const std::optional<std::size_t> i = choose(n);
        if (!i)
            return std::nullopt;
        Span &f = m_free[*i];
        const Addr p = f.start;
        if (f.size > n)
            f = { f.start + n, f.size - n };
        else
            m_free.erase(m_free.begin() + std::ptrdiff_t(*i));
        m_used[p] = n;
        m_rover = p + n;
        return p;
    }

    bool free(Addr p)
    {
        const auto it = m_used.find(p);
        if (it == m_used.end())
            return false;
        const Size n = it->second;
        m_used.erase(it);
        addFree({ p, n });
        return true;
    }

    // Returns the error (None on success) and the new pointer.
    std::pair<ErrorCode, std::optional<Addr>> realloc(Addr p, Size n)
    {
        const auto it = m_used.find(p);
        if (it == m_used.end())
            return { ErrorCode::InvalidPointer, std::nullopt };
        if (n == 0) {
            free(p);
            return { ErrorCode::None, std::nullopt };
        }
        const Size old = it->second;
        if (n <= old) {
            it->second = n;
            if (n < old)
                addFree({ p + n, old - n });
            return { ErrorCode::None, p };
        }
        for (std::size_t i = 0; i < m_free.size(); ++i) {
            if (m_free[i].start == p + old && m_free[i].size >= n - old) {
                it->second = n;
                m_free[i] = { m_free[i].start + (n - old), m_free[i].size - (n - old) };
                if (m_free[i].size == 0)
                    m_free.erase(m_free.begin() + std::ptrdiff_t(i));
                return { ErrorCode::None, p };
            }
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
        for (const Span &f : m_free)
            out.push_back({ f.start, f.size, false, 0, 0 });
        for (const auto &[p, n] : m_used)
            out.push_back({ p, n, true, 0, 0 });
        std::sort(out.begin(), out.end(),
                  [](const BlockInfo &a, const BlockInfo &b) { return a.start < b.start; });
        return out;
    }

    std::vector<Addr> livePointers() const
    {
        std::vector<Addr> out;
        for (const auto &entry : m_used)
            out.push_back(entry.first);
        return out;
    }

private:
    std::optional<std::size_t> choose(Size n) const
    {
        std::optional<std::size_t> best;
        const std::size_t count = m_free.size();
        if (m_policy == Policy::NextFit) {
            // Start at the block containing the rover or the first after it; wrap once.
            std::size_t first = 0;
            while (first < count && m_free[first].end() <= m_rover)
                ++first;
            for (std::size_t k = 0; k < count; ++k) {
                const std::size_t i = (first + k) % count;
                if (m_free[i].size >= n)
                    return i;
            }
            return std::nullopt;
        }
        for (std::size_t i = 0; i < count; ++i) {
            if (m_free[i].size < n)
                continue;
            if (m_policy == Policy::FirstFit)
                return i;
            if (!best || (m_policy == Policy::BestFit && m_free[i].size < m_free[*best].size)
                || (m_policy == Policy::WorstFit && m_free[i].size > m_free[*best].size))
                best = i;
        }
        return best;
    }

    void addFree(Span s)
    {
        m_free.push_back(s);
        std::sort(m_free.begin(), m_free.end(),
                  [](const Span &a, const Span &b) { return a.start < b.start; });
        std::vector<Span> merged;
        for (const Span &f : m_free) {
            if (!merged.empty() && merged.back().end() == f.start)
                merged.back().size += f.size;
            else
                merged.push_back(f);
        }
        m_free = merged;
    }

    Size m_size;
    Policy m_policy;
    Addr m_rover = 0;
    std::vector<Span> m_free;
    std::map<Addr, Size> m_used;
};

} // namespace heapboard::test
