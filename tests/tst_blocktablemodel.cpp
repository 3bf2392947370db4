// SPDX-License-Identifier: MIT
// BlockTableModel: checked by QAbstractItemModelTester through single
// changes (row inserts and removes) and bulk changes (a reset).
#include "blocktablemodel.h"
#include "heapmodel.h"
#include "numberformat.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace heapboard;

class TestBlockTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsMatchTheHeap();
    void singleChangesAreRowInsertsAndRemoves();
    void bulkChangeResets();
    void sortsNumerically();
    void headerPointerAndSlackColumns();

private:
    static void compareWithHeap(const BlockTableModel &table, const HeapModel &model);
};

void TestBlockTableModel::compareWithHeap(const BlockTableModel &table, const HeapModel &model)
{
    const std::vector<BlockInfo> blocks = model.heap().blocks();
    QCOMPARE(table.rowCount(), int(blocks.size()));
    for (int row = 0; row < table.rowCount(); ++row) {
        const BlockInfo &b = blocks[std::size_t(row)];
        QCOMPARE(table.index(row, BlockTableModel::Start).data().toString(), NumberFormat::address(b.start));
        QCOMPARE(table.index(row, BlockTableModel::End).data().toString(), NumberFormat::address(b.end()));
        QCOMPARE(table.index(row, BlockTableModel::Size).data().toString(), NumberFormat::size(b.size));
        QCOMPARE(table.index(row, BlockTableModel::Size).data(BlockTableModel::SortRole).toULongLong(),
                 b.size);
        QCOMPARE(table.index(row, BlockTableModel::State).data().toString(),
                 b.used ? QStringLiteral("used") : QStringLiteral("free"));
        QCOMPARE(table.index(row, BlockTableModel::Label).data().toString(), model.labelFor(b.tag));
    }
}

void TestBlockTableModel::rowsMatchTheHeap()
{
    HeapModel model;
    model.reset(1024, Policy::FirstFit);
    BlockTableModel table(&model);
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    compareWithHeap(table, model);
    model.allocate(100);
    model.allocate(200);
    model.allocate(300);
    model.freeBlock(100);
    compareWithHeap(table, model);
    QCOMPARE(table.rowOf(300), 2);
    QCOMPARE(table.rowOf(301), -1);
    QCOMPARE(table.headerData(BlockTableModel::Label, Qt::Horizontal).toString(), QStringLiteral("Label"));
}

void TestBlockTableModel::singleChangesAreRowInsertsAndRemoves()
{
    HeapModel model;
    model.reset(1024, Policy::FirstFit);
    BlockTableModel table(&model);
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&table, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&table, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&table, &QAbstractItemModel::modelReset);

    model.allocate(100); // the free block becomes a used one and a smaller free one
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1); // rows 0 and 1
    compareWithHeap(table, model);

    model.allocate(100);
    model.freeBlock(0); // one row changes in place: removed and inserted
    compareWithHeap(table, model);
    model.freeBlock(100); // three rows become one
    compareWithHeap(table, model);
    QCOMPARE(table.rowCount(), 1);
    QCOMPARE(reset.count(), 0);

    model.freeBlock(5); // a failure changes no row
    const int changes = inserted.count() + removed.count();
    model.freeBlock(5);
    QCOMPARE(inserted.count() + removed.count(), changes);
}

void TestBlockTableModel::bulkChangeResets()
{
    HeapModel model;
    model.reset(1 << 20, Policy::FirstFit);
    BlockTableModel table(&model);
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 200; ++i)
        model.allocate(64);
    QSignalSpy reset(&table, &QAbstractItemModel::modelReset);
    QVERIFY(model.jumpTo(0)); // 200 rows go at once
    QCOMPARE(reset.count(), 1);
    compareWithHeap(table, model);
    QVERIFY(model.jumpTo(model.stepCount()));
    compareWithHeap(table, model);
    model.reset(4096, Policy::BestFit);
    compareWithHeap(table, model);
}

void TestBlockTableModel::sortsNumerically()
{
    HeapModel model;
    model.reset(4096, Policy::FirstFit);
    BlockTableModel table(&model);
    for (const Size s : { 9, 100, 20, 1000 })
        model.allocate(s);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    proxy.setSortRole(BlockTableModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(BlockTableModel::Size);
    QStringList sizes;
    for (int row = 0; row < proxy.rowCount(); ++row)
        sizes << proxy.index(row, BlockTableModel::Size).data().toString();
    // Sorted by the number, not the text ("1000 B" < "20 B" as text).
    QCOMPARE(sizes, (QStringList { "9 B", "20 B", "100 B", "1000 B", "2967 B" }));
    proxy.setFilterKeyColumn(BlockTableModel::State);
    proxy.setFilterFixedString(QStringLiteral("free"));
    QCOMPARE(proxy.rowCount(), 1);
}

void TestBlockTableModel::headerPointerAndSlackColumns()
{
    // Only a heap with a header, an alignment or a minimum block has them
    // (docs/settings.md).
    HeapModel model;
    QVERIFY(model.reset(1024, Policy::FirstFit));
    BlockTableModel table(&model);
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table.columnCount(), int(BlockTableModel::Pointer));
    HeapSettings settings;
    settings.base = 1000;
    settings.header = 8;
    settings.alignment = 16;
    QVERIFY(model.reset(1024, Policy::FirstFit, settings));
    QCOMPARE(table.columnCount(), int(BlockTableModel::ColumnCount));
    QCOMPARE(table.headerData(BlockTableModel::Pointer, Qt::Horizontal).toString(),
             QStringLiteral("Pointer"));
    const OpResult r = model.allocate(13); // 8 + 16 bytes: 3 of slack
    QVERIFY(r.ok());
    QCOMPARE(r.ptr, Addr(1008));
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(table.index(0, BlockTableModel::Start).data().toString(), NumberFormat::address(1000));
    QCOMPARE(table.index(0, BlockTableModel::Size).data().toString(), NumberFormat::size(24));
    QCOMPARE(table.index(0, BlockTableModel::Pointer).data().toString(), NumberFormat::address(1008));
    QCOMPARE(table.index(0, BlockTableModel::Pointer).data(BlockTableModel::SortRole).toULongLong(), 1008u);
    QCOMPARE(table.index(0, BlockTableModel::Header).data().toString(), NumberFormat::size(8));
    QCOMPARE(table.index(0, BlockTableModel::Slack).data().toString(), NumberFormat::size(3));
    // A free block has none of them.
    QVERIFY(!table.index(1, BlockTableModel::Pointer).data().isValid());
    QVERIFY(!table.index(1, BlockTableModel::Slack).data().isValid());
    compareWithHeap(table, model);
}

QTEST_GUILESS_MAIN(TestBlockTableModel)
#include "tst_blocktablemodel.moc"
