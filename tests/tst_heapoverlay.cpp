// SPDX-License-Identifier: MIT
// What HeapView draws over the heap, in pixels: the step marks (outlines,
// one outline for a merge over several rows, badges), the ghost of a failed
// malloc and its caption, the marker of an invalid free, the hover ghost at
// the policy's address, and the free list's links.
#include "heapmodel.h"
#include "heapoverlay.h"
#include "heaprenderer.h"
#include "heapview.h"
#include "lessonfile.h"

#include <QMouseEvent>
#include <QPainter>
#include <QTest>

using namespace heapboard;
Q_DECLARE_METATYPE(heapboard::Policy)

namespace {

bool near(QColor a, QColor b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

// Pixels of `area` in the color (the marks' ink), within a small tolerance:
// the used blocks' outline is a close gray, so it stays small.
int countColor(const QImage &image, QRect area, QColor color, int tolerance = 4)
{
    int n = 0;
    area &= image.rect();
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            n += near(image.pixelColor(x, y), color, tolerance);
    return n;
}

int countDiff(const QImage &a, const QImage &b, QRect area)
{
    int n = 0;
    area &= a.rect();
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y);
    return n;
}

int countDiff(const QImage &a, const QImage &b, const QRegion &region)
{
    int n = 0;
    for (const QRect &r : region)
        n += countDiff(a, b, r);
    return n;
}

QRect inner(const QRectF &r, int margin)
{
    return r.toAlignedRect().adjusted(margin, margin, -margin, -margin);
}

// As in tst_stepmarks: four policies, four different blocks for 40 bytes.
void buildPolicyHeap(HeapModel &model)
{
    model.reset(1024, Policy::FirstFit);
    for (const Size n : { 100, 50, 30, 50, 60, 50, 45, 50, 300, 50, 20, 219 })
        model.allocate(n);
    for (const Addr a : { 0, 150, 230, 340, 435, 785 })
        model.freeBlock(a);
    model.setPolicy(Policy::BestFit);
    model.allocate(30);
    model.freeBlock(150);
}

} // namespace

class TestHeapOverlay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void allocationIsOutlinedAndBadged();
    void mergeOverRowsIsOneOutline();
    void failedMallocShowsAGhostAndItsCaption();
    void invalidFreeShowsAMarker();
    void freeOutsideTheHeapStandsAtItsEnd();
    void steppingShowsThePositionsMarks();
    void steppingRepaintsWhereMarksWere();
    void marksRegionHoldsAllTheMarksDraw_data();
    void marksRegionHoldsAllTheMarksDraw();
    void hoverGhostIsWhereThePolicyPuts_data();
    void hoverGhostIsWhereThePolicyPuts();
    void hoverGhostSaysWhenNothingFits();
    void freeListLinksJoinFreeBlocks();
    void freeListLinksSkipWhenTooDense();

private:
    // With HEAPBOARD_RENDER_DIR set, each render is also saved there as a
    // PNG named after the test, to look at.
    QImage render()
    {
        const QImage image = m_view->grab().toImage();
        if (const QString dir = qEnvironmentVariable("HEAPBOARD_RENDER_DIR"); !dir.isEmpty())
            image.save(QStringLiteral("%1/%2-%3.png")
                           .arg(dir, QString::fromLatin1(QTest::currentTestFunction()))
                           .arg(m_renders++));
        return image;
    }
    int m_renders = 0;
    // The heap as the view lays it out, without anything over it: what the
    // overlay adds is what a render has and this has not.
    QImage heapAlone() const
    {
        QImage image(m_view->size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        const HeapRenderer renderer(m_model->heap(), m_view->heapPalette(), m_view->font(),
                                    [this](quint32 tag) { return m_model->labelFor(tag); });
        renderer.renderAll(painter, m_view->layoutState());
        return image;
    }
    // The length of a row once the view is laid out for 900x480, before
    // any block is allocated (a relayout then would count their cuts).
    double laidOutRowBytes()
    {
        render();
        return m_view->layoutState().rowBytes();
    }
    // A move of the pointer with no button down, as the window system sends
    // it (QTest::mouseMove would need a shown window and a real cursor).
    void hover(QPoint at)
    {
        QMouseEvent move(QEvent::MouseMove, at, m_view->mapToGlobal(at), Qt::NoButton, Qt::NoButton, {});
        QCoreApplication::sendEvent(m_view, &move);
    }
    HeapOverlay::Style style() const { return { m_view->heapPalette(), m_view->font() }; }
    QColor ink() const { return m_view->heapPalette().text; }
    HeapModel *m_model = nullptr;
    HeapView *m_view = nullptr;
};

void TestHeapOverlay::init()
{
    m_model = new HeapModel;
    m_model->reset(4096, Policy::FirstFit);
    m_view = new HeapView(m_model);
    m_view->setAnimationsEnabled(false);
    m_view->resize(900, 480);
}

void TestHeapOverlay::cleanup()
{
    delete m_view;
    delete m_model;
}

void TestHeapOverlay::allocationIsOutlinedAndBadged()
{
    const QImage before = render();
    m_model->allocate(512);
    const QImage after = render();
    const HeapLayout &layout = m_view->layoutState();
    // A solid line just inside the new block's left edge, over the row.
    const QRectF block = layout.rectsOf({ 0, 512 }).front();
    const QRect edge(int(block.left()) + 1, int(block.top()) + 12, 6, int(block.height()) - 24);
    QVERIFY(countColor(after, edge, ink()) >= edge.height());
    // The ink is the mark's: the heap drawn alone has none there (its
    // blocks' labels begin next to that edge, in other colors).
    QCOMPARE(countColor(heapAlone(), edge, ink()), 0);
    // The rest of the split: a dashed line, so less ink, but there.
    const QRectF rest = layout.rectsOf({ 512, 4096 - 512 }).front();
    const QRect restEdge(int(rest.left()) + 1, int(rest.top()) + 12, 6, int(rest.height()) - 24);
    QVERIFY(countColor(after, restEdge, ink()) >= restEdge.height() / 3);
    // Each mark has its badge: a square of ink with its glyph.
    for (const StepMark &m : m_view->stepMarks().marks()) {
        const QRectF box = HeapOverlay::captionRect(layout, style(), m);
        QVERIFY(!box.isEmpty());
        const QRect badge = QRectF(box.topLeft(), QSizeF(box.height(), box.height())).toAlignedRect();
        QVERIFY2(countColor(after, badge, ink()) > badge.width() * badge.height() / 3, qPrintable(m.text));
        QVERIFY(countColor(before, badge, ink()) < badge.width() * badge.height() / 10);
    }
}

void TestHeapOverlay::mergeOverRowsIsOneOutline()
{
    // a, b and c of 0.6, 2.3 and 0.6 rows and the rest; freeing a, c then
    // b merges 3.5 rows, over four rows of the view.
    const double rb = laidOutRowBytes();
    QVERIFY(m_view->layoutState().rows >= 4);
    const Size a = Size(rb * 0.6);
    const Size b = Size(rb * 2.3);
    const Size merged = 2 * a + b;
    for (const Size n : { a, b, a, 4096 - merged })
        m_model->allocate(n);
    m_model->freeBlock(0);
    m_model->freeBlock(a + b);
    m_model->freeBlock(a);
    const QImage image = render();
    const HeapLayout &layout = m_view->layoutState();
    QCOMPARE(layout.rowBytes(), rb);
    QCOMPARE(m_view->stepMarks().marks().back().kind, StepMark::Kind::Merged);
    QCOMPARE(m_view->stepMarks().marks().back().span, (Span { 0, merged }));
    const QList<QRectF> rows = layout.rectsOf({ 0, merged });
    QCOMPARE(rows.size(), 4);
    // One closed shape, not one box a row.
    QCOMPARE(HeapOverlay::outline(layout, { 0, merged }, 2).toSubpathPolygons().size(), 1);
    // No line across the block where its rows meet: the merge's outline
    // alone (the freed block's own outline, inside it, crosses the rows).
    QImage alone(m_view->size(), QImage::Format_ARGB32_Premultiplied);
    alone.fill(Qt::transparent);
    {
        QPainter painter(&alone);
        HeapOverlay::drawMarks(painter, layout, style(), { m_view->stepMarks().marks().back() });
    }
    for (int i = 0; i + 1 < rows.size(); ++i) {
        // Where the two rows' pieces overlap, clear of the badges at the left.
        const double left = std::max(rows[i].left(), rows[i + 1].left());
        const double width = std::min(rows[i].right(), rows[i + 1].right()) - left;
        const int y = int(std::round(rows[i].bottom()));
        const QRect seam(int(left + width * 0.5), y - 3, int(width * 0.4), 7);
        QCOMPARE(countColor(alone, seam, ink()), 0);
    }
    // ...while its left side runs down through the middle rows unbroken,
    for (int i = 1; i < 3; ++i) {
        const QRect side(int(rows[i].left()), int(rows[i].top()), 5, int(rows[i].height()));
        QVERIFY(countColor(image, side, ink()) >= int(rows[i].height()) - 2);
    }
    // and it closes at the block's end in the last row.
    const QRect end(int(rows[3].right()) - 5, int(rows[3].center().y()) - 5, 5, 10);
    QVERIFY(countColor(image, end, ink()) >= 10);
}

void TestHeapOverlay::failedMallocShowsAGhostAndItsCaption()
{
    QVERIFY(test::loadLesson(*m_model, QStringLiteral("03-coalescing.heap")));
    QVERIFY(m_model->jumpTo(6));
    const QImage before = render(); // the same heap: the malloc changes nothing
    QVERIFY(m_model->jumpTo(7));
    const QImage failed = render();
    const HeapLayout &layout = m_view->layoutState();
    const StepMark ghost = m_view->stepMarks().marks().front();
    QCOMPARE(ghost.kind, StepMark::Kind::Ghost);
    QCOMPARE(ghost.text, QStringLiteral("malloc: needs 200 B, largest free 100 B"));
    // The ghost runs over c (200..300), which it would need: hatched there.
    const QRect c = inner(layout.rectsOf({ 200, 100 }).front(), 8);
    QVERIFY(countDiff(before, failed, c) > c.width() * c.height() / 5);
    const QRectF box = HeapOverlay::captionRect(layout, style(), ghost);
    QVERIFY(layout.content.contains(box));
    // The caption: a box wide enough for the whole text, with its letters.
    const QFont bold = [&] {
        QFont f = m_view->font();
        f.setBold(true);
        return f;
    }();
    QVERIFY(box.width() > QFontMetricsF(bold).horizontalAdvance(ghost.text));
    const QRect text = box.adjusted(box.height() + 4, 3, -4, -3).toAlignedRect();
    QVERIFY(countColor(failed, text, ink(), 40) > 3 * ghost.text.size());
    QVERIFY(countDiff(before, failed, text) > text.width() * text.height() / 2);
}

void TestHeapOverlay::invalidFreeShowsAMarker()
{
    QVERIFY(test::loadTestScenario(*m_model, QStringLiteral("bad-frees.heap")));
    QVERIFY(m_model->jumpTo(2));
    const QImage before = render();
    QVERIFY(m_model->jumpTo(3)); // free 100: inside b
    const QImage refused = render();
    const HeapLayout &layout = m_view->layoutState();
    const QRectF at = layout.rectsOf({ 100, 1 }).front();
    const QRect line(int(at.left()) - 2, int(at.top()) + 12, 5, int(at.height()) - 14);
    QVERIFY(countColor(refused, line, ink()) >= line.height());
    QVERIFY(countColor(before, line, ink()) < line.height() / 4);
    const StepMark m = m_view->stepMarks().marks().front();
    QCOMPARE(m.text, QStringLiteral("free(100): not a block start (inside the used block at 64)"));
    const QRect text = HeapOverlay::captionRect(layout, style(), m).toAlignedRect();
    QVERIFY(countDiff(before, refused, text) > text.width() * text.height() / 3);
}

void TestHeapOverlay::freeOutsideTheHeapStandsAtItsEnd()
{
    m_model->reset(400, Policy::FirstFit);
    const QImage before = render();
    m_model->freeBlock(5000);
    const QImage refused = render();
    const QRectF last = m_view->layoutState().rectsOf({ 399, 1 }).front();
    const QRect line(int(last.right()) - 3, int(last.top()) + 12, 5, int(last.height()) - 14);
    QVERIFY(countColor(refused, line, ink()) >= line.height());
    QVERIFY(countColor(before, line, ink()) < line.height() / 4);
}

void TestHeapOverlay::steppingShowsThePositionsMarks()
{
    QVERIFY(test::loadLesson(*m_model, QStringLiteral("03-coalescing.heap")));
    for (const std::size_t step : { 8, 7, 6, 2, 8, 0, 9 }) {
        QVERIFY(m_model->jumpTo(step));
        HeapView fresh(m_model);
        fresh.setAnimationsEnabled(false);
        fresh.resize(m_view->size());
        QCOMPARE(render(), fresh.grab().toImage());
    }
    QVERIFY(m_model->jumpTo(8));
    const QImage merged = render();
    QVERIFY(m_model->jumpTo(7));
    QVERIFY(render() != merged);
}

namespace {
// Collects what a widget repaints.
class PaintSpy : public QObject
{
public:
    QRegion painted;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent *>(event)->region();
        return false;
    }
};
} // namespace

void TestHeapOverlay::steppingRepaintsWhereMarksWere()
{
    // a, b and c a row each: a step that changes c's rows alone.
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    const double rb = m_view->layoutState().rowBytes();
    QVERIFY(m_view->layoutState().rows >= 4);
    for (int i = 0; i < 3; ++i)
        m_model->allocate(Size(rb));
    QVERIFY(m_model->jumpTo(3)); // c = malloc at 2 rows
    m_view->zoomIn(); // the marks move with the layout
    m_view->zoomOut();
    QCoreApplication::processEvents();
    const QRegion visible = m_view->rect();
    const HeapLayout &layout = m_view->layoutState();
    const QRegion before = HeapOverlay::marksRegion(layout, style(), m_view->stepMarks().marks()) & visible;
    PaintSpy spy;
    m_view->installEventFilter(&spy);
    // Back to b = malloc at 1 row: the heap changes from c's row on only,
    // but b's mark appears on its row, which changes no block.
    QVERIFY(m_model->jumpTo(2));
    QCOMPARE(layout.rowBytes(), rb);
    const QList<StepMark> marks = m_view->stepMarks().marks();
    QCOMPARE(marks.back().span, (Span { Addr(rb), Size(rb) }));
    const QRegion after = HeapOverlay::marksRegion(layout, style(), marks) & visible;
    QTRY_VERIFY((after - spy.painted).isEmpty());
    QVERIFY((before - spy.painted).isEmpty());
    // Not the whole view: a's row, which no mark touches, stays.
    QVERIFY((spy.painted & inner(layout.rectsOf({ 0, Size(rb) }).front(), 10)).isEmpty());
}

void TestHeapOverlay::marksRegionHoldsAllTheMarksDraw_data()
{
    QTest::addColumn<QString>("lesson");
    for (const char *name : { "03-coalescing.heap", "06-invalid-free.heap", "07-realloc.heap" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestHeapOverlay::marksRegionHoldsAllTheMarksDraw()
{
    // A step repaints the marks' region only: a pixel of a mark outside it
    // would stay on screen after the mark has gone.
    QFETCH(QString, lesson);
    QVERIFY(test::loadLesson(*m_model, lesson));
    render();
    const HeapLayout &layout = m_view->layoutState();
    for (std::size_t step = 1; step <= m_model->stepCount(); ++step) {
        QVERIFY(m_model->jumpTo(step));
        const QList<StepMark> marks = m_view->stepMarks().marks();
        QImage alone(m_view->size(), QImage::Format_ARGB32_Premultiplied);
        alone.fill(Qt::transparent);
        {
            QPainter painter(&alone);
            HeapOverlay::drawMarks(painter, layout, style(), marks);
        }
        const QRegion region = HeapOverlay::marksRegion(layout, style(), marks);
        int outside = 0;
        for (int y = 0; y < alone.height(); ++y)
            for (int x = 0; x < alone.width(); ++x)
                outside += qAlpha(alone.pixel(x, y)) != 0 && !region.contains(QPoint(x, y));
        QVERIFY2(outside == 0, qPrintable(QStringLiteral("step %1: %2 pixels").arg(step).arg(outside)));
    }
}

void TestHeapOverlay::hoverGhostIsWhereThePolicyPuts_data()
{
    QTest::addColumn<Policy>("policy");
    QTest::newRow("first-fit") << Policy::FirstFit;
    QTest::newRow("next-fit") << Policy::NextFit;
    QTest::newRow("best-fit") << Policy::BestFit;
    QTest::newRow("worst-fit") << Policy::WorstFit;
}

void TestHeapOverlay::hoverGhostIsWhereThePolicyPuts()
{
    QFETCH(Policy, policy);
    buildPolicyHeap(*m_model);
    // Where each policy would put 40 bytes: four different blocks.
    QList<Addr> places;
    for (const Policy p : { Policy::FirstFit, Policy::NextFit, Policy::BestFit, Policy::WorstFit }) {
        m_model->setPolicy(p);
        Addr a = 0;
        QVERIFY(m_model->heap().placement(40, a));
        places.append(a);
    }
    QCOMPARE(QSet<Addr>(places.begin(), places.end()).size(), 4);
    m_model->setPolicy(policy);
    Addr expected = 0;
    QVERIFY(m_model->heap().placement(40, expected));
    m_view->setRequestSize(40);
    const HeapLayout &layout = m_view->layoutState();
    const QImage plain = render();
    // Hovering a used block: no ghost.
    hover(layout.rectsOf({ 100, 50 }).front().center().toPoint());
    QCOMPARE(countDiff(plain, render(), inner(layout.rectsOf({ expected, 40 }).front(), 4)), 0);
    // Hovering free space too small for any policy (20 bytes at 785).
    hover(layout.rectsOf({ 785, 20 }).front().center().toPoint());
    const QImage hovered = render();
    // The ghost's caption, "… puts 40 B at N", may run over other places
    // in the row: that is text, not a ghost.
    const StepMark ghost = StepMarks::placement(m_model->heap(), 40);
    QCOMPARE(ghost.span.start, expected);
    const QRect caption
        = HeapOverlay::captionRect(layout, style(), ghost).toAlignedRect().adjusted(-2, -2, 2, 2);
    QVERIFY(countDiff(plain, hovered, caption) > caption.width() * caption.height() / 4);
    for (const Addr a : places) {
        const QRect r = inner(layout.rectsOf({ a, 40 }).front(), 4);
        const int changed = countDiff(plain, hovered, a == expected ? QRegion(r) : QRegion(r) - caption);
        if (a == expected)
            QVERIFY2(changed > r.width() * r.height() / 4, qPrintable(QString::number(a)));
        else
            QVERIFY2(changed < r.width() * r.height() / 50, qPrintable(QString::number(a)));
    }
}

void TestHeapOverlay::hoverGhostSaysWhenNothingFits()
{
    m_model->reset(1000, Policy::FirstFit);
    m_model->allocate(700);
    m_view->setRequestSize(2000);
    const QImage plain = render();
    const QRectF free = m_view->layoutState().rectsOf({ 700, 300 }).front();
    hover(free.center().toPoint());
    const QImage hovered = render();
    StepMark m = StepMarks::placement(m_model->heap(), 2000);
    QCOMPARE(m.text, QStringLiteral("no free block of 2000 B; largest free 300 B"));
    m.span = { 700, 300 };
    const QRect box = HeapOverlay::captionRect(m_view->layoutState(), style(), m).toAlignedRect();
    QVERIFY(countDiff(plain, hovered, box) > box.width() * box.height() / 3);
}

void TestHeapOverlay::freeListLinksJoinFreeBlocks()
{
    // Free blocks at 512 (256 bytes) and 2304 (1792 bytes).
    for (const Size n : { 512, 256, 1024, 512 })
        m_model->allocate(n);
    m_model->freeBlock(512);
    const QImage plain = render();
    m_view->setFreeListLinksVisible(true);
    const QImage linked = render();
    const HeapLayout &layout = m_view->layoutState();
    const QRectF from = layout.rectsOf({ 512, 256 }).back();
    const QRectF to = layout.rectsOf({ 2304, 1792 }).front();
    // The arrow leaves the first block near its end and arrives at the
    // start of the next, along the top of the rows.
    const QRect leaves(int(from.right()) - 24, int(from.top()), 24, int(from.height() / 2));
    const QRect arrives(int(to.left()), int(to.top()), 24, int(to.height() / 2));
    QVERIFY(countColor(linked, leaves, ink()) > 4);
    QVERIFY(countColor(linked, arrives, ink()) > 10); // with its head
    QCOMPARE(countColor(plain, arrives, ink()), 0);
    // Nothing between used blocks that no link passes.
    const QRectF used = layout.rectsOf({ 0, 512 }).front();
    QCOMPARE(countDiff(plain, linked, inner(used, 2)), 0);
    m_view->setFreeListLinksVisible(false);
    QCOMPARE(render(), plain);
}

void TestHeapOverlay::freeListLinksSkipWhenTooDense()
{
    // 1,200 free blocks in view, a few pixels apart: the links would be a
    // smear, and walking them all would cost as much as the heap. None are
    // drawn.
    m_model->reset(1 << 16, Policy::FirstFit);
    for (int i = 0; i < 2400; ++i)
        m_model->allocate(8);
    for (Addr a = 0; a < 2400 * 8; a += 16)
        m_model->freeBlock(a);
    const QImage plain = render();
    m_view->setFreeListLinksVisible(true);
    QCOMPARE(render(), plain);
}

QTEST_MAIN(TestHeapOverlay)
#include "tst_heapoverlay.moc"
