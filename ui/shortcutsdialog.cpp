// SPDX-License-Identifier: MIT
#include "shortcutsdialog.h"

#include "clickerkeys.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

using Group = ShortcutsDialog::Group;

// An action's keys, without the empty ones that a standard key with no
// binding on this platform leaves (QKeySequence::SaveAs outside KDE and
// GNOME).
QList<QKeySequence> keysOf(const QAction *action)
{
    QList<QKeySequence> keys = action->shortcuts();
    keys.removeIf([](const QKeySequence &key) { return key.isEmpty(); });
    return keys;
}

// The actions of menu and of its submenus that have keys, in menu order.
void collectMenu(const QMenu *menu, Group &group, QSet<const QAction *> &seen)
{
    for (QAction *a : menu->actions()) {
        if (a->menu()) {
            collectMenu(a->menu(), group, seen);
        } else if (!a->isSeparator() && !keysOf(a).isEmpty() && !seen.contains(a)) {
            seen.insert(a);
            group.entries.append({ ShortcutsDialog::withoutMnemonic(a->text()), keysOf(a) });
        }
    }
}

QString cell(const QString &text, const char *tag = "td")
{
    return QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), text.toHtmlEscaped());
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<Group> &groups, QWidget *parent)
    : QDialog(parent)
    , m_groups(groups)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    // A window's font reaches no other window by itself: take the text size
    // the window shows (Ctrl+Plus, presenting), so the list reads as well.
    if (parent)
        setFont(parent->window()->font());
    m_tree->setObjectName(QStringLiteral("shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Action"), tr("Keys") });
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    // It takes the focus, so that the keyboard scrolls a long list too.
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("print"));
    connect(print, &QPushButton::clicked, this, &ShortcutsDialog::printWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    fillTree();
}

void ShortcutsDialog::fillTree()
{
    for (const Group &group : std::as_const(m_groups)) {
        auto *heading = new QTreeWidgetItem(m_tree, { group.title });
        QFont bold = m_tree->font();
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        for (const Entry &entry : group.entries)
            new QTreeWidgetItem(heading, { entry.text, keysText(entry.keys) });
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
    // Wide enough for both columns; as high as the list or most of the screen.
    const int width = m_tree->columnWidth(0) + m_tree->columnWidth(1) + 4 * m_tree->frameWidth()
        + m_tree->fontMetrics().averageCharWidth() * 4;
    int rows = 0;
    for (const Group &group : std::as_const(m_groups))
        rows += 1 + int(group.entries.size());
    const int rowHeight = m_tree->sizeHintForRow(0) > 0 ? m_tree->sizeHintForRow(0) : fontMetrics().height();
    const int screenHeight = screen() ? screen()->availableGeometry().height() : 800;
    const int height = std::min((rows + 2) * rowHeight, screenHeight * 3 / 4);
    m_tree->setMinimumSize(width, std::min(height, 12 * rowHeight));
    resize(sizeHint().width(), height + fontMetrics().height() * 4);
}

QList<ShortcutsDialog::Group> ShortcutsDialog::groupsOf(const QMainWindow *window)
{
    QList<Group> groups;
    QSet<const QAction *> seen;
    for (const QAction *top : window->menuBar()->actions()) {
        if (!top->menu())
            continue;
        Group group { withoutMnemonic(top->menu()->title()), {} };
        collectMenu(top->menu(), group, seen);
        if (!group.entries.isEmpty())
            groups.append(group);
    }
    // Keys that belong to no menu. Actions without text are the clicker
    // keys' bindings, listed from their table below.
    Group other { tr("Other"), {} };
    QList<QAction *> rest = window->actions();
    rest += window->findChildren<QAction *>();
    for (const QAction *a : std::as_const(rest)) {
        if (seen.contains(a) || keysOf(a).isEmpty() || a->text().isEmpty())
            continue;
        seen.insert(a);
        other.entries.append({ withoutMnemonic(a->text()), keysOf(a) });
    }
    if (!other.entries.isEmpty())
        groups.append(other);
    Group clicker { tr("Heap page and presentation clicker"), {} };
    for (const ClickerKey &key : clickerKeys())
        clicker.entries.append({ key.description(), key.keys });
    groups.append(clicker);
    return groups;
}

QString ShortcutsDialog::withoutMnemonic(QString text)
{
    // "&&" is a literal ampersand; any other '&' marks the mnemonic.
    const QChar placeholder(0xE000);
    text.replace(QStringLiteral("&&"), placeholder);
    text.remove(QLatin1Char('&'));
    text.replace(placeholder, QLatin1Char('&'));
    return text;
}

QString ShortcutsDialog::keysText(const QList<QKeySequence> &keys)
{
    QStringList out;
    for (const QKeySequence &key : keys)
        out.append(key.toString(QKeySequence::NativeText));
    return out.join(QStringLiteral(", "));
}

QString ShortcutsDialog::toHtml() const
{
    // One table, so that both columns line up from the first group to the
    // last; its head repeats on every printed page.
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Heapboard Keyboard Shortcuts").toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    html += QStringLiteral("<thead><tr>%1%2</tr></thead>")
                .arg(cell(tr("Action"), "th"), cell(tr("Keys"), "th"));
    for (const Group &group : m_groups) {
        html += QStringLiteral("<tr><td colspan=\"2\" bgcolor=\"#e0e0e0\"><b>%1</b></td></tr>")
                    .arg(group.title.toHtmlEscaped());
        for (const Entry &entry : group.entries)
            html += QStringLiteral("<tr>%1%2</tr>").arg(cell(entry.text), cell(keysText(entry.keys)));
    }
    return html + QStringLiteral("</table>");
}

void ShortcutsDialog::print(QPrinter *printer) const
{
    QTextDocument document;
    document.setDefaultFont(QApplication::font());
    document.setHtml(toHtml());
    document.print(printer);
}

void ShortcutsDialog::printWithDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Keyboard Shortcuts"));
    if (dialog.exec() == QDialog::Accepted)
        print(&printer);
}
