// SPDX-License-Identifier: MIT
#include "clickerkeys.h"

#include "player.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

QString ClickerKey::description() const
{
    return QCoreApplication::translate("ClickerKey", text);
}

const QList<ClickerKey> &clickerKeys()
{
    // Clickers send Page Down and Page Up (the Player menu's actions), and
    // depending on the model also the arrows, Space, Enter or Backspace.
    static const QList<ClickerKey> keys {
        { &Player::stepForward,
          { QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_Return),
            QKeySequence(Qt::Key_Enter) },
          QT_TRANSLATE_NOOP("ClickerKey", "Step forward") },
        { &Player::stepBack,
          { QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Backspace) },
          QT_TRANSLATE_NOOP("ClickerKey", "Step back") },
        { &Player::first, { QKeySequence(Qt::Key_Home) }, QT_TRANSLATE_NOOP("ClickerKey", "First step") },
        { &Player::last, { QKeySequence(Qt::Key_End) }, QT_TRANSLATE_NOOP("ClickerKey", "Last step") },
    };
    return keys;
}

void addClickerKeys(QWidget *page, Player *player)
{
    for (const ClickerKey &key : clickerKeys()) {
        auto *a = new QAction(page);
        a->setShortcuts(key.keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(a, &QAction::triggered, player, key.slot);
        page->addAction(a);
    }
}
