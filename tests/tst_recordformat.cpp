// SPDX-License-Identifier: MIT
// The .hrec format (docs/hrec.md): what writeHrec writes readHrec reads back,
// a file cut anywhere is read up to its last whole event with a warning
// naming the offset, damage is named by its offset, and a recording becomes
// the malloclab trace docs/hrec.md describes.
#include "documentreader.h"
#include "hrec.h"
#include "hrecevent.h"

#include <QTest>

using namespace heapboard;
using test::hrecCall;

namespace {

HrecHeader header()
{
    HrecHeader h;
    h.pid = 4242;
    h.parentPid = 1;
    h.startRealNs = 1'700'000'000'000'000'000ull;
    h.startMonotonicNs = 99'000'000'000ull;
    h.program = "/usr/bin/example";
    return h;
}

// One of every kind, on one thread.
std::vector<HrecEvent> everyKind()
{
    std::vector<HrecEvent> events;
    std::uint64_t t = 1000;
    const auto add = [&](HrecEvent e) {
        e.time = t += events.size() % 2 ? 3 : 37; // version 2 packs the short times
        events.push_back(e);
    };
    add(hrecCall(HrecKind::Malloc, 7, 0, 0x5555'0000'1000, 16));
    HrecEvent calloc = hrecCall(HrecKind::Calloc, 7, 0, 0x5555'0000'1020, 25);
    calloc.count = 4;
    add(calloc);
    HrecEvent realloc = hrecCall(HrecKind::Realloc, 7, 0, 0x7fff'0000'0010, 100000);
    realloc.oldAddress = 0x5555'0000'1000;
    add(realloc);
    HrecEvent array = hrecCall(HrecKind::ReallocArray, 7, 0, 0x5555'0000'2000, 8);
    array.count = 10;
    add(array);
    add(hrecCall(HrecKind::Free, 7, 0, 0x5555'0000'1020));
    for (HrecKind kind : { HrecKind::AlignedAlloc, HrecKind::PosixMemalign, HrecKind::Memalign }) {
        HrecEvent aligned = hrecCall(kind, 7, 0, 0x5555'0000'4000, 512);
        aligned.alignment = 256;
        add(aligned);
    }
    add(hrecCall(HrecKind::Valloc, 7, 0, 0x5555'0001'0000, 100));
    add(hrecCall(HrecKind::Pvalloc, 7, 0, 0x5555'0002'0000, 100));
    add(hrecCall(HrecKind::Malloc, 7, 0, 0, ~std::uint64_t { 0 })); // failed
    return events;
}

std::string hrecOf(const std::vector<HrecEvent> &events)
{
    return writeHrec(header(), events);
}

} // namespace

class TestRecordFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("version 1") << 1;
        QTest::newRow("version 2") << 2;
    }

    void roundTrip()
    {
        QFETCH(int, version);
        const std::vector<HrecEvent> events = everyKind();
        HrecHeader h = header();
        h.version = std::uint16_t(version);
        HrecLog log;
        std::string error;
        QVERIFY2(readHrec(writeHrec(h, events), log, error), error.c_str());
        QVERIFY(log.warning.empty());
        QCOMPARE(int(log.header.version), version);
        QCOMPARE(log.header.pid, 4242u);
        QCOMPARE(log.header.program, std::string("/usr/bin/example"));
        QCOMPARE(log.header.startMonotonicNs, 99'000'000'000ull);
        QVERIFY(log.events == events);
        QCOMPARE(hrecEventText(events[2]), std::string("realloc 0x555500001000 100000 = 0x7fff00000010"));
        QCOMPARE(hrecEventText(events[1]), std::string("calloc 4 25 = 0x555500001020"));
        QCOMPARE(hrecEventText(events[5]), std::string("aligned_alloc 256 512 = 0x555500004000"));
        QCOMPARE(hrecEventText(events[4]), std::string("free 0x555500001020"));
    }

    // Chunks come as threads fill them; the reader puts the events in time
    // order again, each thread's in its own.
    void threadsInTimeOrder()
    {
        const std::vector<HrecEvent> written {
            hrecCall(HrecKind::Malloc, 2, 10, 0x1000, 8), hrecCall(HrecKind::Free, 2, 40, 0x1000),
            hrecCall(HrecKind::Malloc, 3, 20, 0x2000, 8), hrecCall(HrecKind::Malloc, 3, 40, 0x3000, 8),
            hrecCall(HrecKind::Free, 3, 50, 0x2000),
        };
        HrecLog log;
        std::string error;
        QVERIFY2(readHrec(hrecOf(written), log, error), error.c_str());
        QCOMPARE(log.events.size(), std::size_t(5));
        const std::vector<std::uint64_t> times { 10, 20, 40, 40, 50 };
        for (std::size_t i = 0; i < times.size(); ++i)
            QCOMPARE(log.events[i].time, times[i]);
        QCOMPARE(log.events[2].thread, 2u); // a tie keeps the file's order
        QCOMPARE(log.events[3].thread, 3u);
    }

    // Ticks become nanoseconds through the chunks' clock pairs; a pair that
    // makes them overflow keeps them in order (found by fuzz_hrec).
    void ticksToNanoseconds()
    {
        HrecHeader h = header();
        h.startTicks = 1000;
        std::string data = writeHrec(
            h, { hrecCall(HrecKind::Malloc, 1, 10, 0x10, 8), hrecCall(HrecKind::Free, 1, 1ull << 40, 0x10) });
        const std::size_t chunk = 56 + h.program.size();
        const std::uint64_t ticks = 1000 + (1ull << 40), ns = h.startMonotonicNs + (1ull << 41);
        data.replace(chunk + 16, 8, reinterpret_cast<const char *>(&ticks), 8);
        data.replace(chunk + 24, 8, reinterpret_cast<const char *>(&ns), 8); // two ticks a nanosecond
        HrecLog log;
        std::string error;
        QVERIFY2(readHrec(data, log, error), error.c_str());
        QCOMPARE(log.events[0].time, 20u);
        QCOMPARE(log.events[1].time, 1ull << 41);
        const std::uint64_t huge = ~std::uint64_t { 0 };
        data.replace(chunk + 24, 8, reinterpret_cast<const char *>(&huge), 8);
        QVERIFY2(readHrec(data, log, error), error.c_str());
        QVERIFY(log.events[0].time <= log.events[1].time);
        QCOMPARE(log.events[1].time, huge);
    }

    // Cut after every byte: the whole events before the cut, a warning
    // naming an offset unless the cut falls between chunks.
    void everyCutReadsAPrefix()
    {
        std::vector<HrecEvent> events = everyKind();
        for (HrecEvent &e : events)
            e.thread = 1;
        const std::string first = hrecOf({ events.begin(), events.begin() + 4 });
        const std::string whole = hrecOf(events);
        const std::size_t headerSize = 56 + header().program.size();
        std::size_t previous = 0;
        for (std::size_t cut = headerSize; cut <= whole.size(); ++cut) {
            HrecLog log;
            std::string error;
            QVERIFY2(readHrec(std::string_view(whole).substr(0, cut), log, error), error.c_str());
            QVERIFY(log.events.size() >= previous);
            previous = log.events.size();
            QVERIFY(std::equal(log.events.begin(), log.events.end(), events.begin()));
            const bool boundary = cut == headerSize || cut == whole.size();
            QCOMPARE(log.warning.empty(), boundary);
            if (!boundary)
                QVERIFY2(log.warning.rfind("offset ", 0) == 0, log.warning.c_str());
        }
        QCOMPARE(previous, events.size());
        QVERIFY(first.size() < whole.size());
    }

    void damage_data()
    {
        QTest::addColumn<int>("at");
        QTest::addColumn<QByteArray>("replacement");
        QTest::addColumn<QByteArray>("message");
        const QByteArray h = QByteArray::number(56 + int(header().program.size()));
        QTest::newRow("version") << 8 << QByteArray("\x03", 1)
                                 << QByteArray("offset 8: version 3 is not one this program reads (1 to 2)");
        QTest::newRow("word size") << 10 << QByteArray("\x03", 1)
                                   << QByteArray("offset 10: a word size of 3");
        QTest::newRow("byte order") << 11 << QByteArray("\x00", 1)
                                    << QByteArray("offset 11: not a little-endian");
        QTest::newRow("header size") << 12 << QByteArray("\x10", 1)
                                     << QByteArray("offset 12: a header of 16 bytes");
        QTest::newRow("chunk tag") << h.toInt() << QByteArray("XBCK") << "offset " + h + ": expected a chunk";
        QTest::newRow("count") << h.toInt() + 12 << QByteArray("\x05", 1)
                               << "offset " + QByteArray::number(h.toInt() + 12) + ": the chunk promises 5";
        QTest::newRow("kind") << h.toInt() + 32 << QByteArray("\x0b", 1)
                              << "offset " + QByteArray::number(h.toInt() + 32) + ": unknown event kind 11";
        // Version 2: a short time in the high bits does not hide a bad kind.
        QTest::newRow("kind with a short time")
            << h.toInt() + 32 << QByteArray("\x20", 1)
            << "offset " + QByteArray::number(h.toInt() + 32) + ": unknown event kind 0";
        QTest::newRow("long number") << h.toInt() + 33 << QByteArray(11, '\xff')
                                     << "offset " + QByteArray::number(h.toInt() + 33) + ": a number longer";
    }

    void damage()
    {
        QFETCH(int, at);
        QFETCH(QByteArray, replacement);
        QFETCH(QByteArray, message);
        std::vector<HrecEvent> events = everyKind();
        for (HrecEvent &e : events)
            e.thread = 1;
        std::string data = hrecOf(events);
        data.replace(std::size_t(at), std::size_t(replacement.size()), replacement.toStdString());
        HrecLog log;
        std::string error;
        QVERIFY(!readHrec(data, log, error));
        QVERIFY2(QByteArray::fromStdString(error).startsWith(message), error.c_str());
        ParsedDocument document;
        QVERIFY(!parseDocument(data, "f.hrec", document, error));
        QVERIFY2(QString::fromStdString(error).startsWith(QStringLiteral("f.hrec: ") + message),
                 error.c_str());
    }

    void notARecording()
    {
        HrecLog log;
        std::string error;
        QVERIFY(!isHrec("4\n1\n1\n1\na 0 1\n"));
        QVERIFY(!readHrec("4\n1\n1\n1\na 0 1\n", log, error));
        QCOMPARE(error.substr(0, 10), std::string("offset 0: "));
        QVERIFY(!readHrec(hrecOf({}).substr(0, 20), log, error));
        QCOMPARE(error.substr(0, 11), std::string("offset 20: "));
    }

    // docs/hrec.md, "As a trace".
    void asTrace()
    {
        const std::vector<HrecEvent> events = everyKind();
        HrecLog log;
        log.events = events;
        log.events.push_back(hrecCall(HrecKind::Free, 7, 9000, 0xdead0)); // never allocated
        HrecEvent gone = hrecCall(HrecKind::Realloc, 7, 9100, 0, 0);
        gone.oldAddress = 0x5555'0000'2000; // realloc(p, 0) frees
        log.events.push_back(gone);
        const Trace trace = traceFromHrec(log);
        QCOMPARE(formatTrace(trace),
                 std::string("100792\n9\n12\n1\n"
                             "a 0 16\n"
                             "a 1 100\n"
                             "r 0 100000\n"
                             "a 2 80\n"
                             "f 1\n"
                             "a 3 512\n"
                             "a 4 512\n"
                             "a 5 512\n"
                             "a 6 100\n"
                             "a 7 100\n"
                             "f 8\n"
                             "r 2 0\n"));
        Trace parsed;
        ParseError error;
        QVERIFY(parseTrace(formatTrace(trace), parsed, error));
        QCOMPARE(parsed.ops.size(), trace.ops.size());
    }

    void documentReader()
    {
        const std::string data = hrecOf(everyKind());
        QCOMPARE(documentKind(data), DocumentKind::Trace);
        ParsedDocument document;
        std::string error;
        QVERIFY2(parseDocument(data, "x.hrec", document, error), error.c_str());
        QVERIFY(document.recorded);
        QVERIFY(document.warning.empty());
        QCOMPARE(document.trace.ops.size(), std::size_t(10));
        QVERIFY(parseDocument(std::string_view(data).substr(0, data.size() - 2), "x.hrec", document, error));
        QVERIFY2(document.warning.rfind("x.hrec: offset ", 0) == 0, document.warning.c_str());
    }
};

QTEST_GUILESS_MAIN(TestRecordFormat)
#include "tst_recordformat.moc"
