// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"

#include <QObject>
#include <QPoint>
#include <functional>
#include <optional>

namespace heapboard {
struct BlockInfo;
}

class HeapModel;
class HeapView;
class PromptDialog;
class QAction;
class QMenu;
class TimelineEditor;

// The operations a teacher reaches for on one block, beyond click-to-free:
// the heap's context menu (a used block: Free, Realloc…, Rename Handle…,
// Copy Address; free space: Malloc Here…, Copy Address) and Edit > Realloc…
// and Edit > Free Address…. Each asks in a PromptDialog that refuses bad
// input, then edits through the TimelineEditor, so every one is a step (or
// a rename) that undo takes back and Save writes. While the editor is
// locked (presenting) the edit entries are disabled and the menu says why;
// Copy Address still works.
class BlockActions : public QObject
{
    Q_OBJECT
public:
    BlockActions(HeapModel *model, TimelineEditor *editor, HeapView *view, QObject *parent = nullptr);

    // Edit menu entries: Realloc… acts on the view's selected block.
    QAction *reallocAction() const { return m_reallocAction; }
    QAction *freeAddressAction() const { return m_freeAddressAction; }

    // The size Malloc Here… suggests (the toolbar's).
    void setRequestSize(std::function<heapboard::Size()> size) { m_requestSize = std::move(size); }
    // Said on a locked menu: how to allow edits again.
    void setLockedReason(const QString &reason) { m_lockedReason = reason; }

    // The context menu for the block starting at `block` (none: no block,
    // e.g. the margin), parented to parent; it deletes itself once closed.
    QMenu *createMenu(std::optional<heapboard::Addr> block, QWidget *parent);

public Q_SLOTS:
    // Shows createMenu(block) at globalPos (the view's intent).
    void popupMenu(const QPoint &globalPos, std::optional<heapboard::Addr> block);
    void reallocBlock(heapboard::Addr start);
    void reallocSelected();
    void mallocHere();
    void freeAddress();
    void renameHandle(heapboard::Addr start);
    void copyAddress(heapboard::Addr start);

Q_SIGNALS:
    // Something to tell the user that is not a step's error (the window
    // shows it in its message bar).
    void information(const QString &text);

private:
    void addUsedBlockEntries(QMenu *menu, const heapboard::BlockInfo &block);
    QAction *addEditEntry(QMenu *menu, const QString &name, const QString &text, std::function<void()> slot);
    QString reallocPreview(const heapboard::BlockInfo &block, heapboard::Size n) const;
    QString freePreview(heapboard::Addr address, const QString &handle) const;
    QString renamePreview(const QString &from, const QString &to) const;
    void updateLocked(bool locked);
    QWidget *dialogParent() const;
    QString blockName(const heapboard::BlockInfo &block) const;

    HeapModel *m_model;
    TimelineEditor *m_editor;
    HeapView *m_view;
    QAction *m_reallocAction;
    QAction *m_freeAddressAction;
    std::function<heapboard::Size()> m_requestSize;
    QString m_lockedReason;
};
