// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QAbstractItemModel;

// A table model as text, in the order its rows are shown (give it the sort
// proxy): the header row, then one line a row, the cells as displayed.
namespace TableText {
// Columns padded to their widest cell, numbers right-aligned, for the
// clipboard and a .txt file (reads in a terminal or an e-mail).
QString aligned(const QAbstractItemModel &model);
// RFC 4180 CSV: commas, quotes doubled, CRLF line ends, for spreadsheets.
QString csv(const QAbstractItemModel &model);
} // namespace TableText
