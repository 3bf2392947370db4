// SPDX-License-Identifier: MIT
// ShortcutsDialog: F1 opens it; it lists every action of the main window
// that has keys, by menu, and the clicker keys that are no actions (and
// those are bound as listed); it prints to a PDF without a printer.
#include "clickerkeys.h"
#include "dialogwaiter.h"
#include "mainwindow.h"
#include "shortcutsdialog.h"
#include "testfiles.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <memory>

namespace {

bool hasKeys(const QAction *action)
{
    const QList<QKeySequence> keys = action->shortcuts();
    return std::any_of(keys.begin(), keys.end(), [](const QKeySequence &key) { return !key.isEmpty(); });
}

// Every action of the window that has keys, wherever it lives.
QList<QAction *> actionsWithKeys(const QMainWindow &window)
{
    QList<QAction *> all = window.actions() + window.findChildren<QAction *>();
    QList<QAction *> out;
    for (QAction *a : all) {
        if (hasKeys(a) && !out.contains(a))
            out.append(a);
    }
    return out;
}

// The rows of the dialog's table as "group|action|keys".
QStringList rows(const ShortcutsDialog &dialog)
{
    const auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("shortcuts"));
    QStringList out;
    for (int g = 0; tree && g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            out.append(group->text(0) + QLatin1Char('|') + group->child(i)->text(0) + QLatin1Char('|')
                       + group->child(i)->text(1));
    }
    return out;
}

// Whether some row lists key (among its keys) for text (any text if empty).
bool listed(const QStringList &rows, const QString &text, const QKeySequence &key)
{
    const QString name = key.toString(QKeySequence::NativeText);
    for (const QString &row : rows) {
        const QStringList parts = row.split(QLatin1Char('|'));
        if ((text.isEmpty() || parts[1] == text) && parts[2].split(QStringLiteral(", ")).contains(name))
            return true;
    }
    return false;
}

} // namespace

class TestShortcutsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void f1OpensOneWindow();
    void everyActionWithKeysIsListed();
    void groupedByMenu();
    void clickerKeysAreListedAndBound();
    void withoutMnemonic_data();
    void withoutMnemonic();
    void followsTheWindowsTextSize();
    void printsAPdf();
    void printButtonAsksForAPrinter();

private:
    ShortcutsDialog *open();
    std::unique_ptr<MainWindow> m_window;
};

void TestShortcutsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeapboardTest"));
}

void TestShortcutsDialog::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->newHeap();
}

void TestShortcutsDialog::cleanup()
{
    m_window.reset();
}

ShortcutsDialog *TestShortcutsDialog::open()
{
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    return m_window->findChild<ShortcutsDialog *>();
}

void TestShortcutsDialog::f1OpensOneWindow()
{
    ShortcutsDialog *dialog = open();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Keyboard Shortcuts"));
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QCOMPARE(m_window->findChildren<ShortcutsDialog *>().size(), 1);
    // In the Help menu, by its name.
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("shortcutsAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F1));
    QVERIFY(m_window->menuBar()->actions().constLast()->menu()->actions().contains(action));
    // Close closes it.
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::Close)->click();
    QTRY_VERIFY(!m_window->findChild<ShortcutsDialog *>());
}

void TestShortcutsDialog::everyActionWithKeysIsListed()
{
    const ShortcutsDialog *dialog = open();
    QVERIFY(dialog);
    const QStringList table = rows(*dialog);
    const QList<QAction *> actions = actionsWithKeys(*m_window);
    QVERIFY(actions.size() > 25);
    for (const QAction *a : actions) {
        // Text-less actions are the clicker keys' bindings: their keys are
        // listed, under the clicker's description.
        const QString text = ShortcutsDialog::withoutMnemonic(a->text());
        QVERIFY(!text.contains(QLatin1Char('&')));
        for (const QKeySequence &key : a->shortcuts()) {
            if (!key.isEmpty())
                QVERIFY2(listed(table, text, key), qPrintable(text + QLatin1Char(' ') + key.toString()));
        }
    }
    // No row without keys (a standard key unbound on this platform).
    for (const QString &row : table)
        QVERIFY2(!row.endsWith(QLatin1Char('|')), qPrintable(row));
    QVERIFY(listed(table, QStringLiteral("Malloc"), QKeySequence(Qt::CTRL | Qt::Key_M)));
    QVERIFY(listed(table, QStringLiteral("Keyboard Shortcuts"), QKeySequence(Qt::Key_F1)));
}

void TestShortcutsDialog::groupedByMenu()
{
    const ShortcutsDialog *dialog = open();
    QVERIFY(dialog);
    QStringList groups;
    for (const ShortcutsDialog::Group &g : dialog->groups())
        groups.append(g.title);
    // The menu bar's order, without mnemonics; then the rest.
    QCOMPARE(groups.mid(0, 3),
             (QStringList { QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View") }));
    QVERIFY(groups.contains(QStringLiteral("Player")));
    QVERIFY(groups.contains(QStringLiteral("Help")));
    QCOMPARE(groups.constLast(), QStringLiteral("Heap page and presentation clicker"));
    const QStringList table = rows(*dialog);
    QVERIFY(table.contains(QStringLiteral("Edit|Malloc|Ctrl+M")));
    QVERIFY(table.contains(QStringLiteral("View|Blank Screen|B, .")));
    QVERIFY(table.contains(QStringLiteral("Player|Step Forward|PgDown")));
    QVERIFY(table.contains(QStringLiteral("Other|Leave Presentation|Esc")));
    // No action twice.
    QCOMPARE(QSet<QString>(table.begin(), table.end()).size(), table.size());
}

void TestShortcutsDialog::clickerKeysAreListedAndBound()
{
    const ShortcutsDialog *dialog = open();
    QVERIFY(dialog);
    const QStringList table = rows(*dialog);
    for (const Qt::Key key :
         { Qt::Key_PageDown, Qt::Key_Right, Qt::Key_Space, Qt::Key_Return, Qt::Key_Enter, Qt::Key_PageUp,
           Qt::Key_Left, Qt::Key_Backspace, Qt::Key_Home, Qt::Key_End, Qt::Key_B, Qt::Key_Period })
        QVERIFY2(listed(table, {}, QKeySequence(key)), qPrintable(QKeySequence(key).toString()));
    QVERIFY(table.contains(
        QStringLiteral("Heap page and presentation clicker|Step forward|Right, Space, Return, Enter")));
    // Each key of the table is bound on the window to an action.
    const QList<QAction *> actions = actionsWithKeys(*m_window);
    for (const ClickerKey &clicker : clickerKeys()) {
        for (const QKeySequence &key : clicker.keys) {
            const bool bound = std::any_of(actions.begin(), actions.end(),
                                           [&](const QAction *a) { return a->shortcuts().contains(key); });
            QVERIFY2(bound, qPrintable(key.toString()));
        }
    }
}

void TestShortcutsDialog::withoutMnemonic_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("Leave Presentation") << QStringLiteral("Leave Presentation");
    QTest::newRow("first") << QStringLiteral("&Save As…") << QStringLiteral("Save As…");
    QTest::newRow("inside") << QStringLiteral("Zoom Heap &In") << QStringLiteral("Zoom Heap In");
    QTest::newRow("ampersand") << QStringLiteral("Fish && &Chips") << QStringLiteral("Fish & Chips");
}

void TestShortcutsDialog::withoutMnemonic()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(ShortcutsDialog::withoutMnemonic(text), shown);
}

void TestShortcutsDialog::followsTheWindowsTextSize()
{
    m_window->setTextScale(2);
    const ShortcutsDialog *dialog = open();
    QVERIFY(dialog);
    QCOMPARE(dialog->font().pointSizeF(), m_window->font().pointSizeF());
    QVERIFY(dialog->font().pointSizeF() > QApplication::font().pointSizeF() * 1.5);
    const auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcuts"));
    QCOMPARE(tree->font().pointSizeF(), m_window->font().pointSizeF());
}

void TestShortcutsDialog::printsAPdf()
{
    const ShortcutsDialog *dialog = open();
    QVERIFY(dialog);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keys.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    dialog->print(&printer);
    const QByteArray pdf = heapboard::test::readFile(path).value_or(QByteArray());
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.size() > 2000);
    QVERIFY(pdf.contains("/Type /Page") || pdf.contains("/Type/Page"));
    // What it prints: every row.
    const QString html = dialog->toHtml();
    QVERIFY(html.contains(QStringLiteral("<td>Malloc</td><td>Ctrl+M</td>")));
    for (const ShortcutsDialog::Group &group : dialog->groups())
        QVERIFY(html.contains(QStringLiteral("<b>%1</b>").arg(group.title)));
    QVERIFY(html.contains(QStringLiteral("<td>Step forward</td><td>Right, Space, Return, Enter</td>")));
}

void TestShortcutsDialog::printButtonAsksForAPrinter()
{
    ShortcutsDialog *dialog = open();
    QVERIFY(dialog);
    auto *print = dialog->findChild<QPushButton *>(QStringLiteral("print"));
    QVERIFY(print);
    QCOMPARE(print->text(), QStringLiteral("&Print…"));
    DialogWaiter<QPrintDialog> waiter([](QPrintDialog *d) { d->reject(); });
    print->click(); // opens the print dialog; returns once it is answered
    QVERIFY2(waiter.wait(), qPrintable(waiter.failure()));
    QVERIFY(dialog->isVisible());
}

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
