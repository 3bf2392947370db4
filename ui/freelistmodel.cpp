// SPDX-License-Identifier: MIT
#include "freelistmodel.h"

#include "heapmodel.h"
#include "numberformat.h"

#include <algorithm>

using namespace heapboard;

namespace {

bool overlaps(const BlockInfo &a, const BlockInfo &b)
{
    return a.start < b.end() && b.start < a.end();
}

void keepFreeSorted(std::vector<BlockInfo> &blocks)
{
    std::erase_if(blocks, [](const BlockInfo &b) { return b.used; });
    std::sort(blocks.begin(), blocks.end(),
              [](const BlockInfo &a, const BlockInfo &b) { return a.start < b.start; });
}

} // namespace

FreeListModel::FreeListModel(const HeapModel *heap, QObject *parent)
    : QAbstractListModel(parent)
    , m_heap(heap)
{
    reset();
    connect(heap, &HeapModel::blocksChanged, this, &FreeListModel::apply);
    // HeapModel emits blocksReset with every historyReset (a load, a new
    // heap), so one reset covers both.
    connect(heap, &HeapModel::blocksReset, this, &FreeListModel::reset);
}

int FreeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_free.size());
}

QVariant FreeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_free[std::size_t(index.row())];
    const bool rover = m_roverStart && *m_roverStart == e.start;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2").arg(NumberFormat::address(double(e.start)), NumberFormat::size(e.size));
    case Qt::ToolTipRole:
        return rover ? tr("Free block at %1, %2: next fit searches from here")
                           .arg(NumberFormat::address(double(e.start)), NumberFormat::size(e.size))
                     : tr("Free block at %1, %2")
                           .arg(NumberFormat::address(double(e.start)), NumberFormat::size(e.size));
    case StartRole:
        return qulonglong(e.start);
    case SizeRole:
        return qulonglong(e.size);
    case RoverRole:
        return rover;
    case ChangeRole:
        return int(e.change);
    default:
        return {};
    }
}

QHash<int, QByteArray> FreeListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StartRole, "start");
    names.insert(SizeRole, "size");
    names.insert(RoverRole, "isRover");
    names.insert(ChangeRole, "change");
    return names;
}

std::vector<FreeListModel::Entry>::iterator FreeListModel::lowerBound(Addr start)
{
    return std::lower_bound(m_free.begin(), m_free.end(), start,
                            [](const Entry &e, Addr a) { return e.start < a; });
}

int FreeListModel::rowOf(Addr start) const
{
    if (m_order != ListOrder::Address) {
        const auto it = std::find_if(m_free.begin(), m_free.end(),
                                     [start](const Entry &e) { return e.start == start; });
        return it != m_free.end() ? int(it - m_free.begin()) : -1;
    }
    const auto it = std::lower_bound(m_free.begin(), m_free.end(), start,
                                     [](const Entry &e, Addr a) { return e.start < a; });
    return it != m_free.end() && it->start == start ? int(it - m_free.begin()) : -1;
}

int FreeListModel::roverRow() const
{
    return m_roverStart ? rowOf(*m_roverStart) : -1;
}

void FreeListModel::reset()
{
    beginResetModel();
    m_order = m_heap->heap().settings().order;
    m_free = listEntries();
    m_changed.clear();
    m_roverStart = roverBlock();
    endResetModel();
}

std::vector<FreeListModel::Entry> FreeListModel::listEntries() const
{
    std::vector<Entry> entries;
    entries.reserve(std::size_t(m_heap->stats().freeBlocks));
    if (m_order != ListOrder::Address) {
        for (const BlockInfo &b : m_heap->heap().freeList())
            entries.push_back({ b.start, b.size, Change::None });
        return entries;
    }
    m_heap->heap().forEachBlock([&entries](const BlockInfo &b) {
        if (!b.used)
            entries.push_back({ b.start, b.size, Change::None });
        return true;
    });
    return entries;
}

void FreeListModel::applyKeyed(const std::vector<BlockInfo> &removed, const std::vector<BlockInfo> &added)
{
    // The whole list again, in the heap's order; the rows keep their
    // places where they can, and the step's free blocks are marked.
    m_changed.clear();
    std::vector<Entry> entries = listEntries();
    for (Entry &e : entries) {
        const auto come = std::find_if(added.begin(), added.end(),
                                       [&e](const BlockInfo &b) { return !b.used && b.start == e.start; });
        if (come == added.end())
            continue;
        const auto gone = std::find_if(removed.begin(), removed.end(), [&e](const BlockInfo &b) {
            return !b.used && b.start < e.start + e.size && e.start < b.end();
        });
        e.change = gone == removed.end()                                ? Change::Added
            : gone->start <= e.start && e.start + e.size <= gone->end() ? Change::Shrunk
                                                                        : Change::Grew;
        m_changed.push_back(e.start);
    }
    replaceRows(entries);
    updateRover();
}

void FreeListModel::replaceRows(const std::vector<Entry> &entries)
{
    // The rows both lists begin and end with stay; the ones between change
    // in place, and the rest is removed or inserted there. O(n), and what
    // the view sees is what moved.
    const auto same = [](const Entry &a, const Entry &b) { return a.start == b.start && a.size == b.size; };
    const std::size_t n = m_free.size(), m = entries.size();
    std::size_t p = 0;
    while (p < n && p < m && same(m_free[p], entries[p]))
        ++p;
    std::size_t q = 0;
    while (q < n - p && q < m - p && same(m_free[n - 1 - q], entries[m - 1 - q]))
        ++q;
    const std::size_t oldMiddle = n - p - q, newMiddle = m - p - q;
    const std::size_t common = std::min(oldMiddle, newMiddle);
    std::copy(entries.begin() + std::ptrdiff_t(p), entries.begin() + std::ptrdiff_t(p + common),
              m_free.begin() + std::ptrdiff_t(p));
    if (common > 0)
        Q_EMIT dataChanged(index(int(p)), index(int(p + common) - 1));
    const int tail = int(p + common);
    if (oldMiddle > common) {
        beginRemoveRows({}, tail, tail + int(oldMiddle - common) - 1);
        m_free.erase(m_free.begin() + tail, m_free.begin() + tail + std::ptrdiff_t(oldMiddle - common));
        endRemoveRows();
    } else if (newMiddle > common) {
        beginInsertRows({}, tail, tail + int(newMiddle - common) - 1);
        m_free.insert(m_free.begin() + tail, entries.begin() + tail,
                      entries.begin() + tail + std::ptrdiff_t(newMiddle - common));
        endInsertRows();
    }
    // The marks of the rows that stayed.
    for (std::size_t i = 0; i < m; ++i) {
        if (m_free[i].change != entries[i].change) {
            m_free[i].change = entries[i].change;
            emitRowChanged(int(i), { ChangeRole });
        }
    }
}

void FreeListModel::apply(std::vector<BlockInfo> removed, std::vector<BlockInfo> added)
{
    if (m_order != ListOrder::Address)
        return applyKeyed(removed, added);
    clearChanges();
    keepFreeSorted(removed);
    keepFreeSorted(added);
    // A free block that takes the place of one that overlapped it (the rest
    // of a split, a merge, a step back over either) is the same cell
    // changed in place: no other free block can lie between the two, so
    // the order holds.
    std::vector<bool> removedPaired(removed.size()), addedPaired(added.size());
    for (std::size_t a = 0; a < added.size(); ++a) {
        for (std::size_t r = 0; r < removed.size(); ++r) {
            if (removedPaired[r] || !overlaps(removed[r], added[a]))
                continue;
            const int row = rowOf(removed[r].start);
            if (row < 0)
                return reset(); // not the state the step started from
            Entry &e = m_free[std::size_t(row)];
            const bool within = removed[r].start <= added[a].start && added[a].end() <= removed[r].end();
            e = { added[a].start, added[a].size, within ? Change::Shrunk : Change::Grew };
            m_changed.push_back(e.start);
            emitRowChanged(row, {});
            removedPaired[r] = addedPaired[a] = true;
            break;
        }
    }
    std::vector<BlockInfo> gone, come;
    for (std::size_t r = 0; r < removed.size(); ++r) {
        if (!removedPaired[r])
            gone.push_back(removed[r]);
    }
    for (std::size_t a = 0; a < added.size(); ++a) {
        if (!addedPaired[a])
            come.push_back(added[a]);
    }
    for (std::size_t i = 0; i < gone.size();) {
        if (!removeRun(gone, i))
            return reset();
    }
    for (std::size_t i = 0; i < come.size();)
        insertRun(come, i);
    updateRover();
}

bool FreeListModel::removeRun(const std::vector<BlockInfo> &blocks, std::size_t &i)
{
    // Blocks that are neighbours in the list go as one removal.
    const int row = rowOf(blocks[i].start);
    if (row < 0)
        return false;
    std::size_t j = i + 1;
    while (j < blocks.size() && std::size_t(row) + (j - i) < m_free.size()
           && m_free[std::size_t(row) + (j - i)].start == blocks[j].start)
        ++j;
    const int count = int(j - i);
    beginRemoveRows({}, row, row + count - 1);
    m_free.erase(m_free.begin() + row, m_free.begin() + row + count);
    endRemoveRows();
    i = j;
    return true;
}

void FreeListModel::insertRun(const std::vector<BlockInfo> &blocks, std::size_t &i)
{
    // Blocks with no old entry between them go in as one insert.
    const auto at = lowerBound(blocks[i].start);
    const Addr limit = at == m_free.end() ? ~Addr { 0 } : at->start;
    std::size_t j = i + 1;
    while (j < blocks.size() && blocks[j].start < limit)
        ++j;
    const int row = int(at - m_free.begin());
    std::vector<Entry> entries;
    entries.reserve(j - i);
    for (std::size_t k = i; k < j; ++k) {
        entries.push_back({ blocks[k].start, blocks[k].size, Change::Added });
        m_changed.push_back(blocks[k].start);
    }
    beginInsertRows({}, row, row + int(j - i) - 1);
    m_free.insert(m_free.begin() + row, entries.begin(), entries.end());
    endInsertRows();
    i = j;
}

void FreeListModel::clearChanges()
{
    for (const Addr start : std::exchange(m_changed, {})) {
        const int row = rowOf(start);
        if (row >= 0 && m_free[std::size_t(row)].change != Change::None) {
            m_free[std::size_t(row)].change = Change::None;
            emitRowChanged(row, { ChangeRole });
        }
    }
}

std::optional<Addr> FreeListModel::roverBlock() const
{
    // The core's own rule, the one malloc follows under next fit.
    const Heap &heap = m_heap->heap();
    BlockInfo start;
    if (heap.policy() != Policy::NextFit || !heap.nextFitStart(start))
        return std::nullopt;
    return start.start;
}

void FreeListModel::updateRover()
{
    const std::optional<Addr> now = roverBlock();
    if (now == m_roverStart)
        return;
    const std::optional<Addr> before = std::exchange(m_roverStart, now);
    for (const std::optional<Addr> &start : { before, now }) {
        const int row = start ? rowOf(*start) : -1;
        if (row >= 0)
            emitRowChanged(row, { RoverRole, Qt::ToolTipRole });
    }
}

void FreeListModel::emitRowChanged(int row, const QList<int> &roles)
{
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, roles);
}
