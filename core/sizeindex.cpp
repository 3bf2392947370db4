// SPDX-License-Identifier: MIT
#include "sizeindex.h"

namespace heapboard {

bool SizeIndex::lowerBound(Size n, SizeKey &out) const
{
    const auto at = m_tree.lowerBound(pack({ n, 0 }));
    if (!at)
        return false;
    out = unpack(m_tree[at]);
    return true;
}

std::vector<SizeKey> SizeIndex::inOrder() const
{
    std::vector<SizeKey> keys;
    keys.reserve(m_tree.size());
    m_tree.forEach([&keys](Packed k) { keys.push_back(unpack(k)); });
    return keys;
}

} // namespace heapboard
