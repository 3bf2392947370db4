// SPDX-License-Identifier: MIT
#include "blocktablemodel.h"

#include "heapmodel.h"

#include <algorithm>

using namespace heapboard;

namespace {
// Beyond this many differing rows a reset is cheaper for the views.
constexpr std::ptrdiff_t kMaxIncremental = 64;
} // namespace

BlockTableModel::BlockTableModel(const HeapModel *heap, QObject *parent)
    : QAbstractTableModel(parent)
    , m_heap(heap)
    , m_blocks(heap->heap().blocks())
{
    connect(heap, &HeapModel::changed, this, &BlockTableModel::refresh);
}

int BlockTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_blocks.size());
}

int BlockTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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
        case Start:
            return role == SortRole ? QVariant(qulonglong(b.start)) : QVariant(QString::number(b.start));
        case End:
            return role == SortRole ? QVariant(qulonglong(b.end())) : QVariant(QString::number(b.end()));
        case Size:
            return role == SortRole ? QVariant(qulonglong(b.size)) : QVariant(QString::number(b.size));
        case State:
            return b.used ? tr("used") : tr("free");
        case Label:
            return m_heap->labelFor(b.tag);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() <= Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case UsedRole:
        return b.used;
    case AddressRole:
        return qulonglong(b.start);
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

void BlockTableModel::refresh()
{
    std::vector<BlockInfo> now = m_heap->heap().blocks();
    // The rows that differ lie between a common head and a common tail.
    const auto [oldMid, newMid] = std::mismatch(m_blocks.begin(), m_blocks.end(), now.begin(), now.end());
    const auto head = oldMid - m_blocks.begin();
    std::ptrdiff_t tail = 0;
    while (tail < std::ptrdiff_t(m_blocks.size()) - head && tail < std::ptrdiff_t(now.size()) - head
           && m_blocks[m_blocks.size() - 1 - std::size_t(tail)] == now[now.size() - 1 - std::size_t(tail)])
        ++tail;
    const std::ptrdiff_t removed = std::ptrdiff_t(m_blocks.size()) - head - tail;
    const std::ptrdiff_t added = std::ptrdiff_t(now.size()) - head - tail;
    if (removed == 0 && added == 0)
        return;
    if (removed > kMaxIncremental || added > kMaxIncremental) {
        beginResetModel();
        m_blocks = std::move(now);
        endResetModel();
        return;
    }
    if (removed > 0) {
        beginRemoveRows({}, int(head), int(head + removed - 1));
        m_blocks.erase(m_blocks.begin() + head, m_blocks.begin() + head + removed);
        endRemoveRows();
    }
    if (added > 0) {
        beginInsertRows({}, int(head), int(head + added - 1));
        m_blocks.insert(m_blocks.begin() + head, now.begin() + head, now.begin() + head + added);
        endInsertRows();
    }
}
