// SPDX-License-Identifier: MIT
// CompareSession: one model per pane from the same workload, all at the
// same step however the lead moves; divergences, failures and summaries
// equal what separate runs of each policy report.
#include "comparesession.h"
#include "comparetestdata.h"
#include "heapmodel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace heapboard;

namespace {

CompareWorkload workload()
{
    const QByteArray text = test::divergingScenario().toUtf8();
    return CompareWorkload::fromScenario(test::parsed(text.toStdString()), QStringLiteral("diverge"));
}

} // namespace

class TestCompareSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void panesRunTheirOwnPolicy();
    void divergencesEqualSeparateRuns();
    void panesFollowTheLead();
    void nextAndPreviousDivergence();
    void failuresSoFar();
    void outcomeSpanIsTheStepsBlock();
    void summariesEqualSeparateRuns();
    void policyStepsKeepThePanesPolicy();
    void traceFromFile();
    void badFile();
};

void TestCompareSession::panesRunTheirOwnPolicy()
{
    CompareSession session(workload(), CompareSession::allPolicies());
    QCOMPARE(session.paneCount(), 4);
    for (int pane = 0; pane < 4; ++pane) {
        QCOMPARE(session.model(pane)->heap().policy(), session.config(pane).policy);
        QCOMPARE(session.model(pane)->position(), std::size_t(0));
        QCOMPARE(session.model(pane)->stepCount(), session.stepCount());
        QCOMPARE(session.paneName(pane), QString::fromStdString(paneConfigName(session.config(pane))));
    }
}

void TestCompareSession::divergencesEqualSeparateRuns()
{
    const std::vector<PaneConfig> configs = CompareSession::allPolicies();
    CompareSession session(workload(), configs);
    std::vector<std::unique_ptr<Timeline>> runs;
    std::vector<const History *> histories;
    for (const PaneConfig &config : configs) {
        runs.push_back(test::separateRun(config.policy));
        histories.push_back(&runs.back()->history());
    }
    const std::vector<std::size_t> expected = divergentSteps(histories);
    QVERIFY(!expected.empty()); // the workload is made to diverge
    QCOMPARE(session.divergences(), expected);
    for (std::size_t step = 0; step <= session.stepCount(); ++step)
        QCOMPARE(session.isDivergent(step), std::count(expected.begin(), expected.end(), step) == 1);
}

void TestCompareSession::panesFollowTheLead()
{
    CompareSession session(workload(), CompareSession::allPolicies());
    QSignalSpy spy(&session, &CompareSession::positionChanged);
    const std::size_t count = session.stepCount();
    for (std::size_t step : { count, std::size_t(3), std::size_t(0), count / 2 }) {
        session.jumpTo(step);
        QCOMPARE(session.position(), step);
        QVERIFY(session.inStep());
    }
    // The lead moved by anything else (the player, a slider) is followed too.
    session.lead()->jumpTo(5);
    QVERIFY(session.inStep());
    QCOMPARE(session.model(3)->position(), std::size_t(5));
    QCOMPARE(spy.size(), 5);
    QCOMPARE(spy.last().at(0).value<std::size_t>(), std::size_t(5));
    session.jumpTo(count + 1); // out of range: nothing moves
    QCOMPARE(session.position(), std::size_t(5));
}

void TestCompareSession::nextAndPreviousDivergence()
{
    CompareSession session(workload(), CompareSession::allPolicies());
    const std::vector<std::size_t> &d = session.divergences();
    QVERIFY(d.size() >= 2);
    std::vector<std::size_t> visited;
    for (session.jumpTo(0); session.nextDivergence(session.position());)
        session.nextDivergence(), visited.push_back(session.position());
    QCOMPARE(visited, d);
    visited.clear();
    for (session.jumpTo(session.stepCount()); session.previousDivergence(session.position());)
        session.previousDivergence(), visited.push_back(session.position());
    QCOMPARE(visited, std::vector<std::size_t>(d.rbegin(), d.rend()));
    QVERIFY(session.inStep());
}

void TestCompareSession::failuresSoFar()
{
    const std::vector<PaneConfig> configs = CompareSession::allPolicies();
    CompareSession session(workload(), configs);
    bool someFail = false;
    for (int pane = 0; pane < session.paneCount(); ++pane) {
        const auto run = test::separateRun(configs[std::size_t(pane)].policy);
        std::size_t failures = 0;
        QCOMPARE(session.failuresUpTo(pane, 0), std::size_t(0));
        for (std::size_t k = 1; k <= run->size(); ++k) {
            failures += run->history().info(k).error != ErrorCode::None ? 1 : 0;
            QCOMPARE(session.failuresUpTo(pane, k), failures);
        }
        someFail = someFail || failures > 0;
    }
    QVERIFY(someFail);
}

void TestCompareSession::outcomeSpanIsTheStepsBlock()
{
    CompareSession session(workload(), CompareSession::allPolicies());
    QVERIFY(!session.outcomeSpan(0, 0));
    // Step 1 (a = malloc 64) puts a at the heap's start under every policy.
    for (int pane = 0; pane < session.paneCount(); ++pane) {
        const std::optional<Span> span = session.outcomeSpan(pane, 1);
        QVERIFY(span);
        session.jumpTo(1);
        QCOMPARE(span->start, session.model(pane)->history().info(1).ptr);
    }
    // A failed step has no block.
    for (int pane = 0; pane < session.paneCount(); ++pane) {
        const History &h = session.model(pane)->history();
        for (std::size_t k = 1; k <= h.size(); ++k) {
            if (h.info(k).error != ErrorCode::None)
                QVERIFY(!session.outcomeSpan(pane, k));
        }
    }
}

void TestCompareSession::summariesEqualSeparateRuns()
{
    const std::vector<PaneConfig> configs = CompareSession::allPolicies();
    CompareSession session(workload(), configs);
    for (int pane = 0; pane < session.paneCount(); ++pane) {
        const PaneSummary expected
            = summarize(test::separateRun(configs[std::size_t(pane)].policy)->history());
        const PaneSummary &got = session.summary(pane);
        QCOMPARE(got.steps, expected.steps);
        QCOMPARE(got.failedAllocations, expected.failedAllocations);
        QCOMPARE(got.peakFragmentation, expected.peakFragmentation);
        QCOMPARE(got.finalFragmentation, expected.finalFragmentation);
        QCOMPARE(got.largestFreeAtEnd, expected.largestFreeAtEnd);
        QCOMPARE(got.highWater, expected.highWater);
        QCOMPARE(got.meanSearched, expected.meanSearched);
    }
}

void TestCompareSession::policyStepsKeepThePanesPolicy()
{
    // A lesson that switches policy midway: the step stays (the panes' steps
    // line up) but each pane keeps its own policy.
    const Scenario s = test::parsed("heap 128\na = malloc 16\npolicy worst-fit\nb = malloc 16\n");
    CompareSession session(CompareWorkload::fromScenario(s, QStringLiteral("switch")),
                           { PaneConfig { Policy::BestFit, {} }, PaneConfig { Policy::NextFit, {} } });
    session.jumpTo(session.stepCount());
    QCOMPARE(session.stepCount(), std::size_t(3));
    QCOMPARE(session.model(0)->heap().policy(), Policy::BestFit);
    QCOMPARE(session.model(1)->heap().policy(), Policy::NextFit);
}

void TestCompareSession::traceFromFile()
{
    const QString path = qEnvironmentVariable("HEAPBOARD_TEST_DATA") + QStringLiteral("/short1-bal.rep");
    CompareWorkload w;
    QString error;
    QVERIFY2(CompareWorkload::fromFile(path, w, error), qPrintable(error));
    QCOMPARE(w.kind, CompareWorkload::Kind::Trace);
    QCOMPARE(w.name, QStringLiteral("short1-bal.rep"));
    CompareSession session(w, CompareSession::allPolicies());
    QCOMPARE(session.stepCount(), w.trace.ops.size());
    // One heap size for all panes: only the policy differs.
    for (int pane = 1; pane < session.paneCount(); ++pane)
        QCOMPARE(session.model(pane)->heap().heapSize(), session.lead()->heap().heapSize());
    session.jumpTo(session.stepCount());
    QVERIFY(session.inStep());
}

void TestCompareSession::badFile()
{
    CompareWorkload w;
    QString error;
    QVERIFY(!CompareWorkload::fromFile(QStringLiteral("/nonexistent/x.heap"), w, error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent/x.heap")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.heap"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("heap 256\nfrobnicate 3\n");
    file.close();
    error.clear();
    QVERIFY(!CompareWorkload::fromFile(path, w, error));
    QVERIFY2(error.startsWith(path + QStringLiteral(":2:")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCompareSession)
#include "tst_comparesession.moc"
