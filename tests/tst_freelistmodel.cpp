// SPDX-License-Identifier: MIT
// FreeListModel: its rows are the core's free list (the heap's free blocks
// in address order) after every step, checked by QAbstractItemModelTester
// and by a randomized walk (printed seed; HEAPBOARD_SEED repeats one) of
// mallocs, frees, reallocs, policy changes, steps back and forward, jumps
// and loads. The rover and the "changed at this step" flags are checked
// against the core as well: the rover's cell is where next fit's search
// starts (Heap::placement(1)), the changed cells are the free blocks the
// last step added.
#include "freelistmodel.h"
#include "heapmodel.h"
#include "trace.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <set>

using namespace heapboard;

namespace {

using Change = FreeListModel::Change;

std::vector<BlockInfo> freeBlocks(const Heap &heap)
{
    std::vector<BlockInfo> out;
    heap.forEachBlock([&](const BlockInfo &b) {
        if (!b.used)
            out.push_back(b);
    });
    return out;
}

Change changedAt(const FreeListModel &list, int row)
{
    return Change(list.index(row).data(FreeListModel::ChangeRole).toInt());
}

// What the heap model told about the last step, kept by the test itself.
struct LastStep {
    explicit LastStep(const HeapModel &model)
    {
        QObject::connect(&model, &HeapModel::blocksChanged, &context,
                         [this](const std::vector<BlockInfo> &r, const std::vector<BlockInfo> &a) {
                             removed = r;
                             added = a;
                         });
        QObject::connect(&model, &HeapModel::blocksReset, &context, [this] {
            removed.clear();
            added.clear();
        });
    }
    QObject context;
    std::vector<BlockInfo> removed, added;
};

Trace parsedTrace(const QByteArray &text)
{
    Trace trace;
    ParseError error;
    if (!parseTrace(std::string_view(text.constData(), std::size_t(text.size())), trace, error))
        qFatal("trace does not parse: %d: %s", error.line, error.message.c_str());
    return trace;
}

// n blocks of 16 bytes, then every other one freed: n / 2 free blocks.
QByteArray comb(int n)
{
    QByteArray text = QByteArray::number(n * 16) + "\n" + QByteArray::number(n) + "\n"
        + QByteArray::number(n + n / 2) + "\n1\n";
    for (int i = 0; i < n; ++i)
        text += "a " + QByteArray::number(i) + " 16\n";
    for (int i = 0; i < n; i += 2)
        text += "f " + QByteArray::number(i) + "\n";
    return text;
}

} // namespace

class TestFreeListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsAreTheFreeBlocksInAddressOrder();
    void splitAndMergeChangeCellsInPlace();
    void changedFlagsLastOneStep();
    void roverMarksWhereNextFitSearches();
    void randomWalkMatchesTheCore();
    void longListsStepWithoutReset();
    void rowsFollowTheListOrder_data();
    void rowsFollowTheListOrder();

private:
    static void compareWithCore(const FreeListModel &list, const HeapModel &model, const LastStep &last);
};

void TestFreeListModel::compareWithCore(const FreeListModel &list, const HeapModel &model,
                                        const LastStep &last)
{
    const Heap &heap = model.heap();
    const std::vector<BlockInfo> free = freeBlocks(heap);
    QCOMPARE(list.rowCount(), int(free.size()));
    std::set<Addr> addedFree;
    for (const BlockInfo &b : last.added) {
        if (!b.used)
            addedFree.insert(b.start);
    }
    Addr searchStart = 0;
    const bool nextFit = heap.policy() == Policy::NextFit && heap.placement(1, searchStart);
    int rovers = 0;
    for (int row = 0; row < list.rowCount(); ++row) {
        const BlockInfo &b = free[std::size_t(row)];
        const QModelIndex i = list.index(row);
        QCOMPARE(i.data(FreeListModel::StartRole).toULongLong(), b.start);
        QCOMPARE(i.data(FreeListModel::SizeRole).toULongLong(), b.size);
        QCOMPARE(list.rowOf(b.start), row);
        const bool rover = i.data(FreeListModel::RoverRole).toBool();
        QCOMPARE(rover, nextFit && b.start == searchStart);
        rovers += rover ? 1 : 0;
        // Changed: exactly the free blocks the last step added, and of the
        // kind its removed free blocks say.
        const Change change = changedAt(list, row);
        QCOMPARE(change != Change::None, addedFree.count(b.start) == 1);
        // A removed free block hands its cell to the first added free
        // block that overlaps it; any other one is a new cell.
        bool inside = false, beyond = false, handedOn = true;
        for (const BlockInfo &r : last.removed) {
            if (r.used || r.start >= b.end() || b.start >= r.end())
                continue;
            inside = inside || (r.start <= b.start && b.end() <= r.end());
            beyond = beyond || b.start < r.start || r.end() < b.end();
            handedOn = handedOn && std::any_of(last.added.begin(), last.added.end(), [&](const BlockInfo &a) {
                           return !a.used && a.start < b.start && a.start < r.end() && r.start < a.end();
                       });
        }
        if (change == Change::Added)
            QVERIFY2(handedOn, qPrintable(QStringLiteral("%1+%2").arg(b.start).arg(b.size)));
        if (change == Change::Shrunk)
            QVERIFY(inside);
        if (change == Change::Grew)
            QVERIFY(beyond);
    }
    QCOMPARE(rovers, nextFit ? 1 : 0);
    QCOMPARE(list.roverRow(), nextFit ? list.rowOf(searchStart) : -1);
}

void TestFreeListModel::rowsAreTheFreeBlocksInAddressOrder()
{
    HeapModel model;
    QVERIFY(model.reset(1024, Policy::FirstFit));
    FreeListModel list(&model);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LastStep last(model);
    QCOMPARE(list.rowCount(), 1);
    QCOMPARE(list.index(0).data().toString(), QStringLiteral("0 · 1024 B"));
    for (const Size s : { 100, 50, 200, 30 })
        model.allocate(s);
    model.freeBlock(100); // 100+50
    model.freeBlock(350); // 350+30, then 380+644: merged into 350+674
    compareWithCore(list, model, last);
    QCOMPARE(list.rowCount(), 2);
    QCOMPARE(list.index(0).data().toString(), QStringLiteral("100 · 50 B"));
    QCOMPARE(list.index(1).data().toString(), QStringLiteral("350 · 674 B"));
    QCOMPARE(list.rowOf(100), 0);
    QCOMPARE(list.rowOf(101), -1);
    QCOMPARE(list.roleNames().value(FreeListModel::RoverRole), QByteArray("isRover"));
}

void TestFreeListModel::splitAndMergeChangeCellsInPlace()
{
    HeapModel model;
    QVERIFY(model.reset(400, Policy::FirstFit));
    FreeListModel list(&model);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&list, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&list, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&list, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&list, &QAbstractItemModel::modelReset);

    model.allocate(100); // the one free cell shrinks to 100+300 in place
    QCOMPARE(inserted.count() + removed.count() + reset.count(), 0);
    QCOMPARE(changedAt(list, 0), Change::Shrunk);
    QCOMPARE(list.index(0).data(FreeListModel::StartRole).toULongLong(), 100u);
    for (int i = 0; i < 3; ++i)
        model.allocate(100); // the last one takes all: the cell goes
    QCOMPARE(list.rowCount(), 0);
    QCOMPARE(removed.count(), 1);
    model.freeBlock(100); // a new cell
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changedAt(list, 0), Change::Added);
    model.freeBlock(300);
    QCOMPARE(list.rowCount(), 2);
    removed.clear();
    inserted.clear();
    model.freeBlock(200); // three neighbours merge: the first cell grows, the second goes
    QCOMPARE(list.rowCount(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(list.index(0).data(FreeListModel::SizeRole).toULongLong(), 300u);
    QCOMPARE(changedAt(list, 0), Change::Grew);
    // Back over the merge: the cell shrinks back, the second comes again.
    QVERIFY(model.jumpTo(model.position() - 1));
    QCOMPARE(list.rowCount(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changedAt(list, 0), Change::Shrunk);
    QCOMPARE(changedAt(list, 1), Change::Added);
    QCOMPARE(reset.count(), 0);
}

void TestFreeListModel::changedFlagsLastOneStep()
{
    HeapModel model;
    QVERIFY(model.reset(1000, Policy::FirstFit));
    FreeListModel list(&model);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.allocate(100);
    model.allocate(100);
    model.freeBlock(0);
    QCOMPARE(list.changedCount(), 1);
    QCOMPARE(changedAt(list, 0), Change::Added);
    QCOMPARE(changedAt(list, 1), Change::None); // 200+800 did not change at this step
    QSignalSpy changed(&list, &QAbstractItemModel::dataChanged);
    model.freeBlock(7); // a failed step changes nothing, and ends the last step's marks
    QCOMPARE(list.changedCount(), 0);
    QCOMPARE(changedAt(list, 0), Change::None);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int> { FreeListModel::ChangeRole });
    QVERIFY(model.jumpTo(0)); // a jump of a few steps: the last step taken back marks
    QCOMPARE(list.rowCount(), 1);
    QCOMPARE(changedAt(list, 0), Change::Grew);
}

void TestFreeListModel::roverMarksWhereNextFitSearches()
{
    HeapModel model;
    QVERIFY(model.reset(1000, Policy::NextFit));
    FreeListModel list(&model);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LastStep last(model);
    QCOMPARE(list.roverRow(), 0);
    for (int i = 0; i < 5; ++i)
        model.allocate(100); // rover at 500
    model.freeBlock(100);
    model.freeBlock(300);
    compareWithCore(list, model, last);
    QCOMPARE(list.roverRow(), 2); // 500+500 holds the rover
    model.allocate(500); // rover at the end of the heap: the search wraps to 100
    compareWithCore(list, model, last);
    QCOMPARE(list.roverRow(), 0);
    QVERIFY(list.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("next fit")));
    QSignalSpy changed(&list, &QAbstractItemModel::dataChanged);
    model.setPolicy(Policy::FirstFit); // no rover under first fit
    QCOMPARE(list.roverRow(), -1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(FreeListModel::RoverRole));
    compareWithCore(list, model, last);
}

void TestFreeListModel::randomWalkMatchesTheCore()
{
    const quint32 seed = qEnvironmentVariableIsSet("HEAPBOARD_SEED")
        ? quint32(qEnvironmentVariableIntValue("HEAPBOARD_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("seed %u (HEAPBOARD_SEED=%u repeats this run)", seed, seed);
    QRandomGenerator rng(seed);
    HeapModel model;
    QVERIFY(model.reset(4096, Policy::FirstFit));
    FreeListModel list(&model);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LastStep last(model);
    const auto usedBlock = [&]() -> std::optional<Addr> {
        std::vector<Addr> used;
        model.heap().forEachBlock([&](const BlockInfo &b) {
            if (b.used)
                used.push_back(b.start);
        });
        return used.empty() ? std::nullopt : std::optional(used[rng.bounded(quint32(used.size()))]);
    };
    for (int i = 0; i < 1500; ++i) {
        const quint32 what = rng.bounded(100u);
        const Size heapSize = model.heap().heapSize();
        if (what < 30) {
            model.allocate(1 + rng.bounded(quint32(heapSize / 6)));
        } else if (what < 52) {
            model.freeBlock(usedBlock().value_or(rng.bounded(quint32(heapSize))));
        } else if (what < 62) {
            model.reallocBlock(usedBlock().value_or(0), rng.bounded(quint32(heapSize / 5)));
        } else if (what < 66) {
            model.setPolicy(Policy(rng.bounded(4u)));
        } else if (what < 78) {
            model.jumpTo(model.position() > 0 ? model.position() - 1 : 0);
        } else if (what < 88) {
            model.jumpTo(std::min(model.stepCount(), model.position() + 1));
        } else if (what < 97) {
            model.jumpTo(rng.bounded(quint32(model.stepCount() + 1))); // near: stepwise; far: a reset
        } else if (what < 99) {
            model.reset(Size(256) << rng.bounded(5u), Policy(rng.bounded(4u)));
        } else {
            model.loadTrace(parsedTrace(comb(2 * int(1 + rng.bounded(40u)))), 0, Policy(rng.bounded(4u)));
        }
        compareWithCore(list, model, last);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("after action %1 (seed %2)").arg(i).arg(seed)));
    }
}

void TestFreeListModel::longListsStepWithoutReset()
{
    // 100k free blocks: stepping changes a row or two, never the whole list.
    HeapModel model;
    model.loadTrace(parsedTrace(comb(200000)), Size(200000) * 16, Policy::FirstFit);
    FreeListModel list(&model);
    QCOMPARE(list.rowCount(), 100000);
    QSignalSpy reset(&list, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&list, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&list, &QAbstractItemModel::rowsRemoved);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 2000; ++i)
        QVERIFY(model.jumpTo(model.position() - 1));
    for (int i = 0; i < 2000; ++i)
        QVERIFY(model.jumpTo(model.position() + 1));
    qInfo("4000 steps over 100k free blocks: %lld ms", clock.elapsed());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count() + removed.count(), 4000); // one row each step
    QCOMPARE(list.rowCount(), 100000);
    QCOMPARE(list.rowOf(Addr(199998) * 16), 99999);
}

void TestFreeListModel::rowsFollowTheListOrder_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("coalescing");
    for (ListOrder o : { ListOrder::SizeAscending, ListOrder::SizeDescending, ListOrder::InsertFront,
                         ListOrder::InsertBack }) {
        for (Coalescing c : { Coalescing::Neighbours, Coalescing::None, Coalescing::ListPass }) {
            QTest::addRow("%s/%s", listOrderName(o).data(), coalescingName(c).data()) << int(o) << int(c);
        }
    }
}

void TestFreeListModel::rowsFollowTheListOrder()
{
    // Orders other than address (docs/settings.md): the rows are the core's
    // list in its order after every step, forward and back, and the step's
    // new free blocks are the changed ones.
    QFETCH(int, order);
    QFETCH(int, coalescing);
    HeapSettings settings;
    settings.order = ListOrder(order);
    settings.coalescing = Coalescing(coalescing);
    settings.header = 4;
    const quint32 seed = qEnvironmentVariableIsSet("HEAPBOARD_SEED")
        ? quint32(qEnvironmentVariableIntValue("HEAPBOARD_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("seed %u (HEAPBOARD_SEED=%u repeats this run)", seed, seed);
    QRandomGenerator rng(seed);
    HeapModel model;
    QVERIFY(model.reset(2048, Policy(rng.bounded(4u)), settings));
    FreeListModel list(&model);
    QCOMPARE(list.order(), ListOrder(order));
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LastStep last(model);
    std::vector<Addr> pointers;
    for (int i = 0; i < 400; ++i) {
        const quint32 what = rng.bounded(100u);
        if (what < 40) {
            const OpResult r = model.allocate(1 + rng.bounded(200u));
            if (r.hasPtr)
                pointers.push_back(r.ptr);
        } else if (what < 75 && !pointers.empty()) {
            const std::size_t k = rng.bounded(quint32(pointers.size()));
            model.freeBlock(pointers[k]);
            pointers.erase(pointers.begin() + std::ptrdiff_t(k));
        } else if (what < 90) {
            model.jumpTo(model.position() > 0 ? model.position() - 1 : 0);
        } else {
            model.jumpTo(std::min(model.stepCount(), model.position() + 1));
        }
        const std::vector<BlockInfo> inOrder = model.heap().freeList();
        QCOMPARE(list.rowCount(), int(inOrder.size()));
        std::set<Addr> addedFree;
        for (const BlockInfo &b : last.added) {
            if (!b.used)
                addedFree.insert(b.start);
        }
        for (int row = 0; row < list.rowCount(); ++row) {
            const BlockInfo &b = inOrder[std::size_t(row)];
            QCOMPARE(list.index(row).data(FreeListModel::StartRole).toULongLong(), b.start);
            QCOMPARE(list.index(row).data(FreeListModel::SizeRole).toULongLong(), b.size);
            QCOMPARE(list.rowOf(b.start), row);
            QCOMPARE(changedAt(list, row) != Change::None, addedFree.count(b.start) == 1);
        }
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("after action %1 (seed %2)").arg(i).arg(seed)));
    }
}

QTEST_GUILESS_MAIN(TestFreeListModel)
#include "tst_freelistmodel.moc"
