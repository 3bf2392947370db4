// SPDX-License-Identifier: MIT
#include "pyrandom.h"

namespace heapboard {

namespace {

    // The 32-bit words of |n|, least significant first; at least one word
    // (Python seeds 0 with the key [0]).
    std::vector<std::uint32_t> wordsOf(std::uint64_t n)
    {
        std::vector<std::uint32_t> key;
        do {
            key.push_back(std::uint32_t(n & 0xffffffffu));
            n >>= 32;
        } while (n != 0);
        return key;
    }

} // namespace

PyRandom::PyRandom(std::int64_t seed)
{
    this->seed(seed);
}

void PyRandom::seed(std::int64_t seed)
{
    const std::uint64_t magnitude = seed < 0 ? std::uint64_t(0) - std::uint64_t(seed) : std::uint64_t(seed);
    initByArray(wordsOf(magnitude));
}

bool PyRandom::seed(std::string_view decimal)
{
    if (!decimal.empty() && (decimal.front() == '-' || decimal.front() == '+'))
        decimal.remove_prefix(1);
    if (decimal.empty())
        return false;
    // Base-2^32 digits of the number, least significant first: multiply by
    // ten and add each decimal digit.
    std::vector<std::uint32_t> key { 0 };
    for (const char c : decimal) {
        if (c < '0' || c > '9')
            return false;
        std::uint64_t carry = std::uint64_t(c - '0');
        for (std::uint32_t &word : key) {
            const std::uint64_t v = std::uint64_t(word) * 10 + carry;
            word = std::uint32_t(v & 0xffffffffu);
            carry = v >> 32;
        }
        if (carry != 0)
            key.push_back(std::uint32_t(carry));
    }
    initByArray(key);
    return true;
}

void PyRandom::initGenrand(std::uint32_t s)
{
    m_state[0] = s;
    for (int i = 1; i < N; ++i)
        m_state[i] = 1812433253u * (m_state[i - 1] ^ (m_state[i - 1] >> 30)) + std::uint32_t(i);
    m_index = N;
}

// The reference init_by_array of Matsumoto and Nishimura (mt19937ar.c), as
// CPython's _randommodule.c uses it.
void PyRandom::initByArray(const std::vector<std::uint32_t> &key)
{
    initGenrand(19650218u);
    int i = 1;
    std::size_t j = 0;
    const int length = int(key.size());
    for (int k = N > length ? N : length; k > 0; --k) {
        m_state[i] = (m_state[i] ^ ((m_state[i - 1] ^ (m_state[i - 1] >> 30)) * 1664525u)) + key[j]
            + std::uint32_t(j);
        ++i;
        ++j;
        if (i >= N) {
            m_state[0] = m_state[N - 1];
            i = 1;
        }
        if (j >= key.size())
            j = 0;
    }
    for (int k = N - 1; k > 0; --k) {
        m_state[i]
            = (m_state[i] ^ ((m_state[i - 1] ^ (m_state[i - 1] >> 30)) * 1566083941u)) - std::uint32_t(i);
        ++i;
        if (i >= N) {
            m_state[0] = m_state[N - 1];
            i = 1;
        }
    }
    m_state[0] = 0x80000000u; // MSB is 1, assuring a non-zero initial array
    m_index = N;
}

void PyRandom::twist()
{
    constexpr std::uint32_t upper = 0x80000000u;
    constexpr std::uint32_t lower = 0x7fffffffu;
    constexpr std::uint32_t matrix = 0x9908b0dfu;
    for (int k = 0; k < N; ++k) {
        const std::uint32_t y = (m_state[k] & upper) | (m_state[(k + 1) % N] & lower);
        m_state[k] = m_state[(k + M) % N] ^ (y >> 1) ^ ((y & 1u) ? matrix : 0u);
    }
    m_index = 0;
}

std::uint32_t PyRandom::next32()
{
    if (m_index >= N)
        twist();
    std::uint32_t y = m_state[m_index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

double PyRandom::random()
{
    const std::uint32_t a = next32() >> 5;
    const std::uint32_t b = next32() >> 6;
    return (double(a) * 67108864.0 + double(b)) * (1.0 / 9007199254740992.0);
}

} // namespace heapboard
