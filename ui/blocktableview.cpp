// SPDX-License-Identifier: MIT
#include "blocktableview.h"

#include "blocktablemodel.h"

#include <QEvent>
#include <QHeaderView>

namespace {

// Characters a column's values take: addresses and sizes as NumberFormat
// writes them for heaps up to a few MiB ("1048575", "1023.5 KiB"), the
// state ("used", "free") and the start of a label. Widths come from these
// and the font, not from the rows: sizing to contents would read all of
// them, a million for a large trace.
int characters(int column)
{
    switch (column) {
    case BlockTableModel::Start:
    case BlockTableModel::End:
        return 8;
    case BlockTableModel::Size:
        return 9;
    case BlockTableModel::State:
        return 4;
    default:
        return 8;
    }
}

} // namespace

BlockTableView::BlockTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("blockTable"));
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    verticalHeader()->hide();
    horizontalHeader()->setMinimumSectionSize(1);
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
    return std::max(characters(column) * fm.horizontalAdvance(QLatin1Char('0')) + padding, header);
}

void BlockTableView::fitColumns()
{
    if (!model())
        return;
    const int columns = model()->columnCount();
    int wanted = 0;
    for (int c = 0; c < columns; ++c)
        wanted += wantedWidth(c);
    const int room = viewport()->width();
    const double shrink = wanted > room ? double(room) / wanted : 1;
    // The last column takes what is left. (The header's own stretch would
    // not go below its default section size, and overflow a narrow dock.)
    int used = 0;
    for (int c = 0; c + 1 < columns; ++c) {
        setColumnWidth(c, int(wantedWidth(c) * shrink));
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
