// SPDX-License-Identifier: MIT
#pragma once

#include "blocktree.h"

#include <QAbstractTableModel>
#include <vector>

class HeapModel;
namespace heapboard {
class Heap;
}

// Every block of the heap as a row, in address order (a sparse heap's gaps
// left out). It follows the heap
// model's steps: the blocks a step removed and added become row removals
// and inserts; a bulk change (a long jump, a load) resets the model.
class BlockTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Pointer, Header and Slack are there only when the heap has a header,
    // an alignment or a minimum block (docs/settings.md): the pointer a
    // program holds, the header's bytes and the bytes beyond the request.
    enum Column { Start, End, Size, State, Label, Pointer, Header, Slack, ColumnCount };
    enum Roles {
        SortRole = Qt::UserRole + 1, // numbers as numbers, for sorting
        AddressRole,
    };

    explicit BlockTableModel(const HeapModel *heap, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Row of the block that starts at address, or -1.
    int rowOf(heapboard::Addr address) const;

    // The highest address and the largest size a row can show, for column
    // widths: the heap's end as far as it may grow, and its largest region
    // (no block spans a sparse heap's gap, docs/hrec.md).
    heapboard::Addr highestAddress() const;
    heapboard::Size largestSize() const;

private:
    static std::vector<heapboard::BlockInfo> blocksOf(const heapboard::Heap &heap);
    static bool isGap(const heapboard::BlockInfo &b);
    void apply(std::vector<heapboard::BlockInfo> removed, std::vector<heapboard::BlockInfo> added);
    void reset();
    bool detailed() const;
    QVariant partData(const heapboard::BlockInfo &b, int column, bool sort) const;

    const HeapModel *m_heap;
    std::vector<heapboard::BlockInfo> m_blocks;
    int m_columns = Pointer; // ColumnCount when detailed()
};
