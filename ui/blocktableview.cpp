// SPDX-License-Identifier: MIT
#include "blocktableview.h"

#include "blocktablemodel.h"
#include "numberformat.h"
#include "numberwidth.h"

#include <QAbstractProxyModel>
#include <QEvent>
#include <QHeaderView>
#include <cmath>
#include <numeric>

namespace {

// The widest of texts in fm, digits counted as the widest digit.
int widest(const QFontMetrics &fm, const QStringList &texts)
{
    int w = 0;
    for (QString t : texts) {
        for (QChar &c : t) {
            if (c.isDigit())
                c = QLatin1Char('0');
        }
        w = std::max(w, fm.horizontalAdvance(t));
    }
    return w;
}

// The table's own model, below the sort and filter proxies.
const BlockTableModel *blockModel(const QAbstractItemModel *model)
{
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return qobject_cast<const BlockTableModel *>(model);
}

} // namespace

BlockTableView::BlockTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("blockTable"));
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab leaves the table (the arrows move within it); cell by cell, Tab
    // never got out of an empty or long table to the rest of the window.
    setTabKeyNavigation(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    verticalHeader()->hide();
    horizontalHeader()->setMinimumSectionSize(1);
}

void BlockTableView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), &QAbstractItemModel::modelReset, this, &BlockTableView::fitColumns);
    QTableView::setModel(model);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &BlockTableView::fitColumns);
    fitColumns();
}

int BlockTableView::wantedWidth(int column) const
{
    const QFontMetrics fm(font());
    // The cell's padding on both sides, as wide as two digits.
    const int padding = 2 * fm.horizontalAdvance(QLatin1Char('0'));
    const QString title = model() ? model()->headerData(column, Qt::Horizontal).toString() : QString();
    // The header's font is the table's (it may not have heard of a font
    // change yet when this runs), bold in some styles: room for that too.
    QFont bold = font();
    bold.setBold(true);
    const int header = QFontMetrics(bold).horizontalAdvance(title) + 2 * padding;
    // Addresses and sizes as wide as NumberFormat can write them for this
    // heap, the state and the start of a label as wide as "used" and 8
    // digits. Widths come from these and the font, not from the rows:
    // sizing to contents would read all of them, a million for a trace.
    // A recording's addresses are far longer than its sizes (docs/hrec.md):
    // each column for its own largest number, Start and End for the
    // highest address, Size for the largest region.
    const BlockTableModel *blocks = blockModel(model());
    const QStringList addresses = NumberFormat::widestAddresses(blocks ? blocks->highestAddress() : 0);
    int content = 0;
    switch (column) {
    case BlockTableModel::Start:
    case BlockTableModel::End:
    case BlockTableModel::Pointer:
        content = int(std::ceil(widestNumberWidth(QFontMetricsF(font()), addresses)));
        break;
    case BlockTableModel::Size:
        content = widest(fm, NumberFormat::widestSizes(blocks ? blocks->largestSize() : 0));
        break;
    case BlockTableModel::State:
        content = widest(fm, { BlockTableModel::tr("used"), BlockTableModel::tr("free") });
        break;
    default:
        content = 8 * fm.horizontalAdvance(QLatin1Char('0'));
    }
    return std::max(content + padding, header);
}

void BlockTableView::fitColumns()
{
    if (!model())
        return;
    const int columns = model()->columnCount();
    QList<int> want;
    for (int c = 0; c < columns; ++c)
        want.append(wantedWidth(c));
    const int room = viewport()->width();
    // Too narrow: the label gives up room first (down to a few
    // characters), then every column in proportion, so that the numbers
    // that tell the rows apart are the last to be cut.
    int wanted = std::accumulate(want.begin(), want.end(), 0);
    if (wanted > room && BlockTableModel::Label < columns) {
        const int least = 4 * fontMetrics().horizontalAdvance(QLatin1Char('0'));
        const int give = std::clamp(wanted - room, 0, std::max(0, want[BlockTableModel::Label] - least));
        want[BlockTableModel::Label] -= give;
        wanted -= give;
    }
    const double shrink = wanted > room ? double(room) / wanted : 1;
    // The last column takes what is left. (The header's own stretch would
    // not go below its default section size, and overflow a narrow dock.)
    int used = 0;
    for (int c = 0; c + 1 < columns; ++c) {
        setColumnWidth(c, int(want[c] * shrink));
        used += columnWidth(c);
    }
    setColumnWidth(columns - 1, std::max(1, room - used));
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);
}

bool BlockTableView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fitColumns();
    return QTableView::viewportEvent(event);
}

void BlockTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitColumns();
}
