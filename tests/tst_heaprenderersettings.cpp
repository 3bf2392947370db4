// SPDX-License-Identifier: MIT
// HeapRenderer and HeapLayout with the allocator's settings
// (docs/settings.md), in pixels: a used block's header is a darker, lined
// band ended by a divider (not color alone), its slack a cross-hatch at its
// end; two free blocks that touch without merging are parted by a gap of
// the background; a heap at base 1000 is laid out, hit and drawn from 1000.
#include "heaplayout.h"
#include "heapmodel.h"
#include "heaprenderer.h"

#include <QPainter>
#include <QTest>

using namespace heapboard;

class TestHeapRendererSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void headerIsABandWithADivider();
    void slackIsHatched();
    void touchingFreeBlocksHaveASeam_data();
    void touchingFreeBlocksHaveASeam();
    void baseAddressLaysOutFromTheBase();
    void growingHeapDrawsTheBreak();

private:
    // One row of the whole heap at `pixelsPerByte`, 40 pixels high.
    HeapLayout oneRow(double pixelsPerByte) const;
    QImage render(const HeapLayout &layout) const;
    // Pixels of column x (inside the row's band) equal to color.
    int countDown(const QImage &image, const HeapLayout &layout, int x, const QColor &color) const;

    HeapModel *m_model = nullptr;
    QFont m_font;
    const HeapPalette &m_palette = HeapPalette::byId(QStringLiteral("light"));
};

void TestHeapRendererSettings::init()
{
    m_model = new HeapModel;
    m_font.setPixelSize(14);
}

void TestHeapRendererSettings::cleanup()
{
    delete m_model;
}

HeapLayout TestHeapRendererSettings::oneRow(double pixelsPerByte) const
{
    const Heap &heap = m_model->heap();
    HeapLayout layout;
    layout.heapSize = heap.extent();
    layout.base = heap.base();
    layout.content = QRectF(80, 40, double(heap.extent()) * pixelsPerByte, 40);
    layout.maxRows = 1;
    layout.maxRowHeight = 40;
    layout.fitBytes = double(heap.extent());
    layout.viewStart = double(heap.base());
    layout.setRowBytes(double(heap.extent()));
    layout.clamp();
    return layout;
}

QImage TestHeapRendererSettings::render(const HeapLayout &layout) const
{
    QImage image(int(layout.content.right()) + 40, 120, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const HeapRenderer renderer(m_model->heap(), m_palette, m_font,
                                [this](quint32 tag) { return m_model->labelFor(tag); });
    renderer.renderAll(painter, layout);
    if (qEnvironmentVariableIsSet("HEAPBOARD_SAVE")) // to look at: HEAPBOARD_SAVE=dir
        image.save(qEnvironmentVariable("HEAPBOARD_SAVE") + QLatin1Char('/')
                   + QLatin1String(QTest::currentTestFunction()) + QLatin1Char('_')
                   + QLatin1String(QTest::currentDataTag()) + QStringLiteral(".png"));
    return image;
}

int TestHeapRendererSettings::countDown(const QImage &image, const HeapLayout &layout, int x,
                                        const QColor &color) const
{
    int n = 0;
    for (int y = int(layout.content.top()) + 6; y < int(layout.content.bottom()) - 6; ++y)
        n += image.pixel(x, y) == color.rgb();
    return n;
}

void TestHeapRendererSettings::headerIsABandWithADivider()
{
    // malloc(100) with a 16-byte header and 16-byte alignment: a block of
    // 16 + 112 bytes at 0, the pointer at 16; at 2 pixels a byte the header
    // is the first 32 pixels.
    HeapSettings settings;
    settings.header = 16;
    settings.alignment = 16;
    QVERIFY(m_model->reset(400, Policy::FirstFit, settings));
    QVERIFY(m_model->allocate(100).ok());
    BlockInfo b;
    QVERIFY(m_model->heap().blockAt(0, b));
    QCOMPARE(b.size, Size(128));
    const HeapLayout layout = oneRow(2);
    const QImage image = render(layout);
    const QColor fill = m_palette.usedColor(b.tag);
    const int left = int(layout.content.left());
    const HeapRenderer renderer(m_model->heap(), m_palette, m_font, {});
    const QColor band = renderer.headerFill(fill);
    // The band: no plain fill, its own shade, and lines running across it
    // (a pattern, so it reads without color).
    int dark = 0, lined = 0;
    for (int x = left + 3; x < left + 29; ++x) {
        QCOMPARE(countDown(image, layout, x, fill), 0);
        dark += countDown(image, layout, x, band);
        lined += countDown(image, layout, x, renderer.headerLines(fill));
    }
    QVERIFY(dark > 100);
    QVERIFY(lined > 50);
    // The divider where the pointer points, then the payload's plain fill.
    const int divider = left + 32;
    int dividerPixels = 0;
    for (int x = divider; x <= divider + 2; ++x)
        dividerPixels = std::max(dividerPixels, countDown(image, layout, x, m_palette.usedOutline));
    QCOMPARE(dividerPixels, int(layout.content.height()) - 12);
    QCOMPARE(countDown(image, layout, divider + 4, band), 0);
    QVERIFY(countDown(image, layout, divider + 4, fill) > 20);

    // Without a header the block's front is the plain fill.
    QVERIFY(m_model->reset(400, Policy::FirstFit));
    QVERIFY(m_model->allocate(100).ok());
    const QImage plain = render(oneRow(2));
    QCOMPARE(countDown(plain, layout, left + 3, band), 0);
    QVERIFY(countDown(plain, layout, left + 3, fill) > 20);
}

void TestHeapRendererSettings::slackIsHatched()
{
    // malloc(100) with alignment 64: a block of 128 bytes, 28 of them
    // slack, its last 56 pixels at 2 pixels a byte.
    HeapSettings settings;
    settings.alignment = 64;
    QVERIFY(m_model->reset(400, Policy::FirstFit, settings));
    QVERIFY(m_model->allocate(100).ok());
    BlockInfo b;
    QVERIFY(m_model->heap().blockAt(0, b));
    QCOMPARE(b.slack, 28u);
    const HeapLayout layout = oneRow(2);
    const QImage image = render(layout);
    const QColor fill = m_palette.usedColor(b.tag);
    const int left = int(layout.content.left());
    const auto notFill = [&](int from, int to) {
        int n = 0;
        for (int x = from; x < to; ++x)
            n += countDown(image, layout, x, fill) < int(layout.content.height()) - 12;
        return n;
    };
    // Every column of the slack has hatch pixels; the payload's end before
    // it (past the label) is plain.
    QCOMPARE(notFill(left + 202, left + 252), 50);
    QCOMPARE(notFill(left + 150, left + 196), 0);
}

void TestHeapRendererSettings::touchingFreeBlocksHaveASeam_data()
{
    QTest::addColumn<int>("coalescing");
    QTest::addColumn<bool>("seam");
    QTest::newRow("neighbours") << int(Coalescing::Neighbours) << false;
    QTest::newRow("none") << int(Coalescing::None) << true;
    QTest::newRow("deferred") << int(Coalescing::Deferred) << true;
}

void TestHeapRendererSettings::touchingFreeBlocksHaveASeam()
{
    QFETCH(int, coalescing);
    QFETCH(bool, seam);
    HeapSettings settings;
    settings.coalescing = Coalescing(coalescing);
    QVERIFY(m_model->reset(400, Policy::FirstFit, settings));
    QVERIFY(m_model->allocate(100).ok());
    QVERIFY(m_model->allocate(100).ok());
    QVERIFY(m_model->freeBlock(0).ok());
    QVERIFY(m_model->freeBlock(100).ok());
    BlockInfo b;
    QVERIFY(m_model->heap().blockAt(100, b));
    QCOMPARE(b.start == 100, seam); // merged into one block from 0 otherwise
    const HeapLayout layout = oneRow(1);
    const QImage image = render(layout);
    // Where 0..100 meets 100..200: a column of the background between two
    // solid lines, or the hatch running on.
    const int x = int(layout.content.left()) + 100;
    const int rowPixels = int(layout.content.height()) - 12;
    int gap = rowPixels;
    for (int dx = -2; dx <= 1; ++dx)
        gap = std::min(gap, countDown(image, layout, x + dx, m_palette.background));
    QCOMPARE(gap == rowPixels, seam);
    QCOMPARE(gap, seam ? rowPixels : 0);
    if (seam) {
        QCOMPARE(countDown(image, layout, x - 3, m_palette.freeOutline), rowPixels);
        QCOMPARE(countDown(image, layout, x + 2, m_palette.freeOutline), rowPixels);
    }
}

void TestHeapRendererSettings::baseAddressLaysOutFromTheBase()
{
    HeapSettings settings;
    settings.base = 1000;
    QVERIFY(m_model->reset(400, Policy::FirstFit, settings));
    QVERIFY(m_model->allocate(100).ok());
    HeapLayout layout = oneRow(1);
    QCOMPARE(layout.viewStart, 1000.0);
    const double y = layout.content.center().y();
    QCOMPARE(layout.addressAt({ layout.content.left() + 0.5, y }), std::optional<Addr>(1000));
    QCOMPARE(layout.addressAt({ layout.content.left() + 150.5, y }), std::optional<Addr>(1150));
    const QList<QRectF> rects = layout.rectsOf({ 1000, 100 });
    QCOMPARE(rects.size(), 1);
    QCOMPARE(rects.front().left(), layout.content.left());
    QCOMPARE(rects.front().width(), 100.0);
    // The block at 1000 is drawn at the row's start, the free rest after.
    const QImage image = render(layout);
    BlockInfo b;
    QVERIFY(m_model->heap().blockAt(1000, b));
    QVERIFY(countDown(image, layout, int(layout.content.left()) + 90, m_palette.usedColor(b.tag)) > 20);
    QCOMPARE(countDown(image, layout, int(layout.content.left()) + 250, m_palette.usedColor(b.tag)), 0);
    // The view cannot leave [base, base + size): zoomed in, then scrolled
    // before the base and past the end.
    layout.setRowBytes(100);
    layout.viewStart = 0;
    layout.clamp();
    QCOMPARE(layout.viewStart, 1000.0);
    layout.viewStart = 5000;
    layout.clamp();
    QCOMPARE(layout.viewEnd(), 1400.0);
    layout.fit();
    QCOMPARE(layout.viewStart, 1000.0);
}

void TestHeapRendererSettings::growingHeapDrawsTheBreak()
{
    // A heap of 100 bytes that grows by 50 up to 400, at 1 pixel a byte:
    // the view spans all 400; past the break the space is dotted, the
    // break a solid bar in the text color.
    HeapSettings settings;
    settings.growStep = 50;
    settings.growMax = 400;
    QVERIFY(m_model->reset(100, Policy::FirstFit, settings));
    const HeapLayout layout = oneRow(1);
    QCOMPARE(layout.content.width(), 400.0);
    const int left = int(layout.content.left());
    const int rowPixels = int(layout.content.height()) - 12;
    const QColor dots = HeapPalette::mix(m_palette.background, m_palette.rulerText, 0.45);
    const auto check = [&](int brk) {
        const QImage image = render(layout);
        QCOMPARE(countDown(image, layout, left + brk, m_palette.text), rowPixels);
        for (const int x : { brk + 20, brk + 90, 380 }) {
            int dotted = 0; // a sparse pattern: some columns have none
            for (int dx = 0; dx < 4; ++dx)
                dotted += countDown(image, layout, left + x + dx, dots);
            QVERIFY2(dotted > 3 && dotted < 2 * rowPixels, qPrintable(QString::number(x)));
        }
        QCOMPARE(countDown(image, layout, left + brk - 20, dots), 0);
    };
    check(100);
    // malloc(150): nothing fits; the heap grows by 150 and the new space
    // merges with the free 100 below it.
    const OpResult r = m_model->allocate(150);
    QVERIFY(r.ok());
    QCOMPARE(r.ptr, Addr(0));
    QCOMPARE(m_model->heap().heapSize(), Size(250));
    check(250);
    // Back one step: the break is where it was.
    QVERIFY(m_model->jumpTo(0));
    QCOMPARE(m_model->heap().heapSize(), Size(100));
    check(100);
}

QTEST_MAIN(TestHeapRendererSettings)
#include "tst_heaprenderersettings.moc"
