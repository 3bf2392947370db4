// SPDX-License-Identifier: MIT
#pragma once

#include "helpdialog.h"

#include <QStringList>

// Help > What's New: what this version brings, for the people who use it
// (not the commit log). Menu items are written <span class="menu">Menu &gt;
// Item</span>, keys <kbd>…</kbd>, like the user guide, and are checked
// against the window the same way.
class WhatsNewDialog : public HelpDialog
{
    Q_OBJECT
public:
    explicit WhatsNewDialog(QWidget *parent = nullptr);

    struct Group {
        QString title;
        QStringList changes; // rich text, one list item each
    };
    // The changes of this version, grouped by what they are about.
    static QList<Group> changes();
    // The page the dialog shows for version (QApplication::applicationVersion()).
    static QString html(const QString &version);
};
