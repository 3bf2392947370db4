// SPDX-License-Identifier: MIT
// HeapModel: the typed signals come out in the order the core reported the
// events, failures are steps that change nothing, jumps re-tell one step.
#include "heapmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace heapboard;

namespace {

// Records every signal of a model as one line, in emission order.
class Recorder : public QObject
{
public:
    explicit Recorder(HeapModel *model)
    {
        const auto span = [](Span s) { return QStringLiteral("%1+%2").arg(s.start).arg(s.size); };
        connect(model, &HeapModel::split, this, [=, this](Span whole, Span front, Span rest) {
            lines << QStringLiteral("split %1 %2 %3").arg(span(whole), span(front), span(rest));
        });
        connect(model, &HeapModel::allocated, this,
                [=, this](Span s, quint32) { lines << QStringLiteral("allocated %1").arg(span(s)); });
        connect(model, &HeapModel::freed, this, [=, this](Span s) { lines << QStringLiteral("freed %1").arg(span(s)); });
        connect(model, &HeapModel::merged, this, [=, this](Span s, const QList<Span> &parts) {
            QStringList p;
            for (const Span &part : parts)
                p << span(part);
            lines << QStringLiteral("merged %1 from %2").arg(span(s), p.join(u' '));
        });
        connect(model, &HeapModel::resized, this, [=, this](Span before, Span after) {
            lines << QStringLiteral("resized %1 %2").arg(span(before), span(after));
        });
        connect(model, &HeapModel::moved, this,
                [=, this](Span from, Span to) { lines << QStringLiteral("moved %1 %2").arg(span(from), span(to)); });
        connect(model, &HeapModel::failed, this,
                [this](const QString &code, const QString &) { lines << QStringLiteral("failed ") + code; });
        connect(model, &HeapModel::changed, this, [this] { lines << QStringLiteral("changed"); });
    }
    QStringList take() { return std::exchange(lines, {}); }
    QStringList lines;
};

} // namespace

class TestHeapModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitComesBeforeAllocated();
    void freedComesBeforeMerged();
    void mergeOnBothSides();
    void reallocSignals();
    void failureIsAStepThatChangesNothing();
    void badResetChangesNothing();
    void steppingReTellsTheStep();
    void labels();
};

void TestHeapModel::splitComesBeforeAllocated()
{
    HeapModel model;
    model.reset(256, Policy::FirstFit);
    Recorder rec(&model);
    QSignalSpy added(&model, &HeapModel::stepAdded);
    const OpResult r = model.allocate(32);
    QVERIFY(r.ok());
    QCOMPARE(r.ptr, Addr(0));
    QCOMPARE(rec.take(), (QStringList{"split 0+256 0+32 32+224", "allocated 0+32", "changed"}));
    QCOMPARE(added.count(), 1);

    // An exact fit does not split.
    model.allocate(224);
    QCOMPARE(rec.take(), (QStringList{"allocated 32+224", "changed"}));
}

void TestHeapModel::freedComesBeforeMerged()
{
    HeapModel model;
    model.reset(256, Policy::FirstFit);
    model.allocate(32); // a: 0+32
    model.allocate(64); // b: 32+64, free 96+160
    Recorder rec(&model);
    model.freeBlock(0); // no free neighbour
    QCOMPARE(rec.take(), (QStringList{"freed 0+32", "changed"}));
    model.freeBlock(32); // merges with both sides
    QCOMPARE(rec.take(), (QStringList{"freed 32+64", "merged 0+256 from 0+32 32+64 96+160", "changed"}));
    QCOMPARE(model.heap().stats().freeBlocks, quint64(1));
}

void TestHeapModel::mergeOnBothSides()
{
    HeapModel model;
    model.reset(300, Policy::FirstFit);
    for (int i = 0; i < 3; ++i)
        model.allocate(100);
    model.freeBlock(0);
    model.freeBlock(200);
    Recorder rec(&model);
    model.freeBlock(100);
    QCOMPARE(rec.take(), (QStringList{"freed 100+100", "merged 0+300 from 0+100 100+100 200+100", "changed"}));
}

void TestHeapModel::reallocSignals()
{
    HeapModel model;
    model.reset(256, Policy::FirstFit);
    model.allocate(32);
    model.allocate(32);
    Recorder rec(&model);
    QVERIFY(model.reallocBlock(32, 64).ok()); // grows into the free block after it
    QVERIFY(rec.take().contains("resized 32+32 32+64"));
    QVERIFY(model.reallocBlock(0, 48).ok()); // cannot grow: moves
    const QStringList lines = rec.take();
    QVERIFY2(lines.contains("moved 0+32 96+48"), qPrintable(lines.join(u'\n')));
}

void TestHeapModel::failureIsAStepThatChangesNothing()
{
    HeapModel model;
    model.reset(128, Policy::FirstFit);
    model.allocate(32);
    const HeapState before = model.heap().state();
    const std::size_t steps = model.stepCount();
    Recorder rec(&model);
    QSignalSpy failed(&model, &HeapModel::failed);

    QVERIFY(!model.freeBlock(7).ok());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("invalid-pointer"));
    QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("7")));
    QCOMPARE(rec.take(), (QStringList{"failed invalid-pointer", "changed"}));

    QVERIFY(!model.allocate(1000).ok());
    QCOMPARE(failed.at(1).at(0).toString(), QStringLiteral("out-of-memory"));
    model.freeBlock(0);
    QVERIFY(!model.freeBlock(0).ok());
    // By address alone a second free is an invalid pointer (handles that
    // know a block was freed report double-free; see tst_cli).
    QCOMPARE(failed.at(2).at(0).toString(), QStringLiteral("invalid-pointer"));

    QCOMPARE(model.stepCount(), steps + 4);
    QVERIFY(model.jumpTo(steps + 2)); // after the two failures
    const HeapState after = model.heap().state();
    QVERIFY(after.blocks == before.blocks);
    QCOMPARE(after.rover, before.rover);
    QCOMPARE(after.peakLiveBytes, before.peakLiveBytes);
    QCOMPARE(after.step, before.step + 2); // only the step counter moved
}

void TestHeapModel::badResetChangesNothing()
{
    HeapModel model;
    model.reset(128, Policy::FirstFit);
    model.allocate(32);
    const HeapState before = model.heap().state();
    QSignalSpy changed(&model, &HeapModel::changed);
    QVERIFY(!model.reset(0, Policy::FirstFit));
    QVERIFY(!model.reset(kMaxHeapSize + 1, Policy::FirstFit));
    QCOMPARE(changed.count(), 0);
    QVERIFY(model.heap().state() == before);
    QCOMPARE(model.stepCount(), std::size_t(1));
}

void TestHeapModel::steppingReTellsTheStep()
{
    HeapModel model;
    model.reset(256, Policy::FirstFit);
    model.allocate(32);
    model.freeBlock(0);
    Recorder rec(&model);
    QVERIFY(model.jumpTo(1)); // back over the free: the block comes back
    QCOMPARE(rec.take(), (QStringList{"allocated 0+32", "changed"}));
    QVERIFY(model.jumpTo(2)); // forward again: freed, and the merge
    QCOMPARE(rec.take(), (QStringList{"freed 0+32", "merged 0+256 from 0+32 32+224", "changed"}));
    QVERIFY(model.jumpTo(0)); // a jump of more than one step: just changed
    QCOMPARE(rec.take(), (QStringList{"changed"}));
    QVERIFY(!model.jumpTo(99));
    QCOMPARE(model.position(), std::size_t(0));
}

void TestHeapModel::labels()
{
    HeapModel model;
    model.reset(4096, Policy::FirstFit);
    QStringList names;
    for (int i = 0; i < 28; ++i) {
        BlockInfo b;
        QVERIFY(model.heap().blockAt(model.allocate(8).ptr, b));
        names << model.labelFor(b.tag);
    }
    QCOMPARE(names.first(), QStringLiteral("a"));
    QCOMPARE(names.at(25), QStringLiteral("z"));
    QCOMPARE(names.at(26), QStringLiteral("aa"));
    QCOMPARE(names.at(27), QStringLiteral("ab"));
    BlockInfo named;
    QVERIFY(model.heap().blockAt(model.allocate(8, QStringLiteral("buf")).ptr, named));
    QCOMPARE(model.labelFor(named.tag), QStringLiteral("buf"));
}

QTEST_GUILESS_MAIN(TestHeapModel)
#include "tst_heapmodel.moc"
