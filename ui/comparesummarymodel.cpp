// SPDX-License-Identifier: MIT
#include "comparesummarymodel.h"

#include "comparesession.h"
#include "numberformat.h"

namespace {

QString percent(double share)
{
    return QStringLiteral("%1%").arg(share * 100, 0, 'f', 1);
}

} // namespace

CompareSummaryModel::CompareSummaryModel(const CompareSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{ }

int CompareSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_session->paneCount();
}

int CompareSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompareSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case SortRole:
        return value(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return index.column() == PaneColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant CompareSummaryModel::value(int row, int column) const
{
    const heapboard::PaneSummary &s = m_session->summary(row);
    switch (column) {
    case PaneColumn:
        return m_session->paneName(row);
    case FailedColumn:
        return quint64(s.failedAllocations);
    case PeakFragmentationColumn:
        return double(s.peakFragmentation);
    case FinalFragmentationColumn:
        return double(s.finalFragmentation);
    case LargestFreeColumn:
        return quint64(s.largestFreeAtEnd);
    case HighWaterColumn:
        return quint64(s.highWater);
    case MeanSearchedColumn:
        return double(s.meanSearched);
    case StepsColumn:
        return quint64(s.steps);
    default:
        return {};
    }
}

QString CompareSummaryModel::text(int row, int column) const
{
    const heapboard::PaneSummary &s = m_session->summary(row);
    switch (column) {
    case PaneColumn:
        return m_session->paneName(row);
    case FailedColumn:
        return NumberFormat::number(quint64(s.failedAllocations));
    case PeakFragmentationColumn:
        return percent(double(s.peakFragmentation));
    case FinalFragmentationColumn:
        return percent(double(s.finalFragmentation));
    case LargestFreeColumn:
        return NumberFormat::size(heapboard::Size(s.largestFreeAtEnd));
    case HighWaterColumn:
        return NumberFormat::size(heapboard::Size(s.highWater)); // bytes above the base
    case MeanSearchedColumn:
        // A mean: one decimal, as fragmentation; whole counts elsewhere.
        return QString::number(double(s.meanSearched), 'f', 1);
    case StepsColumn:
        return NumberFormat::number(quint64(s.steps));
    default:
        return {};
    }
}

QVariant CompareSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PaneColumn:
        return tr("Pane");
    case FailedColumn:
        return tr("Failed allocations");
    case PeakFragmentationColumn:
        return tr("Peak fragmentation");
    case FinalFragmentationColumn:
        return tr("Final fragmentation");
    case LargestFreeColumn:
        return tr("Largest free at end");
    case HighWaterColumn:
        return tr("High-water mark");
    case MeanSearchedColumn:
        return tr("Mean searched");
    case StepsColumn:
        return tr("Steps");
    default:
        return {};
    }
}
