// SPDX-License-Identifier: MIT
// BlockActions in the window: the heap's context menus (used block, free
// space, locked while presenting, from the keyboard), Edit > Realloc… and
// Edit > Free Address… recorded in the saved scenario, Rename Handle, Copy
// Address, and dialogs that refuse bad input without changing anything.
#include "blockactions.h"
#include "dialogwaiter.h"
#include "document.h"
#include "heapmodel.h"
#include "heapview.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "narrationpanel.h"
#include "presentation.h"
#include "promptdialog.h"
#include "testfiles.h"
#include "timelineeditor.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace heapboard;

namespace {

// Types into a dialog's fields ({objectName, text}), then presses OK.
std::function<void(PromptDialog *)> typeAndOk(QList<std::pair<QString, QString>> fields)
{
    return [fields](PromptDialog *dialog) {
        for (const auto &[name, text] : fields) {
            auto *edit = dialog->findChild<QLineEdit *>(name);
            QVERIFY2(edit, qPrintable(name));
            edit->setText(text);
        }
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    };
}

QStringList entries(const QMenu *menu)
{
    QStringList names;
    for (const QAction *a : menu->actions()) {
        if (!a->isSeparator())
            names << a->objectName();
    }
    return names;
}

QAction *entry(const QMenu *menu, const QString &name)
{
    for (QAction *a : menu->actions()) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}

// Clicks a menu entry as a user does: the menu closes, then the entry runs.
void choose(QMenu *menu, const QString &name)
{
    QAction *a = entry(menu, name);
    QVERIFY2(a, qPrintable(name));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(a).center());
}

} // namespace

class TestBlockActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menuOfAUsedBlock();
    void menuOfFreeSpace();
    void menuFromTheKeyboard();
    void reallocIsSavedAndUndoes();
    void reallocFromTheMenuKeepsTheName();
    void freeAddressIsSavedAndUndoes();
    void freeADanglingHandle();
    void mallocHereSaysWhereThePolicyPutsIt();
    void renameHandleRoundTrip();
    void copyAddress();
    void lockedWhilePresenting();
    void badInputChangesNothing_data();
    void badInputChangesNothing();

private:
    // Three steps: a = malloc 32 at 0, b = malloc 64 at 32, the rest free.
    void threeBlocks();
    QMenu *rightClick(Addr address);
    QString saved();
    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
};

void TestBlockActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeapboardTest"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestBlockActions::init()
{
    m_window = new MainWindow;
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->view()->setAnimationsEnabled(false);
    threeBlocks();
}

void TestBlockActions::cleanup()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    m_window->document()->discardAutosave();
    m_window->undoStack()->setClean(); // no question on close
    delete m_window;
}

void TestBlockActions::threeBlocks()
{
    QVERIFY(m_window->model()->reset(256, Policy::FirstFit));
    m_window->setRequestSize(32);
    m_window->allocate();
    m_window->setRequestSize(64);
    m_window->allocate();
    QCOMPARE(m_window->model()->statement(2), QStringLiteral("b = malloc 64"));
    QVERIFY(QTest::qWaitForWindowExposed(m_window->view()));
}

QMenu *TestBlockActions::rightClick(Addr address)
{
    HeapView *view = m_window->view();
    BlockInfo b;
    if (!m_window->model()->heap().blockAt(address, b))
        return nullptr;
    const QList<QRectF> rects = view->layoutState().rectsOf({ b.start, b.size });
    if (rects.isEmpty())
        return nullptr;
    const QPoint at = rects.front().center().toPoint();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->mapToGlobal(at));
    QApplication::sendEvent(view, &event);
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}

QString TestBlockActions::saved()
{
    const QString path = m_dir.filePath(QStringLiteral("saved.heap"));
    if (!m_window->document()->saveTo(path))
        return QStringLiteral("(not saved)");
    return QString::fromUtf8(test::readFile(path).value_or(QByteArray()));
}

void TestBlockActions::menuOfAUsedBlock()
{
    QMenu *menu = rightClick(32);
    QVERIFY(menu);
    QCOMPARE(entries(menu), (QStringList { "menuTitle", "free", "realloc", "renameHandle", "copyAddress" }));
    QVERIFY2(entry(menu, "menuTitle")->text().startsWith(QStringLiteral("b: 64 B at 32")),
             qPrintable(entry(menu, "menuTitle")->text()));
    QCOMPARE(m_window->view()->selectedBlock(), std::optional<Addr>(32)); // the right click selected it
    for (const char *name : { "free", "realloc", "renameHandle", "copyAddress" })
        QVERIFY2(entry(menu, name)->isEnabled(), qPrintable(name));
    choose(menu, "free");
    QCOMPARE(m_window->model()->statement(3), QStringLiteral("free b"));
    QCOMPARE(m_window->undoStack()->count(), 3);
}

void TestBlockActions::menuOfFreeSpace()
{
    QMenu *menu = rightClick(96);
    QVERIFY(menu);
    QCOMPARE(entries(menu), (QStringList { "menuTitle", "mallocHere", "copyAddress" }));
    QVERIFY2(entry(menu, "mallocHere")->statusTip().contains(QStringLiteral("first fit")),
             qPrintable(entry(menu, "mallocHere")->statusTip()));
    menu->close();
    // The margin is no block: free space, no address to copy.
    QMenu *none = m_window->blockActions()->createMenu(std::nullopt, m_window);
    QCOMPARE(entries(none), (QStringList { "menuTitle", "mallocHere" }));
    delete none;
}

void TestBlockActions::menuFromTheKeyboard()
{
    HeapView *view = m_window->view();
    view->setFocus();
    view->selectBlock(0);
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QVERIFY2(entry(menu, "menuTitle")->text().startsWith(QStringLiteral("a: 32 B at 0")),
             qPrintable(entry(menu, "menuTitle")->text()));
    // Shown over the selected block, not wherever the pointer is.
    const QRectF block = view->layoutState().rectsOf({ 0, 32 }).front();
    QVERIFY(block.contains(view->mapFromGlobal(menu->pos())));
    menu->close();
    // The Menu key arrives as a keyboard context menu event.
    view->selectBlock(96);
    QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(1, 1), view->mapToGlobal(QPoint(1, 1)));
    QApplication::sendEvent(view, &event);
    menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QCOMPARE(entries(menu), (QStringList { "menuTitle", "mallocHere", "copyAddress" }));
    menu->close();
}

void TestBlockActions::reallocIsSavedAndUndoes()
{
    m_window->view()->selectBlock(32);
    DialogWaiter<PromptDialog> dialog(typeAndOk({ { "sizeEdit", "80" } }), QStringLiteral("reallocDialog"));
    m_window->blockActions()->reallocAction()->trigger(); // Edit > Realloc…
    QVERIFY2(dialog.wait(), qPrintable(dialog.failure()));
    QCOMPARE(m_window->model()->statement(3), QStringLiteral("c = realloc b 80"));
    QVERIFY2(saved().contains(QStringLiteral("\nc = realloc b 80\n")), qPrintable(saved()));
    const HeapState after = m_window->model()->heap().state();
    QCOMPARE(after.blocks[1].size, Size(80)); // grew in place

    m_window->undoStack()->undo();
    QCOMPARE(m_window->model()->stepCount(), std::size_t(2));
    QVERIFY(!saved().contains(QStringLiteral("realloc")));
    m_window->undoStack()->redo();
    QVERIFY(m_window->model()->heap().state() == after);
    QVERIFY(saved().contains(QStringLiteral("\nc = realloc b 80\n")));
}

void TestBlockActions::reallocFromTheMenuKeepsTheName()
{
    QMenu *menu = rightClick(0);
    QVERIFY(menu);
    // 2 KiB is more than the heap: the unit box counts, like the toolbar's.
    DialogWaiter<PromptDialog> dialog(
        [](PromptDialog *d) {
            d->findChild<QComboBox *>(QStringLiteral("sizeEditUnit"))->setCurrentIndex(1);
            QVERIFY(d->problem().contains(QStringLiteral("more than the whole heap")));
            d->findChild<QComboBox *>(QStringLiteral("sizeEditUnit"))->setCurrentIndex(0);
            typeAndOk({ { "sizeEdit", "100" }, { "nameEdit", "a" } })(d);
        },
        QStringLiteral("reallocDialog"));
    choose(menu, "realloc");
    QVERIFY2(dialog.wait(), qPrintable(dialog.failure()));
    QCOMPARE(m_window->model()->statement(3), QStringLiteral("a = realloc a 100"));
    QCOMPARE(m_window->model()->heap().state().blocks[2].start, Addr(96)); // moved past b
}

void TestBlockActions::freeAddressIsSavedAndUndoes()
{
    const HeapState before = m_window->model()->heap().state();
    DialogWaiter<PromptDialog> dialog(typeAndOk({ { "pointerEdit", "7" } }),
                                      QStringLiteral("freeAddressDialog"));
    m_window->blockActions()->freeAddressAction()->trigger();
    QVERIFY2(dialog.wait(), qPrintable(dialog.failure()));
    QCOMPARE(m_window->model()->statement(3), QStringLiteral("free 7"));
    QVERIFY(m_window->model()->heap().state().blocks == before.blocks); // changed nothing
    MessageBar *bar = m_window->messageBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(bar->text().contains(QStringLiteral("invalid pointer")), qPrintable(bar->text()));
    QVERIFY2(saved().contains(QStringLiteral("\nfree 7\n")), qPrintable(saved()));

    m_window->undoStack()->undo();
    QCOMPARE(m_window->model()->stepCount(), std::size_t(2));
    QVERIFY(!saved().contains(QStringLiteral("free 7")));
    m_window->undoStack()->redo();
    QCOMPARE(m_window->model()->statement(3), QStringLiteral("free 7"));
    QVERIFY(saved().contains(QStringLiteral("\nfree 7\n")));
}

void TestBlockActions::freeADanglingHandle()
{
    m_window->freeBlock(0);
    DialogWaiter<PromptDialog> dialog(typeAndOk({ { "pointerEdit", "a" } }),
                                      QStringLiteral("freeAddressDialog"));
    m_window->blockActions()->freeAddressAction()->trigger();
    QVERIFY2(dialog.wait(), qPrintable(dialog.failure()));
    QCOMPARE(m_window->model()->statement(4), QStringLiteral("free a"));
    QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("double free")),
             qPrintable(m_window->messageBar()->text()));
}

void TestBlockActions::mallocHereSaysWhereThePolicyPutsIt()
{
    m_window->freeBlock(0);
    QMenu *menu = rightClick(200);
    QVERIFY(menu);
    QString preview;
    DialogWaiter<PromptDialog> dialog(
        [&preview](PromptDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("sizeEdit"))->setText(QStringLiteral("16"));
            preview = d->status();
            typeAndOk({})(d);
        },
        QStringLiteral("mallocHereDialog"));
    choose(menu, "mallocHere");
    QVERIFY2(dialog.wait(), qPrintable(dialog.failure()));
    // Clicked at 200; first fit puts it in the hole at 0, and says so first.
    QCOMPARE(preview, QStringLiteral("First fit puts 16 B at 0."));
    QCOMPARE(m_window->model()->statement(4), QStringLiteral("c = malloc 16"));
    QCOMPARE(m_window->model()->heap().state().blocks[0].size, Size(16));
}

void TestBlockActions::renameHandleRoundTrip()
{
    m_window->freeBlock(0);
    m_window->allocate(); // a 64 B block after b; "c"
    QMenu *menu = rightClick(32);
    QVERIFY(menu);
    QString preview;
    DialogWaiter<PromptDialog> dialog(
        [&preview](PromptDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("buffer"));
            preview = d->status();
            typeAndOk({})(d);
        },
        QStringLiteral("renameDialog"));
    choose(menu, "renameHandle");
    QVERIFY2(dialog.wait(), qPrintable(dialog.failure()));
    HeapModel *model = m_window->model();
    QCOMPARE(preview, QStringLiteral("Step 2 will read: buffer = malloc 64"));
    QCOMPARE(model->statement(2), QStringLiteral("buffer = malloc 64"));
    QCOMPARE(model->labelFor(model->heap().state().blocks[1].tag), QStringLiteral("buffer"));
    QCOMPARE(m_window->undoStack()->count(), 5);
    QVERIFY(saved().contains(QStringLiteral("\nbuffer = malloc 64\n")));
    const QString renamed = saved();

    m_window->undoStack()->undo();
    QCOMPARE(model->statement(2), QStringLiteral("b = malloc 64"));
    QCOMPARE(model->labelFor(model->heap().state().blocks[1].tag), QStringLiteral("b"));
    QVERIFY(!saved().contains(QStringLiteral("buffer")));
    m_window->undoStack()->redo();
    QCOMPARE(saved(), renamed);

    // Standing on the renamed step, the step line follows undo and redo.
    m_window->jumpTo(2);
    QVERIFY2(m_window->narrationPanel()->headline().endsWith(QStringLiteral("buffer = malloc 64")),
             qPrintable(m_window->narrationPanel()->headline()));
    m_window->undoStack()->undo();
    QVERIFY2(m_window->narrationPanel()->headline().endsWith(QStringLiteral("b = malloc 64")),
             qPrintable(m_window->narrationPanel()->headline()));
    m_window->undoStack()->redo();
    QVERIFY2(m_window->narrationPanel()->headline().endsWith(QStringLiteral("buffer = malloc 64")),
             qPrintable(m_window->narrationPanel()->headline()));
}

void TestBlockActions::copyAddress()
{
    QApplication::clipboard()->clear();
    QMenu *menu = rightClick(32);
    QVERIFY(menu);
    choose(menu, "copyAddress");
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("32"));
    QCOMPARE(m_window->undoStack()->count(), 2); // not an edit
}

void TestBlockActions::lockedWhilePresenting()
{
    m_window->setPresenting(true);
    QVERIFY(m_window->editor()->isLocked());
    QMenu *menu = rightClick(32);
    QVERIFY(menu);
    QCOMPARE(entries(menu),
             (QStringList { "menuTitle", "lockedReason", "free", "realloc", "renameHandle", "copyAddress" }));
    QVERIFY2(entry(menu, "lockedReason")->text().contains(QStringLiteral("presenting")),
             qPrintable(entry(menu, "lockedReason")->text()));
    for (const char *name : { "free", "realloc", "renameHandle" }) {
        QVERIFY2(!entry(menu, name)->isEnabled(), qPrintable(name));
        QVERIFY(!entry(menu, name)->toolTip().isEmpty());
    }
    QVERIFY(entry(menu, "copyAddress")->isEnabled());
    choose(menu, "copyAddress");
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("32"));
    QVERIFY(!m_window->blockActions()->reallocAction()->isEnabled());
    QVERIFY(!m_window->blockActions()->freeAddressAction()->isEnabled());
    menu = rightClick(200);
    QVERIFY(menu);
    QVERIFY(!entry(menu, "mallocHere")->isEnabled());
    menu->close();
    QCOMPARE(m_window->undoStack()->count(), 2);

    m_window->setPresenting(false);
    QVERIFY(m_window->blockActions()->reallocAction()->isEnabled());
    menu = rightClick(32);
    QVERIFY(menu && entry(menu, "free")->isEnabled() && !entry(menu, "lockedReason"));
    menu->close();
}

void TestBlockActions::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    const QString realloc = QStringLiteral("reallocDialog");
    const QString malloc = QStringLiteral("mallocHereDialog");
    const QString free = QStringLiteral("freeAddressDialog");
    const QString rename = QStringLiteral("renameDialog");
    QTest::newRow("realloc to 0") << realloc << "sizeEdit"
                                  << "0"
                                  << "New size: 0 bytes; realloc to 0 frees";
    QTest::newRow("realloc to words") << realloc << "sizeEdit"
                                      << "lots"
                                      << "New size: 'lots' is not a number";
    QTest::newRow("realloc to a negative size") << realloc << "sizeEdit"
                                                << "-5"
                                                << "'-5' is not a number";
    QTest::newRow("realloc past the heap") << realloc << "sizeEdit"
                                           << "257"
                                           << "New size: 257 B is more than the whole heap (256 B)";
    QTest::newRow("realloc past any heap") << realloc << "sizeEdit"
                                           << "99999999999999999999G"
                                           << "more than the whole heap";
    QTest::newRow("realloc into a taken name") << realloc << "nameEdit"
                                               << "a"
                                               << "Result name: 'a' already names another handle";
    QTest::newRow("realloc into a keyword") << realloc << "nameEdit"
                                            << "malloc"
                                            << "'malloc' is a word of the scenario language";
    QTest::newRow("realloc into no name") << realloc << "nameEdit"
                                          << ""
                                          << "Result name: type a name";
    QTest::newRow("malloc 0") << malloc << "sizeEdit"
                              << "0"
                              << "Size: 0 bytes; malloc(0) is an invalid size";
    QTest::newRow("malloc nothing") << malloc << "sizeEdit"
                                    << ""
                                    << "Size: type a size";
    QTest::newRow("malloc 1.5") << malloc << "sizeEdit"
                                << "1.5"
                                << "'1.5' is not a number";
    QTest::newRow("free an unknown name")
        << free << "pointerEdit"
        << "zz"
        << "Address: no handle is called 'zz'; this scenario's handles are a, b";
    QTest::newRow("free nonsense") << free << "pointerEdit"
                                   << "7 8"
                                   << "neither an address nor a handle";
    QTest::newRow("free past any heap") << free << "pointerEdit"
                                        << "99999999999999999999"
                                        << "past the end of any heap";
    QTest::newRow("rename into a taken name") << rename << "nameEdit"
                                              << "a"
                                              << "'a' already names another handle";
    QTest::newRow("rename into a number") << rename << "nameEdit"
                                          << "2x"
                                          << "'2x' cannot name a handle";
    QTest::newRow("rename to itself") << rename << "nameEdit"
                                      << "b"
                                      << "b is its name already";
}

void TestBlockActions::badInputChangesNothing()
{
    QFETCH(QString, dialog);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, problem);
    const QString before = saved();
    QString shown;
    bool okEnabled = true;
    DialogWaiter<PromptDialog> waiter(
        [&](PromptDialog *d) {
            d->findChild<QLineEdit *>(field)->setText(text);
            shown = d->status();
            QPushButton *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            okEnabled = ok->isEnabled();
            ok->click(); // does nothing while disabled
            QTest::keyClick(d->findChild<QLineEdit *>(field), Qt::Key_Return); // neither does Enter
            QVERIFY(d->isVisible());
            d->reject();
        },
        dialog);
    BlockActions *actions = m_window->blockActions();
    if (dialog == QLatin1String("reallocDialog"))
        actions->reallocBlock(32);
    else if (dialog == QLatin1String("mallocHereDialog"))
        actions->mallocHere();
    else if (dialog == QLatin1String("freeAddressDialog"))
        actions->freeAddress();
    else
        actions->renameHandle(32);
    QVERIFY2(waiter.wait(), qPrintable(waiter.failure()));
    QVERIFY2(shown.contains(problem), qPrintable(shown));
    QVERIFY(!okEnabled);
    QCOMPARE(m_window->undoStack()->count(), 2);
    QCOMPARE(saved(), before);
}

QTEST_MAIN(TestBlockActions)
#include "tst_blockactions.moc"
