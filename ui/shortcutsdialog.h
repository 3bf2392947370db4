// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QMainWindow;
class QPrinter;
class QTreeWidget;

// Help > Keyboard Shortcuts: every key of a window in a table, grouped as
// the menus are, which can be printed (Print…) for a lectern.
//
// The table is built from the window's actual actions (groupsOf()), so a new
// action with keys shows up without anyone editing a list here; the clicker
// keys, which are no menu's actions, come from their one table
// (clickerkeys.h).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry {
        QString text;
        QList<QKeySequence> keys;
    };
    struct Group {
        QString title;
        QList<Entry> entries;
    };

    explicit ShortcutsDialog(const QList<Group> &groups, QWidget *parent = nullptr);

    // The keys of window: its menus' actions that have keys, a group per
    // menu of the menu bar in its order (a submenu's actions in its menu's
    // group); then any other action of the window with text and keys (Esc
    // leaving presentation); then the clicker keys of the heap page.
    static QList<Group> groupsOf(const QMainWindow *window);
    // "&Save As…" as the menu shows it: "Save As…".
    static QString withoutMnemonic(QString text);
    // The keys as the menus show them: "Ctrl+S, F12".
    static QString keysText(const QList<QKeySequence> &keys);

    const QList<Group> &groups() const { return m_groups; }
    // The table as HTML, what print() prints.
    QString toHtml() const;
    void print(QPrinter *printer) const;

public Q_SLOTS:
    // Asks for a printer (QPrintDialog) and prints there.
    void printWithDialog();

private:
    void fillTree();

    QList<Group> m_groups;
    QTreeWidget *m_tree;
};
