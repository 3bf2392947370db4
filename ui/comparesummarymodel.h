// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

class CompareSession;

// The compare view's summary (core/comparison.h summarize()): one row per
// pane. Display is formatted (NumberFormat, percentages); SortRole holds the
// number itself, so that a sort proxy orders sizes and shares by value.
class CompareSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        PaneColumn,
        FailedColumn,
        PeakFragmentationColumn,
        FinalFragmentationColumn,
        LargestFreeColumn,
        HighWaterColumn,
        MeanSearchedColumn,
        StepsColumn,
        ColumnCount
    };
    enum Roles { SortRole = Qt::UserRole + 1 };

    explicit CompareSummaryModel(const CompareSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(int row, int column) const;
    QVariant value(int row, int column) const;

    const CompareSession *m_session;
};
