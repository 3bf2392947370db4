// SPDX-License-Identifier: MIT
// StepMarks: which blocks each step marks, with which kind and text, at
// every position however it was reached; failures name what was asked and
// why it failed; the placement ghost is where malloc would go.
#include "heapmodel.h"
#include "lessonfile.h"
#include "stepmarks.h"

#include <QSignalSpy>
#include <QTest>

using namespace heapboard;
using Kind = StepMark::Kind;
Q_DECLARE_METATYPE(heapboard::Policy)

namespace {

StepMark mark(Kind kind, Span span, const QString &text)
{
    StepMark m;
    m.kind = kind;
    m.span = span;
    m.text = text;
    return m;
}

// Free blocks where the four policies choose four different blocks for 40
// bytes: first fit A (0), next fit E (230, after the rover at 180), best fit
// C (340, 45 bytes), worst fit D (435, 300 bytes); B (785, 20 bytes) and X
// (150, 30 bytes) are too small for any.
void buildPolicyHeap(HeapModel &model)
{
    model.reset(1024, Policy::FirstFit);
    const Size sizes[] = { 100, 50, 30, 50, 60, 50, 45, 50, 300, 50, 20, 219 };
    for (const Size n : sizes)
        model.allocate(n);
    for (const Addr a : { 0, 150, 230, 340, 435, 785 })
        model.freeBlock(a);
    model.setPolicy(Policy::BestFit);
    model.allocate(30); // X exactly: the rover goes to 180
    model.freeBlock(150);
}

} // namespace

class TestStepMarks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noMarksAtTheStart();
    void mallocMarksTheBlockAndTheRest();
    void exactFitHasNoRest();
    void freeOfThreeNeighboursIsOneMerge();
    void failedMallocIsAGhostOfItsSize();
    void invalidFreeNamesTheAddressAndWhy();
    void freeOutsideTheHeapStandsAtItsEdge();
    void doubleFreeFindsTheOldBlock();
    void reallocMarksBeforeAndAfter();
    void steppingBackShowsThatStepsMarks();
    void longJumpsAndEditsKeepMarksCurrent();
    void placementIsWherePolicyPuts_data();
    void placementIsWherePolicyPuts();
    void placementSaysWhenNothingFits();
};

void TestStepMarks::noMarksAtTheStart()
{
    HeapModel model;
    model.reset(400, Policy::FirstFit);
    StepMarks marks(&model);
    QVERIFY(marks.marks().isEmpty());
}

void TestStepMarks::mallocMarksTheBlockAndTheRest()
{
    HeapModel model;
    model.reset(400, Policy::FirstFit);
    StepMarks marks(&model);
    QSignalSpy spy(&marks, &StepMarks::marksChanged);
    model.allocate(100);
    QCOMPARE(spy.count(), 1);
    const QList<StepMark> expected { mark(Kind::Remainder, { 100, 300 }, QStringLiteral("rest 300 B")),
                                     mark(Kind::Allocated, { 0, 100 }, QStringLiteral("new 100 B")) };
    QCOMPARE(marks.marks(), expected);
    QCOMPARE(marks.marks()[0].glyph(), QStringLiteral("\u00f7"));
    QCOMPARE(marks.marks()[1].glyph(), QStringLiteral("+"));
}

void TestStepMarks::exactFitHasNoRest()
{
    HeapModel model;
    model.reset(100, Policy::FirstFit);
    StepMarks marks(&model);
    model.allocate(100);
    QCOMPARE(marks.marks(),
             QList<StepMark> { mark(Kind::Allocated, { 0, 100 }, QStringLiteral("new 100 B")) });
}

void TestStepMarks::freeOfThreeNeighboursIsOneMerge()
{
    HeapModel model;
    QVERIFY(test::loadLesson(model, QStringLiteral("03-coalescing.heap")));
    StepMarks marks(&model);
    QVERIFY(model.jumpTo(8)); // free c, between the holes of b and d
    QCOMPARE(model.statement(8), QStringLiteral("free c"));
    const QList<StepMark> expected { mark(Kind::Freed, { 200, 100 }, QStringLiteral("freed 100 B")),
                                     mark(Kind::Merged, { 100, 300 },
                                          QStringLiteral("merged 300 B from 3 blocks")) };
    QCOMPARE(marks.marks(), expected);
    QCOMPARE(marks.marks()[1].glyph(), QStringLiteral("\u22c8"));
}

void TestStepMarks::failedMallocIsAGhostOfItsSize()
{
    HeapModel model;
    QVERIFY(test::loadLesson(model, QStringLiteral("03-coalescing.heap")));
    StepMarks marks(&model);
    QVERIFY(model.jumpTo(7)); // e = malloc 200 with two holes of 100
    QCOMPARE(marks.marks().size(), 1);
    const StepMark ghost = marks.marks().front();
    QCOMPARE(ghost.kind, Kind::Ghost);
    // Drawn from the largest free block (the first of the two), at full size.
    QCOMPARE(ghost.span, (Span { 100, 200 }));
    QCOMPARE(ghost.text, QStringLiteral("malloc: needs 200 B, largest free 100 B"));
}

void TestStepMarks::invalidFreeNamesTheAddressAndWhy()
{
    HeapModel model;
    QVERIFY(test::loadTestScenario(model, QStringLiteral("bad-frees.heap")));
    StepMarks marks(&model);
    QVERIFY(model.jumpTo(3)); // free 100, inside b
    QCOMPARE(marks.marks().size(), 1);
    const StepMark m = marks.marks().front();
    QCOMPARE(m.kind, Kind::BadPointer);
    QCOMPARE(m.span, (Span { 100, 1 }));
    QVERIFY(!m.atEdge && !m.noAddress);
    QCOMPARE(m.text, QStringLiteral("free(100): not a block start (inside the used block at 64)"));
    QCOMPARE(m.glyph(), QStringLiteral("\u00d7"));
}

void TestStepMarks::freeOutsideTheHeapStandsAtItsEdge()
{
    HeapModel model;
    model.reset(400, Policy::FirstFit);
    StepMarks marks(&model);
    model.freeBlock(5000);
    QCOMPARE(marks.marks().size(), 1);
    const StepMark m = marks.marks().front();
    QCOMPARE(m.kind, Kind::BadPointer);
    QVERIFY(m.atEdge);
    QCOMPARE(m.span, (Span { 399, 1 }));
    QCOMPARE(m.text, QStringLiteral("free(5000): outside the heap, which ends at 400; marked at its end"));
}

void TestStepMarks::doubleFreeFindsTheOldBlock()
{
    HeapModel model;
    QVERIFY(test::loadTestScenario(model, QStringLiteral("bad-frees.heap")));
    StepMarks marks(&model);
    QVERIFY(model.jumpTo(5)); // free a, again
    QCOMPARE(model.statement(5), QStringLiteral("free a"));
    QCOMPARE(marks.marks().size(), 1);
    StepMark m = marks.marks().front();
    QCOMPARE(m.kind, Kind::BadPointer);
    QCOMPARE(m.span, (Span { 0, 1 }));
    QCOMPARE(m.text,
             QStringLiteral("free a: double free: freed by step 4 at 0; the block there is already free"));
    QVERIFY(model.jumpTo(7)); // a third time: c lives at 0 now
    m = marks.marks().front();
    QCOMPARE(m.span, (Span { 0, 1 }));
    QCOMPARE(
        m.text,
        QStringLiteral(
            "free a: double free: freed by step 4 at 0; the block there is another one now, left alone"));
}

void TestStepMarks::reallocMarksBeforeAndAfter()
{
    HeapModel model;
    model.reset(400, Policy::FirstFit);
    model.allocate(100); // 0
    model.allocate(50); // 100
    StepMarks marks(&model);
    model.reallocBlock(0, 150); // no room after it: moves to 150
    QList<StepMark> expected { mark(Kind::Remainder, { 300, 100 }, QStringLiteral("rest 100 B")),
                               mark(Kind::Before, { 0, 100 }, QStringLiteral("was 100 B at 0")),
                               mark(Kind::After, { 150, 150 }, QStringLiteral("now 150 B")) };
    QCOMPARE(marks.marks(), expected);
    model.reallocBlock(150, 60); // shrinks in place: its tail merges with the rest
    expected = { mark(Kind::Before, { 150, 150 }, QStringLiteral("was 150 B at 150")),
                 mark(Kind::After, { 150, 60 }, QStringLiteral("now 60 B")),
                 mark(Kind::Freed, { 210, 90 }, QStringLiteral("freed 90 B")),
                 mark(Kind::Merged, { 210, 190 }, QStringLiteral("merged 190 B from 2 blocks")) };
    QCOMPARE(marks.marks(), expected);
}

void TestStepMarks::steppingBackShowsThatStepsMarks()
{
    HeapModel model;
    QVERIFY(test::loadLesson(model, QStringLiteral("03-coalescing.heap")));
    StepMarks marks(&model);
    QVERIFY(model.jumpTo(8));
    QCOMPARE(marks.marks().back().kind, Kind::Merged);
    // Back one step: what step 7 did (a failure), not the merge undone.
    QVERIFY(model.jumpTo(7));
    QCOMPARE(marks.marks().size(), 1);
    QCOMPARE(marks.marks().front().kind, Kind::Ghost);
    QVERIFY(model.jumpTo(6)); // free d
    QCOMPARE(marks.marks(),
             QList<StepMark> { mark(Kind::Freed, { 300, 100 }, QStringLiteral("freed 100 B")) });
    QVERIFY(model.jumpTo(2)); // b = malloc 100
    const QList<StepMark> expected { mark(Kind::Remainder, { 200, 200 }, QStringLiteral("rest 200 B")),
                                     mark(Kind::Allocated, { 100, 100 }, QStringLiteral("new 100 B")) };
    QCOMPARE(marks.marks(), expected);
    QVERIFY(model.jumpTo(0));
    QVERIFY(marks.marks().isEmpty());
}

void TestStepMarks::longJumpsAndEditsKeepMarksCurrent()
{
    HeapModel model;
    model.reset(1 << 16, Policy::FirstFit);
    for (int i = 0; i < 100; ++i)
        model.allocate(16);
    StepMarks marks(&model);
    QVERIFY(model.jumpTo(3)); // a long jump: no events come out, the marks still do
    QCOMPARE(marks.marks().back(), mark(Kind::Allocated, { 32, 16 }, QStringLiteral("new 16 B")));
    QVERIFY(model.jumpTo(100));
    QCOMPARE(marks.marks().back(), mark(Kind::Allocated, { 1584, 16 }, QStringLiteral("new 16 B")));
    // An edit in the middle drops the later steps: its own marks show.
    QVERIFY(model.jumpTo(50));
    model.freeBlock(0);
    QCOMPARE(marks.marks(), QList<StepMark> { mark(Kind::Freed, { 0, 16 }, QStringLiteral("freed 16 B")) });
    // A new document: nothing done yet.
    model.reset(400, Policy::FirstFit);
    QVERIFY(marks.marks().isEmpty());
}

void TestStepMarks::placementIsWherePolicyPuts_data()
{
    QTest::addColumn<Policy>("policy");
    QTest::addColumn<Addr>("address");
    QTest::addColumn<QString>("text");
    QTest::newRow("first") << Policy::FirstFit << Addr(0) << QStringLiteral("first fit puts 40 B at 0");
    QTest::newRow("next") << Policy::NextFit << Addr(230) << QStringLiteral("next fit puts 40 B at 230");
    QTest::newRow("best") << Policy::BestFit << Addr(340) << QStringLiteral("best fit puts 40 B at 340");
    QTest::newRow("worst") << Policy::WorstFit << Addr(435) << QStringLiteral("worst fit puts 40 B at 435");
}

void TestStepMarks::placementIsWherePolicyPuts()
{
    QFETCH(Policy, policy);
    QFETCH(Addr, address);
    QFETCH(QString, text);
    HeapModel model;
    buildPolicyHeap(model);
    model.setPolicy(policy);
    Addr expected = 0;
    QVERIFY(model.heap().placement(40, expected));
    QCOMPARE(expected, address);
    const StepMark ghost = StepMarks::placement(model.heap(), 40);
    QCOMPARE(ghost, mark(Kind::Placement, { address, 40 }, text));
}

void TestStepMarks::placementSaysWhenNothingFits()
{
    HeapModel model;
    model.reset(1000, Policy::FirstFit);
    model.allocate(700);
    const StepMark m = StepMarks::placement(model.heap(), 2000);
    QCOMPARE(m.kind, Kind::NoRoom);
    QCOMPARE(m.text, QStringLiteral("no free block of 2000 B; largest free 300 B"));
}

QTEST_GUILESS_MAIN(TestStepMarks)
#include "tst_stepmarks.moc"
