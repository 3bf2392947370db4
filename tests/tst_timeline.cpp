// SPDX-License-Identifier: MIT
// Timeline: one document's statements and history as one thing; taking the
// steps after a point out and putting them back is exact.
#include "scenario.h"
#include "timeline.h"
#include "trace.h"

#include <QRandomGenerator>
#include <QTest>

using namespace heapboard;

namespace {

// Everything a timeline is, as text: statements, narrations, handles, and
// the heap at every step with its events.
std::string dump(Timeline &t)
{
    const std::size_t at = t.position();
    std::string out = formatScenario(t.scenario());
    for (std::size_t k = 0; k <= t.size(); ++k) {
        t.jumpTo(k);
        out += "@" + std::to_string(k) + ":";
        for (const BlockInfo &b : t.heap().blocks())
            out += " " + std::to_string(b.start) + "+" + std::to_string(b.size) + (b.used ? "u" : "f")
                + std::to_string(b.tag);
        if (k > 0) {
            for (const Event &e : t.history().events(k))
                out += " e" + std::to_string(int(e.kind)) + "/" + std::to_string(e.span.start);
            out += " " + t.history().message(k);
        }
        out += "\n";
    }
    t.jumpTo(at);
    return out;
}

void randomEdit(Timeline &t, QRandomGenerator &random)
{
    const auto blocks = t.heap().blocks();
    const BlockInfo &b = blocks[random.bounded(quint32(blocks.size()))];
    switch (random.bounded(5)) {
    case 0:
        t.free(b.start + random.bounded(2)); // sometimes not a block: an error step
        break;
    case 1:
        t.realloc(b.start, 1 + random.bounded(200));
        break;
    case 2:
        t.setPolicy(Policy(random.bounded(4)));
        break;
    default:
        t.malloc(1 + random.bounded(300), t.nextAutoLabel());
        break;
    }
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editsAppendStatementsAndSteps();
    void takeAndRestoreTailIsExact();
    void takenTailGivesBackItsHandles();
    void loadedStepsFollowTheTail();
    void textsAreTitleAndNarrations();
    void traceOpensWithAPeak();
    void reallocNamesWhatItReturns();
    void freeThroughAHandle();
    void renameHandleEverywhere();
    void renameHandleRefuses_data();
    void renameHandleRefuses();
};

namespace {

// The timeline saved and loaded back: its statements, run again.
Timeline reloaded(const Timeline &t)
{
    Scenario s;
    ParseError error;
    const std::string text = formatScenario(t.scenario());
    if (!parseScenario(text, s, error))
        qFatal("does not parse back: %s\n%s", error.message.c_str(), text.c_str());
    Timeline back;
    Timeline::fromScenario(s, back, s.steps.size());
    return back;
}

} // namespace

void TestTimeline::editsAppendStatementsAndSteps()
{
    Timeline t(256, Policy::FirstFit);
    QVERIFY(t.malloc(32, "a").ok());
    QVERIFY(t.malloc(64, "b").ok());
    QVERIFY(t.free(0).ok());
    QVERIFY(!t.free(7).ok()); // an error is a step too
    QCOMPARE(t.size(), std::size_t(4));
    QCOMPARE(t.position(), std::size_t(4));
    QCOMPARE(t.scenario().steps.size(), std::size_t(4));
    QCOMPARE(t.statement(3), std::string("free a"));
    QCOMPARE(t.statement(4), std::string("free 7"));
    QCOMPARE(t.nextAutoLabel(), std::string("c"));
    // An edit before the end drops what follows (the caller takes it first
    // when it wants it back).
    t.jumpTo(1);
    QVERIFY(t.malloc(8, "c").ok());
    QCOMPARE(t.size(), std::size_t(2));
    QCOMPARE(t.statement(2), std::string("c = malloc 8"));
}

void TestTimeline::takeAndRestoreTailIsExact()
{
    // Random timelines, cut anywhere, edited, then put back: the same
    // document, step for step, as before the cut.
    for (quint32 seed = 1; seed <= 20; ++seed) {
        QRandomGenerator random(seed);
        Timeline t(2048, Policy::BestFit);
        const int steps = 50 + int(random.bounded(2000)); // across checkpoints too
        for (int i = 0; i < steps; ++i)
            randomEdit(t, random);
        t.setText(3, "three");
        const std::string before = dump(t);
        const std::size_t at = random.bounded(quint32(t.size() + 1));
        Timeline::Tail tail = t.takeTail(at);
        QCOMPARE(t.size(), at);
        QCOMPARE(t.position(), at);
        for (int i = 0; i < 5; ++i)
            randomEdit(t, random);
        Timeline::Tail mine = t.takeTail(at);
        t.restoreTail(std::move(tail));
        QVERIFY2(dump(t) == before, qPrintable(QStringLiteral("seed %1, cut at %2").arg(seed).arg(at)));
        // And the edit comes back the same way.
        Timeline::Tail original = t.takeTail(at);
        t.restoreTail(std::move(mine));
        QCOMPARE(t.size(), at + 5);
        t.takeTail(at);
        t.restoreTail(std::move(original));
        QVERIFY(dump(t) == before);
    }
}

void TestTimeline::takenTailGivesBackItsHandles()
{
    Timeline t(256, Policy::FirstFit);
    t.malloc(8, "a");
    t.malloc(8, "b");
    t.malloc(8, "c");
    Timeline::Tail tail = t.takeTail(1);
    QCOMPARE(t.scenario().handles, (std::vector<std::string> { "a" }));
    QCOMPARE(t.nextAutoLabel(), std::string("b"));
    t.restoreTail(std::move(tail));
    QCOMPARE(t.scenario().handles, (std::vector<std::string> { "a", "b", "c" }));
    QCOMPARE(t.nextAutoLabel(), std::string("d"));
}

void TestTimeline::loadedStepsFollowTheTail()
{
    Scenario s;
    ParseError error;
    QVERIFY(parseScenario("heap 64\na = malloc 8\nb = malloc 8\nc = malloc 8\n", s, error));
    Timeline t;
    QVERIFY(Timeline::fromScenario(s, t));
    QCOMPARE(t.position(), std::size_t(0));
    QCOMPARE(t.loadedSteps(), std::size_t(3));
    Timeline::Tail tail = t.takeTail(1);
    t.malloc(4, "x");
    QCOMPARE(t.loadedSteps(), std::size_t(1)); // step 2 is the user's now
    t.takeTail(1);
    t.restoreTail(std::move(tail));
    QCOMPARE(t.loadedSteps(), std::size_t(3));
    Timeline bad;
    s.heapSize = 0;
    QVERIFY(!Timeline::fromScenario(s, bad));
}

void TestTimeline::textsAreTitleAndNarrations()
{
    Timeline t(64, Policy::FirstFit);
    t.malloc(8, "a");
    t.setText(0, "A title");
    t.setText(1, "First.");
    QCOMPARE(t.text(0), std::string("A title"));
    QCOMPARE(t.text(1), std::string("First."));
    QCOMPARE(t.text(2), std::string());
    QVERIFY(formatScenario(t.scenario()).find("> First.") != std::string::npos);
}

void TestTimeline::traceOpensWithAPeak()
{
    Trace trace;
    ParseError error;
    QVERIFY(parseTrace("0\n3\n5\n1\na 0 100\na 1 200\nf 0\nf 1\na 2 50\n", trace, error));
    Timeline t = Timeline::fromTrace(trace, 1024, Policy::FirstFit);
    QCOMPARE(t.size(), std::size_t(5));
    QCOMPARE(t.position(), std::size_t(5));
    QCOMPARE(t.loadedSteps(), std::size_t(5));
    QCOMPARE(t.history().peakLiveStep(), std::size_t(2)); // 300 live bytes after a 1
}

void TestTimeline::reallocNamesWhatItReturns()
{
    Timeline t(256, Policy::FirstFit);
    t.malloc(32, "a");
    t.malloc(64, "b");
    t.free(0);
    QVERIFY(t.realloc(32, 80, "c").ok()); // grows in place
    QCOMPARE(t.statement(4), std::string("c = realloc b 80"));
    QCOMPARE(t.heap().blocks()[1].tag, std::uint32_t(3)); // labelled c
    // Without a name the block keeps its handle; a block no handle names
    // gets the next automatic name, so that the saved line says it.
    QVERIFY(t.realloc(32, 40).ok());
    QCOMPARE(t.statement(5), std::string("c = realloc c 40"));
    QVERIFY(!t.realloc(7, 8).ok());
    QCOMPARE(t.statement(6), std::string("d = realloc 7 8"));
    // b is dangling after its realloc: freeing it is a double free.
    QCOMPARE(t.freeHandle("b").error, ErrorCode::DoubleFree);
    const Timeline back = reloaded(t);
    QCOMPARE(back.history().info(7).error, ErrorCode::DoubleFree);
    QCOMPARE(formatScenario(back.scenario()), formatScenario(t.scenario()));
}

void TestTimeline::freeThroughAHandle()
{
    Timeline t(128, Policy::FirstFit);
    t.malloc(16, "a");
    QVERIFY(t.freeHandle("a").ok());
    QCOMPARE(t.statement(2), std::string("free a"));
    QCOMPARE(t.freeHandle("a").error, ErrorCode::DoubleFree);
    QCOMPARE(t.size(), std::size_t(3));
    // No handle has the name: no step (a saved `free zz` would not parse).
    const OpResult unknown = t.freeHandle("zz");
    QCOMPARE(unknown.error, ErrorCode::InvalidPointer);
    QVERIFY(!unknown.message.empty());
    QCOMPARE(t.size(), std::size_t(3));
    QCOMPARE(t.scenario().handles.size(), std::size_t(1));
}

void TestTimeline::renameHandleEverywhere()
{
    Scenario s;
    ParseError error;
    QVERIFY(parseScenario("heap 256\na = malloc 32\nb = malloc 16\nfree a\nexpect a at 0\n"
                          "a = malloc 8\nc = realloc a 40\nfree a\n",
                          s, error));
    Timeline t;
    QVERIFY(Timeline::fromScenario(s, t, s.steps.size()));
    const std::string blocksBefore = dump(t);
    QVERIFY(t.renameHandle("a", "head"));
    QCOMPARE(t.statement(1), std::string("head = malloc 32"));
    QCOMPARE(t.statement(3), std::string("free head"));
    QCOMPARE(t.statement(4), std::string("head = malloc 8"));
    QCOMPARE(t.statement(5), std::string("c = realloc head 40"));
    QCOMPARE(t.statement(6), std::string("free head"));
    QVERIFY(formatScenario(t.scenario()).find("expect head at 0") != std::string::npos);
    QCOMPARE(t.statement(2), std::string("b = malloc 16"));
    // The steps and tags are untouched; only the name changed.
    std::string renamed = dump(t);
    QCOMPARE(renamed.substr(renamed.find("@0")), blocksBefore.substr(blocksBefore.find("@0")));
    QCOMPARE(formatScenario(reloaded(t).scenario()), formatScenario(t.scenario()));
    // The old name is free again: the next automatic name takes it.
    QCOMPARE(t.nextAutoLabel(), std::string("a"));
    QVERIFY(t.renameHandle("head", "a"));
    QCOMPARE(dump(t), blocksBefore);
    QVERIFY(t.renameHandle("a", "a")); // the same name: nothing to do
}

void TestTimeline::renameHandleRefuses_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("clash") << "a"
                           << "b";
    QTest::newRow("keyword") << "a"
                             << "free";
    QTest::newRow("not an identifier") << "a"
                                       << "2x";
    QTest::newRow("blank") << "a"
                           << "";
    QTest::newRow("spaces") << "a"
                            << "my block";
    QTest::newRow("unknown handle") << "zz"
                                    << "y";
}

void TestTimeline::renameHandleRefuses()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    Timeline t(64, Policy::FirstFit);
    t.malloc(8, "a");
    t.malloc(8, "b");
    const std::string before = dump(t);
    QVERIFY(!t.renameHandle(from.toStdString(), to.toStdString()));
    QCOMPARE(dump(t), before);
}

QTEST_APPLESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
