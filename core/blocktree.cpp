// SPDX-License-Identifier: MIT
#include "blocktree.h"

namespace heapboard {

std::optional<BlockNeighbourhood> BlockTree::around(Addr start) const
{
    const Tree::Cursor at = m_tree.find(start);
    if (!at)
        return std::nullopt;
    BlockNeighbourhood n { m_tree[at], std::nullopt, std::nullopt };
    if (const Tree::Cursor prev = m_tree.prev(at))
        n.prev = m_tree[prev];
    if (const Tree::Cursor next = m_tree.next(at))
        n.next = m_tree[next];
    return n;
}

} // namespace heapboard
