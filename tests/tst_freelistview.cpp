// SPDX-License-Identifier: MIT
// FreeListView: a click on a cell selects that block in the heap view; a
// free block selected in the heap is the current cell and scrolled to; the
// cells follow the core's free list through splits and merges, in reading
// order; the rover's cell is marked under next fit (and only then); cells
// size from the widget's font; the highlight of a step runs only when the
// heap view animates (started, never waited for).
#include "freelistmodel.h"
#include "freelistview.h"
#include "heapmodel.h"
#include "heapview.h"
#include "numberformat.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace heapboard;

class TestFreeListView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void clickSelectsTheBlockInTheHeap();
    void heapSelectionIsTheCurrentCell();
    void selectionScrollsToTheCell();
    void cellOrderFollowsSplitsAndMerges();
    void roverIsMarkedUnderNextFit();
    void arrowsLinkTheCells();
    void cellsSizeFromTheFont();
    void awkwardNumbersFitTheirCells();
    void highlightFollowsTheHeapViewsAnimations();

private:
    void build(Size heapSize, Policy policy);
    // Pixels of r in the grabbed view that are not the background.
    static int inkIn(const QImage &image, const QRect &r);
    QImage shot() const;
    void compareWithCore();

    HeapModel *m_model = nullptr;
    HeapView *m_heap = nullptr;
    FreeListModel *m_list = nullptr;
    FreeListView *m_view = nullptr;
};

void TestFreeListView::build(Size heapSize, Policy policy)
{
    cleanup();
    m_model = new HeapModel;
    QVERIFY(m_model->reset(heapSize, policy));
    m_heap = new HeapView(m_model);
    m_heap->setAnimationsEnabled(false);
    m_list = new FreeListModel(m_model);
    m_view = new FreeListView(m_list, m_heap);
    QFont font = m_view->font();
    font.setPixelSize(16);
    m_view->setFont(font);
    m_view->resize(700, 300);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestFreeListView::init()
{
    // a b c d of 100 bytes; b and d freed: two free cells, 100 and 300.
    build(400, Policy::FirstFit);
    for (int i = 0; i < 4; ++i)
        m_model->allocate(100);
    m_model->freeBlock(100);
    m_model->freeBlock(300);
}

void TestFreeListView::cleanup()
{
    delete m_view;
    delete m_list;
    delete m_heap;
    delete m_model;
    m_view = nullptr;
    m_list = nullptr;
    m_heap = nullptr;
    m_model = nullptr;
}

int TestFreeListView::inkIn(const QImage &image, const QRect &r)
{
    const QRgb background = image.pixel(image.width() - 2, image.height() - 2);
    int ink = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            ink += image.valid(x, y) && image.pixel(x, y) != background ? 1 : 0;
    }
    return ink;
}

QImage TestFreeListView::shot() const
{
    m_view->doItemsLayout(); // what the event loop would do before painting
    QImage image = m_view->viewport()->grab().toImage();
    if (qEnvironmentVariableIsSet("HEAPBOARD_SHOTS"))
        image.save(QStringLiteral("%1/%2.png")
                       .arg(qEnvironmentVariable("HEAPBOARD_SHOTS"),
                            QString::fromLatin1(QTest::currentTestFunction())));
    return image;
}

void TestFreeListView::compareWithCore()
{
    std::vector<BlockInfo> free;
    m_model->heap().forEachBlock([&](const BlockInfo &b) {
        if (!b.used)
            free.push_back(b);
    });
    QCOMPARE(m_view->model()->rowCount(), int(free.size()));
    QRect before;
    for (int row = 0; row < int(free.size()); ++row) {
        const QModelIndex i = m_view->model()->index(row, 0);
        QCOMPARE(i.data().toString(),
                 QStringLiteral("%1 · %2").arg(NumberFormat::address(double(free[row].start)),
                                               NumberFormat::size(free[row].size)));
        // Reading order: left to right, then the next line.
        const QRect r = m_view->visualRect(i);
        QVERIFY(r.isValid());
        if (row > 0)
            QVERIFY2(r.top() > before.top() || (r.top() == before.top() && r.left() > before.left()),
                     qPrintable(QStringLiteral("cell %1 is not after cell %2").arg(row).arg(row - 1)));
        before = r;
    }
}

void TestFreeListView::clickSelectsTheBlockInTheHeap()
{
    QSignalSpy selected(m_heap, &HeapView::selectionChanged);
    const QRect cell = m_view->visualRect(m_view->model()->index(1, 0));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_heap->selectedBlock(), std::optional<Addr>(300));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(m_view->currentIndex().row(), 1);
    // Keys move along the list, and the heap's selection with them.
    QTest::keyClick(m_view, Qt::Key_Left);
    QCOMPARE(m_heap->selectedBlock(), std::optional<Addr>(100));
}

void TestFreeListView::heapSelectionIsTheCurrentCell()
{
    const QRect cell = m_view->visualRect(m_view->model()->index(1, 0));
    const QImage before = m_view->viewport()->grab(cell).toImage();
    m_heap->selectBlock(300);
    QCOMPARE(m_view->currentIndex().row(), 1);
    QVERIFY(m_view->selectionModel()->isSelected(m_view->model()->index(1, 0)));
    QVERIFY(m_view->viewport()->grab(cell).toImage() != before); // drawn as selected
    m_heap->selectBlock(0); // a used block has no cell
    QVERIFY(!m_view->selectionModel()->hasSelection());
    m_heap->selectBlock(100);
    QCOMPARE(m_view->currentIndex().row(), 0);
    m_heap->selectBlock(std::nullopt);
    QVERIFY(!m_view->selectionModel()->hasSelection());
}

void TestFreeListView::selectionScrollsToTheCell()
{
    build(64 * 1024, Policy::FirstFit);
    for (int i = 0; i < 400; ++i)
        m_model->allocate(64);
    for (int i = 0; i < 400; i += 2)
        m_model->freeBlock(Addr(i) * 64);
    QCOMPARE(m_list->rowCount(), 201);
    m_view->resize(500, 150);
    m_view->doItemsLayout();
    const QModelIndex last = m_list->index(200);
    QVERIFY(!m_view->viewport()->rect().intersects(m_view->visualRect(last)));
    m_heap->selectBlock(Addr(400) * 64); // the free rest of the heap
    QCOMPARE(m_view->currentIndex(), last);
    QVERIFY(m_view->viewport()->rect().contains(m_view->visualRect(last)));
}

void TestFreeListView::cellOrderFollowsSplitsAndMerges()
{
    compareWithCore();
    m_model->freeBlock(200); // 100, 200 and 300 merge: one cell
    QCOMPARE(m_list->rowCount(), 1);
    compareWithCore();
    m_model->allocate(50); // a split: the cell shrinks to 150+250
    compareWithCore();
    m_model->freeBlock(0); // a new cell before it: 0+100, 150+250
    QCOMPARE(m_list->rowCount(), 2);
    compareWithCore();
    m_view->resize(m_view->metrics().item.width() + 40, 300); // one cell a line
    m_view->doItemsLayout();
    compareWithCore();
    QVERIFY(m_model->jumpTo(0)); // a jump back over everything
    compareWithCore();
    QVERIFY(m_model->jumpTo(m_model->stepCount()));
    compareWithCore();
}

void TestFreeListView::roverIsMarkedUnderNextFit()
{
    QCOMPARE(m_view->metrics().band, 0); // first fit: no room kept for the tag
    m_model->setPolicy(Policy::NextFit); // rover at 400 (end of heap): wraps to 100
    QVERIFY(m_view->metrics().band > 0);
    QCOMPARE(m_list->roverRow(), 0);
    const auto bandInk = [this](int row) {
        const QImage image = shot();
        const QRect r = m_view->visualRect(m_view->model()->index(row, 0));
        return inkIn(image, QRect(r.left(), r.top(), r.width(), m_view->metrics().band));
    };
    QVERIFY(bandInk(0) > 0);
    QCOMPARE(bandInk(1), 0);
    m_model->freeBlock(0); // merges with 100: the cell at 0 holds no rover, wraps to it all the same
    m_model->allocate(50); // next fit: from 0+200, rover at 50
    QCOMPARE(m_list->roverRow(), 0);
    m_model->allocate(200); // from the rover on: 50+150 too small, 300+100 too: out of memory
    QCOMPARE(m_list->roverRow(), 0);
    m_model->setPolicy(Policy::BestFit);
    QCOMPARE(m_view->metrics().band, 0);
    QCOMPARE(m_list->roverRow(), -1);
}

void TestFreeListView::arrowsLinkTheCells()
{
    const QImage image = shot();
    const FreeListView::Metrics &m = m_view->metrics();
    const auto gap = [&](int row) {
        const QRect r = m_view->visualRect(m_view->model()->index(row, 0));
        return QRect(r.left() + m.box.width(), r.top() + m.band, m.arrow, m.box.height());
    };
    QVERIFY(inkIn(image, gap(0)) > 0); // 100 -> 300
    QCOMPARE(inkIn(image, gap(1)), 0); // the last one links to nothing
}

void TestFreeListView::cellsSizeFromTheFont()
{
    QFont font = m_view->font();
    font.setPixelSize(16);
    m_view->setFont(font);
    const QSize small = m_view->metrics().box;
    font.setPixelSize(32); // presenting at 1920x1080
    m_view->setFont(font);
    const QSize large = m_view->metrics().box;
    QVERIFY(large.height() >= 32);
    QVERIFY(large.height() > small.height() * 3 / 2);
    QVERIFY(large.width() > small.width() * 3 / 2);
    QCOMPARE(m_view->visualRect(m_view->model()->index(0, 0)).size(), m_view->metrics().item);
    // The widest number of the heap fits: a bigger heap, wider cells.
    const int width400 = m_view->metrics().box.width();
    m_model->reset(Size(1) << 40, Policy::FirstFit);
    QVERIFY(m_view->metrics().box.width() > width400);
}

void TestFreeListView::awkwardNumbersFitTheirCells()
{
    // A 2 MiB heap: a free block at 1048524 of 1048524 bytes reads
    // "1023.9K · 1023.9 KiB", wider than "2097151 · 2.0 MiB". The text,
    // bold as a changed cell's, fits the room the cell gives it.
    for (const Size first : { Size(1048524), Size(999999), Size(52) }) {
        build(Size(2) << 20, Policy::FirstFit);
        QVERIFY(m_model->allocate(first).ok());
        QVERIFY(m_model->allocate(first).ok());
        QVERIFY(m_model->allocate((Size(2) << 20) - 2 * first).ok());
        QVERIFY(m_model->freeBlock(first).ok());
        const FreeListView::Metrics &m = m_view->metrics();
        QFont bold = m_view->font();
        bold.setBold(true);
        const QString text = m_list->index(0, 0).data().toString();
        QVERIFY2(text.startsWith(NumberFormat::address(double(first))), qPrintable(text));
        // The text area drawBox gives: inside the outline, past the swatch.
        const int room = m.box.width() - 3 - m.swatch - 2 * m.pad;
        QVERIFY2(QFontMetrics(bold).horizontalAdvance(text) <= room, qPrintable(text));
    }
}

void TestFreeListView::highlightFollowsTheHeapViewsAnimations()
{
    m_model->freeBlock(0);
    QVERIFY(!m_view->isAnimating());
    QCOMPARE(m_view->animationProgress(), 1.0);
    m_heap->setAnimationsEnabled(true);
    m_model->allocate(10);
    QVERIFY(m_view->isAnimating());
    QVERIFY(m_view->animationProgress() < 1.0);
    m_heap->setAnimationsEnabled(false);
    m_model->allocate(10);
    QVERIFY(!m_view->isAnimating());
}

QTEST_MAIN(TestFreeListView)
#include "tst_freelistview.moc"
