// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

// The Blocks dock's table (BlockTableModel behind a sort proxy): one row per
// block, sortable, one selected row. Its columns always fit its width
// without a horizontal scroll bar: each gets the room its numbers need in
// the current font, shrunk in proportion when the dock is narrower, and the
// label column takes the rest. Rows and columns follow the font, so the
// table grows with the window's text size (Ctrl+Plus, presenting).
class BlockTableView : public QTableView
{
    Q_OBJECT
public:
    explicit BlockTableView(QWidget *parent = nullptr);

    // The width a column would like in the current font.
    int wantedWidth(int column) const;
    // Refits the columns when the model resets: a new heap may write
    // wider numbers.
    void setModel(QAbstractItemModel *model) override;

protected:
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitColumns();
};
