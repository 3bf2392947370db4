// SPDX-License-Identifier: MIT
// heapboard-record on real programs: tests/recordtarget.c's own list of its
// calls is what the recording holds, in its threads and its forked child;
// blocks handed between threads sort consistently with their addresses;
// the recording converts to a trace that replays; sort, ls and python3 are
// recorded with their exit status and output unchanged; a recording killed
// midway is read up to its last whole event.
#include "clirun.h"
#include "hrec.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <set>
#include <unordered_set>

using namespace heapboard;
using heapboard::test::runCli;

namespace {

struct Run {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out, err;
};

Run record(const QStringList &arguments, const QString &dir, const QByteArray &input = {})
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral(HEAPBOARD_RECORD), arguments);
    p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool readLog(const QString &path, HrecLog &log)
{
    const QByteArray data = readAll(path);
    std::string error;
    if (!readHrec(std::string_view(data.constData(), std::size_t(data.size())), log, error)) {
        qWarning("%s: %s", qPrintable(path), error.c_str());
        return false;
    }
    return true;
}

QStringList lines(const std::vector<HrecEvent> &events)
{
    QStringList out;
    for (const HrecEvent &e : events)
        out << QString::number(e.thread) + u' ' + QString::fromStdString(hrecEventText(e));
    return out;
}

// The events between the target's start marker (a block of 1000001 bytes
// freed) and its end marker (a malloc of 1000002).
std::vector<HrecEvent> betweenMarkers(const std::vector<HrecEvent> &events)
{
    std::uint64_t marker = 0;
    std::size_t begin = events.size();
    for (std::size_t i = 0; i < events.size(); ++i) {
        const HrecEvent &e = events[i];
        if (e.kind == HrecKind::Malloc && e.size == 1000001)
            marker = e.address;
        else if (e.kind == HrecKind::Free && marker && e.address == marker && begin == events.size())
            begin = i + 1;
        else if (e.kind == HrecKind::Malloc && e.size == 1000002 && begin < i)
            return { events.begin() + std::ptrdiff_t(begin), events.begin() + std::ptrdiff_t(i) };
    }
    return {};
}

// The first event, in the log's order, that contradicts the life of an
// address (an allocation at a live address, a free of one that is not),
// as "event N: ...", or empty.
QString firstContradiction(const std::vector<HrecEvent> &events)
{
    std::unordered_set<std::uint64_t> live;
    const auto fail = [&](std::size_t i, const char *what) {
        return QStringLiteral("event %1: %2: %3")
            .arg(i)
            .arg(QString::fromLatin1(what), QString::fromStdString(hrecEventText(events[i])));
    };
    for (std::size_t i = 0; i < events.size(); ++i) {
        const HrecEvent &e = events[i];
        const bool resize = e.kind == HrecKind::Realloc || e.kind == HrecKind::ReallocArray;
        const std::uint64_t freed = e.kind == HrecKind::Free ? e.address : resize ? e.oldAddress : 0;
        if (freed && live.erase(freed) == 0)
            return fail(i, "frees a block that is not live");
        if (resize && freed && e.address == 0 && e.size != 0)
            live.insert(freed); // a failed realloc keeps its block (realloc(p, 0) frees it)
        if (e.kind != HrecKind::Free && e.address && !live.insert(e.address).second)
            return fail(i, "allocates at a live address");
    }
    return {};
}

} // namespace

class TestRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A directory of its own for each test.
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_dir.setPath(m_tmp->path());
    }

    // The target's list, line by line, is what was recorded between its
    // markers; its forked child's, all its child's file holds.
    void recordingIsTheProgramsOwnList()
    {
        const QString list = m_dir.absoluteFilePath(QStringLiteral("list.txt"));
        const Run r = record({ QStringLiteral("-o"), QStringLiteral("rec.hrec"), QStringLiteral("--"),
                               QStringLiteral(HEAPBOARD_RECORD_TARGET), QStringLiteral("list"), list },
                             m_dir.absolutePath());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QStringList expected = QString::fromUtf8(readAll(list)).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(expected.size() > 20);
        const QString childPid = expected.takeFirst().section(u' ', 1);
        HrecLog log;
        QVERIFY(readLog(m_dir.absoluteFilePath(QStringLiteral("rec.hrec")), log));
        QVERIFY2(log.warning.empty(), log.warning.c_str());
        QCOMPARE(log.header.origin, 0u);
        QCOMPARE(lines(betweenMarkers(log.events)), expected);

        // A realloc in place and one that moved, and frees from a second thread.
        const QRegularExpression realloc(QStringLiteral("realloc (0x\\w+) [1-9]\\d* = (0x\\w+)"));
        QSet<bool> moved;
        QSet<QString> threads;
        for (const QString &line : expected) {
            threads << line.section(u' ', 0, 0);
            if (const QRegularExpressionMatch m = realloc.match(line); m.hasMatch())
                moved << (m.captured(1) != m.captured(2));
        }
        QCOMPARE(moved.size(), 2);
        QCOMPARE(threads.size(), 2);

        HrecLog child;
        QVERIFY(readLog(m_dir.absoluteFilePath(QStringLiteral("rec.%1.hrec").arg(childPid)), child));
        QCOMPARE(child.header.origin, 1u);
        QCOMPARE(QString::number(child.header.pid), childPid);
        QCOMPARE(child.header.parentPid, log.header.pid);
        QCOMPARE(
            lines(child.events),
            QString::fromUtf8(readAll(list + QStringLiteral(".child"))).split(u'\n', Qt::SkipEmptyParts));
    }

    // convert writes a trace that replays as the recording itself does.
    // Blocks handed between four threads (tests/recordhandoff.c): in the
    // log's order every block is allocated before it is freed and freed
    // before its address is allocated again, whichever threads do it.
    void threadsHandingBlocksOnSortConsistently()
    {
        const Run r = record({ QStringLiteral("-o"), QStringLiteral("h.hrec"), QStringLiteral("--"),
                               QStringLiteral(HEAPBOARD_RECORD_HANDOFF) },
                             m_dir.absolutePath());
        QCOMPARE(r.exitCode, 0);
        HrecLog log;
        QVERIFY(readLog(m_dir.absoluteFilePath(QStringLiteral("h.hrec")), log));
        QVERIFY(log.events.size() > 400000);
        std::set<std::uint32_t> threads;
        for (const HrecEvent &e : log.events)
            threads.insert(e.thread);
        QVERIFY(threads.size() >= 4);
        const QString contradiction = firstContradiction(log.events);
        QVERIFY2(contradiction.isEmpty(), qPrintable(contradiction));
    }

    void convertedTraceReplays()
    {
        const Run r = record({ QStringLiteral("-o"), QStringLiteral("rec.hrec"), QStringLiteral("--"),
                               QStringLiteral(HEAPBOARD_RECORD_TARGET), QStringLiteral("list"),
                               m_dir.absoluteFilePath(QStringLiteral("list.txt")) },
                             m_dir.absolutePath());
        QCOMPARE(r.exitCode, 0);
        const QString hrec = m_dir.absoluteFilePath(QStringLiteral("rec.hrec"));
        const QString rep = m_dir.absoluteFilePath(QStringLiteral("rec.rep"));
        const test::CliRun converted = runCli({ QStringLiteral("convert"), hrec, QStringLiteral("-o"), rep });
        QCOMPARE(converted.exitCode, 0);
        QVERIFY(converted.err.isEmpty());
        const QByteArray text = readAll(rep);
        QVERIFY(text.contains("\nr "));
        const test::CliRun fromRep = runCli({ QStringLiteral("replay"), rep });
        QCOMPARE(fromRep.exitCode, 0);
        const int operations = text.split('\n').value(2).toInt();
        QVERIFY(operations > 20);
        QCOMPARE(fromRep.out.count('\n'), operations + 1);
        const test::CliRun fromHrec = runCli({ QStringLiteral("replay"), hrec });
        QCOMPARE(fromHrec.exitCode, 0);
        QCOMPARE(fromHrec.out, fromRep.out);
    }

    // A file that is no recording, one cut short, one damaged.
    void convertMessages()
    {
        const QString garbage = m_dir.absoluteFilePath(QStringLiteral("garbage.hrec"));
        HrecHeader header;
        std::string data = writeHrec(header, {});
        data += std::string("HBCK\x01\0\0\0\0\0\0\0\x05\0\0\0", 16); // 5 events in 0 bytes
        data += std::string(16, '\0'); // and no clock pair
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data.data(), qint64(data.size()));
        file.close();
        test::CliRun r = runCli(
            { QStringLiteral("convert"), garbage, QStringLiteral("-o"), garbage + QStringLiteral(".rep") });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QString::fromUtf8(r.err).trimmed(),
                 garbage + QStringLiteral(": offset 68: the chunk promises 5 events but holds 0"));
        r = runCli({ QStringLiteral("replay"), garbage });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith((garbage + QStringLiteral(": offset 68: ")).toUtf8()));

        data.resize(data.size() - 9); // a chunk header cut short
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data.data(), qint64(data.size()));
        file.close();
        r = runCli({ QStringLiteral("replay"), garbage });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.startsWith((garbage + QStringLiteral(": offset 56: the file ends")).toUtf8()),
                 r.err.constData());
    }

    void passesThrough()
    {
        const Run r = record({ QStringLiteral("--"), QStringLiteral(HEAPBOARD_RECORD_TARGET),
                               QStringLiteral("exit"), QStringLiteral("3") },
                             m_dir.absolutePath());
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, QByteArray("out\n"));
        QCOMPARE(r.err, QByteArray("err\n"));
        // The default name: the program's, the pid, .hrec.
        const QStringList files
            = QDir(m_dir.absolutePath()).entryList({ QStringLiteral("recordtarget.*.hrec") });
        QCOMPARE(files.size(), 1);

        // Its own death, as a shell tells it: 128 + SIGTERM.
        QProcess shell;
        shell.start(QStringLiteral("sh"),
                    { QStringLiteral("-c"), QStringLiteral("\"$0\" -o \"$1\" -- \"$2\" signal; echo $?"),
                      QStringLiteral(HEAPBOARD_RECORD), m_dir.absoluteFilePath(QStringLiteral("s.hrec")),
                      QStringLiteral(HEAPBOARD_RECORD_TARGET) });
        QVERIFY(shell.waitForFinished(60000));
        QCOMPARE(shell.readAllStandardOutput(), QByteArray("143\n"));
    }

    void ownFailures()
    {
        Run r = record({ QStringLiteral("--") }, m_dir.absolutePath());
        QCOMPARE(r.exitCode, 125);
        QVERIFY(r.err.startsWith("heapboard-record: no program given"));
        r = record({ QStringLiteral("--"), QStringLiteral("no-such-program-anywhere") },
                   m_dir.absolutePath());
        QCOMPARE(r.exitCode, 127);
        QVERIFY(QDir(m_dir.absolutePath()).entryList({ QStringLiteral("*.hrec") }).isEmpty());
        r = record({ QStringLiteral("-o"), QStringLiteral("/nonexistent/x.hrec"), QStringLiteral("true") },
                   m_dir.absolutePath());
        QCOMPARE(r.exitCode, 125);
        QVERIFY(r.err.startsWith("heapboard-record: cannot write /nonexistent/x.hrec"));
    }

    void systemPrograms_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("output");
        QTest::newRow("sort") << QStringList { QStringLiteral("sort") } << QByteArray("b\na\n")
                              << QByteArray("a\nb\n");
        QTest::newRow("ls") << QStringList { QStringLiteral("ls"), QStringLiteral("-R"), QStringLiteral(".") }
                            << QByteArray() << QByteArray(".:\n");
        QTest::newRow("python3") << QStringList { QStringLiteral("python3"), QStringLiteral("-c"),
                                                  QStringLiteral("print(1)") }
                                 << QByteArray() << QByteArray("1\n");
    }

    void systemPrograms()
    {
        QFETCH(QStringList, command);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, output);
        if (QStandardPaths::findExecutable(command.front()).isEmpty())
            QSKIP(qPrintable(command.front() + QStringLiteral(" is not installed: nothing to record")));
        const Run r = record(
            QStringList { QStringLiteral("-o"), QStringLiteral("p.hrec"), QStringLiteral("--") } + command,
            m_dir.absolutePath(), input);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY2(r.out.startsWith(output), r.out.constData());
        HrecLog log;
        QVERIFY(readLog(m_dir.absoluteFilePath(QStringLiteral("p.hrec")), log));
        QVERIFY(log.warning.empty());
        QVERIFY(log.events.size() > 10);
        const Trace trace = traceFromHrec(log);
        QVERIFY(trace.ops.size() > 10);
    }

    // SIGKILL while it allocates: every whole event before the kill.
    void killedRecordingIsReadable()
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.absolutePath());
        p.start(QStringLiteral(HEAPBOARD_RECORD),
                { QStringLiteral("-o"), QStringLiteral("k.hrec"), QStringLiteral(HEAPBOARD_RECORD_TARGET),
                  QStringLiteral("loop") });
        QVERIFY(p.waitForStarted());
        QFile file(m_dir.absoluteFilePath(QStringLiteral("k.hrec")));
        QTRY_VERIFY_WITH_TIMEOUT(file.size() > 2000, 30000); // a few flushes (every 100 ms)
        p.kill();
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        HrecLog log;
        QVERIFY(readLog(file.fileName(), log));
        // The loop's: a malloc and a free each time round.
        const auto loop = std::count_if(log.events.begin(), log.events.end(), [](const HrecEvent &e) {
            return e.kind == HrecKind::Malloc || e.kind == HrecKind::Free;
        });
        QVERIFY(loop > 100);
    }

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QDir m_dir;
};

QTEST_GUILESS_MAIN(TestRecord)
#include "tst_record.moc"
