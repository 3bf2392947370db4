// SPDX-License-Identifier: MIT
// HeapExport: labels readable at 1920x1080 in every theme, PNG, SVG and PDF
// of the size asked for, and failures that leave no file behind.
#include "heap.h"
#include "heapexport.h"
#include "testfiles.h"

#include <QFontMetricsF>
#include <QImage>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace heapboard;
using heapboard::test::readFile;
using heapboard::test::writeFile;

namespace {

// At 1080 pixels, capital letters and digits of block labels are at least
// this tall (HeapExport: a 30 px font, capitals about 22 px).
constexpr int kMinCapHeight = 20;

QString labelOf(quint32 tag)
{
    return tag == 1 ? QStringLiteral("HEAP") : QStringLiteral("B%1").arg(tag);
}

// 512 used bytes at 0 labelled HEAP, 256 more at 512, the rest free.
struct Fixture {
    Heap heap { 1024 };
    Fixture()
    {
        heap.malloc(512, 1);
        heap.malloc(256, 2);
    }
};

double distance(QRgb a, QRgb b)
{
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b));
}

// Rows of rect that hold text pixels: closer to the text color than to the
// fill. The span from the first to the last is the height of the text.
int textHeight(const QImage &image, const QRect &rect, const QColor &fill, const QColor &text)
{
    int top = -1, bottom = -1;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (distance(p, text.rgb()) < distance(p, fill.rgb()) / 2) {
                top = top < 0 ? y : top;
                bottom = y;
                break;
            }
        }
    }
    return top < 0 ? 0 : bottom - top + 1;
}

QByteArray head(const QString &path, int bytes)
{
    return readFile(path).value_or(QByteArray()).left(bytes);
}

} // namespace

class TestHeapExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labelsScaleWithTheSize_data();
    void labelsScaleWithTheSize();
    void everyThemeHasReadableLabels_data();
    void everyThemeHasReadableLabels();
    void freeSpaceIsHatchedAndRulersDrawn();
    void captionIsDrawnAboveTheHeap();
    void png_data();
    void png();
    void svg();
    void pdf();
    void formatBySuffix();
    void failureLeavesNoFile_data();
    void failureLeavesNoFile();
    void failureKeepsAnExistingFile();
};

void TestHeapExport::labelsScaleWithTheSize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("labelPixels");
    QTest::newRow("1080p") << QSize(1920, 1080) << 30.0;
    QTest::newRow("4k") << QSize(3840, 2160) << 60.0;
    QTest::newRow("720p") << QSize(1280, 720) << 20.0;
    QTest::newRow("square") << QSize(1080, 1080) << 30.0;
    QTest::newRow("thumbnail") << QSize(320, 180) << 12.0; // no smaller than kMinLabelPixels
    QTest::newRow("tiny") << QSize(64, 32) << 12.0;
}

void TestHeapExport::labelsScaleWithTheSize()
{
    QFETCH(QSize, size);
    QFETCH(double, labelPixels);
    const Fixture f;
    HeapExport e(f.heap, HeapPalette::byId(QStringLiteral("light")), labelOf);
    e.setSize(size);
    QCOMPARE(e.labelPixelSize(), labelPixels);
    QVERIFY(e.labelPixelSize() >= HeapExport::kMinLabelPixels);
    // What the renderer is given, in canvas units, times the scale.
    QCOMPARE(e.labelFont().pixelSize() * e.scale(), labelPixels);
    if (size.height() >= 1080)
        QVERIFY(QFontMetricsF(e.labelFont()).capHeight() * e.scale() >= kMinCapHeight);
    const QImage image = e.toImage();
    QCOMPARE(image.size(), size);
}

void TestHeapExport::everyThemeHasReadableLabels_data()
{
    QTest::addColumn<QString>("theme");
    for (const QString &id : HeapPalette::ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestHeapExport::everyThemeHasReadableLabels()
{
    QFETCH(QString, theme);
    const Fixture f;
    const HeapPalette &palette = HeapPalette::byId(theme);
    HeapExport e(f.heap, palette, labelOf);
    e.setCaption({ QStringLiteral("Title"), QStringLiteral("Step 2 / 2") });
    const QImage image = e.toImage();
    QCOMPARE(image.size(), QSize(1920, 1080));
    QCOMPARE(e.scale(), 1.0);
    // The label "HEAP · 512 B" sits in the first row of the first block.
    const QList<QRectF> rects = e.layout().rectsOf({ 0, 512 });
    QVERIFY(!rects.isEmpty());
    const QRect block = rects.front().toAlignedRect().adjusted(4, 4, -4, -4);
    const QColor fill = palette.usedColor(1);
    const int height = textHeight(image, block, fill, palette.textOn(fill));
    qInfo("%s: label text %d px high", qPrintable(theme), height);
    QVERIFY2(height >= kMinCapHeight, qPrintable(QString::number(height)));
    QVERIFY(height < block.height());
}

void TestHeapExport::freeSpaceIsHatchedAndRulersDrawn()
{
    const Fixture f;
    const HeapPalette &palette = HeapPalette::byId(QStringLiteral("light"));
    HeapExport e(f.heap, palette, labelOf);
    const QImage image = e.toImage();
    const HeapLayout layout = e.layout();
    const QRect free = layout.rectsOf({ 768, 256 }).constLast().toAlignedRect().adjusted(6, 6, -6, -6);
    int hatch = 0, plain = 0;
    for (int x = free.left(); x < free.right(); ++x) {
        const QRgb p = image.pixel(x, free.center().y());
        hatch += distance(p, palette.freeHatch.rgb()) < 40 ? 1 : 0;
        plain += p == palette.freeFill.rgb() ? 1 : 0;
    }
    QVERIFY2(hatch > 0 && plain > hatch,
             qPrintable(QStringLiteral("%1 hatch, %2 fill").arg(hatch).arg(plain)));
    // Row addresses left of the blocks and offsets above them.
    const QRect left(0, int(layout.content.top()), int(layout.content.left()) - 2, int(layout.rowHeight()));
    QVERIFY(textHeight(image, left, palette.background, palette.rulerText) >= kMinCapHeight);
    const QRect above(int(layout.content.left()), 0, 200, int(layout.content.top()) - 6);
    QVERIFY(textHeight(image, above, palette.background, palette.rulerText) >= kMinCapHeight);
}

void TestHeapExport::captionIsDrawnAboveTheHeap()
{
    const Fixture f;
    const HeapPalette &palette = HeapPalette::byId(QStringLiteral("dark"));
    HeapExport e(f.heap, palette, labelOf);
    const double plainTop = e.layout().content.top();
    e.setCaption({ QStringLiteral("Splitting"), QStringLiteral("Step 2 / 5: b = malloc 256"),
                   QStringLiteral("The narration of the step, shown large.") });
    const HeapLayout layout = e.layout();
    QVERIFY(layout.content.top() > plainTop || layout.content.bottom() < 1080);
    const QImage image = e.toImage();
    const QRect caption(30, 0, 1800, int(layout.content.top()) - 60);
    const int height = textHeight(image, caption, palette.background, palette.text);
    QVERIFY2(height >= 3 * 30, qPrintable(QString::number(height))); // three lines of 30 px or more
}

void TestHeapExport::png_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("default") << QSize();
    QTest::newRow("800x600") << QSize(800, 600);
    QTest::newRow("4k") << QSize(3840, 2160);
}

void TestHeapExport::png()
{
    QFETCH(QSize, size);
    const Fixture f;
    HeapExport e(f.heap, HeapPalette::byId(QStringLiteral("color-blind")), labelOf);
    if (size.isValid())
        e.setSize(size);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("heap.PNG"));
    QString error;
    QVERIFY2(e.save(path, &error), qPrintable(error));
    QImage image;
    QVERIFY(image.load(path, "PNG"));
    QCOMPARE(image.size(), size.isValid() ? size : QSize(1920, 1080));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("heap.PNG") });
}

void TestHeapExport::svg()
{
    const Fixture f;
    HeapExport e(f.heap, HeapPalette::byId(QStringLiteral("high-contrast")), labelOf);
    e.setSize({ 1600, 900 });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("heap.svg"));
    QString error;
    QVERIFY2(e.save(path, &error), qPrintable(error));
    // Qt's SVG Tiny renderer has no patterns: the hatching of free space
    // shows in browsers, Inkscape and librsvg, not here.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.svg.warning=false"));
    QSvgRenderer svg(path);
    QVERIFY(svg.isValid());
    QCOMPARE(svg.viewBox(), QRect(0, 0, 1600, 900));
    QCOMPARE(svg.defaultSize(), QSize(1600, 900));
    QVERIFY(head(path, 1 << 20).contains(">HEAP · 512 B<"));
}

void TestHeapExport::pdf()
{
    const Fixture f;
    HeapExport e(f.heap, HeapPalette::byId(QStringLiteral("dark")), labelOf);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("heap.pdf"));
    QString error;
    QVERIFY2(e.save(path, &error), qPrintable(error));
    const QByteArray pdf = head(path, 1 << 20);
    QVERIFY(pdf.startsWith("%PDF-"));
    // One page of 1920x1080 pixels at 96 dpi: 1440x810 points.
    static const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 1440(\\.0*)? 810(\\.0*)?\\]"));
    QVERIFY(mediaBox.match(QString::fromLatin1(pdf)).hasMatch());
}

void TestHeapExport::formatBySuffix()
{
    QVERIFY(HeapExport::formatOf(QStringLiteral("a.png")) == HeapExport::Format::Png);
    QVERIFY(HeapExport::formatOf(QStringLiteral("dir.x/a.SVG")) == HeapExport::Format::Svg);
    QVERIFY(HeapExport::formatOf(QStringLiteral("a.b.pdf")) == HeapExport::Format::Pdf);
    QVERIFY(!HeapExport::formatOf(QStringLiteral("a.gif")));
    QVERIFY(!HeapExport::formatOf(QStringLiteral("png")));
    QVERIFY(HeapExport::isValidSize({ 1920, 1080 }));
    QString why;
    QVERIFY(!HeapExport::isValidSize({ 0, 1080 }, &why));
    QVERIFY(!why.isEmpty());
    QVERIFY(!HeapExport::isValidSize({ 16384, 16384 }));
}

void TestHeapExport::failureLeavesNoFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing directory") << QStringLiteral("no/such/dir/heap.png") << QSize(1920, 1080)
                                       << QStringLiteral("No such file or directory");
    QTest::newRow("directory svg") << QStringLiteral("taken.svg") << QSize(1920, 1080) << QString();
    QTest::newRow("directory pdf") << QStringLiteral("taken.pdf") << QSize(1920, 1080) << QString();
    QTest::newRow("unknown type") << QStringLiteral("heap.gif") << QSize(1920, 1080)
                                  << QStringLiteral(".gif");
    QTest::newRow("bad size") << QStringLiteral("heap.png") << QSize(0, 1080)
                              << QStringLiteral("size 0x1080");
}

void TestHeapExport::failureLeavesNoFile()
{
    QFETCH(QString, name);
    QFETCH(QSize, size);
    QFETCH(QString, reason);
    const Fixture f;
    HeapExport e(f.heap, HeapPalette::byId(QStringLiteral("light")), labelOf);
    e.setSize(size);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.svg")));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.pdf")));
    const QString path = dir.filePath(name);
    QString error;
    QVERIFY(!e.save(path, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": cannot write: ")), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestHeapExport::failureKeepsAnExistingFile()
{
    const Fixture f;
    HeapExport e(f.heap, HeapPalette::byId(QStringLiteral("light")), labelOf);
    e.setSize({ 5, 5 });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slide.png"));
    QVERIFY(writeFile(path, "the old slide"));
    QVERIFY(!e.save(path));
    QCOMPARE(head(path, 100), QByteArray("the old slide"));
}

QTEST_MAIN(TestHeapExport)
#include "tst_heapexport.moc"
