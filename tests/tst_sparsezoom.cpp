// SPDX-License-Identifier: MIT
// Zooming a sparse heap (HeapSettings::gaps) in rows: a recording's main
// heap, a thread's arena 40 TiB above it and a region 103.7 MiB above that.
// Zoomed in on the arena, the view magnifies: each break is drawn once,
// where it is, and the rows in the regions keep their addresses and the
// top ruler its offsets.
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

} // namespace

class TestSparseZoom : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void zoomNearABreakMagnifies_data();
    void zoomNearABreakMagnifies();

private:
    // The texts the view's renderer draws, as it is now.
    QList<QPair<QString, QPointF>> drawnTexts() const;
    HeapModel *m_model = nullptr;
    HeapView *m_view = nullptr;
    Addr m_arenaBlock = 0;
};

void TestSparseZoom::init()
{
    m_model = new HeapModel;
    HeapSettings s;
    s.base = kBase;
    s.gaps
        = { { kBase + kMain, kArena - kBase - kMain }, { kArena + kArenaSize, kTop - kArena - kArenaSize } };
    QVERIFY(m_model->reset(kTop + kTopSize - kBase, Policy::FirstFit, s));
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
        const HeapRenderer renderer(m_model->heap(), m_view->heapPalette(), m_view->font(), {});
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
    QCOMPARE(l.map.breaks().size(), std::size_t(2));
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

QTEST_MAIN(TestSparseZoom)
#include "tst_sparsezoom.moc"
