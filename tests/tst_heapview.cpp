// SPDX-License-Identifier: MIT
// HeapView: hit-testing at several zoom levels, clicks and keys become
// intents with the right address, and the pixels show the blocks, hover
// and selection.
#include "heapmodel.h"
#include "heapview.h"

#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace heapboard;

namespace {
// Pixels of `area` within `tolerance` of `color`.
int countColor(const QImage &image, QRect area, QColor color, int tolerance)
{
    int n = 0;
    area &= image.rect();
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - color.red()) <= tolerance
                && std::abs(c.green() - color.green()) <= tolerance
                && std::abs(c.blue() - color.blue()) <= tolerance;
        }
    }
    return n;
}
} // namespace

class TestHeapView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void hitTestingAtZoomLevels_data();
    void hitTestingAtZoomLevels();
    void clickOnUsedBlockRequestsFree();
    void fewRowsStandInTheMiddle();
    void clickOnFreeSpaceRequestsAllocation();
    void keyboardSelectsAndFrees();
    void wheelZoomKeepsTheAddressUnderTheCursor();
    void dragPans();
    void pixelsShowTheBlocks();
    void changeRepaintsOnlyWhatChanged();
    void manyBlocksStillHitTest();
    void stripLayoutHitTestsAndZooms();
    void hoverAndSelectionAreOneOutline();

private:
    static QPoint centerOf(const HeapView &view, Span span);
    HeapModel *m_model = nullptr;
    HeapView *m_view = nullptr;
};

void TestHeapView::init()
{
    m_model = new HeapModel;
    m_model->reset(4096, Policy::FirstFit);
    // a: 0+512, b: 512+256, c: 768+1024, then 1792+2304 free; b is freed.
    m_model->allocate(512);
    m_model->allocate(256);
    m_model->allocate(1024);
    m_model->freeBlock(512);
    m_view = new HeapView(m_model);
    m_view->setAnimationsEnabled(false);
    m_view->resize(900, 480);
}

void TestHeapView::cleanup()
{
    delete m_view;
    delete m_model;
}

QPoint TestHeapView::centerOf(const HeapView &view, Span span)
{
    const QList<QRectF> rects = view.layoutState().rectsOf(span);
    return rects.isEmpty() ? QPoint(-1, -1) : rects.front().center().toPoint();
}

void TestHeapView::hitTestingAtZoomLevels_data()
{
    QTest::addColumn<int>("zoomIns");
    for (int z : { 0, 1, 3, 6 })
        QTest::newRow(qPrintable(QStringLiteral("zoom in %1 times").arg(z))) << z;
}

void TestHeapView::hitTestingAtZoomLevels()
{
    QFETCH(int, zoomIns);
    for (int i = 0; i < zoomIns; ++i)
        m_view->zoomIn();
    QCOMPARE(m_view->zoomFactor() >= 1.0, true);
    if (zoomIns > 0)
        QVERIFY(m_view->zoomFactor() > 1.0);
    const HeapLayout &layout = m_view->layoutState();
    int checked = 0;
    m_model->heap().forEachBlock([&](const BlockInfo &b) {
        for (const QRectF &r : layout.rectsOf({ b.start, b.size })) {
            // Just inside either edge of each piece the address is in the block.
            for (const QPointF p :
                 { QPointF(r.left() + 0.5, r.center().y()), QPointF(r.right() - 0.5, r.center().y()) }) {
                const std::optional<Addr> a = m_view->addressAt(p);
                QVERIFY(a.has_value());
                QVERIFY2(*a >= b.start && *a < b.end(),
                         qPrintable(QStringLiteral("%1 not in %2+%3").arg(*a).arg(b.start).arg(b.size)));
                ++checked;
            }
        }
    });
    QVERIFY(checked >= 2);
    // Outside the block area there is no address.
    QVERIFY(!m_view->addressAt(QPointF(1, 1)).has_value());
    QVERIFY(!m_view->addressAt(QPointF(m_view->width() - 1, m_view->height() - 1)).has_value());
}

void TestHeapView::clickOnUsedBlockRequestsFree()
{
    QSignalSpy freeSpy(m_view, &HeapView::freeRequested);
    QSignalSpy allocSpy(m_view, &HeapView::allocateRequested);
    QTest::mouseClick(m_view, Qt::LeftButton, {}, centerOf(*m_view, { 768, 1024 }));
    QCOMPARE(freeSpy.count(), 1);
    QCOMPARE(freeSpy.at(0).at(0).value<Addr>(), Addr(768));
    QCOMPARE(allocSpy.count(), 0);
    QCOMPARE(m_view->selectedBlock(), std::optional<Addr>(768));
    // The view asks; it does not free.
    QCOMPARE(m_model->heap().stats().usedBlocks, quint64(2));

    m_view->showRange(0, 600);
    QVERIFY(m_view->zoomFactor() > 1);
    const QPoint a = centerOf(*m_view, { 0, 512 });
    QVERIFY(a.x() >= 0);
    QTest::mouseClick(m_view, Qt::LeftButton, {}, a);
    QCOMPARE(freeSpy.count(), 2);
    QCOMPARE(freeSpy.at(1).at(0).value<Addr>(), Addr(0));
}

void TestHeapView::clickOnFreeSpaceRequestsAllocation()
{
    QSignalSpy freeSpy(m_view, &HeapView::freeRequested);
    QSignalSpy allocSpy(m_view, &HeapView::allocateRequested);
    QTest::mouseClick(m_view, Qt::LeftButton, {}, centerOf(*m_view, { 512, 256 }));
    QCOMPARE(allocSpy.count(), 1);
    QCOMPARE(m_view->selectedBlock(), std::optional<Addr>(512));
    QCOMPARE(freeSpy.count(), 0);
    // A right click does nothing.
    QTest::mouseClick(m_view, Qt::RightButton, {}, centerOf(*m_view, { 512, 256 }));
    QCOMPARE(allocSpy.count(), 1);
}

void TestHeapView::keyboardSelectsAndFrees()
{
    QSignalSpy freeSpy(m_view, &HeapView::freeRequested);
    QSignalSpy allocSpy(m_view, &HeapView::allocateRequested);
    QTest::keyClick(m_view, Qt::Key_Right); // selects the first block
    QCOMPARE(m_view->selectedBlock(), std::optional<Addr>(0));
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(m_view->selectedBlock(), std::optional<Addr>(512));
    QTest::keyClick(m_view, Qt::Key_Delete); // free space: nothing to free
    QCOMPARE(freeSpy.count(), 0);
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(m_view->selectedBlock(), std::optional<Addr>(768));
    QTest::keyClick(m_view, Qt::Key_Delete);
    QCOMPARE(freeSpy.count(), 1);
    QCOMPARE(freeSpy.at(0).at(0).value<Addr>(), Addr(768));
    QTest::keyClick(m_view, Qt::Key_Left);
    QCOMPARE(m_view->selectedBlock(), std::optional<Addr>(512));
    QTest::keyClick(m_view, Qt::Key_Insert);
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(allocSpy.count(), 2);
}

void TestHeapView::wheelZoomKeepsTheAddressUnderTheCursor()
{
    const QPointF at = centerOf(*m_view, { 768, 1024 });
    const Addr before = *m_view->addressAt(at);
    const double zoom = m_view->zoomFactor();
    QWheelEvent in(at, m_view->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton, {}, Qt::NoScrollPhase,
                   false);
    QApplication::sendEvent(m_view, &in);
    QVERIFY(m_view->zoomFactor() > zoom);
    const std::optional<Addr> after = m_view->addressAt(at);
    QVERIFY(after.has_value());
    // Within the bytes of a pixel or two at the new zoom.
    const double tolerance = 2 * m_view->layoutState().bytesPerPixel + 1;
    QVERIFY2(std::abs(double(*after) - double(before)) <= tolerance,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(*after)));
    QWheelEvent out(at, m_view->mapToGlobal(at), {}, QPoint(0, -240), Qt::NoButton, {}, Qt::NoScrollPhase,
                    false);
    QApplication::sendEvent(m_view, &out);
    QCOMPARE(m_view->zoomFactor(), zoom); // cannot zoom out past the whole heap
    m_view->zoomIn();
    m_view->fit();
    QCOMPARE(m_view->zoomFactor(), zoom);
}

void TestHeapView::dragPans()
{
    for (int i = 0; i < 4; ++i)
        m_view->zoomIn();
    m_view->showRange(1024, 1024 + 64);
    const double start = m_view->layoutState().viewStart;
    QSignalSpy freeSpy(m_view, &HeapView::freeRequested);
    const QPoint from = m_view->layoutState().content.center().toPoint();
    QTest::mousePress(m_view, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(from + QPoint(200, 0)),
                     m_view->mapToGlobal(QPointF(from + QPoint(200, 0))), Qt::NoButton, Qt::LeftButton, {});
    QApplication::sendEvent(m_view, &move);
    QTest::mouseRelease(m_view, Qt::LeftButton, {}, from + QPoint(200, 0));
    QVERIFY(m_view->layoutState().viewStart < start); // dragged right: earlier addresses come in
    QCOMPARE(freeSpy.count(), 0); // a drag is not a click
}

void TestHeapView::pixelsShowTheBlocks()
{
    const QImage image = m_view->grab().toImage();
    const HeapPalette &palette = m_view->heapPalette();
    const HeapLayout &layout = m_view->layoutState();
    const auto sample = [&](Span span) {
        const QRectF r = layout.rectsOf(span).front();
        // Low in the block and near its right edge: away from the label.
        return image.pixelColor(QPoint(int(r.right() - 6), int(r.bottom() - 6)));
    };
    BlockInfo c;
    QVERIFY(m_model->heap().blockAt(768, c));
    QCOMPARE(sample({ 768, 1024 }), palette.usedColor(c.tag));
    BlockInfo a;
    QVERIFY(m_model->heap().blockAt(0, a));
    QCOMPARE(sample({ 0, 512 }), palette.usedColor(a.tag));
    QVERIFY(palette.usedColor(a.tag) != palette.usedColor(c.tag));
    // Free space: the free fill or its hatch, never a used color.
    const QList<QColor> freeColors { palette.freeFill, palette.freeHatch, palette.freeOutline };
    int hatch = 0;
    const QRectF free = layout.rectsOf({ 1792, 2304 }).front();
    for (int x = int(free.left()) + 8; x < int(free.left()) + 40; ++x) {
        const QColor px = image.pixelColor(x, int(free.center().y()));
        QVERIFY2(freeColors.contains(px), qPrintable(px.name()));
        hatch += px == palette.freeHatch;
    }
    QVERIFY(hatch > 0); // the pattern is there, not just a color
}

void TestHeapView::changeRepaintsOnlyWhatChanged()
{
    QImage before = m_view->grab().toImage();
    m_model->freeBlock(0); // merges with the free block after it
    const QImage after = m_view->grab().toImage();
    const HeapPalette &palette = m_view->heapPalette();
    const QRectF r = m_view->layoutState().rectsOf({ 0, 512 }).front();
    // Away from the label and from the step's marks (outlines along the
    // edges, badges in the corners).
    const QPoint at = (r.center() + QPointF(r.width() / 4, 0)).toPoint();
    const QColor px = after.pixelColor(at);
    QVERIFY(px != before.pixelColor(at));
    QVERIFY(px == palette.freeFill || px == palette.freeHatch);
    // The same picture as a full redraw.
    HeapView fresh(m_model);
    fresh.setAnimationsEnabled(false);
    fresh.resize(m_view->size());
    QCOMPARE(fresh.grab().toImage(), after);
}

void TestHeapView::manyBlocksStillHitTest()
{
    m_model->reset(1 << 20, Policy::FirstFit);
    for (int i = 0; i < 20000; ++i)
        m_model->allocate(Size(i % 37 + 1));
    const QImage image = m_view->grab().toImage();
    QVERIFY(!image.isNull());
    for (const double x : { 0.1, 0.5, 0.9 }) {
        const QRectF c = m_view->layoutState().content;
        const QPointF p(c.left() + c.width() * x, c.top() + 5);
        const std::optional<Addr> a = m_view->addressAt(p);
        QVERIFY(a.has_value());
        BlockInfo b;
        QVERIFY(m_model->heap().blockAt(*a, b));
    }
}

void TestHeapView::stripLayoutHitTestsAndZooms()
{
    QSignalSpy modeSpy(m_view, &HeapView::layoutModeChanged);
    m_view->setLayoutMode(HeapLayout::Mode::Strip);
    QCOMPARE(modeSpy.count(), 1);
    const HeapLayout &layout = m_view->layoutState();
    QCOMPARE(layout.rows, 1);
    QCOMPARE(layout.rowBytes(), 4096.0);
    // The bar sits between label lanes, inside the widget.
    QVERIFY(layout.rowsRect(0, 0).top() > 0 && layout.rowsRect(0, 0).bottom() < m_view->height());
    QSignalSpy freeSpy(m_view, &HeapView::freeRequested);
    QTest::mouseClick(m_view, Qt::LeftButton, {}, centerOf(*m_view, { 768, 1024 }));
    QCOMPARE(freeSpy.count(), 1);
    QCOMPARE(freeSpy.at(0).at(0).value<Addr>(), Addr(768));
    m_view->zoomIn();
    QCOMPARE(m_view->layoutState().rows, 1);
    QVERIFY(m_view->zoomFactor() > 1);
    m_view->setLayoutMode(HeapLayout::Mode::Rows);
    QCOMPARE(m_view->zoomFactor(), 1.0);
}

void TestHeapView::hoverAndSelectionAreOneOutline()
{
    // b: the second half of row 0 and the first of row 1, pieces that do
    // not overlap; c: the rest of row 1, all of row 2, half of row 3; the
    // last step's mark is on d, after them. High contrast: hover and
    // selection in colors that nothing else has.
    m_model->reset(4096, Policy::FirstFit);
    m_view->setHeapPalette(HeapPalette::byId(QStringLiteral("high-contrast")));
    m_view->grab(); // lays the view out before the blocks' cuts count
    const double rb = m_view->layoutState().rowBytes();
    QVERIFY(m_view->layoutState().rows >= 4);
    const Size half = Size(rb / 2);
    const Span b { half, 2 * half };
    const Span c { b.end(), 4 * half };
    for (const Size n : { half, b.size, c.size, 4096 - c.end() })
        m_model->allocate(n);
    const QColor selection = m_view->heapPalette().selection;
    const QColor hovered = m_view->heapPalette().hover;
    m_view->selectBlock(b.start);
    const HeapLayout &layout = m_view->layoutState();
    const QPoint over = layout.rectsOf(c)[1].center().toPoint();
    QMouseEvent move(QEvent::MouseMove, over, m_view->mapToGlobal(over), Qt::NoButton, Qt::NoButton, {});
    QCoreApplication::sendEvent(m_view, &move);
    const QImage image = m_view->grab().toImage();

    // b: closed at its start and its end, open at the row break between.
    const QList<QRectF> bs = layout.rectsOf(b);
    QCOMPARE(bs.size(), 2);
    const auto side = [&](const QRectF &r, bool right) {
        const int x = int(right ? r.right() : r.left());
        return QRect(right ? x - 5 : x, int(r.top() + r.height() / 3), 5, int(r.height() / 3));
    };
    QVERIFY(countColor(image, side(bs[0], false), selection, 24) >= int(bs[0].height() / 3));
    QVERIFY(countColor(image, side(bs[1], true), selection, 24) >= int(bs[1].height() / 3));
    QCOMPARE(countColor(image, side(bs[0], true), selection, 24), 0);
    QCOMPARE(countColor(image, side(bs[1], false), selection, 24), 0);
    // ...and its top and bottom run along both pieces.
    for (const QRectF &r : bs) {
        const QRect top(int(r.left() + 8), int(r.top()), int(r.width() - 16), 4);
        const QRect bottom = top.translated(0, int(r.height()) - 4);
        QVERIFY(countColor(image, top, selection, 24) >= top.width());
        QVERIFY(countColor(image, bottom, selection, 24) >= bottom.width());
    }

    // c: one shape, no line across it where its rows meet,
    const QList<QRectF> cs = layout.rectsOf(c);
    QCOMPARE(cs.size(), 3);
    for (int i = 0; i + 1 < cs.size(); ++i) {
        const double left = std::max(cs[i].left(), cs[i + 1].left());
        const double width = std::min(cs[i].right(), cs[i + 1].right()) - left;
        const QRect seam(int(left + 10), int(std::round(cs[i].bottom())) - 4, int(width - 20), 9);
        QCOMPARE(countColor(image, seam, hovered, 24), 0);
    }
    // while its outline goes round the whole block, down the full row.
    QVERIFY(countColor(image, side(cs[1], false), hovered, 24) >= int(cs[1].height() / 3));
    QVERIFY(countColor(image, side(cs[1], true), hovered, 24) >= int(cs[1].height() / 3));
}

// A lesson's heap in one row stands in the middle of the view, not as a
// band at the top; a heap that fills the view starts at its top.
void TestHeapView::fewRowsStandInTheMiddle()
{
    QVERIFY(m_model->reset(400, Policy::FirstFit));
    m_view->fit();
    const HeapLayout &l = m_view->layoutState();
    QCOMPARE(l.rows, 1);
    const double above = l.content.top() - l.rowsArea.top();
    const double below = l.rowsArea.bottom() - (l.content.top() + l.rowHeight());
    QVERIFY2(above > 20 && std::abs(above - below) <= 2,
             qPrintable(QStringLiteral("%1 above, %2 below").arg(above).arg(below)));
    QVERIFY(m_view->addressAt(QPointF(l.content.left() + 1, l.content.top() + 2)).has_value());
    QVERIFY(!m_view->addressAt(QPointF(l.content.left() + 1, l.rowsArea.top() + 2)).has_value());

    QVERIFY(m_model->reset(1 << 20, Policy::FirstFit));
    m_view->fit();
    QVERIFY(l.rows > 1);
    QVERIFY(l.content.top() - l.rowsArea.top() < l.rowHeight());
}

QTEST_MAIN(TestHeapView)
#include "tst_heapview.moc"
