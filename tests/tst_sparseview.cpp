// SPDX-License-Identifier: MIT
// The sparse view: a heap of two regions 1 TiB apart (HeapSettings::gaps)
// shows blocks in both at once, with the gap a labelled break between them;
// rulers, hit tests, clicks, the block table, zoom and the overview all
// speak real addresses in the regions and treat the break as no block.
#include "blocktablemodel.h"
#include "heapexport.h"
#include "heapmodel.h"
#include "heapoverview.h"
#include "heappalette.h"
#include "heappane.h"
#include "heaprenderer.h"
#include "heapview.h"
#include "numberformat.h"
#include "textdevice.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHelpEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace heapboard;

namespace {

constexpr Addr kBase = 0x555555559000;
constexpr Size kRegion = 64 * 1024;
constexpr Size kGap = Size(1) << 40;
constexpr Span kGapSpan { kBase + kRegion, kGap };
constexpr Addr kRegion2 = kBase + kRegion + kGap;

} // namespace

class TestSparseView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fitShowsBothRegionsAndTheBreak_data();
    void fitShowsBothRegionsAndTheBreak();
    void blocksAreDrawnAtTheirRectangles_data();
    void blocksAreDrawnAtTheirRectangles();
    void hitTestsGiveRealAddresses();
    void rowLabelsAreRealAddresses();
    void stripLabelsRegionStartsOnly();
    void breakIsNoBlock();
    void breakTooltipSaysWhatItIs();
    void gapIsNotInTheBlockTable();
    void zoomIntoTheSecondRegion();
    void overviewAndScrollBarUseLayoutBytes();
    void exportShowsTheBreak();
    void aRecordingLikeHeap_data();
    void aRecordingLikeHeap();

private:
    void showView(HeapLayout::Mode mode, QSize size = { 1280, 720 });
    BlockInfo block(Addr start) const;
    const AddressMap::Break &theBreak() const;
    HeapModel *m_model = nullptr;
    HeapView *m_view = nullptr;
    Addr m_a = 0, m_b = 0, m_c = 0, m_d = 0;
};

void TestSparseView::init()
{
    m_model = new HeapModel;
    HeapSettings s;
    s.base = kBase;
    s.gaps = { kGapSpan };
    QVERIFY(m_model->reset(2 * kRegion + kGap, Policy::FirstFit, s));
    // First fit: a, b and d in the first region; c does not fit in what is
    // left of it and goes to the second.
    m_a = m_model->allocate(16 * 1024, QStringLiteral("a")).ptr;
    m_b = m_model->allocate(8 * 1024, QStringLiteral("b")).ptr;
    m_c = m_model->allocate(48 * 1024, QStringLiteral("c")).ptr;
    m_d = m_model->allocate(4 * 1024, QStringLiteral("d")).ptr;
    QCOMPARE(m_a, kBase);
    QCOMPARE(m_b, kBase + 16 * 1024);
    QCOMPARE(m_c, kRegion2);
    QCOMPARE(m_d, kBase + 24 * 1024);
}

void TestSparseView::cleanup()
{
    delete m_view;
    m_view = nullptr;
    delete m_model;
}

void TestSparseView::showView(HeapLayout::Mode mode, QSize size)
{
    m_view = new HeapView(m_model);
    m_view->setAnimationsEnabled(false);
    m_view->setLayoutMode(mode);
    m_view->resize(size);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

BlockInfo TestSparseView::block(Addr start) const
{
    BlockInfo b;
    m_model->heap().blockAt(start, b);
    return b;
}

const AddressMap::Break &TestSparseView::theBreak() const
{
    return m_view->layoutState().map.breaks().front();
}

void TestSparseView::fitShowsBothRegionsAndTheBreak_data()
{
    QTest::addColumn<HeapLayout::Mode>("mode");
    QTest::newRow("rows") << HeapLayout::Mode::Rows;
    QTest::newRow("strip") << HeapLayout::Mode::Strip;
}

void TestSparseView::fitShowsBothRegionsAndTheBreak()
{
    QFETCH(HeapLayout::Mode, mode);
    showView(mode);
    const HeapLayout &l = m_view->layoutState();
    QCOMPARE(l.map.breaks().size(), std::size_t(1));
    const AddressMap::Break &br = theBreak();
    QCOMPARE(br.gap, kGapSpan);
    QCOMPARE(br.layoutStart, double(kBase + kRegion));
    // Short beside the regions, yet a few pixels at least.
    QVERIFY2(br.length <= double(kRegion), qPrintable(QString::number(br.length)));
    QVERIFY(br.length / l.bytesPerPixel >= 8);
    // The whole heap is in view: both regions and the break, nothing more.
    QCOMPARE(double(l.heapSize), 2.0 * kRegion + br.length);
    QCOMPARE(l.viewStart, double(kBase));
    QVERIFY(l.visibleBytes() >= double(l.heapSize));
    QCOMPARE(m_view->zoomFactor() <= 1.0, true);
    if (mode == HeapLayout::Mode::Rows) {
        // The second region starts a row (AddressMap's alignment).
        QCOMPARE(std::fmod(br.layoutEnd() - double(kBase), l.rowBytes()), 0.0);
    }
}

void TestSparseView::blocksAreDrawnAtTheirRectangles_data()
{
    fitShowsBothRegionsAndTheBreak_data();
}

void TestSparseView::blocksAreDrawnAtTheirRectangles()
{
    QFETCH(HeapLayout::Mode, mode);
    showView(mode, { 1280, 720 });
    const HeapLayout &l = m_view->layoutState();
    const QImage image = m_view->grab().toImage();
    if (qEnvironmentVariableIsSet("SPARSE_PNG"))
        image.save(qEnvironmentVariable("SPARSE_PNG") + QString::number(int(mode)) + QStringLiteral(".png"));
    const HeapPalette &palette = m_view->heapPalette();
    for (const Addr start : { m_a, m_b, m_c, m_d }) {
        const BlockInfo b = block(start);
        const QList<QRectF> rects = l.rectsOf({ b.start, b.size });
        QVERIFY2(!rects.isEmpty(), qPrintable(NumberFormat::address(double(start))));
        // As wide as its bytes: the regions are drawn to scale.
        double width = 0;
        for (const QRectF &r : rects)
            width += r.width();
        QVERIFY(std::abs(width - double(b.size) / l.bytesPerPixel) < 1);
        // Below the label and the step's caption (top left).
        const QRectF r = rects.front();
        const QPoint probe(int(r.center().x()), int(r.center().y() + r.height() / 4));
        QCOMPARE(image.pixelColor(probe), palette.usedColor(b.tag));
        // And its color stops where its rectangle ends.
        const QPoint past(int(std::ceil(rects.back().right())) + 2,
                          int(rects.back().center().y() + rects.back().height() / 4));
        QVERIFY2(image.pixelColor(past) != palette.usedColor(b.tag),
                 qPrintable(NumberFormat::address(double(start))));
    }
    // The second region's block starts right after the break, at the
    // break's end in layout bytes, and the first region's blocks before it.
    QCOMPARE(l.map.toLayout(double(m_c)), theBreak().layoutEnd());
    QCOMPARE(l.map.toLayout(double(m_d)), double(m_d));
    // The break is drawn between them: its hatch, no block color.
    const QList<QRectF> brk = l.layoutRectsOf(theBreak().layoutStart, theBreak().layoutEnd());
    QVERIFY(!brk.isEmpty());
    QSet<QRgb> colors;
    for (const QRectF &r : brk) {
        // Inside the zig-zags, above the label.
        for (int x = int(r.left()) + 9; x <= std::max(int(r.right()) - 9, int(r.center().x())); ++x) {
            for (int y = int(r.top()) + 4; y < int(r.top()) + 16; ++y)
                colors.insert(image.pixel(x, y));
        }
    }
    QVERIFY(colors.contains(palette.background.rgb()));
    QVERIFY(colors.size() >= 2); // hatched, not a plain fill
    for (const Addr start : { m_a, m_b, m_c, m_d })
        QVERIFY(!colors.contains(palette.usedColor(block(start).tag).rgb()));
    QVERIFY(!colors.contains(palette.freeFill.rgb()));
    QVERIFY(!colors.contains(palette.usedColor(kGapTag).rgb()));
}

void TestSparseView::hitTestsGiveRealAddresses()
{
    showView(HeapLayout::Mode::Rows);
    const HeapLayout &l = m_view->layoutState();
    for (const Addr start : { m_a, m_b, m_c, m_d }) {
        const BlockInfo b = block(start);
        for (const QRectF &r : l.rectsOf({ b.start, b.size })) {
            const std::optional<Addr> at = m_view->addressAt(r.center());
            QVERIFY(at);
            QVERIFY2(*at >= b.start && *at < b.end(), qPrintable(NumberFormat::address(double(*at))));
        }
    }
    // Just inside the second region: its first byte, not a byte of the gap.
    const QRectF first = l.rectsOf({ m_c, 1 }).front();
    const std::optional<Addr> at = m_view->addressAt(QPointF(first.left() + 0.25, first.center().y()));
    QVERIFY(at);
    QVERIFY(*at >= kRegion2 && double(*at - kRegion2) < l.bytesPerPixel);
    // On the break: no address, but the gap.
    const QRectF brk = l.layoutRectsOf(theBreak().layoutStart, theBreak().layoutEnd()).front();
    QVERIFY(!m_view->addressAt(brk.center()));
    QVERIFY(l.breakAt(brk.center()));
    QCOMPARE(l.breakAt(brk.center())->gap, kGapSpan);
    QVERIFY(!l.breakAt(first.center()));
}

void TestSparseView::rowLabelsAreRealAddresses()
{
    showView(HeapLayout::Mode::Rows);
    const HeapLayout &l = m_view->layoutState();
    TextDevice device(m_view->size());
    {
        QPainter painter(&device);
        HeapRenderer renderer(m_model->heap(), m_view->heapPalette(), m_view->font(), {});
        renderer.renderAll(painter, l);
    }
    // Each row's label is the address under the row's first pixel.
    QStringList rowLabels;
    for (int row = 0; row < l.rows; ++row) {
        const double y = l.content.top() + (row + 0.5) * l.rowHeight();
        const std::optional<Addr> at = l.addressAt(QPointF(l.content.left(), y));
        QString label;
        for (const auto &[text, p] : std::as_const(device.engine.texts)) {
            if (p.x() < l.content.left() && std::abs(p.y() - y) < l.rowHeight() / 2)
                label = text;
        }
        // A row that starts on a break has no address to show.
        QCOMPARE(label.isEmpty(), !at);
        if (at)
            QCOMPARE(label, NumberFormat::address(double(*at)));
        rowLabels << label;
    }
    QVERIFY(rowLabels.contains(NumberFormat::address(double(kBase))));
    QVERIFY(rowLabels.contains(NumberFormat::address(double(kRegion2))));
    // The second region starts a row: the top ruler's offsets count from
    // its start, and are drawn.
    QVERIFY(!HeapRenderer::regionStartsInsideRow(l));
    bool offsets = false;
    bool breakLabel = false;
    for (const auto &[text, p] : std::as_const(device.engine.texts)) {
        offsets = offsets || (text.startsWith(QLatin1Char('+')) && p.y() < l.content.top());
        breakLabel = breakLabel || text == HeapRenderer::gapText(kGap);
    }
    QVERIFY(offsets);
    QVERIFY(breakLabel);
    QCOMPARE(HeapRenderer::gapText(kGap), QStringLiteral("… 1 TiB …"));
}

void TestSparseView::stripLabelsRegionStartsOnly()
{
    // One bar: the second region starts inside it, where the offsets of the
    // top ruler would count from the first region's start. None are drawn.
    showView(HeapLayout::Mode::Strip);
    const HeapLayout &l = m_view->layoutState();
    QVERIFY(HeapRenderer::regionStartsInsideRow(l));
    TextDevice device(m_view->size());
    {
        QPainter painter(&device);
        HeapRenderer renderer(m_model->heap(), m_view->heapPalette(), m_view->font(), {});
        renderer.renderAll(painter, l);
    }
    bool breakLabel = false;
    for (const auto &[text, p] : std::as_const(device.engine.texts)) {
        QVERIFY2(!text.startsWith(QLatin1Char('+')), qPrintable(text));
        breakLabel = breakLabel || text == HeapRenderer::gapText(kGap);
    }
    QVERIFY(breakLabel);
}

void TestSparseView::breakIsNoBlock()
{
    showView(HeapLayout::Mode::Rows);
    QSignalSpy freed(m_view, &HeapView::freeRequested);
    QSignalSpy allocate(m_view, &HeapView::allocateRequested);
    QSignalSpy selected(m_view, &HeapView::selectionChanged);
    QSignalSpy menu(m_view, &HeapView::contextMenuRequested);
    const HeapLayout &l = m_view->layoutState();
    const QRectF brk = l.layoutRectsOf(theBreak().layoutStart, theBreak().layoutEnd()).front();
    QTest::mouseClick(m_view, Qt::LeftButton, {}, brk.center().toPoint());
    QCOMPARE(freed.count(), 0);
    QCOMPARE(allocate.count(), 0);
    QCOMPARE(selected.count(), 0);
    QContextMenuEvent context(QContextMenuEvent::Mouse, brk.center().toPoint(),
                              m_view->mapToGlobal(brk.center().toPoint()));
    QApplication::sendEvent(m_view, &context);
    QCOMPARE(menu.count(), 1);
    QVERIFY(!menu.front().at(1).value<std::optional<Addr>>());
    // A block in the second region is clicked as any other.
    const QRectF c = l.rectsOf({ m_c, 1 }).front();
    QTest::mouseClick(m_view, Qt::LeftButton, {}, QPoint(int(c.left()) + 3, int(c.center().y())));
    QCOMPARE(freed.count(), 1);
    QCOMPARE(freed.front().at(0).value<Addr>(), m_c);
    // The keyboard steps over the gap: from d's neighbour to c and back.
    m_view->selectBlock(m_c);
    QTest::keyClick(m_view, Qt::Key_Left);
    QVERIFY(m_view->selectedBlock());
    QVERIFY(*m_view->selectedBlock() < kGapSpan.start);
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(m_view->selectedBlock(), std::optional<Addr>(m_c));
}

void TestSparseView::breakTooltipSaysWhatItIs()
{
    showView(HeapLayout::Mode::Rows);
    const HeapLayout &l = m_view->layoutState();
    const QPoint at
        = l.layoutRectsOf(theBreak().layoutStart, theBreak().layoutEnd()).front().center().toPoint();
    QHelpEvent help(QEvent::ToolTip, at, m_view->mapToGlobal(at));
    QApplication::sendEvent(m_view, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    QVERIFY2(text.contains(NumberFormat::address(double(kGapSpan.start))), qPrintable(text));
    QVERIFY(text.contains(NumberFormat::address(double(kGapSpan.end()))));
    QVERIFY(text.contains(NumberFormat::roughSize(kGap)));
    QVERIFY(text.contains(QStringLiteral("never used")));
    QVERIFY(!text.contains(QStringLiteral("Click to free")));
    QToolTip::hideText();
}

void TestSparseView::gapIsNotInTheBlockTable()
{
    BlockTableModel table(m_model);
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // a, b, d, the free rest of region 1; c, the free rest of region 2.
    QCOMPARE(table.rowCount(), 6);
    QCOMPARE(table.rowOf(kGapSpan.start), -1);
    QVERIFY(table.rowOf(m_c) >= 0);
    for (int row = 0; row < table.rowCount(); ++row)
        QVERIFY(table.index(row, BlockTableModel::Size).data().toString() != NumberFormat::size(kGap));
    // Steps keep it out, and so does a reset.
    m_model->freeBlock(m_b);
    QCOMPARE(table.rowCount(), 6);
    QCOMPARE(table.rowOf(kGapSpan.start), -1);
    m_model->allocate(100);
    HeapSettings s = m_model->heap().settings();
    m_model->reset(2 * kRegion + kGap, Policy::FirstFit, s);
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(table.rowOf(kGapSpan.start), -1);
}

void TestSparseView::zoomIntoTheSecondRegion()
{
    showView(HeapLayout::Mode::Rows);
    const QRectF before = m_view->layoutState().rectsOf({ m_c, 1 }).front();
    const auto widthOf = [this](Span span) {
        double w = 0;
        for (const QRectF &r : m_view->layoutState().rectsOf(span))
            w += r.width();
        return w;
    };
    const double wideBefore = widthOf({ m_c, 4096 });
    const QPointF at(before.left() + 2, before.center().y());
    QWheelEvent wheel(at, m_view->mapToGlobal(at), {}, { 0, 120 * 3 }, Qt::NoButton, {}, Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(m_view, &wheel);
    const HeapLayout &l = m_view->layoutState();
    QVERIFY(m_view->zoomFactor() > 4);
    QVERIFY(widthOf({ m_c, 4096 }) > 4 * wideBefore);
    // The byte under the pointer stayed there: the second region's start.
    const std::optional<Addr> under = m_view->addressAt(at);
    QVERIFY(under);
    QVERIFY2(*under >= m_c && *under < m_c + 4096, qPrintable(NumberFormat::address(double(*under))));
    // Scrolling back to the start shows the first region, at its place.
    m_view->scrollTo(double(kBase));
    QCOMPARE(m_view->addressAt(l.content.topLeft() + QPointF(0.1, 0.1)), std::optional<Addr>(kBase));
}

void TestSparseView::overviewAndScrollBarUseLayoutBytes()
{
    auto *pane = new HeapPane(m_model);
    pane->resize(1280, 720);
    pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(pane));
    HeapView *view = pane->view();
    view->zoomIn();
    view->zoomIn();
    const HeapLayout &l = view->layoutState();
    QCOMPARE(pane->overview()->addressMap(), l.map);
    QVERIFY(!pane->scrollBar()->isHidden());
    // The scroll bar's range is the layout's bytes, not a terabyte.
    QVERIFY(pane->scrollBar()->maximum() * pane->scrollUnit() < double(l.heapSize));
    QCOMPARE(pane->scrollUnit(), 1.0);
    // A click on the overview where the second region is brings it in view.
    const double x = pane->overview()->xOf(l.map.toLayout(double(m_c) + 100));
    QTest::mouseClick(pane->overview(), Qt::LeftButton, {}, QPoint(int(x), pane->overview()->height() / 2));
    QVERIFY(!l.rectsOf({ m_c, 1024 }).isEmpty());
    pane->scrollBar()->setValue(0);
    QCOMPARE(l.viewStart, double(kBase));
    // The overview's frame is around the first region then, not the second.
    QVERIFY(pane->overview()->visibleRect().right()
                < pane->overview()->xOf(l.map.breaks().front().layoutEnd()) + 1
            || view->zoomFactor() < 1.5);
    delete pane;
}

void TestSparseView::exportShowsTheBreak()
{
    // A picture of the heap (File > Export) collapses the gap as the view does.
    const HeapPalette &palette = HeapPalette::byId(QStringLiteral("light"));
    const HeapExport picture(m_model->heap(), palette, {});
    const HeapLayout l = picture.layout();
    QCOMPARE(l.map.breaks().size(), std::size_t(1));
    const QImage image = picture.toImage();
    for (const Addr start : { m_a, m_c }) {
        const QList<QRectF> rects = l.rectsOf({ start, 1024 });
        QVERIFY(!rects.isEmpty());
        const QPointF p = rects.front().center() + QPointF(0, rects.front().height() / 4);
        QCOMPARE(image.pixelColor((p * picture.scale()).toPoint()), palette.usedColor(block(start).tag));
    }
}

void TestSparseView::aRecordingLikeHeap_data()
{
    QTest::addColumn<HeapLayout::Mode>("mode");
    QTest::addColumn<QSize>("size");
    for (const QSize size : { QSize(1280, 720), QSize(1920, 1080) }) {
        const QByteArray name = QByteArray::number(size.width()) + 'x' + QByteArray::number(size.height());
        QTest::newRow("rows " + name) << HeapLayout::Mode::Rows << size;
        QTest::newRow("strip " + name) << HeapLayout::Mode::Strip << size;
    }
}

void TestSparseView::aRecordingLikeHeap()
{
    // As a recording's address space looks (core/recordedspace.h): the main
    // heap, a thread's arena 40 TiB further, mmapped chunks near the top.
    QFETCH(HeapLayout::Mode, mode);
    QFETCH(QSize, size);
    const Addr arena = 0x7fffe8000000;
    const Addr mmapped = 0x7ffff7c00000;
    HeapSettings s;
    s.base = kBase;
    s.gaps = { { kBase + 300 * 1024, arena - kBase - 300 * 1024 },
               { arena + 256 * 1024, mmapped - arena - 256 * 1024 } };
    HeapModel model;
    QVERIFY(model.reset(mmapped + 1152 * 1024 - kBase, Policy::FirstFit, s));
    // Small blocks fill the main heap, with holes; larger ones do not fit
    // there and go to the arena, the largest to the mmapped region.
    std::vector<Addr> small;
    for (int i = 0; i < 560; ++i)
        small.push_back(model.allocate(Size(64 + (i * 37) % 900), QStringLiteral("s%1").arg(i)).ptr);
    for (std::size_t i = 0; i < small.size(); i += 3)
        model.freeBlock(small[i]);
    const Addr big1 = model.allocate(64 * 1024, QStringLiteral("t1")).ptr;
    const Addr big2 = model.allocate(100 * 1024, QStringLiteral("t2")).ptr;
    const Addr huge1 = model.allocate(400 * 1024, QStringLiteral("m1")).ptr;
    const Addr huge2 = model.allocate(512 * 1024, QStringLiteral("m2")).ptr;
    QVERIFY(big1 >= arena && big1 < arena + 256 * 1024);
    QVERIFY(big2 >= arena && big2 < arena + 256 * 1024);
    QVERIFY(huge1 >= mmapped && huge2 >= mmapped);

    HeapPane pane(&model);
    pane.view()->setAnimationsEnabled(false);
    pane.view()->setLayoutMode(mode);
    pane.resize(size);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const HeapLayout &l = pane.view()->layoutState();
    QCOMPARE(l.map.breaks().size(), std::size_t(2));
    // Every region in view at once, each block where its address says.
    for (const Addr a : { small[1], big1, big2, huge1, huge2 }) {
        const QList<QRectF> rects = l.rectsOf({ a, 1 });
        QVERIFY2(!rects.isEmpty(), qPrintable(NumberFormat::address(double(a))));
        QCOMPARE(pane.view()->addressAt(rects.front().center()), std::optional<Addr>(a));
    }
    if (qEnvironmentVariableIsSet("SPARSE_PNG"))
        pane.grab().save(qEnvironmentVariable("SPARSE_PNG") + QString::fromLatin1(QTest::currentDataTag())
                         + QStringLiteral(".png"));
    // Zoomed in on the arena, the overview shows where.
    pane.view()->showRange(l.map.toLayout(double(arena)), l.map.toLayout(double(arena + 256 * 1024)));
    QVERIFY(!l.rectsOf({ big1, 1 }).isEmpty());
    QVERIFY(l.rectsOf({ small[1], 1 }).isEmpty());
    if (qEnvironmentVariableIsSet("SPARSE_PNG"))
        pane.grab().save(qEnvironmentVariable("SPARSE_PNG") + QString::fromLatin1(QTest::currentDataTag())
                         + QStringLiteral(" zoomed.png"));
}

QTEST_MAIN(TestSparseView)
#include "tst_sparseview.moc"
