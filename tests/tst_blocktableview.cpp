// SPDX-License-Identifier: MIT
// BlockTableView: every address and size NumberFormat writes for the heap
// fits its column, however awkward ("1023.9 KiB", "1073741823 KiB"), and
// the columns refit when a new heap is loaded. A sparse heap's addresses
// (a recording's, HeapSettings::gaps) fit whole, whichever digits they
// have, in a dock as narrow as the window gives it.
#include "blocktablemodel.h"
#include "blocktableview.h"
#include "heapmodel.h"
#include "numberformat.h"

#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTest>

using namespace heapboard;

class TestBlockTableView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void awkwardNumbersFitTheirColumns_data();
    void awkwardNumbersFitTheirColumns();
    void sparseAddressesFitTheirColumns_data();
    void sparseAddressesFitTheirColumns();

private:
    // That every Start, End and Size text of the table fits its column.
    static void checkFit(const BlockTableView &view, const QAbstractItemModel &model);
};

void TestBlockTableView::checkFit(const BlockTableView &view, const QAbstractItemModel &model)
{
    // The cell's own margins, as QCommonStyle draws item text.
    const int margin = 2 * (view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &view) + 1);
    const QFontMetrics fm(view.font());
    for (int row = 0; row < model.rowCount(); ++row) {
        for (const int column : { BlockTableModel::Start, BlockTableModel::End, BlockTableModel::Size }) {
            const QString text = model.index(row, column).data().toString();
            QVERIFY2(fm.horizontalAdvance(text) + margin <= view.columnWidth(column),
                     qPrintable(QStringLiteral("%1 in %2 px").arg(text).arg(view.columnWidth(column))));
        }
    }
}

void TestBlockTableView::awkwardNumbersFitTheirColumns_data()
{
    QTest::addColumn<quint64>("heapSize");
    QTest::addColumn<quint64>("first");
    QTest::newRow("2 MiB, 1023.9 KiB at 1023.9K") << (quint64(2) << 20) << quint64(1048524);
    QTest::newRow("2 MiB, 999999 B") << (quint64(2) << 20) << quint64(999999);
    QTest::newRow("1 TiB, 1073741823 KiB") << (quint64(1) << 40) << (quint64(1) << 40) - 1024;
    QTest::newRow("1 TiB, 1023.5 GiB") << (quint64(1) << 40) << (quint64(1) << 40) - (quint64(1) << 29) - 1;
}

void TestBlockTableView::awkwardNumbersFitTheirColumns()
{
    QFETCH(quint64, heapSize);
    QFETCH(quint64, first);
    HeapModel heap;
    QVERIFY(heap.reset(400, Policy::FirstFit)); // a lesson heap first, then the new one
    BlockTableModel blocks(&heap);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&blocks);
    BlockTableView view;
    view.setModel(&proxy);
    QFont font = view.font();
    font.setPixelSize(16);
    view.setFont(font);
    view.resize(1200, 300); // room for every column: nothing shrinks
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(heap.reset(heapSize, Policy::FirstFit));
    QVERIFY(heap.allocate(first).ok());
    QVERIFY(heap.allocate(std::min(first, heapSize - first)).ok());
    checkFit(view, proxy);
}

void TestBlockTableView::sparseAddressesFitTheirColumns_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("pixels"); // the font's
    QTest::newRow("wide") << 1200 << 16;
    QTest::newRow("wide, presenting") << 1200 << 23;
    // As wide as the Blocks dock beside a 1280-pixel window.
    QTest::newRow("dock") << 466 << 12;
}

void TestBlockTableView::sparseAddressesFitTheirColumns()
{
    // The main heap, and an mmapped chunk near the top whose addresses are
    // written with narrow digits ("0x7ffff7fc..."): "0x55b100fe5000" is wider.
    QFETCH(int, width);
    QFETCH(int, pixels);
    constexpr Addr kBase = 0x55b100fe5000;
    constexpr Addr kTop = 0x7ffff7fc0000;
    HeapSettings s;
    s.base = kBase;
    s.gaps = { { kBase + 256 * 1024, kTop - kBase - 256 * 1024 } };
    HeapModel heap;
    QVERIFY(heap.reset(kTop + 64 * 1024 - kBase, Policy::FirstFit, s));
    for (int i = 0; i < 20; ++i)
        QVERIFY(heap.allocate(Size(1000 + 499 * i)).ok());
    BlockTableModel blocks(&heap);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&blocks);
    BlockTableView view;
    view.setModel(&proxy);
    QFont font = view.font();
    font.setPixelSize(pixels);
    view.setFont(font);
    view.resize(width, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(blocks.highestAddress(), kTop + 64 * 1024);
    QCOMPARE(blocks.largestSize(), Size(256 * 1024));
    QCOMPARE(proxy.index(0, BlockTableModel::Start).data().toString(), QStringLiteral("0x55b100fe5000"));
    checkFit(view, proxy);
}

QTEST_MAIN(TestBlockTableView)
#include "tst_blocktableview.moc"
