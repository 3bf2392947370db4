// SPDX-License-Identifier: MIT
// HeapPane: the scroll bar and the overview follow the view through zoom,
// fit, pan, resize and model changes, and moving either moves the view.
#include "heapmodel.h"
#include "heapoverview.h"
#include "heappane.h"
#include "heapview.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace heapboard;

class TestHeapPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void hiddenWhenTheWholeHeapIsShown();
    void scrollBarMatchesTheView_data();
    void scrollBarMatchesTheView();
    void movingTheScrollBarMovesTheView();
    void clickOnTheOverviewBringsTheAddressIntoView();
    void dragOnTheOverviewMovesContinuously();
    void wheelOnTheOverviewScrolls();
    void followsPanResizeAndModelChanges();
    void largeHeapsFitTheScrollBarRange();
    void aHeapAtBase1000();

private:
    // The scroll bar and the overview say what the view shows.
    void verifyInSync() const;
    HeapModel *m_model = nullptr;
    HeapPane *m_pane = nullptr;
    HeapView *m_view = nullptr;
};

void TestHeapPane::init()
{
    m_model = new HeapModel;
    m_model->reset(1 << 16, Policy::FirstFit);
    for (int i = 0; i < 200; ++i)
        m_model->allocate(Size(i % 7 + 1) * 40);
    m_pane = new HeapPane(m_model);
    m_view = m_pane->view();
    m_view->setAnimationsEnabled(false);
    m_pane->resize(900, 520);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
}

void TestHeapPane::cleanup()
{
    delete m_pane;
    delete m_model;
}

void TestHeapPane::verifyInSync() const
{
    const HeapLayout &l = m_view->layoutState();
    const double heap = double(l.heapSize);
    const double visible = std::min(heap, l.visibleBytes());
    const QScrollBar *bar = m_pane->scrollBar();
    const double unit = m_pane->scrollUnit();
    QCOMPARE(bar->isHidden(), visible >= heap);
    QVERIFY2(std::abs(bar->maximum() * unit - (heap - visible)) <= unit,
             qPrintable(QStringLiteral("max %1 unit %2 heap %3 visible %4")
                            .arg(bar->maximum())
                            .arg(unit)
                            .arg(heap)
                            .arg(visible)));
    QVERIFY(std::abs(bar->pageStep() * unit - visible) <= unit);
    QVERIFY(std::abs(bar->value() * unit - (l.viewStart - double(l.base))) <= unit);
    QCOMPARE(m_pane->overview()->visibleStart(), l.viewStart);
    QCOMPARE(m_pane->overview()->visibleBytes(), visible);
}

void TestHeapPane::hiddenWhenTheWholeHeapIsShown()
{
    QCOMPARE(m_view->zoomFactor(), 1.0);
    QVERIFY(m_pane->scrollBar()->isHidden());
    QVERIFY(m_pane->overview()->isHidden()); // it would only repeat the heap
    const QRect heapArea = m_view->geometry();
    m_view->zoomIn();
    QVERIFY(!m_pane->scrollBar()->isHidden());
    QVERIFY(!m_pane->overview()->isHidden());
    QVERIFY(m_pane->scrollBar()->isEnabled());
    QTRY_COMPARE(m_pane->scrollBar()->isVisible(), true);
    // Showing them does not move or shrink the heap: their room was kept.
    QCOMPARE(m_view->geometry(), heapArea);
    m_view->fit();
    QVERIFY(m_pane->scrollBar()->isHidden());
    QVERIFY(m_pane->overview()->isHidden());
    verifyInSync();
}

void TestHeapPane::scrollBarMatchesTheView_data()
{
    QTest::addColumn<int>("zoomIns");
    QTest::addColumn<double>("start");
    for (const int z : { 1, 3, 6 })
        for (const double s : { 0.0, 10000.0, 1e9 })
            QTest::addRow("zoom %d, at %g", z, s) << z << s;
}

void TestHeapPane::scrollBarMatchesTheView()
{
    QFETCH(int, zoomIns);
    QFETCH(double, start);
    QSignalSpy spy(m_view, &HeapView::viewChanged);
    for (int i = 0; i < zoomIns; ++i)
        m_view->zoomIn();
    QCOMPARE(spy.size(), zoomIns);
    verifyInSync();
    m_view->scrollTo(start);
    verifyInSync();
    QVERIFY(m_pane->scrollBar()->value() > 0 || start == 0.0);
    if (start > 1e6) // past the end: the last page, the bar at its end
        QCOMPARE(m_pane->scrollBar()->value(), m_pane->scrollBar()->maximum());
}

void TestHeapPane::movingTheScrollBarMovesTheView()
{
    for (int i = 0; i < 4; ++i)
        m_view->zoomIn();
    QScrollBar *bar = m_pane->scrollBar();
    bar->setValue(bar->maximum() / 2);
    QVERIFY(std::abs(m_view->layoutState().viewStart - bar->maximum() / 2 * m_pane->scrollUnit()) <= 1);
    verifyInSync();
    const double before = m_view->layoutState().viewStart;
    bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
    QVERIFY(std::abs(m_view->layoutState().viewStart - (before + m_view->layoutState().visibleBytes())) <= 1);
    bar->triggerAction(QAbstractSlider::SliderToMinimum);
    QCOMPARE(m_view->layoutState().viewStart, 0.0);
    verifyInSync();
}

void TestHeapPane::clickOnTheOverviewBringsTheAddressIntoView()
{
    for (int i = 0; i < 5; ++i)
        m_view->zoomIn();
    HeapOverview *overview = m_pane->overview();
    const int y = overview->height() / 2;
    for (const double fraction : { 0.8, 0.3, 0.55 }) {
        const int x = int(overview->width() * fraction);
        const double address = double(m_model->heap().heapSize()) * fraction;
        QTest::mouseClick(overview, Qt::LeftButton, {}, QPoint(x, y));
        const HeapLayout &l = m_view->layoutState();
        QVERIFY2(
            l.viewStart <= address && address < l.viewEnd(),
            qPrintable(QStringLiteral("%1 not in [%2, %3)").arg(address).arg(l.viewStart).arg(l.viewEnd())));
        // Centered, not merely in view.
        QVERIFY(std::abs((l.viewStart + l.viewEnd()) / 2 - address) < l.visibleBytes() / 8);
        verifyInSync();
    }
}

void TestHeapPane::dragOnTheOverviewMovesContinuously()
{
    for (int i = 0; i < 5; ++i)
        m_view->zoomIn();
    HeapOverview *overview = m_pane->overview();
    const int y = overview->height() / 2;
    QSignalSpy spy(m_view, &HeapView::viewChanged);
    QTest::mousePress(overview, Qt::LeftButton, {}, QPoint(200, y));
    double last = m_view->layoutState().viewStart;
    for (int x = 220; x <= 700; x += 40) {
        QTest::mouseMove(overview, QPoint(x, y));
        const double now = m_view->layoutState().viewStart;
        QVERIFY2(now > last, qPrintable(QStringLiteral("x %1: %2 after %3").arg(x).arg(now).arg(last)));
        last = now;
        verifyInSync();
    }
    QTest::mouseRelease(overview, Qt::LeftButton, {}, QPoint(700, y));
    QVERIFY(spy.size() >= 13); // once per move, not only at the release
}

void TestHeapPane::wheelOnTheOverviewScrolls()
{
    for (int i = 0; i < 4; ++i)
        m_view->zoomIn();
    m_view->scrollTo(20000);
    const double visible = m_view->layoutState().visibleBytes();
    const auto wheel = [this](int dy) {
        const QPointF at(100, 5);
        QWheelEvent event(at, m_pane->overview()->mapToGlobal(at), {}, QPoint(0, dy), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_pane->overview(), &event);
    };
    wheel(-120); // down: on towards the end
    QCOMPARE(m_view->layoutState().viewStart, 20000 + visible / 4);
    wheel(240);
    QCOMPARE(m_view->layoutState().viewStart, 20000 - visible / 4);
    verifyInSync();
}

void TestHeapPane::followsPanResizeAndModelChanges()
{
    for (int i = 0; i < 3; ++i)
        m_view->zoomIn();
    // A drag on the heap pans.
    const QPoint from = m_view->layoutState().content.center().toPoint();
    QTest::mousePress(m_view, Qt::LeftButton, {}, from);
    QTest::mouseMove(m_view, from - QPoint(60, 0));
    QTest::mouseMove(m_view, from - QPoint(200, 0));
    QTest::mouseRelease(m_view, Qt::LeftButton, {}, from - QPoint(200, 0));
    QVERIFY(m_view->layoutState().viewStart > 0);
    verifyInSync();
    // A resize keeps the bytes per row but changes how many rows show.
    const double before = m_view->layoutState().visibleBytes();
    m_pane->resize(900, 300);
    QTRY_VERIFY(m_view->layoutState().visibleBytes() < before);
    verifyInSync();
    // The wheel on the heap zooms.
    const QPointF at = m_view->layoutState().content.center();
    QWheelEvent wheel(at, m_view->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view, &wheel);
    verifyInSync();
    // A new heap of another size: fitted, the bar hidden, the overview whole.
    m_model->reset(1 << 20, Policy::BestFit);
    QCOMPARE(m_view->zoomFactor(), 1.0);
    verifyInSync();
    QCOMPARE(m_pane->overview()->visibleBytes(), double(1 << 20));
    // A heap that grows or shrinks within a document, then zoomed again.
    m_view->zoomIn();
    verifyInSync();
    m_model->reset(1 << 12, Policy::BestFit);
    verifyInSync();
}

void TestHeapPane::largeHeapsFitTheScrollBarRange()
{
    // Heaps larger than an int: the bar counts in coarser units.
    m_model->reset(Size(1) << 40, Policy::FirstFit);
    for (int i = 0; i < 20; ++i)
        m_view->zoomIn();
    QVERIFY(m_pane->scrollUnit() > 1);
    m_view->scrollTo(double(Size(1) << 39));
    verifyInSync();
    m_pane->scrollBar()->setValue(m_pane->scrollBar()->maximum());
    QCOMPARE(m_view->layoutState().viewEnd(), double(Size(1) << 40));
}

void TestHeapPane::aHeapAtBase1000()
{
    // The heap is [1000, 1000 + 64K) (docs/settings.md): the view, the
    // scroll bar, the overview and a click all count from 1000.
    HeapSettings settings;
    settings.base = 1000;
    QVERIFY(m_model->reset(1 << 16, Policy::FirstFit, settings));
    for (int i = 0; i < 200; ++i)
        QVERIFY(m_model->allocate(Size(i % 7 + 1) * 40).ok());
    const HeapLayout &l = m_view->layoutState();
    QCOMPARE(l.base, Addr(1000));
    QCOMPARE(l.viewStart, 1000.0);
    for (int i = 0; i < 5; ++i)
        m_view->zoomIn();
    QVERIFY(l.viewStart > 1000.0 && l.viewEnd() < 1000.0 + (1 << 16));
    verifyInSync();
    QScrollBar *bar = m_pane->scrollBar();
    bar->triggerAction(QAbstractSlider::SliderToMaximum);
    QCOMPARE(l.viewEnd(), 1000.0 + (1 << 16));
    verifyInSync();
    bar->triggerAction(QAbstractSlider::SliderToMinimum);
    QCOMPARE(l.viewStart, 1000.0);
    // The overview's far right is the heap's end, its middle the middle.
    HeapOverview *overview = m_pane->overview();
    QTest::mouseClick(overview, Qt::LeftButton, {}, QPoint(overview->width() / 2, overview->height() / 2));
    const double middle = 1000.0 + (1 << 15);
    QVERIFY2(l.viewStart <= middle && middle < l.viewEnd(),
             qPrintable(QStringLiteral("[%1, %2)").arg(l.viewStart).arg(l.viewEnd())));
    verifyInSync();
    // A click on the first block asks to free the block at 1000.
    m_view->fit();
    QSignalSpy freeSpy(m_view, &HeapView::freeRequested);
    const QRectF first = l.rectsOf({ 1000, 40 }).front();
    const std::optional<Addr> hit = m_view->addressAt(first.center());
    QVERIFY(hit && *hit >= 1000 && *hit < 1040);
    QTest::mouseClick(m_view, Qt::LeftButton, {}, first.center().toPoint());
    QCOMPARE(freeSpy.size(), 1);
    QCOMPARE(freeSpy.at(0).at(0).value<Addr>(), Addr(1000));
    // Before the base is off the heap.
    QVERIFY(!m_view->addressAt({ l.content.left() - 2, first.center().y() }));
}

QTEST_MAIN(TestHeapPane)
#include "tst_heappane.moc"
