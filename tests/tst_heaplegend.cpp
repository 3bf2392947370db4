// SPDX-License-Identifier: MIT
// HeapLegend: a hatched free sample inside a dashed outline, a solid
// labelled used sample, a marked changed sample, and their text, in every
// theme; rows added at the extension point; the overlay in the heap view's
// corner, toggled from View > Legend without moving the heap and
// remembered; the legend in exports, which change nowhere else.
#include "heap.h"
#include "heapexport.h"
#include "heaplegend.h"
#include "heaplegendoverlay.h"
#include "heapview.h"
#include "mainwindow.h"

#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>
#include <memory>

using namespace heapboard;

namespace {

int distance(QRgb a, QRgb b)
{
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b));
}

bool near(QRgb a, const QColor &b, int tolerance = 40)
{
    return distance(a, b.rgb()) < tolerance;
}

// Pixels of rect (inside the image) within tolerance of color.
int count(const QImage &image, const QRect &rect, const QColor &color, int tolerance = 40)
{
    int n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            n += near(image.pixel(x, y), color, tolerance) ? 1 : 0;
    }
    return n;
}

QFont legendFont()
{
    QFont font;
    font.setPixelSize(20);
    return font;
}

QImage render(const HeapLegend &legend, const QPointF &at = { 10, 10 })
{
    const QSize size = (legend.size() + QSizeF(20, 20)).toSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta); // neither a palette's color nor the legend's
    QPainter painter(&image);
    legend.paint(painter, at);
    painter.end();
    return image;
}

QString labelOf(quint32 tag)
{
    return QStringLiteral("B%1").arg(tag);
}

} // namespace

class TestHeapLegend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void samplesAndText_data();
    void samplesAndText();
    void darkPaletteIsFollowed();
    void extensionPointAddsARow();
    void overlayKeepsToTheCorner();
    void viewMenuTogglesWithoutMovingTheHeap();
    void exportDiffersOnlyInTheLegend_data();
    void exportDiffersOnlyInTheLegend();
    void svgExportHoldsTheLegend();
};

void TestHeapLegend::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("HeapboardTest"));
}

void TestHeapLegend::init()
{
    QSettings().clear();
}

void TestHeapLegend::samplesAndText_data()
{
    QTest::addColumn<QString>("theme");
    for (const QString &id : HeapPalette::ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestHeapLegend::samplesAndText()
{
    QFETCH(QString, theme);
    const HeapPalette &palette = HeapPalette::byId(theme);
    const HeapLegend legend(palette, legendFont());
    QCOMPARE(legend.entries().size(), 3);
    const QImage image = render(legend);

    // Free: fill and hatch inside, an outline with gaps (dashed) on top.
    const QRect free = legend.sampleRect(0, { 10, 10 }).toAlignedRect();
    const QRect freeInside = free.adjusted(3, 3, -3, -3);
    const int hatch = count(image, freeInside, palette.freeHatch, 10);
    const int fill = count(image, freeInside, palette.freeFill, 10);
    QVERIFY2(hatch > freeInside.width() && fill > hatch,
             qPrintable(QStringLiteral("%1 hatch, %2 fill").arg(hatch).arg(fill)));
    // The outline's row: the one of the top three with the most of its color.
    int dashes = 0;
    for (int y = free.top(); y < free.top() + 3; ++y) {
        int runs = 0;
        bool inDash = false;
        for (int x = free.left() + 1; x < free.right(); ++x) {
            const bool outline = near(image.pixel(x, y), palette.freeOutline, 10);
            runs += outline && !inDash ? 1 : 0;
            inDash = outline;
        }
        dashes = std::max(dashes, runs);
    }
    QVERIFY2(dashes >= 3, qPrintable(QString::number(dashes)));

    // Used: solid in the block color, with a label in the text color on it.
    const QRect used = legend.sampleRect(1, { 10, 10 }).toAlignedRect().adjusted(2, 2, -2, -2);
    const QColor usedFill = palette.usedColor(1);
    const int solid = count(image, used, usedFill, 10);
    const int label = count(image, used, palette.textOn(usedFill), 60);
    QVERIFY2(solid > used.width() * used.height() / 2 && label > 20,
             qPrintable(QStringLiteral("%1 fill, %2 label").arg(solid).arg(label)));

    // Changed: a thick outline in the selection color all round, and the
    // badge's "+" in the color that reads on it.
    const QRect changed = legend.sampleRect(2, { 10, 10 }).toAlignedRect();
    for (const int y : { changed.top() + 1, changed.bottom() - 1 }) {
        const QRect edge(changed.left() + 1, y, changed.width() / 2, 1);
        QCOMPARE(count(image, edge, palette.selection, 10), edge.width());
    }
    const QRect badge(changed.right() - changed.height(), changed.top() + changed.height() / 4,
                      changed.height(), changed.height() / 2);
    QVERIFY(count(image, badge, palette.selection, 10) > 10);
    QVERIFY(count(image, badge, palette.textOn(palette.selection), 60) > 6);

    // Each row's text, in the palette's text color on its background.
    for (int i = 0; i < legend.entries().size(); ++i) {
        QVERIFY(!legend.entries()[i].text.isEmpty());
        const QRect text = legend.textRect(i, { 10, 10 }).toAlignedRect();
        QVERIFY2(count(image, text, palette.text, 60) > 30, qPrintable(legend.entries()[i].text));
        QVERIFY(count(image, text, palette.background, 10) > text.width() * text.height() / 2);
    }
    QCOMPARE(legend.entries()[0].text, QStringLiteral("Free space"));
    QCOMPARE(legend.entries()[2].text, QStringLiteral("Changed at this step"));
}

void TestHeapLegend::darkPaletteIsFollowed()
{
    const HeapPalette &light = HeapPalette::byId(QStringLiteral("light"));
    const HeapPalette &dark = HeapPalette::byId(QStringLiteral("dark"));
    const HeapLegend lightLegend(light, legendFont());
    const HeapLegend darkLegend(dark, legendFont());
    const QImage a = render(lightLegend);
    const QImage b = render(darkLegend);
    const QPoint box(14, 12); // inside the frame, left of the first sample
    QCOMPARE(QColor(b.pixel(box)), dark.background);
    QCOMPARE(QColor(a.pixel(box)), light.background);
    const QRect text = darkLegend.textRect(0, { 10, 10 }).toAlignedRect();
    QVERIFY(count(b, text, dark.text, 60) > 30);
    const QRect changed = darkLegend.sampleRect(2, { 10, 10 }).toAlignedRect();
    QVERIFY(count(b, changed, dark.selection, 10) > changed.width());
    QCOMPARE(count(b, changed, light.selection, 10), 0);
}

void TestHeapLegend::extensionPointAddsARow()
{
    const HeapPalette &palette = HeapPalette::byId(QStringLiteral("light"));
    HeapLegend legend(palette, legendFont());
    const QSizeF before = legend.size();
    legend.addEntry({ QStringLiteral("Header"), [](QPainter &p, const QRectF &r, const HeapPalette &) {
                         p.fillRect(r, Qt::darkCyan);
                     } });
    QCOMPARE(legend.entries().size(), 4);
    QVERIFY(legend.size().height() > before.height());
    const QImage image = render(legend);
    const QRect sample = legend.sampleRect(3, { 10, 10 }).toAlignedRect().adjusted(1, 1, -1, -1);
    QCOMPARE(count(image, sample, QColor(Qt::darkCyan), 1), sample.width() * sample.height());
    QVERIFY(sample.bottom() < image.height() - 10);
    QVERIFY(count(image, legend.textRect(3, { 10, 10 }).toAlignedRect(), palette.text, 60) > 20);
}

void TestHeapLegend::overlayKeepsToTheCorner()
{
    QWidget anchor;
    anchor.resize(600, 400);
    auto *overlay = new HeapLegendOverlay(&anchor);
    anchor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&anchor));
    const int m = HeapLegendOverlay::kMargin;
    QCOMPARE(overlay->geometry().bottomRight(), QPoint(600 - m - 1, 400 - m - 1));
    QVERIFY(overlay->testAttribute(Qt::WA_TransparentForMouseEvents));
    anchor.resize(900, 500);
    QTRY_COMPARE(overlay->geometry().bottomRight(), QPoint(900 - m - 1, 500 - m - 1));

    // A larger text (presenting): a larger box, still in the corner.
    const QSize small = overlay->size();
    QFont big = anchor.font();
    big.setPixelSize(40);
    anchor.setFont(big);
    QTRY_VERIFY(overlay->width() > small.width() && overlay->height() > small.height());
    QCOMPARE(overlay->geometry().bottomRight(), QPoint(900 - m - 1, 500 - m - 1));

    // The theme's colors.
    const QPoint inside(4, 4);
    QCOMPARE(QColor(overlay->grab().toImage().pixel(inside)),
             HeapPalette::byId(QStringLiteral("light")).background);
    overlay->setHeapPalette(HeapPalette::byId(QStringLiteral("dark")));
    QCOMPARE(QColor(overlay->grab().toImage().pixel(inside)),
             HeapPalette::byId(QStringLiteral("dark")).background);
}

void TestHeapLegend::viewMenuTogglesWithoutMovingTheHeap()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1280, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->newHeap();
    QAction *toggle = window->findChild<QAction *>(QStringLiteral("legendAction"));
    QVERIFY(toggle);
    QVERIFY(toggle->isCheckable());
    QVERIFY(!toggle->isChecked()); // off until asked for
    // In the View menu.
    QMenu *view = nullptr;
    for (QAction *top : window->menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(toggle))
            view = top->menu();
    }
    QVERIFY(view);
    QCOMPARE(view->title(), QStringLiteral("&View"));

    auto *legend = window->view()->findChild<HeapLegendOverlay *>();
    QVERIFY(legend);
    QVERIFY(!legend->isVisible());
    QCoreApplication::processEvents(); // the page's layout settles
    const QRect heap = window->view()->geometry();
    toggle->trigger();
    QVERIFY(legend->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(window->view()->geometry(), heap);
    QVERIFY(window->view()->rect().contains(legend->geometry()));

    // The theme follows the window's.
    for (QAction *theme : window->findChildren<QAction *>()) {
        if (theme->isCheckable() && theme->data().toString() == QStringLiteral("dark"))
            theme->trigger();
    }
    QCOMPARE(legend->heapPalette().id, QStringLiteral("dark"));

    // Remembered for the next window.
    QVERIFY(window->close());
    window.reset();
    QVERIFY(QSettings().value(QStringLiteral("view/legend")).toBool());
    MainWindow next;
    QVERIFY(next.findChild<QAction *>(QStringLiteral("legendAction"))->isChecked());
    QVERIFY(!next.view()->findChild<HeapLegendOverlay *>()->isHidden());
}

void TestHeapLegend::exportDiffersOnlyInTheLegend_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QSize>("size");
    QTest::newRow("light 1080p") << QStringLiteral("light") << QSize(1920, 1080);
    QTest::newRow("dark 720p") << QStringLiteral("dark") << QSize(1280, 720);
    QTest::newRow("high-contrast 4k") << QStringLiteral("high-contrast") << QSize(3840, 2160);
}

void TestHeapLegend::exportDiffersOnlyInTheLegend()
{
    QFETCH(QString, theme);
    QFETCH(QSize, size);
    Heap heap(4096);
    heap.malloc(512, 1);
    heap.malloc(3000, 2);
    const HeapPalette &palette = HeapPalette::byId(theme);
    HeapExport plain(heap, palette, labelOf);
    plain.setSize(size);
    HeapExport withLegend(heap, palette, labelOf);
    withLegend.setSize(size);
    withLegend.setLegend(true);
    QVERIFY(plain.legendRect().isEmpty());
    const QRect area = withLegend.legendRect().toAlignedRect();
    QVERIFY(QRect(QPoint(0, 0), size).contains(area));
    QVERIFY(area.width() > size.width() / 10 && area.width() < size.width() / 2);

    const QImage a = plain.toImage();
    const QImage b = withLegend.toImage();
    // A pixel of slack for the canvas' rounding to whole units.
    const QRect slack = area.adjusted(-2, -2, 2, 2);
    int inside = 0;
    for (int y = 0; y < size.height(); ++y) {
        if (std::memcmp(a.constScanLine(y), b.constScanLine(y), a.bytesPerLine()) == 0)
            continue;
        for (int x = 0; x < size.width(); ++x) {
            if (a.pixel(x, y) == b.pixel(x, y))
                continue;
            QVERIFY2(slack.contains(x, y), qPrintable(QStringLiteral("differs at %1,%2").arg(x).arg(y)));
            ++inside;
        }
    }
    // Its box may have the picture's own background (high contrast: black on
    // black, where the heap's rows leave room), so only the samples, text
    // and frame must show: an eighth of the box at least.
    QVERIFY2(inside > area.width() * area.height() / 8,
             qPrintable(QStringLiteral("%1 of %2").arg(inside).arg(area.width() * area.height())));
    // Three rows of text as large as the block labels.
    QVERIFY(withLegend.legendRect().height() >= 3 * withLegend.labelPixelSize());
}

void TestHeapLegend::svgExportHoldsTheLegend()
{
    Heap heap(1024);
    heap.malloc(100, 1);
    QTemporaryDir dir;
    HeapExport e(heap, HeapPalette::byId(QStringLiteral("light")), labelOf);
    const QString plainPath = dir.filePath(QStringLiteral("plain.svg"));
    const QString legendPath = dir.filePath(QStringLiteral("legend.svg"));
    QVERIFY(e.save(plainPath));
    e.setLegend(true);
    QVERIFY(e.save(legendPath));
    QFile plain(plainPath), withLegend(legendPath);
    QVERIFY(plain.open(QIODevice::ReadOnly) && withLegend.open(QIODevice::ReadOnly));
    const QByteArray text = HeapLegend::standardEntries().constFirst().text.toUtf8();
    QVERIFY(!plain.readAll().contains(text));
    QVERIFY(withLegend.readAll().contains(text));
}

QTEST_MAIN(TestHeapLegend)
#include "tst_heaplegend.moc"
