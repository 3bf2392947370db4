// SPDX-License-Identifier: MIT
// Peak utilization (docs/semantics.md) where it is reported: the export
// caption's figures (StatsText, ReplaySnapshot::caption() of `heapboard-cli
// render`) and the JSON stats of `heapboard-cli replay`, on the trace of
// lesson 08, whose numbers the lesson's narration states.
#include "jsonl.h"
#include "replaysnapshot.h"
#include "statstext.h"
#include "testfiles.h"

#include <QTest>

using namespace heapboard;

class TestStatsText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyHeap();
    void lessonPeak();
};

void TestStatsText::emptyHeap()
{
    const Heap heap(1024, Policy::FirstFit);
    QCOMPARE(heap.stats().peakUtilization(), 0.0);
    QCOMPARE(StatsText::figures(heap.stats()),
             QStringLiteral("External fragmentation 0.0%  ·  Peak utilization 0.0%"));
}

void TestStatsText::lessonPeak()
{
    const QString path = QStringLiteral(HEAPBOARD_LESSONS "/08-real-trace.heap");
    const std::optional<QByteArray> text = test::readFile(path);
    QVERIFY(text);
    ReplaySnapshot snapshot;
    QString error;
    QVERIFY2(snapshot.load(path, *text, &error), qPrintable(error));
    QVERIFY(snapshot.replayTo(10)); // p5 placed: the peak
    const HeapStats s = snapshot.heap().stats();
    QCOMPARE(s.peakLiveBytes, Size(8144));
    QCOMPARE(s.highWater, Addr(10232));
    QCOMPARE(snapshot.caption().last(),
             QStringLiteral("External fragmentation 49.6%  ·  Peak utilization 79.6%"));
    QVERIFY(snapshot.replayTo(snapshot.stepCount())); // all freed: the peak stays
    QCOMPARE(snapshot.heap().stats().peakUtilization(), 8144.0 / 10232.0);
    std::string json;
    jsonl::appendFinal(json, snapshot.heap());
    QVERIFY2(json.find("\"fragmentation\":0.000000,\"peak_utilization\":0.795934}") != std::string::npos,
             json.c_str());
}

QTEST_GUILESS_MAIN(TestStatsText)
#include "tst_statstext.moc"
