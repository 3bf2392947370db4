// SPDX-License-Identifier: MIT
// FreeListDock: shown on a first start; its visibility remembered in
// QSettings for the desktop and, separately, for presenting (presenting
// hides it unless it was turned on while presenting before); in the main
// window, in the View menu and on the L key, which works while presenting.
#include "freelistdock.h"
#include "freelistmodel.h"
#include "freelistview.h"
#include "heapmodel.h"
#include "heapview.h"
#include "mainwindow.h"
#include "narrationpanel.h"
#include "presentation.h"
#include "timelineeditor.h"

#include <QFontInfo>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>
#include <memory>

namespace {

// A window as MainWindow builds it, with only what the dock needs.
struct Window {
    Window()
    {
        auto *central = new QWidget(&window);
        auto *layout = new QVBoxLayout(central);
        heapView = new HeapView(&model, central);
        narration = new NarrationPanel(central);
        layout->addWidget(heapView, 1);
        layout->addWidget(narration);
        window.setCentralWidget(central);
        editor = new TimelineEditor(&model, &window);
        presentation = new Presentation(&window, editor, narration, {});
        dock = new FreeListDock(&model, heapView, &window);
        window.addDockWidget(Qt::BottomDockWidgetArea, dock);
        QObject::connect(presentation, &Presentation::presentingChanged, dock, &FreeListDock::setPresenting);
        dock->restoreVisibility();
        window.resize(800, 600);
    }

    HeapModel model;
    QMainWindow window;
    HeapView *heapView;
    NarrationPanel *narration;
    TimelineEditor *editor;
    Presentation *presentation;
    FreeListDock *dock;
};

} // namespace

class TestFreeListDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void shownOnAFirstStart();
    void titleSaysTheListOrder();
    void desktopChoiceIsRemembered();
    void presentingShowsItUnlessTurnedOffThere();
    void presentingChoiceIsSeparate();
    void mainWindowOffersItInTheViewMenuAndOnL();

private:
    std::unique_ptr<Window> show();
};

void TestFreeListDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeapboardFreeListDockTest"));
    QSettings().clear();
}

void TestFreeListDock::cleanup()
{
    QSettings().clear();
}

std::unique_ptr<Window> TestFreeListDock::show()
{
    auto w = std::make_unique<Window>();
    w->window.show();
    if (!QTest::qWaitForWindowExposed(&w->window))
        return nullptr;
    return w;
}

void TestFreeListDock::shownOnAFirstStart()
{
    const auto w = show();
    QVERIFY(w);
    QVERIFY(w->dock->isVisible());
    QCOMPARE(w->dock->view()->model(), w->dock->freeList());
    QCOMPARE(w->dock->freeList()->rowCount(), 1);
}

void TestFreeListDock::titleSaysTheListOrder()
{
    Window w;
    QCOMPARE(w.dock->windowTitle(), QStringLiteral("Free List"));
    heapboard::HeapSettings lifo;
    lifo.order = heapboard::ListOrder::InsertFront;
    QVERIFY(w.editor->reset(1024, heapboard::Policy::FirstFit, lifo));
    QCOMPARE(w.dock->windowTitle(), QStringLiteral("Free List · LIFO"));
    QCOMPARE(w.dock->freeList()->order(), heapboard::ListOrder::InsertFront);
    w.editor->undoStack()->undo(); // the heap before: address order
    QCOMPARE(w.dock->windowTitle(), QStringLiteral("Free List"));
}

void TestFreeListDock::desktopChoiceIsRemembered()
{
    {
        const auto w = show();
        QVERIFY(w);
        w->dock->toggleViewAction()->trigger();
        QVERIFY(w->dock->isHidden());
    }
    {
        const auto w = show();
        QVERIFY(w->dock->isHidden()); // as left
        w->dock->toggleViewAction()->trigger();
        QVERIFY(w->dock->isVisible());
    }
    {
        const auto w = show();
        QVERIFY(w->dock->isVisible());
        w->dock->close(); // its title bar's close button
    }
    const auto w = show();
    QVERIFY(w->dock->isHidden());
}

void TestFreeListDock::presentingShowsItUnlessTurnedOffThere()
{
    const auto w = show();
    QVERIFY(w);
    w->presentation->setPresenting(true);
    QVERIFY(w->dock->isVisible()); // the lecture is about the free list
    w->dock->toggleViewAction()->trigger(); // put away in front of the class
    QVERIFY(w->dock->isHidden());
    w->presentation->setPresenting(false);
    QVERIFY(w->dock->isVisible()); // the desktop's choice stands
    w->presentation->setPresenting(true); // and presenting remembers its own
    QVERIFY(w->dock->isHidden());
    w->dock->toggleViewAction()->trigger();
    w->presentation->setPresenting(false);
    w->presentation->setPresenting(true);
    QVERIFY(w->dock->isVisible());
}

void TestFreeListDock::presentingChoiceIsSeparate()
{
    const auto w = show();
    QVERIFY(w);
    w->presentation->setPresenting(true);
    w->dock->toggleViewAction()->trigger(); // off while presenting
    w->presentation->setPresenting(false);
    QVERIFY(w->dock->isVisible()); // still on on the desktop
    w->dock->toggleViewAction()->trigger(); // off on the desktop
    w->dock->toggleViewAction()->trigger(); // and on again
    QCOMPARE(QSettings().value(QStringLiteral("view/freeList")).toBool(), true);
    QCOMPARE(QSettings().value(QStringLiteral("view/freeListPresenting")).toBool(), false);
    w->presentation->setPresenting(true);
    QVERIFY(w->dock->isHidden());
    w->presentation->setPresenting(false);
    QVERIFY(w->dock->isVisible());
}

void TestFreeListDock::mainWindowOffersItInTheViewMenuAndOnL()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FreeListDock *dock = window.freeListDock();
    QVERIFY(dock->isVisible());
    QAction *toggle = dock->toggleViewAction();
    bool inViewMenu = false;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(toggle))
            inViewMenu = menu->text() == QStringLiteral("&View");
    }
    QVERIFY(inViewMenu);
    window.setPresenting(true);
    QVERIFY(dock->isVisible());
    QTest::keyClick(&window, Qt::Key_L); // no menu bar while presenting: the key
    QVERIFY(dock->isHidden());
    QTest::keyClick(&window, Qt::Key_L);
    QVERIFY(dock->isVisible());
    // Its cells use the window's text, which presenting enlarges.
    QCOMPARE(QFontInfo(dock->view()->font()).pixelSize(), QFontInfo(window.font()).pixelSize());
    const int presentingHeight = dock->view()->metrics().box.height();
    window.setPresenting(false);
    QVERIFY(dock->isVisible());
    const int desktopHeight = dock->view()->metrics().box.height();
    QVERIFY(desktopHeight < presentingHeight);
    window.setTextScale(2); // and so does the text scale
    QVERIFY(dock->view()->metrics().box.height() > desktopHeight);
    QCOMPARE(QFontInfo(dock->view()->font()).pixelSize(), QFontInfo(window.font()).pixelSize());
    // The heap view's selection and the dock's cells are one.
    QVERIFY(window.model()->reset(1024, heapboard::Policy::FirstFit));
    window.view()->selectBlock(0);
    QCOMPARE(dock->view()->currentIndex().row(), 0);
}

QTEST_MAIN(TestFreeListDock)
#include "tst_freelistdock.moc"
