// SPDX-License-Identifier: MIT
// Timeline loading: a trace on its suggested heap size (found in the same run
// and shrunk to, or run again), progress and cancelling.
#include "timeline.h"
#include "trace.h"
#include "tracerunner.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <random>

using namespace heapboard;

namespace {

Trace parsed(const QByteArray &text)
{
    Trace trace;
    ParseError error;
    if (!parseTrace(std::string_view(text.constData(), std::size_t(text.size())), trace, error))
        qFatal("trace does not parse: %d: %s", error.line, error.message.c_str());
    return trace;
}

QByteArray readData(const QString &name)
{
    QFile file(QDir(qEnvironmentVariable("HEAPBOARD_TEST_DATA")).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// Empty when the two timelines have the same steps (statements, what each
// step asked for, returned, changed and reported) and the same states.
QString differences(Timeline &a, Timeline &b)
{
    if (a.size() != b.size() || a.heap().heapSize() != b.heap().heapSize())
        return QStringLiteral("sizes differ");
    if (a.scenario().heapSize != b.scenario().heapSize)
        return QStringLiteral("the scenarios' heap sizes differ");
    for (std::size_t k = 1; k <= a.size(); ++k) {
        const StepInfo x = a.history().info(k);
        const StepInfo y = b.history().info(k);
        const StepDelta dx = a.history().delta(k);
        const StepDelta dy = b.history().delta(k);
        if (a.statement(k) != b.statement(k) || x.error != y.error || x.ptr != y.ptr || x.size != y.size
            || dx.removed != dy.removed || dx.added != dy.added
            || a.history().events(k).size() != b.history().events(k).size()
            || a.history().message(k) != b.history().message(k))
            return QStringLiteral("step %1 differs: '%2' and '%3'")
                .arg(k)
                .arg(QString::fromStdString(a.statement(k)), QString::fromStdString(b.statement(k)));
    }
    for (std::size_t k = 0; k <= a.size(); k += std::max<std::size_t>(1, a.size() / 50)) {
        a.jumpTo(k);
        b.jumpTo(k);
        if (!(a.heap().state() == b.heap().state()))
            return QStringLiteral("the states after step %1 differ").arg(k);
    }
    return {};
}

} // namespace

class TestTimelineLoad : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void suggestedSizeInOneRun_data();
    void suggestedSizeInOneRun();
    void progressRisesToTheEnd();
    void cancelLeavesNothing();
    void scenarioProgressAndCancel();
    void firstEditKnowsTheTraceIds();
};

void TestTimelineLoad::suggestedSizeInOneRun_data()
{
    QTest::addColumn<QByteArray>("text");
    for (const QString &name : QDir(qEnvironmentVariable("HEAPBOARD_TEST_DATA")).entryList({ "*.rep" }))
        QTest::newRow(qPrintable(name)) << readData(name);
    // Fills its power of two exactly: no free block at the end, so the
    // shortcut does not apply and the trace runs again.
    QTest::newRow("fills 1024 exactly") << QByteArray("0\n2\n3\n1\na 0 1000\na 1 24\nf 0\n");
    // Fails for lack of memory even on the probe's heap: runs again too.
    QTest::newRow("out of memory") << QByteArray("0\n2\n3\n1\na 0 10\na 1 2000000000000\nf 5\n");
    QTest::newRow("nothing allocated") << QByteArray("0\n1\n1\n1\nf 3\n");
}

void TestTimelineLoad::suggestedSizeInOneRun()
{
    QFETCH(QByteArray, text);
    const Trace trace = parsed(text);
    const Size suggested = suggestedHeapSize(trace);
    Timeline explicitSize = Timeline::fromTrace(trace, suggested, Policy::FirstFit);
    Timeline defaultSize = Timeline::fromTrace(trace, 0, Policy::FirstFit);
    QCOMPARE(defaultSize.heap().heapSize(), suggested);
    QCOMPARE(defaultSize.position(), trace.ops.size());
    QCOMPARE(defaultSize.loadedSteps(), trace.ops.size());
    const QString diff = differences(defaultSize, explicitSize);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // Other policies run on the suggested size too.
    QCOMPARE(Timeline::fromTrace(trace, 0, Policy::BestFit).heap().heapSize(), suggested);
}

void TestTimelineLoad::progressRisesToTheEnd()
{
    QByteArray text = "0\n20000\n40000\n1\n";
    for (int i = 0; i < 20000; ++i)
        text += "a " + QByteArray::number(i) + " 16\nf " + QByteArray::number(i) + "\n";
    const Trace trace = parsed(text);
    std::vector<double> seen;
    Timeline t;
    QVERIFY(Timeline::fromTrace(trace, 0, Policy::FirstFit, {}, t, [&seen](double done) {
        seen.push_back(done);
        return true;
    }));
    QCOMPARE(t.size(), std::size_t(40000));
    QVERIFY(seen.size() >= 4);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QVERIFY(seen.front() >= 0);
    QCOMPARE(seen.back(), 1.0);
}

void TestTimelineLoad::cancelLeavesNothing()
{
    QByteArray text = "0\n20000\n20000\n1\n";
    for (int i = 0; i < 20000; ++i)
        text += "a " + QByteArray::number(i) + " 16\n";
    const Trace trace = parsed(text);
    Timeline t(4096, Policy::BestFit);
    t.malloc(10, "a");
    int calls = 0;
    QVERIFY(
        !Timeline::fromTrace(trace, 0, Policy::FirstFit, {}, t, [&calls](double) { return ++calls < 2; }));
    QCOMPARE(calls, 2); // stopped at once
    QCOMPARE(t.size(), std::size_t(1));
    QCOMPARE(t.heap().heapSize(), Size(4096));
    QCOMPARE(t.statement(1), std::string("a = malloc 10"));
}

void TestTimelineLoad::firstEditKnowsTheTraceIds()
{
    // The edit uses the id table the load built (trace id i is handle i),
    // not a second run of the statements: it must name the same blocks.
    const Trace trace = parsed("0\n3\n5\n1\na 0 16\na 1 24\na 2 8\nf 1\nr 2 40\n");
    for (const Size size : { Size(0), Size(4096) }) {
        Timeline t = Timeline::fromTrace(trace, size, Policy::FirstFit);
        Timeline fresh;
        QVERIFY(Timeline::fromScenario(t.scenario(), fresh, t.size()));
        std::vector<Addr> starts;
        t.heap().forEachBlock([&starts](const BlockInfo &b) {
            if (b.used)
                starts.push_back(b.start);
        });
        QCOMPARE(starts.size(), std::size_t(2));
        for (const Addr start : starts) {
            QVERIFY(t.free(start).ok());
            QVERIFY(fresh.free(start).ok());
            QCOMPARE(t.statement(t.size()), fresh.statement(fresh.size()));
        }
        QCOMPARE(t.statement(t.size() - 1), std::string("free p0"));
        QCOMPARE(t.statement(t.size()), std::string("free p2"));
    }
}

void TestTimelineLoad::scenarioProgressAndCancel()
{
    Scenario scenario;
    scenario.heapSize = 1 << 20;
    scenario.handles = { "a" };
    for (int i = 0; i < 30000; ++i) {
        ScenarioStep step;
        step.kind = i % 2 == 0 ? ScenarioStep::Kind::Malloc : ScenarioStep::Kind::Free;
        step.size = 8;
        step.result = i % 2 == 0 ? 0 : -1;
        step.operand = i % 2 == 0 ? -1 : 0;
        scenario.steps.push_back(step);
    }
    std::vector<double> seen;
    Timeline t;
    QVERIFY(Timeline::fromScenario(scenario, t, 0, [&seen](double done) {
        seen.push_back(done);
        return true;
    }));
    QCOMPARE(t.size(), std::size_t(30000));
    QCOMPARE(t.position(), std::size_t(0));
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(seen.back(), 1.0);

    Timeline kept(512, Policy::NextFit);
    QVERIFY(!Timeline::fromScenario(scenario, kept, 0, [](double done) { return done < 0.5; }));
    QCOMPARE(kept.size(), std::size_t(0));
    QCOMPARE(kept.heap().heapSize(), Size(512));
}

QTEST_APPLESS_MAIN(TestTimelineLoad)
#include "tst_timelineload.moc"
