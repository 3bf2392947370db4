// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace heapboard {

// The random numbers of Python's `random` module, exactly: MT19937 seeded
// from an integer by init_by_array over the 32-bit words of its absolute
// value (least significant first), and random() with 53-bit resolution.
// OSTEP's malloc.py draws its workload with these (docs/ostep.md), so a
// seeded homework is reproduced number for number.
class PyRandom
{
public:
    explicit PyRandom(std::int64_t seed = 0);
    // Any integer Python accepts, in decimal ("-12", "18446744073709551621");
    // false (nothing changes) when the text is not one.
    bool seed(std::string_view decimal);
    void seed(std::int64_t seed);
    // A double in [0, 1), as random.random().
    double random();
    // The next 32-bit output of the generator.
    std::uint32_t next32();

private:
    void initGenrand(std::uint32_t s);
    void initByArray(const std::vector<std::uint32_t> &key);
    void twist();

    static constexpr int N = 624;
    static constexpr int M = 397;
    std::array<std::uint32_t, N> m_state {};
    int m_index = N + 1;
};

} // namespace heapboard
