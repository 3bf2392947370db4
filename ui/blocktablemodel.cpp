// SPDX-License-Identifier: MIT
#include "blocktablemodel.h"

#include "heapmodel.h"
#include "numberformat.h"

#include <algorithm>

using namespace heapboard;

BlockTableModel::BlockTableModel(const HeapModel *heap, QObject *parent)
    : QAbstractTableModel(parent)
    , m_heap(heap)
    , m_blocks(blocksOf(heap->heap()))
    , m_columns(detailed() ? ColumnCount : Pointer)
{
    connect(heap, &HeapModel::blocksChanged, this, &BlockTableModel::apply);
    connect(heap, &HeapModel::blocksReset, this, &BlockTableModel::reset);
}

std::vector<BlockInfo> BlockTableModel::blocksOf(const Heap &heap)
{
    // The gaps of a sparse heap (HeapSettings::gaps) are no blocks the
    // program has: not listed.
    std::vector<BlockInfo> blocks = heap.blocks();
    std::erase_if(blocks, isGap);
    return blocks;
}

bool BlockTableModel::isGap(const BlockInfo &b)
{
    return b.used && b.tag == kGapTag;
}

int BlockTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_blocks.size());
}

int BlockTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

Addr BlockTableModel::highestAddress() const
{
    const Heap &heap = m_heap->heap();
    return heap.base() + heap.extent();
}

heapboard::Size BlockTableModel::largestSize() const
{
    const Heap &heap = m_heap->heap();
    heapboard::Size largest = 0;
    Addr from = heap.base();
    for (const Span &gap : heap.settings().gaps) {
        largest = std::max(largest, gap.start - from);
        from = gap.end();
    }
    return std::max(largest, highestAddress() - from);
}

bool BlockTableModel::detailed() const
{
    const HeapSettings &s = m_heap->heap().settings();
    return s.header > 0 || s.alignment > 1 || s.minBlock > 0;
}

QVariant BlockTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Size:
        return tr("Size");
    case State:
        return tr("State");
    case Label:
        return tr("Label");
    case Pointer:
        return tr("Pointer");
    case Header:
        return tr("Header");
    case Slack:
        return tr("Slack");
    default:
        return {};
    }
}

QVariant BlockTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BlockInfo &b = m_blocks[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        // Shown in the one number format (docs/number-format.md), sorted
        // by the number itself.
        case Start:
            return role == SortRole ? QVariant(qulonglong(b.start))
                                    : QVariant(NumberFormat::address(b.start));
        case End:
            return role == SortRole ? QVariant(qulonglong(b.end()))
                                    : QVariant(NumberFormat::address(b.end()));
        case Size:
            return role == SortRole ? QVariant(qulonglong(b.size)) : QVariant(NumberFormat::size(b.size));
        case State:
            return b.used ? tr("used") : tr("free");
        case Label:
            return m_heap->labelFor(b.tag);
        case Pointer:
        case Header:
        case Slack:
            return partData(b, index.column(), role == SortRole);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() <= Size || index.column() >= Pointer
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case AddressRole:
        return qulonglong(b.start);
    default:
        return {};
    }
}

QVariant BlockTableModel::partData(const BlockInfo &b, int column, bool sort) const
{
    // A free block has no pointer, header or slack: the cells stay empty.
    if (!b.used)
        return sort ? QVariant(qulonglong(0)) : QVariant();
    const Heap &heap = m_heap->heap();
    switch (column) {
    case Pointer:
        return sort ? QVariant(qulonglong(heap.pointerOf(b)))
                    : QVariant(NumberFormat::address(heap.pointerOf(b)));
    case Header:
        return sort ? QVariant(qulonglong(heap.settings().header))
                    : QVariant(NumberFormat::size(heap.settings().header));
    case Slack:
        return sort ? QVariant(qulonglong(b.slack)) : QVariant(NumberFormat::size(b.slack));
    default:
        return {};
    }
}

int BlockTableModel::rowOf(Addr address) const
{
    const auto it = std::lower_bound(m_blocks.begin(), m_blocks.end(), address,
                                     [](const BlockInfo &b, Addr a) { return b.start < a; });
    return it != m_blocks.end() && it->start == address ? int(it - m_blocks.begin()) : -1;
}

void BlockTableModel::reset()
{
    beginResetModel();
    m_blocks = blocksOf(m_heap->heap());
    m_columns = detailed() ? ColumnCount : Pointer;
    endResetModel();
}

void BlockTableModel::apply(std::vector<BlockInfo> removed, std::vector<BlockInfo> added)
{
    // One step: its blocks went and came. Each run of neighbours is one row
    // removal or insert.
    std::erase_if(removed, isGap); // never touched by a step, but never listed either
    std::erase_if(added, isGap);
    const auto byStart = [](const BlockInfo &a, const BlockInfo &b) { return a.start < b.start; };
    std::sort(removed.begin(), removed.end(), byStart);
    std::sort(added.begin(), added.end(), byStart);
    for (std::size_t i = 0; i < removed.size();) {
        std::size_t j = i + 1;
        while (j < removed.size() && removed[j].start == removed[j - 1].end())
            ++j;
        const int row = rowOf(removed[i].start);
        if (row >= 0) {
            beginRemoveRows({}, row, row + int(j - i) - 1);
            m_blocks.erase(m_blocks.begin() + row, m_blocks.begin() + row + std::ptrdiff_t(j - i));
            endRemoveRows();
        }
        i = j;
    }
    for (std::size_t i = 0; i < added.size();) {
        std::size_t j = i + 1;
        while (j < added.size() && added[j].start == added[j - 1].end())
            ++j;
        const auto at = std::lower_bound(m_blocks.begin(), m_blocks.end(), added[i].start,
                                         [](const BlockInfo &x, Addr a) { return x.start < a; });
        const int row = int(at - m_blocks.begin());
        beginInsertRows({}, row, row + int(j - i) - 1);
        m_blocks.insert(at, added.begin() + std::ptrdiff_t(i), added.begin() + std::ptrdiff_t(j));
        endInsertRows();
        i = j;
    }
}
