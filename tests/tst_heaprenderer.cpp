// SPDX-License-Identifier: MIT
// HeapRenderer and HeapLayout, in pixels: a block cut by row breaks has one
// label and one outline open at the breaks (a merged free block is one
// dashed outline whose dashes run on across the break); the Strip layout
// draws blocks in proportion with their labels outside the bar; a fit cuts
// lesson heaps into few pieces; the ruler's last label stays inside.
#include "heaplayout.h"
#include "heapmodel.h"
#include "heaprenderer.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QTest>

using namespace heapboard;

class TestHeapRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void multiRowBlockHasOneLabel();
    void outlineIsOpenAtRowBreaks();
    void mergedFreeBlockIsOneDashedOutline();
    void numbersAreDroppedNotElided();
    void stripIsProportionalWithLabelsOutside();
    void fitCutsLessonHeapsIntoFewPieces_data();
    void fitCutsLessonHeapsIntoFewPieces();
    void fitPrefersTheRowLengthThatCutsLeast();
    void lastRulerLabelIsInside();

private:
    // Rows of 400 bytes at one pixel a byte: a (98 bytes) at 0, b (1002
    // bytes) at 98 over three rows (302, 400 and 300 pixels), 100 free.
    HeapLayout rowsLayout() const;
    QImage render(const HeapLayout &layout, QSize size = { 560, 260 }) const;
    int textPixels(const QImage &image, const QRectF &piece, const QColor &fill) const;

    HeapModel *m_model = nullptr;
    QFont m_font;
    const HeapPalette &m_palette = HeapPalette::byId(QStringLiteral("light"));
};

void TestHeapRenderer::init()
{
    m_model = new HeapModel;
    m_model->reset(1200, Policy::FirstFit);
    m_model->allocate(98);
    m_model->allocate(1002);
    m_font.setPixelSize(16);
}

void TestHeapRenderer::cleanup()
{
    delete m_model;
}

HeapLayout TestHeapRenderer::rowsLayout() const
{
    HeapLayout layout;
    layout.heapSize = m_model->heap().heapSize();
    layout.content = QRectF(80, 40, 400, 180);
    layout.maxRows = 3;
    layout.maxRowHeight = 60;
    layout.fitBytes = 400;
    layout.setRowBytes(400);
    layout.clamp();
    return layout;
}

QImage TestHeapRenderer::render(const HeapLayout &layout, QSize size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const HeapRenderer renderer(m_model->heap(), m_palette, m_font,
                                [this](quint32 tag) { return m_model->labelFor(tag); });
    renderer.renderAll(painter, layout);
    return image;
}

int TestHeapRenderer::textPixels(const QImage &image, const QRectF &piece, const QColor &fill) const
{
    // Text is drawn in textOn(fill); outline, hatch and fill are far from it.
    const QColor ink = m_palette.textOn(fill);
    int n = 0;
    const QRect inside = piece.toAlignedRect().adjusted(4, 5, -4, -5);
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - ink.red()) + std::abs(c.green() - ink.green())
                    + std::abs(c.blue() - ink.blue())
                < 120;
        }
    }
    return n;
}

void TestHeapRenderer::multiRowBlockHasOneLabel()
{
    const HeapLayout layout = rowsLayout();
    QCOMPARE(layout.rows, 3);
    const QImage image = render(layout);
    BlockInfo b;
    QVERIFY(m_model->heap().blockAt(98, b));
    const QList<QRectF> pieces = layout.rectsOf({ b.start, b.size });
    QCOMPARE(pieces.size(), 3);
    const QColor fill = m_palette.usedColor(b.tag);
    // Text only on the widest piece, the middle row.
    QCOMPARE(textPixels(image, pieces[0], fill), 0);
    QVERIFY(textPixels(image, pieces[1], fill) > 20);
    QCOMPARE(textPixels(image, pieces[2], fill), 0);
    // The block that fits one row keeps its own label.
    BlockInfo a;
    QVERIFY(m_model->heap().blockAt(0, a));
    QVERIFY(textPixels(image, layout.rectsOf({ a.start, a.size }).front(), m_palette.usedColor(a.tag)) > 0);
}

void TestHeapRenderer::outlineIsOpenAtRowBreaks()
{
    const HeapLayout layout = rowsLayout();
    const QImage image = render(layout);
    BlockInfo b;
    QVERIFY(m_model->heap().blockAt(98, b));
    const QList<QRectF> pieces = layout.rectsOf({ b.start, b.size });
    const QColor fill = m_palette.usedColor(b.tag);
    const auto column = [&](const QRectF &piece, int x) {
        QList<QColor> colors;
        for (int y = int(piece.top()) + 6; y < int(piece.bottom()) - 6; ++y)
            colors << image.pixelColor(x, y);
        return colors;
    };
    const auto hasOutline
        = [&](const QRectF &piece, int x) { return column(piece, x).contains(m_palette.usedOutline); };
    // Closed where the block starts and ends.
    QVERIFY(hasOutline(pieces[0], int(pieces[0].left())) || hasOutline(pieces[0], int(pieces[0].left()) + 1));
    QVERIFY(hasOutline(pieces[2], int(pieces[2].right()) - 1)
            || hasOutline(pieces[2], int(pieces[2].right())));
    // Open at the row breaks: the fill runs to the row's end and start.
    const int rowEnd = int(layout.content.right());
    QVERIFY(column(pieces[0], rowEnd - 1).count(fill) > 0);
    for (int x : { rowEnd - 1, rowEnd })
        QVERIFY2(!hasOutline(pieces[0], x), qPrintable(QString::number(x)));
    for (int i : { 1, 2 }) {
        for (int x :
             { int(layout.content.left()) - 1, int(layout.content.left()), int(layout.content.left()) + 1 })
            QVERIFY2(!hasOutline(pieces[i], x), qPrintable(QString::number(i)));
        QVERIFY(column(pieces[i], int(layout.content.left())).count(fill) > 0);
    }
    QVERIFY(!hasOutline(pieces[1], rowEnd - 1) && !hasOutline(pieces[1], rowEnd));
    // Top and bottom edges are there on every piece.
    for (const QRectF &piece : pieces) {
        const int x = int(piece.center().x());
        QVERIFY(image.pixelColor(x, int(piece.top()) + 2) == m_palette.usedOutline
                || image.pixelColor(x, int(piece.top()) + 3) == m_palette.usedOutline);
    }
}

void TestHeapRenderer::mergedFreeBlockIsOneDashedOutline()
{
    m_model->freeBlock(98); // merges with the free 100 bytes after it: 98+1102 over three rows
    BlockInfo f;
    QVERIFY(m_model->heap().blockAt(98, f));
    QCOMPARE(f.size, Size(1102));
    const HeapLayout layout = rowsLayout();
    const QImage image = render(layout);
    const QList<QRectF> pieces = layout.rectsOf({ f.start, f.size });
    QCOMPARE(pieces.size(), 3);
    // One label: the widest piece (row 1) only.
    QCOMPARE(textPixels(image, pieces[0], m_palette.freeFill), 0);
    QVERIFY(textPixels(image, pieces[1], m_palette.freeFill) > 20);
    QCOMPARE(textPixels(image, pieces[2], m_palette.freeFill), 0);
    // No edge at the breaks: no outline pixels down the row ends.
    const auto outlineDown = [&](const QRectF &piece, int x) {
        int n = 0;
        for (int y = int(piece.top()) + 6; y < int(piece.bottom()) - 6; ++y)
            n += image.pixelColor(x, y) == m_palette.freeOutline;
        return n;
    };
    QVERIFY(outlineDown(pieces[0], int(pieces[0].left()) + 0)
                + outlineDown(pieces[0], int(pieces[0].left()) + 1)
            > 0);
    QCOMPARE(outlineDown(pieces[0], int(layout.content.right()) - 1), 0);
    QCOMPARE(outlineDown(pieces[1], int(layout.content.left())), 0);
    QCOMPARE(outlineDown(pieces[1], int(layout.content.right()) - 1), 0);
    QCOMPARE(outlineDown(pieces[2], int(layout.content.left())), 0);
    // The top edge is one dashed line wrapped over the rows: read along it
    // across both breaks, no dash or gap is longer than the pattern's
    // (4 on, 2 off), as it would be where the pattern restarted.
    QList<bool> dashes;
    for (const QRectF &piece : pieces) {
        const int y = int(piece.top()) + 2;
        for (int x = int(std::ceil(piece.left())) + 1; x < int(piece.right()) - 1; ++x)
            dashes << (image.pixelColor(x, y) == m_palette.freeOutline);
    }
    QVERIFY(dashes.count(true) > dashes.size() / 2);
    int run = 1;
    int longestOn = 0;
    int longestOff = 0;
    for (qsizetype i = 1; i < dashes.size(); ++i) {
        run = dashes[i] == dashes[i - 1] ? run + 1 : 1;
        (dashes[i] ? longestOn : longestOff) = std::max(dashes[i] ? longestOn : longestOff, run);
    }
    QVERIFY2(longestOn <= 5 && longestOff <= 3,
             qPrintable(QStringLiteral("%1 %2").arg(longestOn).arg(longestOff)));
}

void TestHeapRenderer::numbersAreDroppedNotElided()
{
    // A free block of 36 bytes, 36 pixels: "36 B" does not fit, and "3…"
    // would misread; a used one keeps its elided handle.
    QVERIFY(m_model->reset(1200, Policy::FirstFit));
    m_model->allocate(36);
    m_model->allocate(40, QStringLiteral("longhandle"));
    m_model->freeBlock(0);
    const HeapLayout layout = rowsLayout();
    const QImage image = render(layout);
    QCOMPARE(textPixels(image, layout.rectsOf({ 0, 36 }).front(), m_palette.freeFill), 0);
    BlockInfo b;
    QVERIFY(m_model->heap().blockAt(36, b));
    QVERIFY(textPixels(image, layout.rectsOf({ 36, 40 }).front(), m_palette.usedColor(b.tag)) > 0);
}

void TestHeapRenderer::stripIsProportionalWithLabelsOutside()
{
    // Lesson 3's heap: four blocks of 100, the second and fourth free.
    QVERIFY(m_model->reset(400, Policy::FirstFit));
    for (int i = 0; i < 4; ++i)
        m_model->allocate(100, QString(QLatin1Char(char('a' + i))));
    m_model->freeBlock(100);
    m_model->freeBlock(300);
    HeapLayout layout;
    layout.mode = HeapLayout::Mode::Strip;
    layout.heapSize = 400;
    layout.place(QRectF(80, 40, 800, 400), QFontMetricsF(m_font).height(), 44);
    layout.fit();
    QCOMPARE(layout.rows, 1);
    QCOMPARE(layout.rowBytes(), 400.0);
    const QImage image = render(layout, { 960, 480 });
    const QRectF bar = layout.content;
    QVERIFY(bar.height() >= 44);
    QVERIFY(layout.rowsRect(0, 0).contains(bar));
    int above = 0;
    int below = 0;
    m_model->heap().forEachBlock([&](const BlockInfo &b) {
        const QList<QRectF> r = layout.rectsOf({ b.start, b.size });
        QCOMPARE(r.size(), 1);
        // In proportion: a quarter of the bar each.
        QVERIFY(std::abs(r.front().width() - bar.width() * double(b.size) / 400) < 0.01);
        QCOMPARE(r.front().top(), bar.top());
        // No text inside the bar.
        QCOMPARE(textPixels(image, r.front(), b.used ? m_palette.usedColor(b.tag) : m_palette.freeFill), 0);
        const QRectF up(r.front().left(), bar.top() - 2 * layout.laneHeight, r.front().width(),
                        2 * layout.laneHeight);
        const QRectF down(r.front().left(), bar.bottom(), r.front().width(), 2 * layout.laneHeight);
        above += textPixels(image, up, m_palette.background) > 10;
        below += textPixels(image, down, m_palette.background) > 10;
    });
    // Every block is labelled, alternating above and below.
    QCOMPARE(above, 2);
    QCOMPARE(below, 2);
    // Clicking in the bar finds the block; above and below it nothing.
    QCOMPARE(layout.addressAt(QPointF(bar.left() + bar.width() * 0.6, bar.center().y())),
             std::optional<Addr>(240));
    QVERIFY(!layout.addressAt(QPointF(bar.center().x(), bar.top() - 4)).has_value());
}

void TestHeapRenderer::fitCutsLessonHeapsIntoFewPieces_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("height");
    const QDir dir(QStringLiteral(HEAPBOARD_LESSONS));
    for (const QString &name : dir.entryList({ QStringLiteral("0[1-7]*.heap") }, QDir::Files, QDir::Name)) {
        // 1920x1080 and 1280x720 presenting, and a heap pane next to docks.
        for (const QSizeF s : { QSizeF(1700, 700), QSizeF(1100, 420), QSizeF(640, 400) })
            QTest::newRow(qPrintable(QStringLiteral("%1 %2x%3").arg(name).arg(s.width()).arg(s.height())))
                << dir.filePath(name) << s.width() << s.height();
    }
}

void TestHeapRenderer::fitCutsLessonHeapsIntoFewPieces()
{
    QFETCH(QString, lesson);
    QFETCH(double, width);
    QFETCH(double, height);
    QFile file(lesson);
    QVERIFY(file.open(QIODevice::ReadOnly));
    Scenario scenario;
    ParseError error;
    QVERIFY(parseScenario(file.readAll().toStdString(), scenario, error));
    QVERIFY(scenario.heapSize <= 1024);
    HeapLayout layout;
    layout.heapSize = scenario.heapSize;
    layout.place(QRectF(0, 0, width, height), 20, 44);
    layout.fit();
    // A lesson heap fits one row: nothing is cut, and the row is the heap.
    QCOMPARE(layout.rows, 1);
    QCOMPARE(layout.rowBytes(), double(scenario.heapSize));
    QVERIFY(layout.rowHeight() > 100);
    QVERIFY(layout.bytesPerPixel <= HeapLayout::kTargetBytesPerPixel);
}

void TestHeapRenderer::fitPrefersTheRowLengthThatCutsLeast()
{
    // A 3000-byte heap of blocks 0+1000 and 1000+2000 in 600 pixels: rows
    // of 1000 cut the second block once, rows of 1024 twice.
    HeapLayout layout;
    layout.heapSize = 3000;
    layout.place(QRectF(0, 0, 600, 600), 20, 44);
    const auto cuts = [](double r) {
        double n = 0;
        for (const Span s : { Span { 0, 1000 }, Span { 1000, 2000 } })
            n += std::floor(double(s.end() - 1) / r) - std::floor(double(s.start) / r);
        return n;
    };
    layout.fit(cuts);
    QCOMPARE(layout.rowBytes(), 1000.0);
    QCOMPARE(layout.rows, 3);
    QCOMPARE(cuts(layout.rowBytes()), 1.0);
    // Without blocks to spare, the fewest rows that stay readable.
    layout.fit();
    QVERIFY(layout.rowBytes() <= 600 * HeapLayout::kTargetBytesPerPixel);
    // A heap too big for readable rows fills every row it may.
    layout.heapSize = 1 << 20;
    layout.fit();
    QVERIFY(layout.rows >= layout.maxRows / 2);
    QVERIFY(layout.rows <= layout.maxRows);
}

void TestHeapRenderer::lastRulerLabelIsInside()
{
    // 720 bytes in rows of 720: the last tick says +720 at the row's end.
    QVERIFY(m_model->reset(720, Policy::FirstFit));
    const QMarginsF margins = HeapRenderer::rulerMargins(m_font);
    const QSize size(700, 200);
    HeapLayout layout;
    layout.heapSize = 720;
    layout.place(QRectF(QPointF(0, 0), QSizeF(size)).marginsRemoved(margins), 20, 44);
    layout.fit();
    QCOMPARE(layout.rowBytes(), 720.0);
    // Drawn on a wider canvas, nothing of the ruler lands past the
    // widget's right edge.
    const QImage wide = render(layout, size + QSize(200, 0));
    int outside = 0;
    int lastLabel = 0;
    for (int y = 0; y < int(layout.content.top()) - 8; ++y) {
        for (int x = size.width(); x < wide.width(); ++x)
            outside += wide.pixelColor(x, y) != m_palette.background;
        for (int x = int(layout.content.right()) - 40; x < size.width(); ++x)
            lastLabel += qGray(wide.pixel(x, y)) < 128;
    }
    QCOMPARE(outside, 0);
    QVERIFY(lastLabel > 0);
}

QTEST_MAIN(TestHeapRenderer)
#include "tst_heaprenderer.moc"
