// SPDX-License-Identifier: MIT
// HeapModel: the typed signals come out in the order the core reported the
// events, failures are steps that change nothing, jumps re-tell one step.
#include "heapmodel.h"
#include "testscenario.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <random>

using namespace heapboard;
using heapboard::test::parsed;

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
        connect(model, &HeapModel::freed, this,
                [=, this](Span s) { lines << QStringLiteral("freed %1").arg(span(s)); });
        connect(model, &HeapModel::merged, this, [=, this](Span s, const QList<Span> &parts) {
            QStringList p;
            for (const Span &part : parts)
                p << span(part);
            lines << QStringLiteral("merged %1 from %2").arg(span(s), p.join(u' '));
        });
        connect(model, &HeapModel::resized, this, [=, this](Span before, Span after) {
            lines << QStringLiteral("resized %1 %2").arg(span(before), span(after));
        });
        connect(model, &HeapModel::moved, this, [=, this](Span from, Span to) {
            lines << QStringLiteral("moved %1 %2").arg(span(from), span(to));
        });
        connect(model, &HeapModel::failed, this,
                [this](const QString &code, const QString &) { lines << QStringLiteral("failed ") + code; });
        connect(model, &HeapModel::changed, this, [this] { lines << QStringLiteral("changed"); });
    }
    QStringList take() { return std::exchange(lines, {}); }
    QStringList lines;
};

const char *const kLesson = heapboard::test::kReuseScenario;

// The blocks with their labels, one line each, for messages that say what
// differs.
QStringList describe(const HeapModel &model)
{
    QStringList out;
    model.heap().forEachBlock([&](const BlockInfo &b) {
        out << QStringLiteral("%1+%2 %3 step %4 tag %5 '%6'")
                   .arg(b.start)
                   .arg(b.size)
                   .arg(b.used ? "used" : "free")
                   .arg(b.step)
                   .arg(b.tag)
                   .arg(model.labelFor(b.tag));
    });
    return out;
}

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
    void steppingEmitsWhatPerformingEmits();
    void labels();
    void loadScenarioGoesToTheStart();
    void loadScenarioWithABadHeapChangesNothing();
    void actingAfterAJumpBackDropsLaterSteps();
    void labelsAreHandleNames();
    void savedSessionLoadsBackStepForStep_data();
    void savedSessionLoadsBackStepForStep();
};

void TestHeapModel::splitComesBeforeAllocated()
{
    HeapModel model;
    model.reset(256, Policy::FirstFit);
    Recorder rec(&model);
    QSignalSpy added(&model, &HeapModel::stepsReplaced);
    const OpResult r = model.allocate(32);
    QVERIFY(r.ok());
    QCOMPARE(r.ptr, Addr(0));
    QCOMPARE(rec.take(), (QStringList { "split 0+256 0+32 32+224", "allocated 0+32", "changed" }));
    QCOMPARE(added.count(), 1);

    // An exact fit does not split.
    model.allocate(224);
    QCOMPARE(rec.take(), (QStringList { "allocated 32+224", "changed" }));
}

void TestHeapModel::freedComesBeforeMerged()
{
    HeapModel model;
    model.reset(256, Policy::FirstFit);
    model.allocate(32); // a: 0+32
    model.allocate(64); // b: 32+64, free 96+160
    Recorder rec(&model);
    model.freeBlock(0); // no free neighbour
    QCOMPARE(rec.take(), (QStringList { "freed 0+32", "changed" }));
    model.freeBlock(32); // merges with both sides
    QCOMPARE(rec.take(), (QStringList { "freed 32+64", "merged 0+256 from 0+32 32+64 96+160", "changed" }));
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
    QCOMPARE(rec.take(),
             (QStringList { "freed 100+100", "merged 0+300 from 0+100 100+100 200+100", "changed" }));
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
    QCOMPARE(rec.take(), (QStringList { "failed invalid-pointer", "changed" }));

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
    QVERIFY(model.jumpTo(1)); // back over the free: the merge undone, the block back
    QCOMPARE(rec.take(), (QStringList { "split 0+256 0+32 32+224", "allocated 0+32", "changed" }));
    QVERIFY(model.jumpTo(2)); // forward again: exactly what the free said
    QCOMPARE(rec.take(), (QStringList { "freed 0+32", "merged 0+256 from 0+32 32+224", "changed" }));
    QVERIFY(model.jumpTo(0)); // two steps back: each step's inverse, last first
    QCOMPARE(rec.take(),
             (QStringList { "split 0+256 0+32 32+224", "allocated 0+32", "freed 0+32",
                            "merged 0+256 from 0+32 32+224", "changed" }));
    QVERIFY(!model.jumpTo(99));
    QCOMPARE(model.position(), std::size_t(0));

    // A long jump tells the new state at once.
    for (int i = 0; i < 40; ++i)
        model.allocate(1);
    QSignalSpy reset(&model, &HeapModel::blocksReset);
    rec.take();
    QVERIFY(model.jumpTo(0));
    QCOMPARE(rec.take(), (QStringList { "changed" }));
    QCOMPARE(reset.count(), 1);
}

void TestHeapModel::steppingEmitsWhatPerformingEmits()
{
    // Every step of a random session, stepped over forwards, emits exactly
    // what performing it emitted; backwards and forwards again restores it.
    HeapModel model;
    model.reset(4096, Policy::BestFit);
    Recorder rec(&model);
    QList<QStringList> performed;
    QRandomGenerator random(7);
    for (int i = 0; i < 300; ++i) {
        const auto blocks = model.heap().blocks();
        const BlockInfo &b = blocks[random.bounded(quint32(blocks.size()))];
        if (b.used && random.bounded(3) == 0)
            model.reallocBlock(b.start, 1 + random.bounded(300));
        else if (b.used)
            model.freeBlock(b.start);
        else
            model.allocate(1 + random.bounded(400));
        performed << rec.take();
    }
    QVERIFY(model.jumpTo(0) && model.jumpTo(0));
    rec.take();
    for (int k = 1; k <= 300; ++k) {
        QVERIFY(model.jumpTo(std::size_t(k)));
        QCOMPARE(rec.take(), performed[k - 1]);
    }
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

void TestHeapModel::loadScenarioGoesToTheStart()
{
    HeapModel model;
    model.reset(1024, Policy::BestFit);
    model.allocate(8);
    QSignalSpy reset(&model, &HeapModel::historyReset);
    QSignalSpy moved(&model, &HeapModel::positionChanged);
    QVERIFY(model.loadScenario(parsed(kLesson)));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(0).value<std::size_t>(), std::size_t(0));
    QCOMPARE(model.position(), std::size_t(0));
    QCOMPARE(model.stepCount(), std::size_t(4));
    QCOMPARE(model.scenario().steps.size(), std::size_t(4));
    QCOMPARE(model.heap().heapSize(), Size(256));
    QCOMPARE(model.heap().policy(), Policy::FirstFit);
    QCOMPARE(model.heap().blockCount(), std::size_t(1)); // nothing run yet
    QCOMPARE(model.title(), QStringLiteral("Reuse"));
    const QStringList statements { "a = malloc 32", "b = malloc 64", "free a", "c = malloc 16" };
    const QStringList narrations { "First a block.", "Then a bigger one.", "", "The hole is reused." };
    for (std::size_t k = 1; k <= 4; ++k) {
        QCOMPARE(model.statement(k), statements.at(qsizetype(k - 1)));
        QCOMPARE(model.narration(k), narrations.at(qsizetype(k - 1)));
    }
    QCOMPARE(model.statement(0), QString());
    QCOMPARE(model.statement(5), QString());
    QCOMPARE(model.narration(5), QString());
    QCOMPARE(model.history().info(4).ptr, Addr(0)); // c took a's hole

    QVERIFY(model.loadScenario(parsed(kLesson), 2));
    QCOMPARE(model.position(), std::size_t(2));
    QCOMPARE(model.stepCount(), std::size_t(4));
}

void TestHeapModel::loadScenarioWithABadHeapChangesNothing()
{
    HeapModel model;
    QVERIFY(model.loadScenario(parsed(kLesson), 3));
    const HeapState before = model.heap().state();
    const std::string text = formatScenario(model.scenario());
    QSignalSpy changed(&model, &HeapModel::changed);
    QSignalSpy reset(&model, &HeapModel::historyReset);
    for (Size bad : { Size(0), kMaxHeapSize + 1 }) {
        Scenario s = parsed("heap 64\nx = malloc 8\nfree x\n");
        s.heapSize = bad;
        QVERIFY(!model.loadScenario(s));
    }
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QVERIFY(model.heap().state() == before);
    QCOMPARE(model.position(), std::size_t(3));
    QCOMPARE(model.stepCount(), std::size_t(4));
    QCOMPARE(formatScenario(model.scenario()), text);
    QCOMPARE(model.statement(1), QStringLiteral("a = malloc 32"));
}

void TestHeapModel::actingAfterAJumpBackDropsLaterSteps()
{
    HeapModel model;
    QVERIFY(model.loadScenario(parsed(kLesson)));
    QVERIFY(model.jumpTo(2));
    QSignalSpy added(&model, &HeapModel::stepsReplaced);
    const OpResult r = model.allocate(8, QStringLiteral("d"));
    QVERIFY(r.ok());
    QCOMPARE(r.ptr, Addr(96)); // after b: a is still live at step 2
    QCOMPARE(added.count(), 1);
    QCOMPARE(model.stepCount(), std::size_t(3));
    QCOMPARE(model.position(), std::size_t(3));
    QCOMPARE(model.scenario().steps.size(), std::size_t(3));
    QCOMPARE(model.statement(3), QStringLiteral("d = malloc 8"));
    QCOMPARE(model.narration(2), QStringLiteral("Then a bigger one."));
    QCOMPARE(model.statement(4), QString());
    // The handle only the dropped steps used is gone with them.
    QCOMPARE(model.scenario().handles, (std::vector<std::string> { "a", "b", "d" }));
    // Freeing a's block now names a: it was freed only in a dropped step.
    QVERIFY(model.freeBlock(0).ok());
    QCOMPARE(model.statement(4), QStringLiteral("free a"));
    const Scenario back = parsed(formatScenario(model.scenario()));
    QCOMPARE(back.steps.size(), std::size_t(4));
}

void TestHeapModel::labelsAreHandleNames()
{
    HeapModel model;
    QVERIFY(model.loadScenario(parsed(kLesson), 4));
    QMap<Addr, QString> labels;
    model.heap().forEachBlock([&](const BlockInfo &b) {
        if (b.used)
            labels.insert(b.start, model.labelFor(b.tag));
    });
    QCOMPARE(labels, (QMap<Addr, QString> { { 0, QStringLiteral("c") }, { 32, QStringLiteral("b") } }));
    QVERIFY(model.jumpTo(1));
    BlockInfo a;
    QVERIFY(model.heap().blockAt(0, a));
    QCOMPARE(model.labelFor(a.tag), QStringLiteral("a"));
    // A realloc keeps the label; an automatic name skips the ones in use.
    QVERIFY(model.jumpTo(4));
    QCOMPARE(model.reallocBlock(32, 300).error, ErrorCode::OutOfMemory);
    const OpResult moved = model.reallocBlock(0, 20);
    QVERIFY(moved.ok());
    BlockInfo c;
    QVERIFY(model.heap().blockAt(moved.ptr, c));
    QCOMPARE(model.labelFor(c.tag), QStringLiteral("c"));
    QCOMPARE(model.statement(6), QStringLiteral("c = realloc c 20"));
    BlockInfo fresh;
    QVERIFY(model.heap().blockAt(model.allocate(4).ptr, fresh));
    QCOMPARE(model.labelFor(fresh.tag), QStringLiteral("d"));
}

void TestHeapModel::savedSessionLoadsBackStepForStep_data()
{
    QTest::addColumn<quint64>("seed");
    for (quint64 seed : { 1u, 42u, 4711u })
        QTest::addRow("seed %llu", seed) << seed;
    const quint64 fresh = QRandomGenerator::global()->generate64();
    QTest::addRow("fresh seed %llu", fresh) << fresh;
}

void TestHeapModel::savedSessionLoadsBackStepForStep()
{
    QFETCH(quint64, seed);
    std::mt19937_64 rng(seed);
    const auto below
        = [&](std::uint64_t n) { return std::uniform_int_distribution<std::uint64_t>(0, n - 1)(rng); };
    const Policy policies[] = { Policy::FirstFit, Policy::NextFit, Policy::BestFit, Policy::WorstFit };
    HeapModel model;
    model.reset(2048, policies[below(4)]);
    model.setTitle(QStringLiteral("Session %1").arg(seed));
    const QStringList names { QString(), QString(), QStringLiteral("buf"), QStringLiteral("node"),
                              QStringLiteral("a") };
    const auto live = [&]() -> Addr {
        std::vector<Addr> used;
        model.heap().forEachBlock([&](const BlockInfo &b) {
            if (b.used)
                used.push_back(b.start);
        });
        return used.empty() ? below(2048) : used[below(used.size())];
    };
    for (int i = 0; i < 400; ++i) {
        const std::uint64_t dice = below(100);
        if (dice < 5)
            model.jumpTo(below(model.stepCount() + 1));
        else if (dice < 45)
            model.allocate(1 + below(300), names.at(qsizetype(below(std::uint64_t(names.size())))));
        else if (dice < 70)
            model.freeBlock(below(5) ? live() : below(2100));
        else if (dice < 90)
            model.reallocBlock(below(5) ? live() : below(2100), below(400));
        else if (dice < 95)
            model.setPolicy(policies[below(4)]);
        else if (model.position() > 0)
            model.setNarration(model.position(), QStringLiteral("Step %1 of the session.").arg(i));
    }
    const std::string text = formatScenario(model.scenario());
    Scenario s;
    ParseError e;
    QVERIFY2(
        parseScenario(text, s, e),
        qPrintable(
            QStringLiteral("seed %1: %2: %3").arg(seed).arg(e.line).arg(QString::fromStdString(e.message))));
    HeapModel loaded;
    QVERIFY(loaded.loadScenario(s));
    QCOMPARE(loaded.stepCount(), model.stepCount());
    QCOMPARE(loaded.title(), model.title());
    for (std::size_t k = 0; k <= model.stepCount(); ++k) {
        QVERIFY(model.jumpTo(k));
        QVERIFY(loaded.jumpTo(k));
        const QString where
            = QStringLiteral("seed %1, step %2 '%3'").arg(seed).arg(k).arg(model.statement(k));
        QVERIFY2(loaded.statement(k) == model.statement(k), qPrintable(where));
        QVERIFY2(loaded.narration(k) == model.narration(k), qPrintable(where));
        if (k > 0) {
            const StepInfo &a = model.history().info(k);
            const StepInfo &b = loaded.history().info(k);
            QVERIFY2(a.error == b.error && a.hasPtr == b.hasPtr && a.ptr == b.ptr, qPrintable(where));
        }
        // Tags too: a loaded session colors its blocks as the recording did.
        if (!(loaded.heap().blocks() == model.heap().blocks()))
            QCOMPARE(describe(loaded), describe(model));
        QVERIFY2(loaded.heap().blocks() == model.heap().blocks(), qPrintable(where));
    }
}

QTEST_GUILESS_MAIN(TestHeapModel)
#include "tst_heapmodel.moc"
