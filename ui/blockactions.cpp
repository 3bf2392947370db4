// SPDX-License-Identifier: MIT
#include "blockactions.h"

#include "heapmodel.h"
#include "heapview.h"
#include "numberformat.h"
#include "operationinput.h"
#include "promptdialog.h"
#include "stepmarks.h"
#include "timelineeditor.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>

using namespace heapboard;

namespace {

QString sentenceStart(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

BlockActions::BlockActions(HeapModel *model, TimelineEditor *editor, HeapView *view, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_editor(editor)
    , m_view(view)
    , m_reallocAction(new QAction(tr("Rea&lloc…"), this))
    , m_freeAddressAction(new QAction(tr("Free &Address…"), this))
{
    m_reallocAction->setObjectName(QStringLiteral("reallocAction"));
    m_reallocAction->setToolTip(tr("Resize the selected block: realloc(p, n) grows or shrinks it in place, "
                                   "or moves it"));
    m_freeAddressAction->setObjectName(QStringLiteral("freeAddressAction"));
    m_freeAddressAction->setToolTip(tr("free(p) of any address or handle, to show an invalid pointer or a "
                                       "double free"));
    connect(m_reallocAction, &QAction::triggered, this, &BlockActions::reallocSelected);
    connect(m_freeAddressAction, &QAction::triggered, this, &BlockActions::freeAddress);
    connect(m_editor, &TimelineEditor::lockedChanged, this, &BlockActions::updateLocked);
    updateLocked(m_editor->isLocked());
}

void BlockActions::updateLocked(bool locked)
{
    for (QAction *a : { m_reallocAction, m_freeAddressAction })
        a->setEnabled(!locked);
}

QWidget *BlockActions::dialogParent() const
{
    return m_view ? m_view->window() : nullptr;
}

QString BlockActions::blockName(const BlockInfo &block) const
{
    return block.used ? m_model->labelFor(block.tag) : QString();
}

QMenu *BlockActions::createMenu(std::optional<Addr> start, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("blockMenu"));
    // The window's text scale (larger while presenting) reaches the menu.
    menu->setAttribute(Qt::WA_WindowPropagation);
    menu->setToolTipsVisible(true);
    // Deferred: an entry's slot (a dialog's exec()) runs after the menu hid.
    connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
    BlockInfo b;
    const bool found = start && m_model->heap().blockAt(*start, b);
    QString title = tr("Free space");
    if (found) {
        const QString name = blockName(b);
        title = tr("%1 at %2").arg(NumberFormat::size(b.size), NumberFormat::address(double(b.start)));
        if (!name.isEmpty())
            title = tr("%1: %2").arg(name, title);
    }
    QAction *header = menu->addAction(title);
    header->setObjectName(QStringLiteral("menuTitle"));
    header->setEnabled(false);
    if (m_editor->isLocked()) {
        QAction *why
            = menu->addAction(m_lockedReason.isEmpty() ? tr("Locked while presenting") : m_lockedReason);
        why->setObjectName(QStringLiteral("lockedReason"));
        why->setEnabled(false);
    }
    menu->addSeparator();
    if (found && b.used) {
        addUsedBlockEntries(menu, b);
    } else {
        const QString tip = tr("The %1 policy decides where the block goes, not the click")
                                .arg(StepMarks::policyText(m_model->heap().policy()));
        addEditEntry(menu, QStringLiteral("mallocHere"), tr("&Malloc Here…"), [this] {
            mallocHere();
        })->setStatusTip(tip);
    }
    if (found) {
        menu->addSeparator();
        const Addr at = b.start;
        QAction *copy = menu->addAction(tr("&Copy Address (%1)").arg(NumberFormat::address(double(at))));
        copy->setObjectName(QStringLiteral("copyAddress"));
        connect(copy, &QAction::triggered, this, [this, at] { copyAddress(at); });
    }
    return menu;
}

void BlockActions::addUsedBlockEntries(QMenu *menu, const BlockInfo &block)
{
    const Addr at = block.start;
    const Addr pointer = m_model->heap().pointerOf(block); // what free takes
    addEditEntry(menu, QStringLiteral("free"), tr("&Free"),
                 [this, pointer] { m_editor->freeBlock(pointer); });
    addEditEntry(menu, QStringLiteral("realloc"), tr("&Realloc…"), [this, at] { reallocBlock(at); });
    QAction *rename = addEditEntry(menu, QStringLiteral("renameHandle"), tr("Re&name Handle…"),
                                   [this, at] { renameHandle(at); });
    if (blockName(block).isEmpty()) {
        rename->setEnabled(false);
        rename->setToolTip(tr("No handle names this block"));
    }
}

QAction *BlockActions::addEditEntry(QMenu *menu, const QString &name, const QString &text,
                                    std::function<void()> slot)
{
    QAction *a = menu->addAction(text);
    a->setObjectName(name);
    const bool locked = m_editor->isLocked();
    a->setEnabled(!locked);
    if (locked)
        a->setToolTip(m_lockedReason);
    connect(a, &QAction::triggered, this, std::move(slot));
    return a;
}

void BlockActions::popupMenu(const QPoint &globalPos, std::optional<Addr> block)
{
    createMenu(block, m_view)->popup(globalPos);
}

void BlockActions::copyAddress(Addr start)
{
    // Plain digits, not NumberFormat's 64K: the clipboard feeds Free
    // Address… and a student's notes, where an exact number reads back.
    QGuiApplication::clipboard()->setText(QString::number(start));
    Q_EMIT information(tr("Copied the address %1.").arg(NumberFormat::address(double(start))));
}

void BlockActions::reallocSelected()
{
    BlockInfo b;
    const std::optional<Addr> selected = m_view ? m_view->selectedBlock() : std::nullopt;
    if (!selected || !m_model->heap().blockAt(*selected, b) || !b.used) {
        Q_EMIT information(tr("Realloc: select a used block first (Up and Down move the selection; a right "
                              "click selects a block and opens its menu)."));
        return;
    }
    reallocBlock(b.start);
}

void BlockActions::reallocBlock(Addr start)
{
    const Heap &heap = m_model->heap();
    BlockInfo b;
    if (!heap.blockAt(start, b) || !b.used || b.start != start) {
        Q_EMIT information(
            tr("Realloc: %1 is not the start of a used block.").arg(NumberFormat::address(double(start))));
        return;
    }
    const QString current = blockName(b);
    PromptDialog dialog(tr("Realloc"),
                        tr("realloc(%1, n): %2 at %3. It shrinks or grows the block in place when it can, "
                           "and moves it otherwise; the block it returns gets the name below.")
                            .arg(current.isEmpty() ? NumberFormat::address(double(start)) : current,
                                 NumberFormat::size(b.size), NumberFormat::address(double(start))),
                        dialogParent());
    dialog.setObjectName(QStringLiteral("reallocDialog"));
    const int size
        = dialog.addField(QStringLiteral("sizeEdit"), tr("New &size:"), QString::number(b.size), true);
    const int name
        = dialog.addField(QStringLiteral("nameEdit"), tr("Result &name:"), m_model->nextAutoLabel());
    Size bytes = 0;
    dialog.setCheck([&] {
        const QString wrong = OperationInput::size(
            tr("New size"), dialog.text(size), dialog.unit(size), heap.extent(),
            tr("realloc to 0 frees the block: use Free for that, or type at least 1."), bytes);
        return !wrong.isEmpty()
            ? wrong
            : OperationInput::newName(tr("Result name"), dialog.text(name), m_model->scenario(), current);
    });
    dialog.setPreview([&] { return reallocPreview(b, bytes); });
    if (dialog.exec() == QDialog::Accepted)
        m_editor->reallocBlock(heap.pointerOf(b), bytes, dialog.text(name));
}

QString BlockActions::reallocPreview(const BlockInfo &block, Size n) const
{
    // What section 6 of docs/semantics.md will do, told before it is done.
    const Heap &heap = m_model->heap();
    if (n == block.size)
        return tr("The same size: nothing changes (still a step).");
    if (n < block.size)
        return tr("Shrinks in place; the last %1 become free.").arg(NumberFormat::size(block.size - n));
    BlockInfo next;
    if (block.end() < heap.end() && heap.blockAt(block.end(), next) && !next.used
        && next.size >= n - block.size)
        return tr("Grows in place into the free block after it.");
    Addr to = 0;
    if (heap.placement(n, to))
        return tr("Cannot grow in place: moves to %1 (%2), and the old block is freed.")
            .arg(NumberFormat::address(double(to)), StepMarks::policyText(heap.policy()));
    return tr("Fails, out of memory: no free block holds %1 (the largest is %2); the block stays.")
        .arg(NumberFormat::size(n), NumberFormat::size(heap.stats().largestFree));
}

void BlockActions::mallocHere()
{
    const Heap &heap = m_model->heap();
    PromptDialog dialog(tr("Malloc Here"),
                        tr("malloc(n) under %1: the policy decides where the block goes, not where you "
                           "clicked. The block is named %2.")
                            .arg(StepMarks::policyText(heap.policy()), m_model->nextAutoLabel()),
                        dialogParent());
    dialog.setObjectName(QStringLiteral("mallocHereDialog"));
    const Size suggested = m_requestSize ? m_requestSize() : 32;
    const int size
        = dialog.addField(QStringLiteral("sizeEdit"), tr("&Size:"), QString::number(suggested), true);
    Size bytes = 0;
    dialog.setCheck([&] {
        return OperationInput::size(tr("Size"), dialog.text(size), dialog.unit(size), heap.extent(),
                                    tr("malloc(0) is an invalid size; type at least 1."), bytes);
    });
    dialog.setPreview([&] {
        // The words of the hover ghost's caption, as a sentence.
        const StepMark where = StepMarks::placement(heap, bytes);
        if (where.kind == StepMark::Kind::Placement)
            return sentenceStart(where.text) + QLatin1Char('.');
        return tr("Fails, out of memory: %1.").arg(where.text);
    });
    if (dialog.exec() == QDialog::Accepted)
        m_editor->allocate(bytes);
}

void BlockActions::freeAddress()
{
    PromptDialog dialog(tr("Free Address"),
                        tr("free(p) of any address, or of a handle. Only the start of a used block can be "
                           "freed: anything else fails (invalid pointer; a handle freed before: double "
                           "free) and changes nothing, which is worth seeing."),
                        dialogParent());
    dialog.setObjectName(QStringLiteral("freeAddressDialog"));
    BlockInfo b;
    const std::optional<Addr> selected = m_view ? m_view->selectedBlock() : std::nullopt;
    const bool usedSelected = selected && m_model->heap().blockAt(*selected, b) && b.used;
    const int field
        = dialog.addField(QStringLiteral("pointerEdit"), tr("&Address or handle:"),
                          usedSelected ? QString::number(m_model->heap().pointerOf(b)) : QString());
    Addr address = 0;
    QString handle;
    dialog.setCheck([&] {
        return OperationInput::pointer(tr("Address"), dialog.text(field), m_model->scenario(), address,
                                       handle);
    });
    dialog.setPreview([&] { return freePreview(address, handle); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (handle.isEmpty())
        m_editor->freeBlock(address);
    else
        m_editor->freeHandle(handle);
}

QString BlockActions::freePreview(Addr address, const QString &handle) const
{
    if (!handle.isEmpty())
        return tr("free %1: frees the block %1 names, or fails if it names none now.").arg(handle);
    BlockInfo b;
    if (m_model->heap().blockAt(address, b) && b.used && m_model->heap().pointerOf(b) == address)
        return tr("Frees the %1 block at %2.")
            .arg(NumberFormat::size(b.size), NumberFormat::address(double(address)));
    return tr("Fails: %1 is not the start of a used block (invalid pointer).")
        .arg(NumberFormat::address(double(address)));
}

void BlockActions::renameHandle(Addr start)
{
    BlockInfo b;
    const QString current = m_model->heap().blockAt(start, b) ? blockName(b) : QString();
    if (current.isEmpty()) {
        Q_EMIT information(
            tr("Rename Handle: no handle names the block at %1.").arg(NumberFormat::address(double(start))));
        return;
    }
    PromptDialog dialog(tr("Rename Handle"),
                        tr("Rename %1 in every statement that uses it; its blocks keep their colors. Undo "
                           "brings the old name back.")
                            .arg(current),
                        dialogParent());
    dialog.setObjectName(QStringLiteral("renameDialog"));
    const int field = dialog.addField(QStringLiteral("nameEdit"), tr("New &name:"), current);
    dialog.setCheck([&] {
        if (dialog.text(field) == current)
            return tr("New name: %1 is its name already.").arg(current);
        return OperationInput::newName(tr("New name"), dialog.text(field), m_model->scenario());
    });
    dialog.setPreview([&] { return renamePreview(current, dialog.text(field)); });
    if (dialog.exec() == QDialog::Accepted)
        m_editor->renameHandle(current, dialog.text(field));
}

QString BlockActions::renamePreview(const QString &from, const QString &to) const
{
    // The first statement that changes, as it will read.
    const Scenario &s = m_model->scenario();
    const int handle = s.handleIndex(from.toStdString());
    int uses = 0;
    std::size_t first = 0;
    for (std::size_t i = 0; i < s.steps.size(); ++i) {
        if (s.steps[i].result == handle || s.steps[i].operand == handle) {
            if (uses++ == 0)
                first = i + 1;
        }
    }
    if (uses == 0)
        return {};
    // Only the names that statement uses (a trace has a million handles).
    const ScenarioStep &step = s.steps[first - 1];
    Scenario renamed;
    renamed.handles.resize(std::size_t(std::max(step.result, step.operand)) + 1);
    for (const int h : { step.result, step.operand }) {
        if (h >= 0)
            renamed.handles[std::size_t(h)] = h == handle ? to.toStdString() : s.handles[std::size_t(h)];
    }
    const QString example = QString::fromStdString(formatStatement(renamed, step));
    if (uses == 1)
        return tr("Step %1 will read: %2").arg(first).arg(example);
    return tr("%1 statements change; step %2 will read: %3").arg(uses).arg(first).arg(example);
}
