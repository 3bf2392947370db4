// SPDX-License-Identifier: MIT
// HeapOverview: the density of use per column, the visible part framed at
// the right place, clicks and the wheel become requests, and the density
// picture is rebuilt once per change of the heap, never per paint.
#include "heapmodel.h"
#include "heapoverview.h"
#include "heappane.h"
#include "heapview.h"
#include "trace.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace heapboard;

class TestHeapOverview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void densityShowsUsedAndFree();
    void marksTheVisiblePartAfterZoomAndScroll();
    void followsThePalette();
    void clickAndDragRequestTheAddressUnderThePointer();
    void pressOnTheFrameKeepsTheGrab();
    void wheelRequestsScrolling();
    void rebuildsOncePerChangeNotPerPaint();
    void partlyCoveredPixelsAreThePalettesMix();
    void stepsDrawWhatAWalkDraws();

private:
    // The x of the frame's left and right vertical edges on the middle row.
    static std::pair<int, int> frameEdges(const QImage &image, const QColor &frame);
    HeapModel *m_model = nullptr;
    HeapOverview *m_overview = nullptr;
};

void TestHeapOverview::init()
{
    m_model = new HeapModel;
    m_model->reset(4096, Policy::FirstFit);
    m_model->allocate(2048); // the first half in use, the second free
    m_overview = new HeapOverview(m_model);
    m_overview->resize(403, 30);
    m_overview->setVisibleRange(0, 4096);
}

void TestHeapOverview::cleanup()
{
    delete m_overview;
    delete m_model;
}

std::pair<int, int> TestHeapOverview::frameEdges(const QImage &image, const QColor &frame)
{
    int left = -1;
    int right = -1;
    const int y = image.height() / 2;
    for (int x = 0; x < image.width(); ++x) {
        if (image.pixelColor(x, y) == frame) {
            if (left < 0)
                left = x;
            right = x;
        }
    }
    return { left, right };
}

void TestHeapOverview::densityShowsUsedAndFree()
{
    const QImage image = m_overview->grab().toImage();
    const HeapPalette &palette = m_overview->heapPalette();
    // A used column is the used color from top to bottom, a free one free.
    for (const int y : { 5, 15, 25 }) {
        QCOMPARE(image.pixelColor(int(image.width() * 0.25), y), palette.unnamed);
        QCOMPARE(image.pixelColor(int(image.width() * 0.75), y), palette.freeFill);
    }
    // 16 bytes a column (the strip is 397 pixels wide): a block of 8
    // after 100 full columns is a bar half as high, from the bottom.
    m_model->reset(397 * 16, Policy::FirstFit);
    m_model->allocate(100 * 16);
    m_model->allocate(8);
    m_overview->setVisibleRange(0, 397 * 16);
    const QImage mixed = m_overview->grab().toImage();
    const int strip = mixed.height() - 6;
    const auto usedRows = [&](int column) {
        int rows = 0;
        for (int y = 3; y < mixed.height() - 3; ++y)
            rows += mixed.pixelColor(3 + column, y) == palette.unnamed;
        return rows;
    };
    QCOMPARE(usedRows(99), strip);
    QCOMPARE(usedRows(100), strip / 2);
    QCOMPARE(usedRows(101), 0);
    QCOMPARE(mixed.pixelColor(3 + 100, mixed.height() - 4), palette.unnamed);
    QCOMPARE(mixed.pixelColor(3 + 100, 3), palette.freeFill);
}

void TestHeapOverview::marksTheVisiblePartAfterZoomAndScroll()
{
    HeapPane pane(m_model);
    pane.view()->setAnimationsEnabled(false);
    pane.resize(900, 520);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.view()->zoomIn();
    pane.view()->zoomIn();
    pane.view()->zoomIn();
    pane.view()->scrollTo(2560);
    const HeapLayout &layout = pane.view()->layoutState();
    QVERIFY(layout.visibleBytes() < 4096);
    QCOMPARE(layout.viewStart, 2560.0);
    HeapOverview *overview = pane.overview();
    const QImage image = overview->grab().toImage();
    const HeapPalette &palette = overview->heapPalette();
    const auto [left, right] = frameEdges(image, palette.selection);
    QVERIFY(left >= 0);
    // Where the address is along the whole width, within the frame's pen.
    const double w = overview->width();
    QVERIFY2(std::abs(left - w * 2560 / 4096) <= 5, qPrintable(QString::number(left)));
    QVERIFY2(std::abs(right - w * layout.viewEnd() / 4096) <= 5, qPrintable(QString::number(right)));
    // Inside the frame undimmed free space, outside dimmed.
    const int y = image.height() / 2;
    QCOMPARE(image.pixelColor((left + right) / 2, y), palette.freeFill);
    QVERIFY(right < w - 20);
    QVERIFY(image.pixelColor((right + int(w)) / 2, y) != palette.freeFill); // dimmed free
    QVERIFY(image.pixelColor(int(w * 0.25), y) != palette.unnamed); // dimmed used
}

void TestHeapOverview::followsThePalette()
{
    const HeapPalette &dark = HeapPalette::byId(QStringLiteral("dark"));
    QVERIFY(dark.freeFill != m_overview->heapPalette().freeFill);
    m_overview->setHeapPalette(dark);
    const QImage image = m_overview->grab().toImage();
    QCOMPARE(image.pixelColor(int(image.width() * 0.75), 15), dark.freeFill);
    QCOMPARE(image.pixelColor(int(image.width() * 0.25), 15), dark.unnamed);
    QCOMPARE(image.pixelColor(0, 0), dark.background);
}

void TestHeapOverview::clickAndDragRequestTheAddressUnderThePointer()
{
    m_overview->setVisibleRange(0, 512);
    QSignalSpy spy(m_overview, &HeapOverview::centerRequested);
    const int y = m_overview->height() / 2;
    QTest::mousePress(m_overview, Qt::LeftButton, {}, QPoint(300, y));
    QCOMPARE(spy.size(), 1);
    QVERIFY(std::abs(spy.at(0).at(0).toDouble() - 4096.0 * 297 / 397) < 12);
    // Every move while held asks again, further along.
    double last = spy.at(0).at(0).toDouble();
    for (int x = 280; x >= 100; x -= 30) {
        QTest::mouseMove(m_overview, QPoint(x, y));
        QCOMPARE(spy.size(), 1 + (280 - x) / 30 + 1);
        const double a = spy.last().at(0).toDouble();
        QVERIFY(a < last);
        last = a;
    }
    QTest::mouseRelease(m_overview, Qt::LeftButton, {}, QPoint(100, y));
    const qsizetype count = spy.size();
    QTest::mouseMove(m_overview, QPoint(200, y));
    QCOMPARE(spy.size(), count); // released: moving asks nothing
    // Past the ends: clamped to the heap.
    QTest::mousePress(m_overview, Qt::LeftButton, {}, QPoint(m_overview->width() - 1, y));
    QCOMPARE(spy.last().at(0).toDouble(), 4096.0);
    QTest::mouseRelease(m_overview, Qt::LeftButton, {}, QPoint(m_overview->width() - 1, y));
}

void TestHeapOverview::pressOnTheFrameKeepsTheGrab()
{
    m_overview->setVisibleRange(1024, 1024); // centered on 1536
    QSignalSpy spy(m_overview, &HeapOverview::centerRequested);
    const QRectF frame = m_overview->visibleRect();
    const int y = m_overview->height() / 2;
    // Grabbed near its left edge: the frame does not jump to the pointer.
    QTest::mousePress(m_overview, Qt::LeftButton, {}, QPoint(int(frame.left()) + 4, y));
    QVERIFY(std::abs(spy.last().at(0).toDouble() - 1536) < 12);
    QTest::mouseMove(m_overview, QPoint(int(frame.left()) + 4 + 97, y)); // about 1000 bytes on
    QVERIFY(std::abs(spy.last().at(0).toDouble() - 2536) < 24);
    QTest::mouseRelease(m_overview, Qt::LeftButton, {}, QPoint(int(frame.left()) + 101, y));
}

void TestHeapOverview::wheelRequestsScrolling()
{
    QSignalSpy spy(m_overview, &HeapOverview::scrollRequested);
    const QPointF at(100, 10);
    QWheelEvent down(at, m_overview->mapToGlobal(at), {}, QPoint(0, -240), Qt::NoButton, Qt::NoModifier,
                     Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_overview, &down);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toDouble(), -2.0);
}

void TestHeapOverview::rebuildsOncePerChangeNotPerPaint()
{
    // 150k blocks: a walk per paint would show in the counter, not only in time.
    // Loaded as a trace: one load, like opening a file, not 150k edits.
    Trace trace;
    for (int i = 0; i < 150000; ++i) {
        TraceOp op;
        op.id = trace.addId("b" + std::to_string(i));
        op.size = Size(i % 23 + 1);
        trace.ops.push_back(op);
    }
    m_model->loadTrace(trace, Size(1) << 22, Policy::FirstFit);
    QVERIFY(m_model->heap().blockCount() > 150000);
    m_overview->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_overview));
    const int first = m_overview->rebuildCount();
    QVERIFY(first >= 1);
    for (int i = 0; i < 20; ++i) {
        m_overview->setVisibleRange(i * 1000.0, 4096); // the frame moves...
        m_overview->repaint();
    }
    QCOMPARE(m_overview->rebuildCount(), first); // ...the density stays
    // Steps, painted one by one or many between two paints, back and
    // forth: each updates the columns under its blocks, none walks.
    for (int i = 0; i < 50; ++i) {
        m_model->allocate(64);
        if (i % 10 == 0)
            m_overview->repaint();
    }
    const std::size_t end = m_model->position();
    m_model->jumpTo(end - 3);
    m_overview->repaint();
    m_model->jumpTo(end);
    m_overview->repaint();
    QCOMPARE(m_overview->rebuildCount(), first);
    // A long jump (blocksReset) is one rebuild.
    m_model->jumpTo(10);
    m_overview->repaint();
    m_overview->repaint();
    QCOMPARE(m_overview->rebuildCount(), first + 1);
}

void TestHeapOverview::partlyCoveredPixelsAreThePalettesMix()
{
    // Column k (16 bytes) holds k used bytes: a bar 23 * k / 16 pixels
    // high, whose top pixel is part covered and mixes the two colors the
    // way every other blend of the window does (HeapPalette::mix).
    m_model->reset(397 * 16, Policy::FirstFit);
    for (Size k = 1; k < 16; ++k) {
        m_model->allocate(k);
        m_model->allocate(16 - k);
    }
    for (Size k = 1; k < 16; ++k)
        QVERIFY(m_model->freeBlock(Addr((k - 1) * 16 + k)).ok());
    m_overview->resize(403, 29); // a strip 23 pixels high
    m_overview->setVisibleRange(0, 397 * 16);
    const QImage image = m_overview->grab().toImage();
    const HeapPalette &palette = m_overview->heapPalette();
    const int h = 23;
    int partial = 0;
    for (int k = 1; k < 16; ++k) {
        const double bar = double(k) * h / 16;
        const int full = int(bar);
        if (bar == full)
            continue;
        const QColor expected = HeapPalette::mix(palette.freeFill, palette.unnamed, bar - full);
        const QColor actual = image.pixelColor(3 + k - 1, 3 + h - 1 - full);
        QCOMPARE(actual.rgb(), expected.rgb());
        ++partial;
    }
    QVERIFY(partial > 10);
}

void TestHeapOverview::stepsDrawWhatAWalkDraws()
{
    // An odd heap size, so that blocks share columns in uneven parts; random
    // mallocs, frees, reallocs and steps back and forth, painted now and
    // then. The picture kept up step by step is, pixel for pixel, the one a
    // new overview draws from one walk over the blocks.
    const unsigned seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator rng(seed);
    m_model->reset(100003, Policy::NextFit);
    m_overview->resize(403, 29);
    m_overview->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_overview));
    m_overview->repaint();
    const int walks = m_overview->rebuildCount();
    std::vector<Addr> live;
    for (int i = 0; i < 600; ++i) {
        const quint32 what = rng.bounded(10);
        if (what < 2 && m_model->position() > 0) {
            const std::size_t at = m_model->position();
            m_model->jumpTo(at - 1 - rng.bounded(quint32(std::min<std::size_t>(at, 3))));
            m_model->jumpTo(at - rng.bounded(2u));
            live.clear();
            m_model->heap().forEachBlock([&](const BlockInfo &b) {
                if (b.used)
                    live.push_back(b.start);
            });
        } else if (what < 5 && !live.empty()) {
            const auto k = rng.bounded(quint32(live.size()));
            m_model->freeBlock(live[k]);
            live.erase(live.begin() + k);
        } else if (what < 6 && !live.empty()) {
            const auto k = rng.bounded(quint32(live.size()));
            if (const OpResult r = m_model->reallocBlock(live[k], 1 + rng.bounded(3000)); r.ok())
                live[k] = r.ptr;
        } else if (const OpResult r = m_model->allocate(1 + rng.bounded(3000)); r.ok()) {
            live.push_back(r.ptr);
        }
        if (rng.bounded(4) == 0)
            m_overview->repaint();
        if (i % 100 == 99) {
            HeapOverview fresh(m_model);
            fresh.resize(m_overview->size());
            fresh.setVisibleRange(m_overview->visibleStart(), m_overview->visibleBytes());
            QCOMPARE(m_overview->grab().toImage(), fresh.grab().toImage());
        }
    }
    QCOMPARE(m_overview->rebuildCount(), walks);
}

QTEST_MAIN(TestHeapOverview)
#include "tst_heapoverview.moc"
