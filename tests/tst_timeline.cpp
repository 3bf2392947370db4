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
};

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

QTEST_APPLESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
