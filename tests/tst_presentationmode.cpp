// SPDX-License-Identifier: MIT
// Presentation on a plain QMainWindow: presenting hides the chrome and
// locks the timeline, leaving brings back what it hid and unlocks; the
// unlock action; blanking; the idle pointer (hideIdleCursor() is called
// directly, never waited for); the text scale, clamped and remembered.
#include "heapmodel.h"
#include "narrationpanel.h"
#include "presentation.h"
#include "timelineeditor.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QMouseEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>
#include <QVBoxLayout>
#include <memory>

namespace {

// A window with every kind of chrome, as MainWindow has.
struct Window {
    Window()
    {
        window.menuBar()->addMenu(QStringLiteral("File"));
        window.statusBar()->showMessage(QStringLiteral("ready"));
        toolBar = window.addToolBar(QStringLiteral("Tools"));
        toolBar->setObjectName(QStringLiteral("tools"));
        toolBar->addAction(QStringLiteral("Tool"));
        dock = addDock(QStringLiteral("dock"));
        closedDock = addDock(QStringLiteral("closedDock"));
        auto *central = new QWidget(&window);
        auto *layout = new QVBoxLayout(central);
        narration = new NarrationPanel(central);
        playerRow = new QWidget(central);
        playerRow->setMinimumHeight(20);
        layout->addWidget(narration, 1);
        layout->addWidget(playerRow);
        window.setCentralWidget(central);
        editor = new TimelineEditor(&model, &window);
        presentation = new Presentation(&window, editor, narration, { playerRow });
        closedDock->hide(); // closed by the user before presenting
        window.resize(800, 600);
    }

    QDockWidget *addDock(const QString &name)
    {
        auto *d = new QDockWidget(name, &window);
        d->setObjectName(name);
        d->setWidget(new QWidget(d));
        window.addDockWidget(Qt::RightDockWidgetArea, d);
        return d;
    }

    HeapModel model;
    QMainWindow window;
    QToolBar *toolBar;
    QDockWidget *dock;
    QDockWidget *closedDock;
    NarrationPanel *narration;
    QWidget *playerRow;
    TimelineEditor *editor;
    Presentation *presentation;
};

} // namespace

class TestPresentationMode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void enteringHidesChromeAndLocks();
    void leavingRestoresAndUnlocks();
    void actionsFollowTheState();
    void lockedEditsAreRefused();
    void unlockActionAllowsEdits();
    void blankToggles();
    void idleCursorHidesAndMovingShowsIt();
    void presentingEnlargesText();
    void textScaleClamps_data();
    void textScaleClamps();
    void textScaleActions();
    void textScaleIsRemembered();

private:
    std::unique_ptr<Window> m_w;
};

void TestPresentationMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeapboardPresentationModeTest"));
    QSettings().clear();
}

void TestPresentationMode::init()
{
    m_w = std::make_unique<Window>();
    m_w->window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_w->window));
    QVERIFY(m_w->model.reset(1024, heapboard::Policy::FirstFit));
}

void TestPresentationMode::cleanup()
{
    m_w.reset();
    QVERIFY(!QGuiApplication::overrideCursor()); // destroyed, it gives the pointer back
    QSettings().clear();
}

void TestPresentationMode::enteringHidesChromeAndLocks()
{
    Window &w = *m_w;
    QSignalSpy presenting(w.presentation, &Presentation::presentingChanged);
    QSignalSpy locked(w.editor, &TimelineEditor::lockedChanged);
    w.presentation->setPresenting(true);
    QVERIFY(w.presentation->isPresenting());
    QCOMPARE(presenting.size(), 1);
    QCOMPARE(presenting.at(0).at(0).toBool(), true);
    QTRY_VERIFY(w.window.windowState().testFlag(Qt::WindowFullScreen)); // the window system answers later
    for (QWidget *chrome : QList<QWidget *> { w.window.menuBar(), w.window.statusBar(), w.toolBar, w.dock,
                                              w.closedDock, w.playerRow })
        QVERIFY2(chrome->isHidden(), chrome->metaObject()->className());
    QVERIFY(w.narration->isVisible());
    QVERIFY(w.editor->isLocked());
    QCOMPARE(locked.size(), 1);
    // Again changes nothing.
    w.presentation->setPresenting(true);
    QCOMPARE(presenting.size(), 1);
}

void TestPresentationMode::leavingRestoresAndUnlocks()
{
    Window &w = *m_w;
    const QRect geometry = w.window.geometry();
    w.presentation->setPresenting(true);
    QSignalSpy presenting(w.presentation, &Presentation::presentingChanged);
    w.presentation->setPresenting(false);
    QVERIFY(!w.presentation->isPresenting());
    QCOMPARE(presenting.size(), 1);
    QCOMPARE(presenting.at(0).at(0).toBool(), false);
    QVERIFY(!w.window.windowState().testFlag(Qt::WindowFullScreen));
    QCOMPARE(w.window.geometry().size(), geometry.size());
    for (QWidget *chrome :
         QList<QWidget *> { w.window.menuBar(), w.window.statusBar(), w.toolBar, w.dock, w.playerRow })
        QVERIFY2(chrome->isVisible(), chrome->metaObject()->className());
    QVERIFY(w.closedDock->isHidden()); // what the user had closed stays closed
    QVERIFY(!w.editor->isLocked());
}

void TestPresentationMode::actionsFollowTheState()
{
    Presentation *p = m_w->presentation;
    QVERIFY(!p->leaveAction()->isEnabled());
    p->presentAction()->trigger();
    QVERIFY(p->isPresenting());
    QVERIFY(p->presentAction()->isChecked());
    QVERIFY(p->leaveAction()->isEnabled());
    QCOMPARE(p->leaveAction()->shortcut(), QKeySequence(Qt::Key_Escape));
    QVERIFY(m_w->window.actions().contains(p->leaveAction())); // Esc works with no menu bar
    p->leaveAction()->trigger();
    QVERIFY(!p->isPresenting());
    QVERIFY(!p->presentAction()->isChecked());
    QVERIFY(!p->leaveAction()->isEnabled());
}

void TestPresentationMode::lockedEditsAreRefused()
{
    Window &w = *m_w;
    w.presentation->setPresenting(true);
    QSignalSpy refused(w.editor, &TimelineEditor::refused);
    QVERIFY(!w.editor->allocate(32));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(w.model.stepCount(), std::size_t(0));
    w.presentation->setPresenting(false);
    QVERIFY(w.editor->allocate(32));
    QCOMPARE(w.model.stepCount(), std::size_t(1));
}

void TestPresentationMode::unlockActionAllowsEdits()
{
    Window &w = *m_w;
    QAction *unlock = w.presentation->unlockAction();
    w.presentation->setPresenting(true);
    QVERIFY(!unlock->isChecked());
    unlock->trigger();
    QVERIFY(unlock->isChecked());
    QVERIFY(!w.editor->isLocked());
    QVERIFY(w.editor->allocate(32));
    unlock->trigger();
    QVERIFY(w.editor->isLocked());
    unlock->trigger();
    // Presenting again locks again.
    w.presentation->setPresenting(false);
    w.presentation->setPresenting(true);
    QVERIFY(!unlock->isChecked());
    QVERIFY(w.editor->isLocked());
    QVERIFY(!w.editor->allocate(32));
    QCOMPARE(w.model.stepCount(), std::size_t(1));
    // Outside presenting the action locks nothing.
    w.presentation->setPresenting(false);
    unlock->trigger();
    unlock->trigger();
    QVERIFY(!w.editor->isLocked());
}

void TestPresentationMode::blankToggles()
{
    Window &w = *m_w;
    auto *blank = w.window.findChild<QWidget *>(QStringLiteral("blankScreen"));
    QVERIFY(blank);
    QSignalSpy blanked(w.presentation, &Presentation::blankedChanged);
    QVERIFY(!w.presentation->isBlanked());
    w.presentation->blankAction()->trigger();
    QVERIFY(w.presentation->isBlanked());
    QVERIFY(w.presentation->blankAction()->isChecked());
    QVERIFY(blank->isVisible());
    QCOMPARE(blank->geometry(), w.window.rect());
    // It covers the window whatever its size.
    w.window.resize(640, 480);
    QTRY_COMPARE(w.window.size(), QSize(640, 480));
    QCOMPARE(blank->geometry(), w.window.rect());
    w.presentation->blankAction()->trigger();
    QVERIFY(!w.presentation->isBlanked());
    QVERIFY(!blank->isVisible());
    QCOMPARE(blanked.size(), 2);
    QCOMPARE(blanked.at(0).at(0).toBool(), true);
    QCOMPARE(blanked.at(1).at(0).toBool(), false);
}

void TestPresentationMode::idleCursorHidesAndMovingShowsIt()
{
    Presentation *p = m_w->presentation;
    p->hideIdleCursor(); // not presenting: the pointer stays
    QVERIFY(!p->isCursorHidden());
    QVERIFY(!QGuiApplication::overrideCursor());
    p->setPresenting(true);
    p->hideIdleCursor();
    QVERIFY(p->isCursorHidden());
    QVERIFY(QGuiApplication::overrideCursor());
    QCOMPARE(QGuiApplication::overrideCursor()->shape(), Qt::BlankCursor);
    const QPointF at(100, 100);
    QMouseEvent move(QEvent::MouseMove, at, m_w->window.mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(m_w->narration, &move);
    QVERIFY(!p->isCursorHidden());
    QVERIFY(!QGuiApplication::overrideCursor());
    p->hideIdleCursor();
    p->hideIdleCursor(); // once is enough: one override to give back
    p->setPresenting(false);
    QVERIFY(!p->isCursorHidden());
    QVERIFY(!QGuiApplication::overrideCursor());
    // Presenting again and closing the window with the pointer hidden: see cleanup().
    p->setPresenting(true);
    p->hideIdleCursor();
    QVERIFY(p->isCursorHidden());
}

void TestPresentationMode::presentingEnlargesText()
{
    Window &w = *m_w;
    w.presentation->setTextScale(1);
    const qreal narration = w.narration->scale();
    const qreal font = w.window.font().pointSizeF();
    w.presentation->setPresenting(true);
    QVERIFY(w.narration->scale() > narration);
    QVERIFY(w.window.font().pointSizeF() > font);
    QCOMPARE(w.presentation->textScale(), 1.0); // the user's choice stays
    w.presentation->setPresenting(false);
    QCOMPARE(w.narration->scale(), narration);
    QCOMPARE(w.window.font().pointSizeF(), font);
}

void TestPresentationMode::textScaleClamps_data()
{
    QTest::addColumn<double>("requested");
    QTest::addColumn<double>("expected");
    QTest::newRow("tiny") << 0.1 << 0.75;
    QTest::newRow("smallest") << 0.75 << 0.75;
    QTest::newRow("normal") << 1.0 << 1.0;
    QTest::newRow("projection") << 2.0 << 2.0;
    QTest::newRow("largest") << 4.0 << 4.0;
    QTest::newRow("huge") << 40.0 << 4.0;
}

void TestPresentationMode::textScaleClamps()
{
    QFETCH(double, requested);
    QFETCH(double, expected);
    Window &w = *m_w;
    const qreal normal = w.window.font().pointSizeF();
    w.presentation->setTextScale(requested);
    QCOMPARE(w.presentation->textScale(), expected);
    QCOMPARE(w.narration->scale(), expected);
    QCOMPARE(w.window.font().pointSizeF(), normal * expected);
    QCOMPARE(QSettings().value(QStringLiteral("view/textScale")).toDouble(), expected);
    QCOMPARE(w.presentation->projectionAction()->isChecked(), expected >= 2);
}

void TestPresentationMode::textScaleActions()
{
    Presentation *p = m_w->presentation;
    p->largerTextAction()->trigger();
    QCOMPARE(p->textScale(), 1.25);
    p->largerTextAction()->trigger();
    QCOMPARE(p->textScale(), 1.25 * 1.25);
    p->smallerTextAction()->trigger();
    QCOMPARE(p->textScale(), 1.25);
    p->normalTextAction()->trigger();
    QCOMPARE(p->textScale(), 1.0);
    for (int i = 0; i < 10; ++i)
        p->smallerTextAction()->trigger();
    QCOMPARE(p->textScale(), 0.75);
    p->projectionAction()->trigger();
    QCOMPARE(p->textScale(), 2.0);
    QVERIFY(p->projectionAction()->isChecked());
    p->projectionAction()->trigger();
    QCOMPARE(p->textScale(), 1.0);
    QVERIFY(!p->projectionAction()->isChecked());
}

void TestPresentationMode::textScaleIsRemembered()
{
    m_w->presentation->setTextScale(2.5);
    m_w.reset();
    m_w = std::make_unique<Window>();
    QCOMPARE(m_w->presentation->textScale(), 2.5);
    QCOMPARE(m_w->narration->scale(), 2.5);
    QVERIFY(m_w->presentation->projectionAction()->isChecked());
    // A value out of range in the settings is clamped on reading.
    QSettings().setValue(QStringLiteral("view/textScale"), 100.0);
    m_w = std::make_unique<Window>();
    QCOMPARE(m_w->presentation->textScale(), 4.0);
}

QTEST_MAIN(TestPresentationMode)
#include "tst_presentationmode.moc"
