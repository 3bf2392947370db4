// SPDX-License-Identifier: MIT
// MainWindow flows as a user drives them: clicks and keys in the heap view,
// the toolbar, undo and redo, errors in the message bar, opening traces.
#include "blocktablemodel.h"
#include "dialogwaiter.h"
#include "heapmodel.h"
#include "heapview.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "narrationpanel.h"
#include "testfiles.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace heapboard;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void allocateThreeFreeMiddleThenFirst();
    void undoAndRedo();
    void newActionAfterUndoDropsRedo();
    void undoBringsBackDroppedSteps();
    void narrateStepAndTitle();
    void errorsShowInTheMessageBar();
    void openTrace();
    void badTraceChangesNothing();
    void timelineScrubs();
    void enterInTheSizeBoxAllocates();
    void hoverGhostFollowsTheSizeBox();
    void freeListLinksAreRemembered();

private:
    void click(Span span);
    QStringList tableRows() const;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("HeapboardTest"));
    QSettings().clear();
}

void TestMainWindow::init()
{
    m_window = new MainWindow;
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->view()->setAnimationsEnabled(false);
}

void TestMainWindow::cleanup()
{
    delete m_window;
}

void TestMainWindow::click(Span span)
{
    const QList<QRectF> rects = m_window->view()->layoutState().rectsOf(span);
    QVERIFY(!rects.isEmpty());
    QTest::mouseClick(m_window->view(), Qt::LeftButton, {}, rects.front().center().toPoint());
}

QStringList TestMainWindow::tableRows() const
{
    QStringList rows;
    const BlockTableModel *t = m_window->blockTable();
    for (int r = 0; r < t->rowCount(); ++r)
        rows << QStringLiteral("%1-%2 %3")
                    .arg(t->index(r, BlockTableModel::Start).data().toString(),
                         t->index(r, BlockTableModel::End).data().toString(),
                         t->index(r, BlockTableModel::State).data().toString());
    return rows;
}

void TestMainWindow::allocateThreeFreeMiddleThenFirst()
{
    QVERIFY(m_window->model()->reset(96, Policy::FirstFit));
    m_window->setRequestSize(32);
    // One with the toolbar action's shortcut, one by a click on free space,
    // one with Insert in the heap view.
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_M));
    click({ 32, 64 });
    m_window->view()->setFocus();
    QTest::keyClick(m_window->view(), Qt::Key_Insert);
    QCOMPARE(tableRows(), (QStringList { "0-32 used", "32-64 used", "64-96 used" }));

    click({ 32, 32 }); // the middle block
    QCOMPARE(tableRows(), (QStringList { "0-32 used", "32-64 free", "64-96 used" }));
    click({ 0, 32 }); // then the first: it merges with the middle
    QCOMPARE(tableRows(), (QStringList { "0-64 free", "64-96 used" }));

    const HeapStats s = m_window->model()->stats();
    QCOMPARE(s.freeBlocks, quint64(1));
    QCOMPARE(s.largestFree, Size(64));
    const QString status = m_window->statusText();
    QVERIFY2(status.contains(QStringLiteral("Blocks 1 used, 1 free")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Largest free 64 B")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Live 32 B")), qPrintable(status));
    // All three blocks were live at once: the peak filled the high-water mark.
    QVERIFY2(status.contains(QStringLiteral("Peak utilization 100.0%")), qPrintable(status));
}

void TestMainWindow::undoAndRedo()
{
    m_window->setRequestSize(100);
    m_window->allocate();
    m_window->allocate();
    m_window->freeBlock(0);
    const HeapState end = m_window->model()->heap().state();
    QUndoStack *undo = m_window->undoStack();
    QCOMPARE(undo->count(), 3);
    QTest::keySequence(m_window, QKeySequence::Undo);
    QCOMPARE(tableRows().first(), QStringLiteral("0-100 used"));
    undo->undo();
    undo->undo();
    QCOMPARE(tableRows(), (QStringList { "0-1024 free" }));
    QVERIFY(!undo->canUndo());
    QTest::keySequence(m_window, QKeySequence::Redo);
    undo->redo();
    undo->redo();
    QVERIFY(m_window->model()->heap().state() == end);
}

void TestMainWindow::newActionAfterUndoDropsRedo()
{
    m_window->setRequestSize(10);
    for (int i = 0; i < 3; ++i)
        m_window->allocate();
    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    QCOMPARE(m_window->model()->position(), std::size_t(1));
    m_window->setRequestSize(500);
    m_window->allocate();
    QCOMPARE(m_window->model()->stepCount(), std::size_t(2));
    QVERIFY(!m_window->undoStack()->canRedo());
    QCOMPARE(tableRows(), (QStringList { "0-10 used", "10-510 used", "510-1024 free" }));
}

void TestMainWindow::undoBringsBackDroppedSteps()
{
    // An instructor's stray click in the middle of a lesson.
    QVERIFY(m_window->openFile(QStringLiteral(":/lessons/03-coalescing.heap")));
    HeapModel *model = m_window->model();
    const std::size_t count = model->stepCount();
    const std::string original = formatScenario(model->scenario());
    QVERIFY(count > 4);
    m_window->jumpTo(3);
    const HeapState atThree = model->heap().state();
    m_window->setRequestSize(8);
    m_window->allocate();
    QCOMPARE(model->stepCount(), std::size_t(4));
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Information);
    QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("Undo")),
             qPrintable(m_window->messageBar()->text()));
    const HeapState afterClick = model->heap().state();

    m_window->undoStack()->undo();
    QCOMPARE(model->stepCount(), count);
    QCOMPARE(model->position(), std::size_t(3));
    QVERIFY(model->heap().state() == atThree);
    QCOMPARE(formatScenario(model->scenario()), original); // narration and expects too
    QVERIFY(!model->narration(5).isEmpty()); // still there to step to

    m_window->undoStack()->redo();
    QCOMPARE(model->stepCount(), std::size_t(4));
    QCOMPARE(model->position(), std::size_t(4));
    QVERIFY(model->heap().state() == afterClick);

    // Undone, then stepping on through the restored steps: the click stays
    // undone and can still be redone.
    m_window->undoStack()->undo();
    QTest::keyClick(m_window, Qt::Key_PageDown);
    QTest::keyClick(m_window, Qt::Key_PageDown);
    QCOMPARE(model->position(), std::size_t(5));
    QCOMPARE(model->stepCount(), count);
    QVERIFY(m_window->undoStack()->canRedo());
    m_window->undoStack()->redo();
    QCOMPARE(model->stepCount(), std::size_t(4));
    QVERIFY(model->heap().state() == afterClick);
}

void TestMainWindow::narrateStepAndTitle()
{
    // Ctrl+T opens a dialog with the current text; what is typed becomes the
    // step's narration (at step 0: the title), shown under the heap.
    const auto answer = [](const QString &text) {
        return std::make_unique<DialogWaiter<QInputDialog>>([text](QInputDialog *dialog) {
            dialog->setTextValue(text);
            dialog->accept();
        });
    };
    m_window->setRequestSize(16);
    m_window->allocate();
    auto first = answer(QStringLiteral("The first block takes the front of the heap."));
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_T));
    QVERIFY2(first->wait(), qPrintable(first->failure()));
    HeapModel *model = m_window->model();
    QCOMPARE(model->narration(1), QStringLiteral("The first block takes the front of the heap."));
    QCOMPARE(m_window->narrationPanel()->narration(), model->narration(1));
    QVERIFY(m_window->isWindowModified());
    m_window->jumpTo(0);
    m_window->activateWindow(); // the dialog took it
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    auto title = answer(QStringLiteral("My first heap"));
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_T));
    QVERIFY2(title->wait(), qPrintable(title->failure()));
    QCOMPARE(model->title(), QStringLiteral("My first heap"));
    QCOMPARE(m_window->narrationPanel()->narration(), QStringLiteral("My first heap"));
    const std::string saved = formatScenario(model->scenario());
    QVERIFY(saved.find("title My first heap\n") != std::string::npos);
    QVERIFY(saved.find("> The first block takes the front of the heap.\n") != std::string::npos);
}

void TestMainWindow::errorsShowInTheMessageBar()
{
    MessageBar *bar = m_window->messageBar();
    QVERIFY(!bar->isVisible());
    m_window->setRequestSize(4096);
    const HeapState before = m_window->model()->heap().state();
    m_window->allocate();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(bar->text().contains(QStringLiteral("out of memory")), qPrintable(bar->text()));
    QVERIFY(m_window->model()->heap().state().blocks == before.blocks);

    m_window->freeBlock(7);
    QVERIFY2(bar->text().contains(QStringLiteral("invalid pointer")), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QStringLiteral("free(7)")), qPrintable(bar->text()));

    m_window->freeSelected(); // nothing selected: a hint, not an error
    QCOMPARE(bar->kind(), MessageBar::Kind::Information);

    m_window->setRequestSize(8);
    m_window->allocate(); // a success clears the message
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::openTrace()
{
    const QString path = QFINDTESTDATA("data/short1-bal.rep");
    QVERIFY(!path.isEmpty());
    QVERIFY(m_window->openTrace(path, false));
    QVERIFY(m_window->model()->stepCount() > 0);
    // A trace opens where it holds the most live bytes.
    QCOMPARE(m_window->model()->position(), m_window->model()->history().peakLiveStep());
    QVERIFY(m_window->model()->position() > 0);
    QCOMPARE(m_window->model()->stats().liveBytes, m_window->model()->stats().peakLiveBytes);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("short1-bal.rep")));
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Information);
    QCOMPARE(m_window->blockTable()->rowCount(), int(m_window->model()->heap().blocks().size()));
    // The suggested heap is a power of two.
    const Size size = m_window->model()->heap().heapSize();
    QCOMPARE(size & (size - 1), Size(0));
}

void TestMainWindow::badTraceChangesNothing()
{
    m_window->setRequestSize(64);
    m_window->allocate();
    const HeapState before = m_window->model()->heap().state();
    const std::size_t steps = m_window->model()->stepCount();

    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.rep"));
    QVERIFY(heapboard::test::writeFile(bad, "20000\r\n2\r\n2\r\n1\r\na 0 16\r\nx 1 2\r\n"));
    QVERIFY(!m_window->openTrace(bad, false));
    const QString text = m_window->messageBar()->text();
    QVERIFY2(text.startsWith(bad + QStringLiteral(":6: ")), qPrintable(text));
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY(m_window->model()->heap().state() == before);
    QCOMPARE(m_window->model()->stepCount(), steps);

    QVERIFY(!m_window->openTrace(dir.filePath(QStringLiteral("missing.rep")), false));
    QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("missing.rep")));
    QVERIFY(m_window->model()->heap().state() == before);
}

void TestMainWindow::timelineScrubs()
{
    QVERIFY(m_window->openTrace(QFINDTESTDATA("data/short2-bal.rep"), false));
    const int steps = int(m_window->model()->stepCount());
    QSlider *timeline = m_window->findChild<QSlider *>();
    QVERIFY(timeline);
    QCOMPARE(timeline->maximum(), steps);
    timeline->setValue(steps / 2);
    QCOMPARE(m_window->model()->position(), std::size_t(steps / 2));
    QTest::keyClick(m_window, Qt::Key_PageUp);
    QCOMPARE(m_window->model()->position(), std::size_t(steps / 2 - 1));
    QCOMPARE(timeline->value(), steps / 2 - 1);
    QTest::keyClick(m_window, Qt::Key_PageDown);
    QTest::keyClick(m_window, Qt::Key_PageDown);
    QCOMPARE(m_window->model()->position(), std::size_t(steps / 2 + 1));
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_Home));
    QCOMPARE(m_window->model()->position(), std::size_t(0));
    QCOMPARE(tableRows().size(), 1);
}

void TestMainWindow::enterInTheSizeBoxAllocates()
{
    QVERIFY(m_window->model()->reset(256, Policy::FirstFit));
    auto *box = m_window->findChild<QSpinBox *>(QStringLiteral("sizeBox"));
    QVERIFY(box);
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("48"));
    QCOMPARE(tableRows(), (QStringList { "0-256 free" })); // typing alone does nothing
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(tableRows(), (QStringList { "0-48 used", "48-256 free" }));
    // The first step left the start page for the heap; back in the box,
    // the keypad's Enter allocates too, and the box keeps the focus.
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Enter, Qt::KeypadModifier);
    QVERIFY(box->hasFocus());
    QCOMPARE(tableRows(), (QStringList { "0-48 used", "48-96 used", "96-256 free" }));
    QCOMPARE(m_window->undoStack()->count(), 2);
}

void TestMainWindow::hoverGhostFollowsTheSizeBox()
{
    auto *box = m_window->findChild<QSpinBox *>(QStringLiteral("sizeBox"));
    QVERIFY(box);
    box->setValue(40);
    QCOMPARE(m_window->view()->requestSize(), Size(40));
    box->setValue(2);
    auto *unit = m_window->findChild<QComboBox *>(QStringLiteral("unitBox"));
    QVERIFY(unit);
    unit->setCurrentIndex(1); // KiB
    QCOMPARE(m_window->view()->requestSize(), m_window->requestSize());
    QCOMPARE(m_window->view()->requestSize(), Size(2048));
    m_window->setRequestSize(96);
    QCOMPARE(m_window->view()->requestSize(), Size(96));
}

void TestMainWindow::freeListLinksAreRemembered()
{
    auto *links = m_window->findChild<QAction *>(QStringLiteral("freeListLinksAction"));
    QVERIFY(links);
    QVERIFY(links->isCheckable());
    QVERIFY(!m_window->view()->freeListLinksVisible());
    links->trigger();
    QVERIFY(m_window->view()->freeListLinksVisible());
    QVERIFY(m_window->close());
    MainWindow again;
    QVERIFY(again.view()->freeListLinksVisible());
    auto *againLinks = again.findChild<QAction *>(QStringLiteral("freeListLinksAction"));
    QVERIFY(againLinks->isChecked());
    againLinks->trigger();
    QVERIFY(!again.view()->freeListLinksVisible());
    QVERIFY(again.close());
    QVERIFY(!MainWindow().view()->freeListLinksVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
