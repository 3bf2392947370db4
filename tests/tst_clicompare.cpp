// SPDX-License-Identifier: MIT
// heapboard-cli compare and stats (docs/compare.md) as a user runs them:
// their figures against the core's own (summarize(), StepSeries) and
// against separate `replay` runs, their formats, and bad input (exit 2 with
// a message naming the file or the option).
#include "clirun.h"
#include "comparisonrun.h"
#include "stepseries.h"
#include "tracerunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace heapboard;
using heapboard::test::runCli;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(QT_TESTCASE_SOURCEDIR "/data/") + QLatin1String(name);
}

ParsedDocument readDocument(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const QByteArray text = file.readAll();
    ParsedDocument document;
    std::string error;
    if (!parseDocument(std::string_view(text.constData(), std::size_t(text.size())), "", document, error))
        qFatal("%s", error.c_str());
    return document;
}

QList<QByteArray> lines(const QByteArray &out)
{
    QList<QByteArray> result = out.split('\n');
    if (!result.isEmpty() && result.back().isEmpty())
        result.pop_back();
    return result;
}

QList<QByteArray> cells(const QByteArray &line)
{
    return line.simplified().split(' ');
}

} // namespace

class TestCliCompare : public QObject
{
    Q_OBJECT

private slots:
    void tableMatchesCore()
    {
        const QString path = dataFile("binary2-bal.rep");
        const auto r = runCli(
            { QStringLiteral("compare"), path, QStringLiteral("--heap-size"), QStringLiteral("96K") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QList<QByteArray> rows = lines(r.out);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(cells(rows[0]).front(), QByteArray("policy"));
        for (const QByteArray &row : rows)
            QCOMPARE(row.size(), rows[0].size()); // aligned
        const ParsedDocument document = readDocument(path);
        const Policy policies[] = { Policy::FirstFit, Policy::NextFit, Policy::BestFit, Policy::WorstFit };
        for (int i = 0; i < 4; ++i) {
            Timeline timeline = Timeline::fromTrace(document.trace, 96 * 1024, policies[i]);
            const PaneSummary want = summarize(timeline.history());
            const QList<QByteArray> got = cells(rows[i + 1]);
            QCOMPARE(got[0], QByteArray(policyName(policies[i]).data()));
            QCOMPARE(got[1].toULongLong(), want.failedAllocations);
            QCOMPARE(got[2], QByteArray::number(want.peakFragmentation * 100, 'f', 1) + '%');
            QCOMPARE(got[4].toULongLong(), want.largestFreeAtEnd);
            QCOMPARE(got[5].toULongLong(), want.highWater);
            QCOMPARE(got[6], QByteArray::number(want.meanSearched, 'f', 2));
            QCOMPARE(got[7].toULongLong(), want.steps);
            QCOMPARE(got[8].toULongLong(), Size(96 * 1024));
        }
    }

    // The failures are the out-of-memory lines of each policy's own replay.
    void failuresMatchReplay()
    {
        const QString path = dataFile("binary2-bal.rep");
        const QStringList size = { QStringLiteral("--heap-size"), QStringLiteral("64K") };
        const auto r
            = runCli(QStringList { QStringLiteral("compare"), path, QStringLiteral("--json") } + size);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray panes
            = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("panes")).toArray();
        QCOMPARE(panes.size(), 4);
        qint64 total = 0;
        for (const QJsonValue &pane : panes) {
            const QString policy = pane[QStringLiteral("policy")].toString();
            const auto replay = runCli(
                QStringList { QStringLiteral("replay"), path, QStringLiteral("--policy"), policy } + size);
            QCOMPARE(replay.exitCode, 0);
            const qint64 failed = replay.out.count("\"error\":\"out-of-memory\"");
            QCOMPARE(qint64(pane[QStringLiteral("failed_allocations")].toDouble()), failed);
            // The last line is the replay's final statistics.
            const QList<QByteArray> replayLines = lines(replay.out);
            QCOMPARE(qint64(pane[QStringLiteral("steps")].toDouble()), qint64(replayLines.size() - 1));
            const QJsonObject stats = QJsonDocument::fromJson(replayLines.back())
                                          .object()
                                          .value(QStringLiteral("stats"))
                                          .toObject();
            QCOMPARE(pane[QStringLiteral("high_water")].toDouble(),
                     stats.value(QStringLiteral("high_water")).toDouble());
            QCOMPARE(pane[QStringLiteral("largest_free_at_end")].toDouble(),
                     stats.value(QStringLiteral("largest_free")).toDouble());
            QVERIFY(qAbs(pane[QStringLiteral("final_fragmentation")].toDouble()
                         - stats.value(QStringLiteral("fragmentation")).toDouble())
                    < 1e-6);
            total += failed;
        }
        QVERIFY(total > 0);
    }

    void jsonWithSettingsAndPolicies()
    {
        const QString path = dataFile("binary2-bal.rep");
        const auto r = runCli({ QStringLiteral("compare"), path, QStringLiteral("--policies"),
                                QStringLiteral("worst-fit,first-fit"), QStringLiteral("--header"),
                                QStringLiteral("8"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(QStringLiteral("file")).toString(), path);
        const QJsonArray panes = root.value(QStringLiteral("panes")).toArray();
        QCOMPARE(panes.size(), 2);
        QCOMPARE(panes[0][QStringLiteral("name")].toString(), QStringLiteral("worst-fit \u00b7 header 8 B"));
        QCOMPARE(panes[1][QStringLiteral("policy")].toString(), QStringLiteral("first-fit"));
        QCOMPARE(panes[1][QStringLiteral("settings")][QStringLiteral("header")].toInt(), 8);
        HeapSettings settings;
        settings.header = 8;
        const Timeline timeline
            = Timeline::fromTrace(readDocument(path).trace, 0, Policy::WorstFit, settings);
        const PaneSummary want = summarize(timeline.history());
        QCOMPARE(panes[0][QStringLiteral("mean_searched")].toDouble(), want.meanSearched);
        QCOMPARE(panes[0][QStringLiteral("peak_fragmentation")].toDouble(), want.peakFragmentation);
        QCOMPARE(panes[0][QStringLiteral("heap_size")].toDouble(), double(timeline.heap().heapSize()));
    }

    void scenario()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.heap"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("heap 128\na = malloc 40\nb = malloc 40\nfree a\nc = malloc 60\nd = malloc 20\n");
        file.close();
        const auto r = runCli({ QStringLiteral("compare"), path, QStringLiteral("--policies"),
                                QStringLiteral("first-fit,best-fit") });
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> rows = lines(r.out);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(cells(rows[1])[7], QByteArray("5")); // steps
        QCOMPARE(cells(rows[1])[8], QByteArray("128")); // the scenario's heap
    }

    void scenarioNamesItsPanes()
    {
        // A `compare` line chooses the panes when --policies does not.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.heap"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("heap 128\ncompare best-fit worst-fit\na = malloc 40\nfree a\n");
        file.close();
        const auto r = runCli({ QStringLiteral("compare"), path });
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> rows = lines(r.out);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(cells(rows[1])[0], QByteArray("best-fit"));
        QCOMPARE(cells(rows[2])[0], QByteArray("worst-fit"));
        const auto chosen = runCli(
            { QStringLiteral("compare"), path, QStringLiteral("--policies"), QStringLiteral("first-fit") });
        QCOMPARE(lines(chosen.out).size(), 2);
        QCOMPARE(cells(lines(chosen.out)[1])[0], QByteArray("first-fit"));
    }

    void statsMatchSeries_data()
    {
        QTest::addColumn<int>("every");
        QTest::addColumn<bool>("csv");
        QTest::newRow("all, csv") << 1 << true;
        QTest::newRow("every 1000, csv") << 1000 << true;
        QTest::newRow("every 7, text") << 7 << false;
    }

    void statsMatchSeries()
    {
        QFETCH(int, every);
        QFETCH(bool, csv);
        const QString path = dataFile("binary2-bal.rep");
        QStringList arguments = { QStringLiteral("stats"),    path,
                                  QStringLiteral("--policy"), QStringLiteral("best-fit"),
                                  QStringLiteral("--every"),  QString::number(every) };
        if (csv)
            arguments << QStringLiteral("--csv");
        const auto r = runCli(arguments);
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> rows = lines(r.out);
        const QByteArray header
            = "step,live_bytes,free_bytes,largest_free,fragmentation,free_blocks,heap_size";
        QCOMPARE(csv ? rows[0] : cells(rows[0]).join(','), header);
        const Timeline timeline = Timeline::fromTrace(readDocument(path).trace, 0, Policy::BestFit);
        const StepSeries series = StepSeries::compute(timeline.history());
        std::vector<std::size_t> steps;
        for (std::size_t k = 0; k < series.size(); k += std::size_t(every))
            steps.push_back(k);
        if (steps.back() != series.size() - 1)
            steps.push_back(series.size() - 1);
        QCOMPARE(std::size_t(rows.size()), steps.size() + 1);
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const QList<QByteArray> got
                = csv ? rows[qsizetype(i) + 1].split(',') : cells(rows[qsizetype(i) + 1]);
            const HeapStats s = series.at(steps[i]);
            QCOMPARE(got[0].toULongLong(), steps[i]);
            QCOMPARE(got[1].toULongLong(), s.liveBytes);
            QCOMPARE(got[2].toULongLong(), s.freeBytes);
            QCOMPARE(got[3].toULongLong(), s.largestFree);
            QCOMPARE(got[4], QByteArray::number(s.fragmentation(), 'f', 6));
            QCOMPARE(got[5].toULongLong(), s.freeBlocks);
            QCOMPARE(got[6].toULongLong(), s.heapSize);
            if (!csv)
                QCOMPARE(rows[qsizetype(i) + 1].size(), rows[0].size());
        }
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString trace = dataFile("binary2-bal.rep");
        const QString missing = QStringLiteral("/nonexistent/x.rep");
        QTest::newRow("compare, no file")
            << QStringList { QStringLiteral("compare") }
            << QStringLiteral("heapboard-cli compare: expected one FILE, got 0");
        QTest::newRow("compare, missing file")
            << QStringList { QStringLiteral("compare"), missing } << missing;
        QTest::newRow("compare, bad policy")
            << QStringList { QStringLiteral("compare"), trace, QStringLiteral("--policies"),
                             QStringLiteral("first-fit,fastest") }
            << QStringLiteral("heapboard-cli compare: --policies: unknown policy 'fastest'");
        QTest::newRow("compare, policy twice")
            << QStringList { QStringLiteral("compare"), trace, QStringLiteral("--policies"),
                             QStringLiteral("best-fit,best-fit") }
            << QStringLiteral("'best-fit' is named twice");
        QTest::newRow("compare, bad heap size")
            << QStringList { QStringLiteral("compare"), trace, QStringLiteral("--heap-size"),
                             QStringLiteral("lots") }
            << QStringLiteral("heapboard-cli compare: --heap-size 'lots'");
        QTest::newRow("compare, bad setting")
            << QStringList { QStringLiteral("compare"), trace, QStringLiteral("--order"),
                             QStringLiteral("random") }
            << QStringLiteral("heapboard-cli compare: --order");
        QTest::newRow("compare, unknown option")
            << QStringList { QStringLiteral("compare"), trace, QStringLiteral("--fast") }
            << QStringLiteral("heapboard-cli compare: Unknown option 'fast'");
        QTest::newRow("stats, missing file") << QStringList { QStringLiteral("stats"), missing } << missing;
        QTest::newRow("stats, bad every")
            << QStringList { QStringLiteral("stats"), trace, QStringLiteral("--every"), QStringLiteral("0") }
            << QStringLiteral("heapboard-cli stats: --every '0'");
        QTest::newRow("stats, bad policy")
            << QStringList { QStringLiteral("stats"), trace, QStringLiteral("--policy"),
                             QStringLiteral("good-fit") }
            << QStringLiteral("heapboard-cli stats: unknown policy 'good-fit'");
        QTest::newRow("stats, two files") << QStringList { QStringLiteral("stats"), trace, trace }
                                          << QStringLiteral("heapboard-cli stats: expected one FILE, got 2");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto r = runCli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void malformedTraceNamesTheLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.rep"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("0\n1\n2\n1\na 0 16\nx 0\n");
        file.close();
        for (const char *command : { "compare", "stats" }) {
            const auto r = runCli({ QLatin1String(command), path });
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.startsWith(path.toUtf8() + ":6"), r.err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_clicompare.moc"
