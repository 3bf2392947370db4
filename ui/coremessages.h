// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <string>

// The core is Qt-free, and its messages are English data: what
// `heapboard-cli replay` prints and what tests compare. The window shows
// them in its own language by translating them here, at the boundary: each
// message the core writes for a failed step (docs/semantics.md §4) or a file
// it cannot parse has a fixed shape, matched by a pattern whose English
// template is translated and filled with the message's own numbers and
// names; a clause inside one ("invalid pointer: WHY") is translated the same
// way, and a parse error keeps its FILE:LINE[:COLUMN]. A message of no known
// shape is shown as the core wrote it (docs/translations.md).
namespace CoreMessages {

QString translate(const QString &message);
inline QString translate(const std::string &message)
{
    return translate(QString::fromStdString(message));
}

// For a test that every shape is still the core's: the number of shapes,
// and which ones (0 to ruleCount() - 1) a message and its clauses matched.
int ruleCount();
QList<int> rulesUsed(const QString &message);

} // namespace CoreMessages
