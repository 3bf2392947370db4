// SPDX-License-Identifier: MIT
#pragma once
// The menu items and keys that help text names (the user guide, What's
// New): <span class="menu">View &gt; Present</span> and <kbd>F5</kbd>, and
// whether the window has them, so that the help cannot name a menu item or
// a key that does not exist.

#include "clickerkeys.h"
#include "heapview.h"
#include "mainwindow.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace heapboard::test {

inline QStringList markedUp(const QString &html, const QString &pattern)
{
    QStringList out;
    // Comments explain the markup; they name no menu.
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QString shown = QString(html).remove(comment);
    const QRegularExpression re(pattern, QRegularExpression::DotMatchesEverythingOption);
    for (auto it = re.globalMatch(shown); it.hasNext();) {
        // Entities (&gt;) and line breaks as the reader sees them.
        const QString text = QTextDocumentFragment::fromHtml(it.next().captured(1)).toPlainText();
        out << text.simplified();
    }
    return out;
}

// "View > Present" for each <span class="menu">View &gt; Present</span>.
inline QStringList menuPaths(const QString &html)
{
    return markedUp(html, QStringLiteral("<span class=\"menu\">(.*?)</span>"));
}

inline QStringList keyNames(const QString &html)
{
    return markedUp(html, QStringLiteral("<kbd>(.*?)</kbd>"));
}

// The action at a menu path ("View > Layout > Strip"), or for a menu
// itself ("Lessons") its menu action; nullptr when there is none.
inline QAction *menuAction(const MainWindow &window, const QString &path)
{
    const QStringList parts = path.split(QStringLiteral(" > "));
    QList<QAction *> actions = window.menuBar()->actions();
    QAction *found = nullptr;
    for (const QString &part : parts) {
        found = nullptr;
        for (QAction *a : actions) {
            const QString text = a->menu() ? a->menu()->title() : a->text();
            if (!a->isSeparator() && ShortcutsDialog::withoutMnemonic(text) == part)
                found = a;
        }
        if (!found)
            return nullptr;
        actions = found->menu() ? found->menu()->actions() : QList<QAction *>();
    }
    return found;
}

inline bool hasKey(const QAction *action, const QKeySequence &key)
{
    return action->shortcuts().contains(key);
}

// Whether key does something in the window: an action's key (menus, the
// window's own), a clicker key of the heap page, or a key the heap view
// takes itself (it accepts the event instead of passing it on).
inline bool windowHasKey(MainWindow &window, const QKeySequence &key)
{
    QList<QAction *> actions = window.actions() + window.findChildren<QAction *>();
    if (std::any_of(actions.begin(), actions.end(), [&](const QAction *a) { return hasKey(a, key); }))
        return true;
    for (const ClickerKey &clicker : clickerKeys()) {
        if (clicker.keys.contains(key))
            return true;
    }
    if (key.count() != 1)
        return false;
    const QKeyCombination combination = key[0];
    QKeyEvent event(QEvent::KeyPress, combination.key(), combination.keyboardModifiers());
    event.setAccepted(true);
    QCoreApplication::sendEvent(window.view(), &event);
    return event.isAccepted();
}

} // namespace heapboard::test
