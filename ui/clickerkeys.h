// SPDX-License-Identifier: MIT
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class Player;
class QWidget;

// The keys a presentation clicker (or a keyboard) steps with on the heap
// page, besides the Player menu's own keys (Page Up, Page Down, Ctrl+Home,
// Ctrl+End): one table that addClickerKeys() binds and the
// Keyboard Shortcuts window lists, so the two cannot disagree.
struct ClickerKey {
    void (Player::*slot)();
    QList<QKeySequence> keys;
    const char *text; // untranslated; see description()

    // What the keys do, translated.
    QString description() const;
};

const QList<ClickerKey> &clickerKeys();

// Binds the keys to the player's slots on page only (not window-wide), so
// that Space, Enter and the arrows keep their usual meaning elsewhere.
void addClickerKeys(QWidget *page, Player *player);
