// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

namespace heapboard {

// The nodes of a B+ tree (BPlusTree, bptree.h), by 32-bit index. They live
// in fixed-size chunks: growing never moves them, so references stay valid,
// and memory is touched a chunk at a time instead of copied on every
// doubling. Released nodes are handed out again before new ones are made.
template<typename T> class NodePool
{
public:
    T &operator[](std::uint32_t i) { return m_chunks[i >> kShift][i & kMask]; }
    const T &operator[](std::uint32_t i) const { return m_chunks[i >> kShift][i & kMask]; }

    // A node set to T {}: a released one if there is one, else a new one.
    std::uint32_t acquire()
    {
        if (!m_released.empty()) {
            const std::uint32_t i = m_released.back();
            m_released.pop_back();
            (*this)[i] = T {};
            return i;
        }
        if ((m_size >> kShift) == m_chunks.size())
            m_chunks.push_back(std::make_unique<T[]>(std::size_t(1) << kShift));
        (*this)[m_size] = T {};
        return m_size++;
    }
    void release(std::uint32_t i) { m_released.push_back(i); }
    // Forgets every node but keeps the chunks for reuse.
    void clear()
    {
        m_size = 0;
        m_released.clear();
    }

private:
    static constexpr unsigned kShift = 8;
    static constexpr std::uint32_t kMask = (1u << kShift) - 1;
    std::vector<std::unique_ptr<T[]>> m_chunks;
    std::vector<std::uint32_t> m_released;
    std::uint32_t m_size = 0;
};

} // namespace heapboard
