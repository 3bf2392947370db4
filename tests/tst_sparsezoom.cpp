// SPDX-License-Identifier: MIT
// Zooming a sparse heap (HeapSettings::gaps) in rows: a recording's main
// heap, a thread's arena 40 TiB above it and a region 103.7 MiB above that.
// Zoomed in on the arena, the view magnifies: each break is drawn once,
// where it is, and the rows in the regions keep their addresses and the
// top ruler its offsets. Small (a strip, presenting at 1280x720, a picture
// of 1280x720), every break with room for a few characters is labelled and
// no row's address is cut at the left edge.
#include "heapexport.h"
#include "heapmodel.h"
#include "heappalette.h"
#include "heaprenderer.h"
#include "heapview.h"
#include "numberformat.h"
#include "textdevice.h"

#include <QApplication>
#include <QTest>
#include <QWheelEvent>

using namespace heapboard;

namespace {

constexpr Addr kBase = 0x55b100fe5000;
constexpr Size kMain = 256 * 1024;
constexpr Addr kArena = kBase + (Size(40) << 40);
constexpr Size kArenaSize = 132 * 1024;
constexpr Addr kTop = kArena + kArenaSize + Size(1037) * 1024 * 1024 / 10 / 4096 * 4096;
constexpr Size kTopSize = 1024 * 1024;
// An mmapped chunk near the top of the address space: the highest address
// is written with narrow digits ("0x7ffff7..."), narrower than the main
// heap's ("0x55b1..."), which the row labels' room must hold all the same.
constexpr Addr kMmapped = 0x7ffff7c00000;
constexpr Size kMmappedSize = 64 * 1024;

} // namespace

class TestSparseZoom : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void zoomNearABreakMagnifies_data();
    void zoomNearABreakMagnifies();
    void smallViewsLabelBreaks_data();
    void smallViewsLabelBreaks();
    void smallPictureLabelsBreaks();
    void recordingInOneRegionKeepsRowLabels();

private:
    // The texts the view's renderer draws, as it is now.
    QList<QPair<QString, QPointF>> drawnTexts() const;
    // That each break with room for its size has a label, and that no row
    // label begins left of the picture.
    void checkLabels(const HeapLayout &l, const QFont &font, const QList<QPair<QString, QPointF>> &texts);
    HeapModel *m_model = nullptr;
    HeapView *m_view = nullptr;
    Addr m_arenaBlock = 0;
};

void TestSparseZoom::init()
{
    m_model = new HeapModel;
    HeapSettings s;
    s.base = kBase;
    s.gaps = { { kBase + kMain, kArena - kBase - kMain },
               { kArena + kArenaSize, kTop - kArena - kArenaSize },
               { kTop + kTopSize, kMmapped - kTop - kTopSize } };
    QVERIFY(m_model->reset(kMmapped + kMmappedSize - kBase, Policy::FirstFit, s));
    // First fit: what does not fit lower goes to the next region up.
    for (int i = 0; i < 40; ++i)
        m_model->allocate(Size(1024 + i * 200), QStringLiteral("m%1").arg(i));
    m_arenaBlock = m_model->allocate(120 * 1024, QStringLiteral("t")).ptr;
    const Addr top = m_model->allocate(600 * 1024, QStringLiteral("u")).ptr;
    QCOMPARE(m_arenaBlock, kArena);
    QCOMPARE(top, kTop);
    QCOMPARE(NumberFormat::roughSize(kTop - kArena - kArenaSize), QStringLiteral("103.7 MiB"));
}

void TestSparseZoom::cleanup()
{
    delete m_view;
    m_view = nullptr;
    delete m_model;
}

QList<QPair<QString, QPointF>> TestSparseZoom::drawnTexts() const
{
    TextDevice device(m_view->size());
    {
        QPainter painter(&device);
        const HeapRenderer renderer(m_model->heap(), m_view->heapPalette(), m_view->font(),
                                    [this](quint32 tag) { return m_model->labelFor(tag); });
        renderer.renderAll(painter, m_view->layoutState());
    }
    return device.engine.texts;
}

void TestSparseZoom::zoomNearABreakMagnifies_data()
{
    QTest::addColumn<int>("clicks");
    QTest::addColumn<QSize>("size");
    for (const QSize size : { QSize(1280, 720), QSize(1920, 1080) }) {
        for (const int clicks : { 1, 2, 4, 6 }) {
            QTest::addRow("%dx%d, %d clicks", size.width(), size.height(), clicks) << clicks << size;
        }
    }
}

void TestSparseZoom::zoomNearABreakMagnifies()
{
    QFETCH(int, clicks);
    QFETCH(QSize, size);
    m_view = new HeapView(m_model);
    m_view->setAnimationsEnabled(false);
    m_view->setLayoutMode(HeapLayout::Mode::Rows);
    m_view->resize(size);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    const HeapLayout &l = m_view->layoutState();
    QCOMPARE(l.map.breaks().size(), std::size_t(3));
    const double fitRow = l.rowBytes();
    const int fitRows = l.rows;

    // The wheel, clicks notches on the arena's row.
    const QRectF arenaRect = l.rectsOf({ kArena + 8 * 1024, 1 }).front();
    const QPointF at(arenaRect.left(), arenaRect.center().y());
    for (int i = 0; i < clicks; ++i) {
        QWheelEvent wheel(at, m_view->mapToGlobal(at), {}, { 0, 120 }, Qt::NoButton, {}, Qt::NoScrollPhase,
                          false);
        QApplication::sendEvent(m_view, &wheel);
    }
    // Magnified: rows of fewer bytes, as many rows as before.
    QCOMPARE(l.rowBytes(), fitRow / double(1 << clicks));
    QCOMPARE(l.rows, fitRows);
    QVERIFY(!l.rectsOf({ kArena + 8 * 1024, 1 }).isEmpty());

    const QList<QPair<QString, QPointF>> texts = drawnTexts();
    if (qEnvironmentVariableIsSet("SPARSE_PNG"))
        m_view->grab().save(qEnvironmentVariable("SPARSE_PNG") + QString::fromLatin1(QTest::currentDataTag())
                            + QStringLiteral(".png"));
    // Each break in view is labelled once, and takes at most the rest of
    // its row and one row more.
    for (const AddressMap::Break &b : l.map.breaks()) {
        const QString label = HeapRenderer::gapText(b.gap.size);
        const auto count
            = std::count_if(texts.begin(), texts.end(), [&](const auto &t) { return t.first == label; });
        const QList<QRectF> rects = l.layoutRectsOf(b.layoutStart, b.layoutEnd());
        QVERIFY2(rects.size() <= 2, qPrintable(QString::number(rects.size())));
        QCOMPARE(count, rects.isEmpty() ? 0 : 1);
    }
    // Every row that starts in a region is labelled with its address, and
    // the top ruler counts offsets from it.
    int labelled = 0;
    for (int row = 0; row < l.rows; ++row) {
        const double y = l.content.top() + (row + 0.5) * l.rowHeight();
        const std::optional<Addr> address = l.addressAt(QPointF(l.content.left(), y));
        QString label;
        for (const auto &[text, p] : texts) {
            if (p.x() < l.content.left() && std::abs(p.y() - y) < l.rowHeight() / 2)
                label = text;
        }
        if (address) {
            QCOMPARE(label, NumberFormat::address(double(*address)));
            ++labelled;
        }
    }
    QVERIFY2(labelled >= l.rows - 2, qPrintable(QString::number(labelled)));
    QVERIFY(!HeapRenderer::regionStartsInsideRow(l));
    const bool offsets = std::any_of(texts.begin(), texts.end(), [&](const auto &t) {
        return t.first.startsWith(QLatin1Char('+')) && t.second.y() < l.content.top();
    });
    QVERIFY(offsets);
}

void TestSparseZoom::checkLabels(const HeapLayout &l, const QFont &font,
                                 const QList<QPair<QString, QPointF>> &texts)
{
    const QFontMetricsF fm(font);
    for (const AddressMap::Break &b : l.map.breaks()) {
        const QString size = NumberFormat::roughSize(b.gap.size);
        double widest = 0;
        for (const QRectF &r : l.layoutRectsOf(b.layoutStart, b.layoutEnd()))
            widest = std::max(widest, r.width());
        // A strip's labels stand in lanes beside the bar, a row's in the break.
        if (l.mode == HeapLayout::Mode::Rows && widest < fm.horizontalAdvance(size) + 20)
            continue;
        const bool labelled = std::any_of(texts.begin(), texts.end(), [&](const auto &t) {
            return t.first == HeapRenderer::gapText(b.gap.size) || t.first == size;
        });
        QVERIFY2(labelled,
                 qPrintable(size + QStringLiteral(" in ") + QString::number(widest) + QStringLiteral(" px")));
    }
    for (const auto &[text, p] : texts) {
        if (p.x() < l.content.left() && p.y() > l.content.top())
            QVERIFY2(p.x() >= 0, qPrintable(text + QStringLiteral(" at ") + QString::number(p.x())));
    }
}

void TestSparseZoom::smallViewsLabelBreaks_data()
{
    QTest::addColumn<HeapLayout::Mode>("mode");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("pixels"); // the font's, 0: the default
    QTest::newRow("strip 1280x720") << HeapLayout::Mode::Strip << QSize(1280, 720) << 0;
    QTest::newRow("strip 800x400") << HeapLayout::Mode::Strip << QSize(800, 400) << 0;
    // Presenting at 1280x720: text of a 32nd of the screen (ui/presentation.cpp).
    QTest::newRow("strip presenting") << HeapLayout::Mode::Strip << QSize(1280, 600) << 23;
    QTest::newRow("rows presenting") << HeapLayout::Mode::Rows << QSize(1280, 600) << 23;
    QTest::newRow("rows 1280x720") << HeapLayout::Mode::Rows << QSize(1280, 720) << 0;
    // A narrow window: the breaks are narrower than their whole label.
    QTest::newRow("rows 520x400 presenting") << HeapLayout::Mode::Rows << QSize(520, 400) << 23;
}

void TestSparseZoom::smallViewsLabelBreaks()
{
    QFETCH(HeapLayout::Mode, mode);
    QFETCH(QSize, size);
    QFETCH(int, pixels);
    m_view = new HeapView(m_model);
    m_view->setAnimationsEnabled(false);
    if (pixels > 0) {
        QFont font = m_view->font();
        font.setPixelSize(pixels);
        m_view->setFont(font);
    }
    m_view->setLayoutMode(mode);
    m_view->resize(size);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    if (qEnvironmentVariableIsSet("SPARSE_PNG"))
        m_view->grab().save(qEnvironmentVariable("SPARSE_PNG") + QString::fromLatin1(QTest::currentDataTag())
                            + QStringLiteral(".png"));
    checkLabels(m_view->layoutState(), m_view->font(), drawnTexts());
}

void TestSparseZoom::smallPictureLabelsBreaks()
{
    // heapboard-cli render --size 1280x720.
    HeapExport picture(m_model->heap(), HeapPalette::byId(QStringLiteral("light")), {});
    picture.setSize({ 1280, 720 });
    TextDevice device(picture.size());
    {
        QPainter painter(&device);
        picture.paint(painter);
    }
    if (qEnvironmentVariableIsSet("SPARSE_PNG"))
        picture.toImage().save(qEnvironmentVariable("SPARSE_PNG") + QStringLiteral("picture.png"));
    checkLabels(picture.layout(), picture.labelFont(), device.engine.texts);
}

void TestSparseZoom::recordingInOneRegionKeepsRowLabels()
{
    // A recording whose blocks all lie in the main heap has no gaps, yet
    // its rows start at addresses as long as a sparse heap's.
    HeapSettings s;
    s.base = kBase;
    HeapModel model;
    QVERIFY(model.reset(kMain, Policy::FirstFit, s));
    for (int i = 0; i < 40; ++i)
        model.allocate(Size(1024 + i * 200), QStringLiteral("m%1").arg(i));
    HeapView view(&model);
    QFont font = view.font();
    font.setPixelSize(23); // presenting at 1280x720
    view.setFont(font);
    view.resize(1280, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    TextDevice device(view.size());
    {
        QPainter painter(&device);
        const HeapRenderer renderer(model.heap(), view.heapPalette(), view.font(), {});
        renderer.renderAll(painter, view.layoutState());
    }
    const HeapLayout &l = view.layoutState();
    QVERIFY(l.map.isIdentity());
    checkLabels(l, view.font(), device.engine.texts);
    QVERIFY(std::any_of(device.engine.texts.begin(), device.engine.texts.end(),
                        [](const auto &t) { return t.first == NumberFormat::address(double(kBase)); }));
}

QTEST_MAIN(TestSparseZoom)
#include "tst_sparsezoom.moc"
