// SPDX-License-Identifier: MIT
// The series against the history itself: the statistics after step k must be
// what the heap reports when the history stands at step k, and computing
// them must not move the history.
#include "stepseries.h"

#include <QTest>
#include <random>

using namespace heapboard;

class TestStepSeries : public QObject
{
    Q_OBJECT

private:
    static History randomHistory(std::uint64_t seed, const HeapSettings &settings, int steps)
    {
        std::mt19937_64 rng(seed);
        History history(4096, Policy::FirstFit, settings);
        std::vector<Addr> live;
        for (int i = 0; i < steps; ++i) {
            if (live.empty() || rng() % 100 < 55) {
                const OpResult r = history.malloc(1 + rng() % 300);
                if (r.hasPtr)
                    live.push_back(r.ptr);
            } else {
                const std::size_t at = rng() % live.size();
                history.free(live[at]);
                live.erase(live.begin() + std::ptrdiff_t(at));
            }
        }
        return history;
    }

    static void compareWithJumps(History &history)
    {
        const std::size_t position = history.position();
        const StepSeries series = StepSeries::compute(history);
        QCOMPARE(history.position(), position);
        QCOMPARE(series.size(), history.size() + 1);
        for (std::size_t k = 0; k <= history.size(); ++k) {
            QVERIFY(history.jumpTo(k));
            const HeapStats want = history.heap().stats();
            const HeapStats got = series.at(k);
            QCOMPARE(got.heapSize, want.heapSize);
            QCOMPARE(got.base, want.base);
            QCOMPARE(got.liveBytes, want.liveBytes);
            QCOMPARE(got.freeBytes, want.freeBytes);
            QCOMPARE(got.largestFree, want.largestFree);
            QCOMPARE(got.freeBlocks, want.freeBlocks);
            QCOMPARE(got.usedBlocks, want.usedBlocks);
            QCOMPARE(series.value(StepSeries::Measure::Fragmentation, k), want.fragmentation());
            QCOMPARE(series.value(StepSeries::Measure::FreeBlocks, k), double(want.freeBlocks));
        }
    }

private slots:
    void equalsTheHistoryAtEveryStep()
    {
        History history = randomHistory(7, {}, 3000);
        compareWithJumps(history);
    }

    void otherSettings()
    {
        HeapSettings settings;
        settings.base = 1000;
        settings.header = 8;
        settings.alignment = 16;
        settings.order = ListOrder::InsertFront;
        settings.coalescing = Coalescing::Deferred;
        History history = randomHistory(11, settings, 2000);
        compareWithJumps(history);
    }

    void rangeIsMinAndMaxOverTheSteps()
    {
        History history = randomHistory(3, {}, 500);
        const StepSeries series = StepSeries::compute(history);
        const auto m = StepSeries::Measure::LiveBytes;
        const StepSeries::Range r = series.range(m, 100, 200);
        double lo = series.value(m, 100), hi = lo;
        for (std::size_t k = 100; k < 200; ++k) {
            lo = std::min(lo, series.value(m, k));
            hi = std::max(hi, series.value(m, k));
        }
        QCOMPARE(r.min, lo);
        QCOMPARE(r.max, hi);
        QVERIFY(r.max > r.min);
    }

    // The pyramid against a plain scan, on random ranges of every measure,
    // before and after a truncation and the appends that follow it.
    void rangeMatchesAScanAfterTruncation()
    {
        History history = randomHistory(13, {}, 5000);
        StepSeries series = StepSeries::compute(history);
        const StepSeries full = series;
        std::mt19937_64 rng(17);
        const auto check = [&](const StepSeries &s) {
            for (int i = 0; i < 400; ++i) {
                const auto m = StepSeries::Measure(rng() % StepSeries::kMeasureCount);
                const std::size_t from = rng() % s.size();
                const std::size_t to = from + 1 + rng() % (s.size() - from);
                double lo = s.value(m, from), hi = lo;
                for (std::size_t k = from; k < to; ++k) {
                    lo = std::min(lo, s.value(m, k));
                    hi = std::max(hi, s.value(m, k));
                }
                const StepSeries::Range r = s.range(m, from, to);
                QCOMPARE(r.min, lo);
                QCOMPARE(r.max, hi);
            }
        };
        check(series);
        series.truncate(1234);
        QCOMPARE(series.size(), std::size_t(1234));
        check(series);
        for (std::size_t k = 1234; k < full.size(); ++k)
            series.append(full.at(k));
        check(series);
    }

    void progressCancels()
    {
        History history = randomHistory(5, {}, 70000);
        StepSeries series;
        QVERIFY(!StepSeries::compute(history, series, [](double) { return false; }));
        QVERIFY(series.empty());
        QVERIFY(StepSeries::compute(history, series, [](double) { return true; }));
        QCOMPARE(series.size(), history.size() + 1);
    }
};

QTEST_APPLESS_MAIN(TestStepSeries)
#include "tst_stepseries.moc"
