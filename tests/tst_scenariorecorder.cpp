// SPDX-License-Identifier: MIT
// ScenarioRecorder: what it records, saved and parsed back, replays to the
// very steps the history took; a trace's statements do what the trace does.
#include "history.h"
#include "scenariorecorder.h"
#include "testfiles.h"
#include "testscenario.h"
#include "tracerunner.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>
#include <random>

using namespace heapboard;
using heapboard::test::parsed;

namespace {

std::string labelOf(const std::vector<std::string> &handles, std::uint32_t tag)
{
    return tag == 0 || tag > handles.size() ? std::string() : handles[tag - 1];
}

// Two heaps' blocks, with tags compared by the handle name they stand for:
// an empty string when they agree, else what differs first.
std::string blocksDiffer(const std::vector<BlockInfo> &expected,
                         const std::vector<std::string> &expectedHandles,
                         const std::vector<BlockInfo> &actual, const std::vector<std::string> &actualHandles)
{
    if (expected.size() != actual.size())
        return "block count " + std::to_string(actual.size()) + ", expected "
            + std::to_string(expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const BlockInfo &e = expected[i];
        const BlockInfo &a = actual[i];
        const std::string el = labelOf(expectedHandles, e.tag);
        const std::string al = labelOf(actualHandles, a.tag);
        if (e.start != a.start || e.size != a.size || e.used != a.used || e.step != a.step || el != al)
            return "block " + std::to_string(i) + ": " + std::to_string(a.start) + "+"
                + std::to_string(a.size) + (a.used ? " used '" + al + "'" : " free") + " step "
                + std::to_string(a.step) + ", expected " + std::to_string(e.start) + "+"
                + std::to_string(e.size) + (e.used ? " used '" + el + "'" : " free") + " step "
                + std::to_string(e.step);
    }
    return {};
}

std::string resultText(ErrorCode error, bool hasPtr, Addr ptr)
{
    return std::string(errorCodeName(error))
        + (hasPtr ? " ptr " + std::to_string(ptr) : std::string(" no ptr"));
}

// A user at a History, acting through the recorder the way HeapModel does:
// every action first drops the statements after the current position.
class Session
{
public:
    Session(Size heapSize, Policy policy)
        : history(heapSize, policy)
    {
        recorder.start(heapSize, policy);
    }
    OpResult malloc(Size n, const std::string &name)
    {
        recorder.truncate(history.position());
        return recorder.malloc(history, n, name);
    }
    OpResult free(Addr p)
    {
        recorder.truncate(history.position());
        return recorder.free(history, p);
    }
    OpResult realloc(Addr p, Size n)
    {
        recorder.truncate(history.position());
        return recorder.realloc(history, p, n);
    }
    OpResult setPolicy(Policy policy)
    {
        recorder.truncate(history.position());
        return recorder.setPolicy(history, policy);
    }
    std::vector<std::string> statements() const
    {
        std::vector<std::string> out;
        for (const ScenarioStep &s : recorder.scenario().steps)
            out.push_back(formatStatement(recorder.scenario(), s));
        return out;
    }

    History history;
    ScenarioRecorder recorder;
};

// Saves the session, parses it back and replays it on a fresh heap; an
// empty string when every step returns what the history's step returned
// and leaves the blocks the history has at that step.
std::string replayDiffers(Session &session)
{
    const std::string text = formatScenario(session.recorder.scenario());
    Scenario s;
    ParseError e;
    if (!parseScenario(text, s, e))
        return "saved scenario does not parse: " + std::to_string(e.line) + ": " + e.message;
    History &h = session.history;
    if (s.steps.size() != h.size() || session.recorder.scenario().steps.size() != h.size())
        return "steps: history " + std::to_string(h.size()) + ", recorder "
            + std::to_string(session.recorder.scenario().steps.size()) + ", parsed "
            + std::to_string(s.steps.size());
    Heap heap(s.heapSize, s.policy);
    ScenarioRunner runner(s);
    h.jumpTo(0);
    std::string diff
        = blocksDiffer(h.heap().blocks(), session.recorder.scenario().handles, heap.blocks(), s.handles);
    if (!diff.empty())
        return "at the start: " + diff;
    for (std::size_t k = 1; k <= s.steps.size(); ++k) {
        const OpResult r = runner.apply(heap, s.steps[k - 1]);
        const StepInfo &info = h.info(k);
        const std::string where
            = "step " + std::to_string(k) + " '" + formatStatement(s, s.steps[k - 1]) + "': ";
        if (r.error != info.error || r.hasPtr != info.hasPtr || (r.hasPtr && r.ptr != info.ptr))
            return where + resultText(r.error, r.hasPtr, r.ptr) + ", history "
                + resultText(info.error, info.hasPtr, info.ptr);
        h.jumpTo(k);
        diff = blocksDiffer(h.heap().blocks(), session.recorder.scenario().handles, heap.blocks(), s.handles);
        if (!diff.empty())
            return where + diff;
    }
    return {};
}

// "m NAME SIZE" (NAME - for none), "f ADDR", "r ADDR SIZE", "p POLICY",
// "j STEP", separated by ';'.
void play(Session &session, const QString &script)
{
    for (const QString &action : script.split(u';', Qt::SkipEmptyParts)) {
        const QStringList w = action.split(u' ', Qt::SkipEmptyParts);
        const QChar op = w.at(0).at(0);
        if (op == u'm') {
            session.malloc(w.at(2).toULongLong(), w.at(1) == u"-" ? std::string() : w.at(1).toStdString());
        } else if (op == u'f') {
            session.free(w.at(1).toULongLong());
        } else if (op == u'r') {
            session.realloc(w.at(1).toULongLong(), w.at(2).toULongLong());
        } else if (op == u'p') {
            Policy p;
            QVERIFY(parsePolicy(w.at(1).toStdString(), p));
            session.setPolicy(p);
        } else {
            QVERIFY(session.history.jumpTo(w.at(1).toULongLong()));
        }
    }
}

QString dataDir()
{
    const QByteArray env = qgetenv("HEAPBOARD_TEST_DATA");
    return env.isEmpty() ? QFINDTESTDATA("data") : QString::fromLocal8Bit(env);
}

} // namespace

class TestScenarioRecorder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statements_data();
    void statements();
    void truncate();
    void recordingReplays_data();
    void recordingReplays();
    void traceStatementsDoWhatTheTraceDoes_data();
    void traceStatementsDoWhatTheTraceDoes();
};

void TestScenarioRecorder::statements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("malloc") << "m a 32" << QStringList { "a = malloc 32" };
    QTest::newRow("unnamed malloc") << "m - 16" << QStringList { "malloc 16" };
    QTest::newRow("free by handle") << "m a 32; f 0" << QStringList { "a = malloc 32", "free a" };
    QTest::newRow("free of an address no handle names")
        << "m a 32; m b 64; f 96" << QStringList { "a = malloc 32", "b = malloc 64", "free 96" };
    QTest::newRow("free of a freed block")
        << "m a 32; f 0; f 0" << QStringList { "a = malloc 32", "free a", "free 0" };
    QTest::newRow("free of an unnamed block") << "m - 32; f 0" << QStringList { "malloc 32", "free 0" };
    QTest::newRow("realloc by handle")
        << "m a 32; r 0 80" << QStringList { "a = malloc 32", "a = realloc a 80" };
    QTest::newRow("realloc of an address") << "r 7 80" << QStringList { "realloc 7 80" };
    QTest::newRow("realloc to 0 frees: the handle no longer names a block")
        << "m a 32; r 0 0; f 0" << QStringList { "a = malloc 32", "a = realloc a 0", "free 0" };
    QTest::newRow("policy") << "p best-fit" << QStringList { "policy best-fit" };
    // The name moved to the second block: the first one has no handle.
    QTest::newRow("a name given again")
        << "m a 32; m a 16; f 0; f 32"
        << QStringList { "a = malloc 32", "a = malloc 16", "free 0", "free a" };
    QTest::newRow("failed malloc names nothing")
        << "m a 32; m a 9999; f 0" << QStringList { "a = malloc 32", "a = malloc 9999", "free 0" };
}

void TestScenarioRecorder::statements()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    Session session(1024, Policy::FirstFit);
    play(session, script);
    QStringList texts;
    for (const std::string &s : session.statements())
        texts << QString::fromStdString(s);
    QCOMPARE(texts, expected);
    const std::string diff = replayDiffers(session);
    QVERIFY2(diff.empty(), diff.c_str());
}

void TestScenarioRecorder::truncate()
{
    Session session(1024, Policy::FirstFit);
    // a at 0, b at 32; a is freed before the cut, b after it.
    play(session, "m a 32; m b 32; f 0; m c 16; f 32");
    QCOMPARE(
        session.statements(),
        (std::vector<std::string> { "a = malloc 32", "b = malloc 32", "free a", "c = malloc 16", "free b" }));
    // Back to step 3 and act: steps 4 and 5 are gone from both.
    QVERIFY(session.history.jumpTo(3));
    QVERIFY(session.free(32).ok()); // b is live again: freed by its handle
    QCOMPARE(session.history.size(), std::size_t(4));
    QCOMPARE(session.statements().back(), std::string("free b"));
    // a was freed before the cut: its address names no block now.
    QCOMPARE(session.free(0).error, ErrorCode::InvalidPointer);
    QCOMPARE(session.statements().back(), std::string("free 0"));

    // Back to step 2 (a and b live) and free a's block.
    QVERIFY(session.history.jumpTo(2));
    QVERIFY(session.free(0).ok());
    QCOMPARE(session.statements(), (std::vector<std::string> { "a = malloc 32", "b = malloc 32", "free a" }));
    // Back to step 1: b never happened; its address is free space.
    QVERIFY(session.history.jumpTo(1));
    QCOMPARE(session.free(32).error, ErrorCode::InvalidPointer);
    QCOMPARE(session.statements().back(), std::string("free 32"));
    QVERIFY(session.free(0).ok());
    QCOMPARE(session.statements(), (std::vector<std::string> { "a = malloc 32", "free 32", "free a" }));
    // A block made after the cut gets a handle of its own.
    QVERIFY(session.malloc(8, "d").ok());
    QVERIFY(session.free(0).ok());
    QCOMPARE(session.statements().back(), std::string("free d"));

    // Handles that only dropped steps used are gone, so a saved and loaded
    // session tags (and colors) its blocks as the recording did.
    QCOMPARE(session.recorder.scenario().handles, (std::vector<std::string> { "a", "d" }));
    const std::string diff = replayDiffers(session);
    QVERIFY2(diff.empty(), diff.c_str());
}

void TestScenarioRecorder::recordingReplays_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("operations");
    for (quint64 seed : { 1u, 2u, 3u, 20240601u, 777u })
        QTest::addRow("seed %llu", seed) << seed << 3500;
    const quint64 fresh = QRandomGenerator::global()->generate64();
    QTest::addRow("fresh seed %llu", fresh) << fresh << 3500;
}

void TestScenarioRecorder::recordingReplays()
{
    QFETCH(quint64, seed);
    QFETCH(int, operations);
    std::mt19937_64 rng(seed);
    const auto below
        = [&](std::uint64_t n) { return std::uniform_int_distribution<std::uint64_t>(0, n - 1)(rng); };
    const Size heapSize = below(2) ? 512 : 4096;
    const Policy policies[] = { Policy::FirstFit, Policy::NextFit, Policy::BestFit, Policy::WorstFit };
    Session session(heapSize, policies[below(4)]);
    const std::vector<std::string> names = { "a", "b", "c", "d", "e", "buf", "node", "x1", "_t", "" };
    std::vector<Addr> returned; // every pointer ever returned, live or not
    const auto liveBlock = [&]() -> Addr {
        std::vector<Addr> live;
        session.history.heap().forEachBlock([&](const BlockInfo &b) {
            if (b.used)
                live.push_back(b.start);
        });
        return live.empty() ? below(heapSize) : live[below(live.size())];
    };
    const auto someAddress = [&]() -> Addr {
        const std::uint64_t how = below(3);
        if (how == 0 && !returned.empty())
            return returned[below(returned.size())];
        return how == 1 ? liveBlock() : below(heapSize + 16);
    };
    const auto someSize
        = [&]() -> Size { return below(50) == 0 ? heapSize + below(heapSize) : below(heapSize / 6); };
    for (int i = 0; i < operations; ++i) {
        const std::uint64_t dice = below(100);
        OpResult r;
        if (dice < 3) {
            session.history.jumpTo(below(session.history.size() + 1));
            continue;
        }
        if (dice < 40)
            r = session.malloc(someSize(), names[below(names.size())]);
        else if (dice < 60)
            r = session.free(liveBlock());
        else if (dice < 72)
            r = session.free(someAddress());
        else if (dice < 94)
            r = session.realloc(below(4) ? liveBlock() : someAddress(), someSize());
        else
            r = session.setPolicy(policies[below(4)]);
        if (r.hasPtr)
            returned.push_back(r.ptr);
    }
    const std::string diff = replayDiffers(session);
    QVERIFY2(diff.empty(), ("seed " + std::to_string(seed) + ": " + diff).c_str());
}

void TestScenarioRecorder::traceStatementsDoWhatTheTraceDoes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<quint64>("heapSize");
    QTest::addColumn<int>("policy");
    const QDir dir(dataDir());
    const QStringList files = dir.entryList({ QStringLiteral("*.rep") }, QDir::Files);
    QVERIFY(files.size() >= 11);
    for (const QString &name : files) {
        const std::optional<QByteArray> text = test::readFile(dir.filePath(name));
        QVERIFY(text);
        QTest::addRow("%s first-fit", qPrintable(name))
            << *text << (quint64(1) << 32) << int(Policy::FirstFit);
        QTest::addRow("%s best-fit", qPrintable(name)) << *text << (quint64(1) << 32) << int(Policy::BestFit);
    }
    // The corners where a statement could do something else than the line.
    const QByteArray h = "0\n3\n";
    QTest::newRow("failed malloc keeps the old block") << h + "3\n1\na 0 32\na 0 64\nf 0\n"
                                                       << quint64(64) << int(Policy::FirstFit);
    QTest::newRow("unusable malloc size keeps the old block") << h + "3\n1\na 0 32\na 0 -5\nf 0\n"
                                                              << quint64(64) << int(Policy::FirstFit);
    QTest::newRow("unusable realloc size keeps the block") << h + "3\n1\na 0 32\nr 0 -5\nf 0\n"
                                                           << quint64(64) << int(Policy::FirstFit);
    QTest::newRow("unusable realloc size of a freed id") << h + "4\n1\na 0 32\nf 0\nr 0 -5\nf 0\n"
                                                         << quint64(64) << int(Policy::FirstFit);
    QTest::newRow("realloc after a failed malloc allocates") << h + "2\n1\na 0 100\nr 0 16\n"
                                                             << quint64(64) << int(Policy::FirstFit);
    QTest::newRow("realloc of 0 of an id with no block") << h + "2\n1\nr 0 0\nf 0\n"
                                                         << quint64(64) << int(Policy::FirstFit);
    QTest::newRow("failed realloc of a live id") << h + "3\n1\na 0 32\nr 0 100\nf 0\n"
                                                 << quint64(64) << int(Policy::FirstFit);
    QTest::newRow("negative ids and leading zeros")
        << h + "8\n1\na -1 8\na 1 8\na 01 8\na -01 8\nf -1\nr 01 16\nf -01\nf 1\n"
        << quint64(1024) << int(Policy::FirstFit);
    QTest::newRow("a failed malloc after a free") << h + "5\n1\na 0 32\nf 0\na 0 100\nf 0\nr 0 8\n"
                                                  << quint64(64) << int(Policy::FirstFit);
    QTest::newRow("corners in a small heap") << QByteArray() << quint64(1024 * 1024) << int(Policy::FirstFit);
}

void TestScenarioRecorder::traceStatementsDoWhatTheTraceDoes()
{
    QFETCH(QByteArray, text);
    QFETCH(quint64, heapSize);
    QFETCH(int, policy);
    if (text.isEmpty()) {
        const std::optional<QByteArray> corners
            = test::readFile(QDir(dataDir()).filePath(QStringLiteral("corners.rep")));
        QVERIFY(corners);
        text = *corners;
    }
    Trace trace;
    ParseError e;
    QVERIFY2(parseTrace(std::string_view(text.constData(), std::size_t(text.size())), trace, e),
             e.message.c_str());
    const Scenario s = scenarioFromTrace(trace, heapSize, Policy(policy));
    QCOMPARE(s.steps.size(), trace.ops.size());

    // Saved and parsed back: the same statements.
    const std::string saved = formatScenario(s);
    const Scenario back = parsed(saved);
    QCOMPARE(back.steps.size(), s.steps.size());
    QCOMPARE(back.heapSize, s.heapSize);
    QCOMPARE(back.policy, s.policy);

    Heap byTrace(heapSize, Policy(policy));
    Heap byScenario(heapSize, Policy(policy));
    Heap bySaved(heapSize, Policy(policy));
    TraceRunner traceRunner(trace);
    ScenarioRunner scenarioRunner(s);
    ScenarioRunner savedRunner(back);
    for (std::size_t i = 0; i < trace.ops.size(); ++i) {
        const OpResult t = traceRunner.apply(byTrace, trace.ops[i]).result;
        const OpResult a = scenarioRunner.apply(byScenario, s.steps[i]);
        const OpResult b = savedRunner.apply(bySaved, back.steps[i]);
        const auto same = [&t](const OpResult &r) {
            return r.error == t.error && r.hasPtr == t.hasPtr && r.ptr == t.ptr;
        };
        if (same(a) && same(b))
            continue;
        const std::string where
            = "line " + std::to_string(trace.ops[i].line) + " as '" + formatStatement(s, s.steps[i]) + "': ";
        const std::string traceSays = ", trace " + resultText(t.error, t.hasPtr, t.ptr);
        QVERIFY2(same(a), (where + resultText(a.error, a.hasPtr, a.ptr) + traceSays).c_str());
        QVERIFY2(same(b), (where + "saved: " + resultText(b.error, b.hasPtr, b.ptr) + traceSays).c_str());
    }
    // The converted scenario keeps the trace's tags: handle i is id i.
    QVERIFY(byScenario.blocks() == byTrace.blocks());
    QCOMPARE(s.handles.size(), trace.idCountSeen());
    const std::string diff = blocksDiffer(byScenario.blocks(), s.handles, bySaved.blocks(), back.handles);
    QVERIFY2(diff.empty(), ("saved: " + diff).c_str());
}

QTEST_APPLESS_MAIN(TestScenarioRecorder)
#include "tst_scenariorecorder.moc"
