// SPDX-License-Identifier: MIT
#include "tabletext.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace {

QList<QStringList> cells(const QAbstractItemModel &model)
{
    QList<QStringList> rows;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    rows << header;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c)
            row << model.index(r, c).data(Qt::DisplayRole).toString();
        rows << row;
    }
    return rows;
}

bool rightAligned(const QAbstractItemModel &model, int column)
{
    if (model.rowCount() == 0)
        return false;
    const QVariant alignment = model.index(0, column).data(Qt::TextAlignmentRole);
    return alignment.isValid() && (Qt::Alignment(alignment.toInt()) & Qt::AlignRight);
}

QString quoted(QString cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"'))
        && !cell.contains(QLatin1Char('\n')))
        return cell;
    cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

} // namespace

QString TableText::aligned(const QAbstractItemModel &model)
{
    const QList<QStringList> rows = cells(model);
    QList<int> widths(model.columnCount(), 0);
    for (const QStringList &row : rows) {
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], int(row[c].size()));
    }
    QString out;
    for (const QStringList &row : rows) {
        QStringList padded;
        for (int c = 0; c < row.size(); ++c)
            padded << (rightAligned(model, c) ? row[c].rightJustified(widths[c])
                                              : row[c].leftJustified(widths[c]));
        out += padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    return out;
}

QString TableText::csv(const QAbstractItemModel &model)
{
    QString out;
    for (const QStringList &row : cells(model)) {
        QStringList fields;
        for (const QString &cell : row)
            fields << quoted(cell);
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}
