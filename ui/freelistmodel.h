// SPDX-License-Identifier: MIT
#pragma once

#include "blocktree.h"
#include "heapsettings.h"

#include <QAbstractListModel>
#include <optional>
#include <vector>

class HeapModel;

// The free list as the allocator keeps it: the free blocks in address order
// (docs/semantics.md §1), one row each. It follows the heap model step by
// step: the free blocks a step removed and added become rows changed in
// place (a split remainder, a merge), removed or inserted, found by binary
// search, so a step costs O(log n) lookups however long the list is. A bulk
// change (a long jump, a load) resets the model. A list in another order
// (size, LIFO, FIFO: docs/settings.md) is read anew from the heap in its
// order at every step, O(n), as the core's scan of it is.
class FreeListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    // What the last step did to a row's free block.
    enum class Change {
        None,
        Added, // a new free block: freed, or the part of a split taken back
        Shrunk, // lost its front or its end and took in nothing (a split, a grow in place)
        Grew, // took in a neighbour (a merge), even when a split took its front
    };
    Q_ENUM(Change)

    enum Roles {
        StartRole = Qt::UserRole + 1, // qulonglong
        SizeRole, // qulonglong
        RoverRole, // bool: next fit's search starts at this block
        ChangeRole, // int, a Change: what the last step did to it
    };

    explicit FreeListModel(const HeapModel *heap, QObject *parent = nullptr);

    const HeapModel *heapModel() const { return m_heap; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Row of the free block that starts at start, or -1.
    int rowOf(heapboard::Addr start) const;
    // Row where next fit's search starts (docs/semantics.md §5), or -1 when
    // the policy is another or nothing is free.
    int roverRow() const;
    // Rows the last step changed, in no particular order.
    int changedCount() const { return int(m_changed.size()); }
    // The order the rows are in: the heap's list order.
    heapboard::ListOrder order() const { return m_order; }

private:
    struct Entry {
        heapboard::Addr start = 0;
        heapboard::Size size = 0;
        Change change = Change::None;
    };

    void apply(std::vector<heapboard::BlockInfo> removed, std::vector<heapboard::BlockInfo> added);
    void applyKeyed(const std::vector<heapboard::BlockInfo> &removed,
                    const std::vector<heapboard::BlockInfo> &added);
    std::vector<Entry> listEntries() const;
    void replaceRows(const std::vector<Entry> &entries);
    void reset();
    void clearChanges();
    std::optional<heapboard::Addr> roverBlock() const;
    void updateRover();
    std::vector<Entry>::iterator lowerBound(heapboard::Addr start);
    bool removeRun(const std::vector<heapboard::BlockInfo> &blocks, std::size_t &i);
    void insertRun(const std::vector<heapboard::BlockInfo> &blocks, std::size_t &i);
    void emitRowChanged(int row, const QList<int> &roles);

    const HeapModel *m_heap;
    std::vector<Entry> m_free; // list order (address order unless m_order says otherwise)
    heapboard::ListOrder m_order = heapboard::ListOrder::Address;
    std::vector<heapboard::Addr> m_changed; // starts of the rows the last step changed
    std::optional<heapboard::Addr> m_roverStart; // the free block marked as the rover's
};
