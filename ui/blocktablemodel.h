// SPDX-License-Identifier: MIT
#pragma once

#include "blocktree.h"

#include <QAbstractTableModel>
#include <vector>

class HeapModel;

// Every block of the heap as a row, in address order. It follows the heap
// model's steps: the blocks a step removed and added become row removals
// and inserts; a bulk change (a long jump, a load) resets the model.
class BlockTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Start, End, Size, State, Label, ColumnCount };
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

private:
    void apply(std::vector<heapboard::BlockInfo> removed, std::vector<heapboard::BlockInfo> added);
    void reset();

    const HeapModel *m_heap;
    std::vector<heapboard::BlockInfo> m_blocks;
};
