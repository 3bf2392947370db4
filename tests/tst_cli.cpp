// SPDX-License-Identifier: MIT
// heapboard-cli end to end: every trace in tests/data and random traces,
// for every policy, against the reference model; bad input and arguments.
#include "clirun.h"
#include "referenceheap.h"
#include "testfiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <unordered_map>

using namespace heapboard;
using heapboard::test::CliRun;
using heapboard::test::readFile;
using heapboard::test::ReferenceHeap;
using heapboard::test::runCli;
using heapboard::test::writeFile;

namespace {

QString dataDir()
{
    return QStringLiteral(QT_TESTCASE_SOURCEDIR "/data");
}

// What the reference model says each line of a trace gives: the pointer
// to report (or -1) and the error code (or empty).
struct Expected {
    qint64 ptr;
    QString error;
};

struct RefIdState {
    bool ever = false;
    bool live = false;
    Addr ptr = 0;
};

Expected expectedFor(ReferenceHeap &ref, std::unordered_map<std::string, RefIdState> &ids, char op,
                     const std::string &id, const QString &sizeText)
{
    RefIdState &s = ids[id];
    bool sizeOk = false;
    const qulonglong size = sizeText.toULongLong(&sizeOk);
    sizeOk = sizeOk && size <= (qulonglong(1) << 62);
    if (op == 'f') {
        if (!s.live)
            return { s.ever ? qint64(s.ptr) : -1,
                     s.ever ? QStringLiteral("double-free") : QStringLiteral("invalid-pointer") };
        ref.free(s.ptr);
        s.live = false;
        return { qint64(s.ptr), {} };
    }
    if (!sizeOk)
        return { -1, QStringLiteral("invalid-size") };
    std::optional<Addr> p;
    QString error;
    if (op == 'a' || !s.ever) {
        p = ref.malloc(size);
        if (!p)
            error = size == 0 ? QStringLiteral("invalid-size") : QStringLiteral("out-of-memory");
    } else if (!s.live) {
        return { -1, QStringLiteral("invalid-pointer") };
    } else {
        const auto [code, q] = ref.realloc(s.ptr, size);
        if (code != ErrorCode::None)
            return { -1, QStringLiteral("out-of-memory") };
        if (!q) {
            s.live = false;
            return { -1, {} };
        }
        p = q;
    }
    if (p) {
        s.ever = s.live = true;
        s.ptr = *p;
    }
    return { p ? qint64(*p) : -1, error };
}

// Replays the trace text with the reference model and compares each line
// of the CLI's output; returns what differs first, or an empty string.
QString compareWithReference(const QByteArray &trace, const QByteArray &output, Policy policy, Size heapSize)
{
    ReferenceHeap ref(heapSize, policy);
    std::unordered_map<std::string, RefIdState> ids;
    const QList<QByteArray> lines = output.split('\n');
    int step = 0;
    int headerLeft = 4;
    for (const QByteArray &raw : trace.split('\n')) {
        const QList<QByteArray> t = raw.simplified().split(' ');
        if (t.front().isEmpty())
            continue;
        if (headerLeft > 0) {
            --headerLeft;
            continue;
        }
        const Expected e = expectedFor(ref, ids, t[0][0], t[1].toStdString(),
                                       t.size() > 2 ? QString::fromLatin1(t[2]) : QString());
        const QJsonObject o = QJsonDocument::fromJson(lines.value(step)).object();
        const QString where
            = QStringLiteral("step %1 (%2)").arg(step).arg(QString::fromLatin1(raw.trimmed()));
        if (o.value(QStringLiteral("step")).toInt(-1) != step)
            return where + QStringLiteral(": bad step number in ") + QString::fromUtf8(lines.value(step));
        const QJsonValue ptr = o.value(QStringLiteral("ptr"));
        if ((e.ptr < 0) != ptr.isNull() || (e.ptr >= 0 && qint64(ptr.toDouble()) != e.ptr))
            return where + QStringLiteral(": ptr %1, expected %2").arg(ptr.toVariant().toString()).arg(e.ptr);
        const QJsonValue error = o.value(QStringLiteral("error"));
        if (error.isNull() != e.error.isEmpty() || (!error.isNull() && error.toString() != e.error))
            return where + QStringLiteral(": error %1, expected %2").arg(error.toString(), e.error);
        ++step;
    }
    const QJsonObject last = QJsonDocument::fromJson(lines.value(step)).object();
    if (!last.value(QStringLiteral("final")).toBool())
        return QStringLiteral("no final line after %1 steps").arg(step);
    QJsonArray expectedFree;
    for (const BlockInfo &b : ref.blocks()) {
        if (!b.used)
            expectedFree.append(QJsonArray { double(b.start), double(b.size) });
    }
    if (last.value(QStringLiteral("free")).toArray() != expectedFree)
        return QStringLiteral("final free list differs");
    return {};
}

QByteArray randomTrace(quint32 seed, int ops)
{
    QRandomGenerator rng(seed);
    QByteArray body;
    int next = 0;
    QList<int> ids;
    for (int i = 0; i < ops; ++i) {
        const int r = int(rng.bounded(100));
        if (r < 45 || ids.isEmpty()) {
            body += "a " + QByteArray::number(next) + ' ' + QByteArray::number(rng.bounded(1, 300)) + '\n';
            ids.append(next++);
        } else if (r < 85) {
            body += "f " + QByteArray::number(ids.value(int(rng.bounded(ids.size() + 2)), 999999)) + '\n';
        } else {
            body += "r " + QByteArray::number(ids.value(int(rng.bounded(ids.size())))) + ' '
                + QByteArray::number(rng.bounded(0, 400)) + '\n';
        }
    }
    return "0\n" + QByteArray::number(next) + '\n' + QByteArray::number(ops) + "\n1\n" + body;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tracesMatchReference_data();
    void tracesMatchReference();
    void randomTracesMatchReference();
    void statesTileTheHeap();
    void malformedInput_data();
    void malformedInput();
    void badArguments_data();
    void badArguments();
    void helpAndVersion();
    void contentDecidesNotTheName();
    void heapGrowth();

private:
    QTemporaryDir m_dir;
};

void TestCli::tracesMatchReference_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("policy");
    const QStringList traces
        = QDir(dataDir()).entryList({ QStringLiteral("*.rep") }, QDir::Files, QDir::Name);
    QVERIFY(traces.size() >= 11);
    for (const QString &t : traces) {
        for (const char *p : { "first-fit", "next-fit", "best-fit", "worst-fit" })
            QTest::addRow("%s %s", qPrintable(t), p) << t << QString::fromLatin1(p);
    }
}

void TestCli::tracesMatchReference()
{
    QFETCH(QString, file);
    QFETCH(QString, policy);
    const QString path = dataDir() + QLatin1Char('/') + file;
    const std::optional<QByteArray> trace = readFile(path);
    QVERIFY(trace);
    const CliRun r = runCli({ QStringLiteral("replay"), path, QStringLiteral("--policy"), policy,
                              QStringLiteral("--heap-size"), QStringLiteral("1M") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    Policy p;
    QVERIFY(parsePolicy(policy.toStdString(), p));
    const QString diff = compareWithReference(*trace, r.out, p, Size(1) << 20);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestCli::randomTracesMatchReference()
{
    for (quint32 seed = 1; seed <= 12; ++seed) {
        const QByteArray trace = randomTrace(seed, 1500);
        const QString path = m_dir.filePath(QStringLiteral("random%1.rep").arg(seed));
        QVERIFY(writeFile(path, trace));
        const Policy policy = Policy(seed % 4);
        const CliRun r
            = runCli({ QStringLiteral("replay"), path, QStringLiteral("--heap-size"), QStringLiteral("20000"),
                       QStringLiteral("--policy"), QString::fromLatin1(policyName(policy).data()) });
        QCOMPARE(r.exitCode, 0);
        const QString diff = compareWithReference(trace, r.out, policy, 20000);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(diff)));
    }
}

void TestCli::statesTileTheHeap()
{
    const CliRun r
        = runCli({ QStringLiteral("replay"), dataDir() + QStringLiteral("/malloc-free.rep"),
                   QStringLiteral("--states"), QStringLiteral("--heap-size"), QStringLiteral("2K") });
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 18);
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QMap<qint64, qint64> blocks;
        for (const char *key : { "free", "used" }) {
            for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
                blocks.insert(qint64(v[0].toDouble()), qint64(v[1].toDouble()));
        }
        qint64 at = 0;
        for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
            QCOMPARE(it.key(), at);
            at += it.value();
        }
        QCOMPARE(at, qint64(2048));
    }
    const QJsonObject stats
        = QJsonDocument::fromJson(lines.last()).object().value(QStringLiteral("stats")).toObject();
    QCOMPARE(stats.value(QStringLiteral("live_bytes")).toInt(), 33);
    QCOMPARE(stats.value(QStringLiteral("free_blocks")).toInt(), 2);
    QCOMPARE(stats.value(QStringLiteral("peak_live_bytes")).toInt(), 1024 + 128);
}

void TestCli::malformedInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    const QByteArray h = "0\n10\n1\n1\n";
    QTest::newRow("empty file") << QByteArray() << 1 << "header ends early";
    QTest::newRow("short header") << QByteArray("0\n10\n") << 2 << "missing the number of operations";
    QTest::newRow("header not a number")
        << QByteArray("0\nten\n1\n1\na 1 2\n") << 2 << "expected the number of ids";
    QTest::newRow("negative header") << QByteArray("-1\n1\n1\n1\na 1 2\n") << 1 << "suggested heap size";
    QTest::newRow("two numbers on a header line")
        << QByteArray("0 0\n1\n1\n1\na 1 2\n") << 1 << "expected only";
    QTest::newRow("unknown op") << h + "x 1 2\n" << 5 << "unknown operation 'x'";
    QTest::newRow("malloc without size") << h + "a 1\n" << 5 << "needs an id and a size";
    QTest::newRow("size not a number") << h + "a 1 12ab\n" << 5 << "expected a size";
    QTest::newRow("free with extra field") << h + "f 1 2\n" << 5 << "unexpected '2'";
    QTest::newRow("id not a number") << h + "f one\n" << 5 << "expected a block id";
    QTest::newRow("too many fields") << h + "a 1 2 3\n" << 5 << "unexpected '3'";
    QTest::newRow("fewer ops than promised")
        << QByteArray("0\n10\n3\n1\na 1 2\n") << 5 << "promises 3 operations";
    QTest::newRow("more ops than promised") << h + "a 1 2\nf 1\n" << 6 << "promises 1 operations";
    QTest::newRow("binary garbage") << QByteArray("\x7f"
                                                  "ELF\x01\x02\x00\x00",
                                                  8)
                                    << 1 << "expected the suggested";
    QTest::newRow("huge header number")
        << QByteArray("0\n99999999999999999999999\n1\n1\na 1 2\n") << 2 << "number of ids";
}

void TestCli::malformedInput()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("bad.rep"));
    QVERIFY(writeFile(path, text));
    const CliRun r = runCli({ QStringLiteral("replay"), path });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(QStringLiteral("%1:%2: ").arg(path).arg(line)), qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(r.ms < 1000, qPrintable(QStringLiteral("took %1 ms").arg(r.ms)));
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString trace = dataDir() + QStringLiteral("/short1-bal.rep");
    QTest::newRow("no command") << QStringList {} << "no command given";
    QTest::newRow("unknown command") << QStringList { "frobnicate" } << "unknown command 'frobnicate'";
    QTest::newRow("no file") << QStringList { "replay" } << "expected one FILE";
    QTest::newRow("missing file") << QStringList { "replay", "/nonexistent.rep" }
                                  << "/nonexistent.rep: no such file";
    QTest::newRow("directory") << QStringList { "replay", dataDir() } << "not a regular file";
    QTest::newRow("unknown policy") << QStringList { "replay", trace, "--policy", "random-fit" }
                                    << "unknown policy 'random-fit'";
    QTest::newRow("zero heap") << QStringList { "replay", trace, "--heap-size", "0" } << "at least 1 byte";
    QTest::newRow("negative heap") << QStringList { "replay", trace, "--heap-size", "-5" }
                                   << "--heap-size '-5'";
    QTest::newRow("heap too large") << QStringList { "replay", trace, "--heap-size", "9999999999999999999" }
                                    << "2^62";
    QTest::newRow("unknown option") << QStringList { "replay", trace, "--fast" } << "Unknown option 'fast'";
}

void TestCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun r = runCli(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestCli::helpAndVersion()
{
    CliRun r = runCli({ QStringLiteral("--version") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("heapboard-cli "));
    r = runCli({ QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("replay FILE"));
    r = runCli({ QStringLiteral("replay"), QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--policy"));
}

void TestCli::contentDecidesNotTheName()
{
    // A trace saved as .heap replays as a trace, a scenario saved as .rep as
    // a scenario; a damaged one is reported in its own format's terms.
    const auto write = [this](const QString &name, const QByteArray &text) {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text);
        return f.fileName();
    };
    const QString trace = write(QStringLiteral("trace.heap"), "0\n1\n2\n1\na 0 16\nf 0\n");
    CliRun r = runCli({ QStringLiteral("replay"), trace });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("{\"step\":0,\"op\":\"malloc\",\"id\":\"0\",\"size\":16"), r.out.constData());

    const QString scenario = write(QStringLiteral("scenario.rep"), "heap 64\na = malloc 16\nfree a\n");
    r = runCli({ QStringLiteral("replay"), scenario });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("{\"step\":0,\"op\":\"malloc\",\"id\":\"a\""), r.out.constData());

    const QString badScenario = write(QStringLiteral("bad.rep"), "heap 64\nfree nobody\n");
    r = runCli({ QStringLiteral("replay"), badScenario });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(badScenario.toUtf8() + ":2:6: unknown handle"), r.err.constData());

    const QString badTrace = write(QStringLiteral("bad.txt"), "0\n1\n1\n1\nq 0\n");
    r = runCli({ QStringLiteral("replay"), badTrace });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(badTrace.toUtf8() + ":5: unknown operation"), r.err.constData());

    r = runCli({ QStringLiteral("check"), trace });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("a malloclab trace, not a scenario"), r.err.constData());
}

void TestCli::heapGrowth()
{
    // A trace on a 64-byte heap that grows by 1K up to 1M: every malloc
    // succeeds and the final line says where the break ended up.
    const QString trace = dataDir() + QStringLiteral("/short1-bal.rep");
    const CliRun r = runCli({ "replay", trace, "--heap-size", "64", "--grow", "1K", "--max-heap", "1M" });
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QVERIFY(!r.out.contains("out-of-memory"));
    const QByteArray final = lines.last();
    QVERIFY2(final.contains("\"grow\":1024,\"max_heap\":1048576"), final.constData());
    const qsizetype at = final.indexOf("\"heap_size\":");
    QVERIFY(at > 0);
    const qlonglong size = final.mid(at + 12, final.indexOf(',', at) - at - 12).toLongLong();
    QVERIFY2(size > 64 && size <= 1048576 && (size - 64) % 1024 == 0, final.constData());
    // Growth without a maximum, or a maximum below the start: exit 2.
    const CliRun noMax = runCli({ "replay", trace, "--heap-size", "64", "--grow", "1K" });
    QCOMPARE(noMax.exitCode, 2);
    QVERIFY2(noMax.err.contains("needs a maximum size (max-heap)"), noMax.err.constData());
    const CliRun below = runCli({ "replay", trace, "--heap-size", "4K", "--grow", "1K", "--max-heap", "2K" });
    QCOMPARE(below.exitCode, 2);
    QVERIFY2(below.err.contains("less than the 4096 bytes it starts with"), below.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
