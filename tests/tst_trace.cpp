// SPDX-License-Identifier: MIT
#include "testfiles.h"
#include "trace.h"

#include <QTest>

using namespace heapboard;

class TestTrace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodInput();
    void sizesKeptAsData();
    void realTracesParse();
    void malformed_data();
    void malformed();
    void parseSizeSuffixes_data();
    void parseSizeSuffixes();
};

void TestTrace::goodInput()
{
    Trace t;
    ParseError e;
    const std::string text = "  20000\r\n3\r\n\r\n4\r\n1\r\na 0 2040\r\n  r 0 48  \r\n\r\nf 0\r\na -1 7";
    QVERIFY2(parseTrace(text, t, e), e.message.c_str());
    QCOMPARE(t.suggestedHeapSize, 20000u);
    QCOMPARE(t.idCount, 3u);
    QCOMPARE(t.opCount, 4u);
    QCOMPARE(t.weight, 1u);
    QCOMPARE(t.ops.size(), std::size_t(4));
    QCOMPARE(t.ops[0].kind, TraceOp::Kind::Malloc);
    QCOMPARE(t.ops[0].size, Size(2040));
    QCOMPARE(t.ops[0].line, 6);
    QCOMPARE(t.ops[1].kind, TraceOp::Kind::Realloc);
    QCOMPARE(t.ops[1].size, Size(48));
    QCOMPARE(t.ops[2].kind, TraceOp::Kind::Free);
    QCOMPARE(t.idName(t.ops[2].id), std::string_view("0"));
    QCOMPARE(t.ops[2].id, t.ops[0].id);
    QCOMPARE(t.ops[2].line, 9);
    QCOMPARE(t.idName(t.ops[3].id), std::string_view("-1"));
    QCOMPARE(t.idCountSeen(), std::size_t(2));
}

void TestTrace::sizesKeptAsData()
{
    Trace t;
    ParseError e;
    QVERIFY(parseTrace("0\n1\n3\n1\na 1 -5\na 2 99999999999999999999999\nr 3 0\n", t, e));
    QVERIFY(!t.ops[0].sizeValid);
    QCOMPARE(t.rawSize(t.ops[0].rawSize), std::string_view("-5"));
    QVERIFY(!t.ops[1].sizeValid);
    QVERIFY(t.ops[2].sizeValid);
    QCOMPARE(t.ops[2].size, Size(0));
}

void TestTrace::realTracesParse()
{
    const QDir dir(QFINDTESTDATA("data"));
    const QStringList files = dir.entryList({ QStringLiteral("*.rep") }, QDir::Files);
    QVERIFY(files.size() >= 11);
    for (const QString &name : files) {
        const std::optional<QByteArray> file = test::readFile(dir.filePath(name));
        QVERIFY(file);
        const QByteArray &text = *file;
        Trace t;
        ParseError e;
        QVERIFY2(parseTrace(std::string_view(text.constData(), std::size_t(text.size())), t, e),
                 qPrintable(name + QStringLiteral(": ") + QString::fromStdString(e.message)));
        QCOMPARE(t.ops.size(), t.opCount);
    }
}

void TestTrace::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const QByteArray h = "0\n5\n1\n1\n";
    QTest::newRow("empty") << QByteArray() << 1 << 0 << "missing the suggested heap size";
    QTest::newRow("blank lines only") << QByteArray("\n\n\n") << 3 << 0 << "missing the suggested heap size";
    QTest::newRow("three header lines") << QByteArray("1\n2\n3\n") << 3 << 0 << "missing the weight";
    QTest::newRow("header word") << QByteArray("size\n") << 1 << 1 << "found 'size'";
    QTest::newRow("header negative") << QByteArray("0\n-4\n") << 2 << 1 << "number of ids";
    QTest::newRow("header fraction") << QByteArray("0\n1\n2.5\n") << 3 << 1 << "number of operations";
    QTest::newRow("header overflow") << QByteArray("0\n1\n1\n18446744073709551616\n") << 4 << 1 << "weight";
    QTest::newRow("header two tokens")
        << QByteArray("0\n1 2\n") << 2 << 3 << "expected only the number of ids";
    QTest::newRow("op before header ends") << QByteArray("0\n1\na 1 2\n") << 3 << 3 << "number of operations";
    QTest::newRow("unknown letter") << h + "m 1 2\n" << 5 << 1 << "unknown operation 'm'";
    QTest::newRow("word op") << h + "malloc 1 2\n" << 5 << 1 << "unknown operation 'malloc'";
    QTest::newRow("uppercase op") << h + "A 1 2\n" << 5 << 1 << "unknown operation 'A'";
    QTest::newRow("alloc no args") << h + "a\n" << 5 << 0 << "needs an id and a size";
    QTest::newRow("alloc no size") << h + "a 1\n" << 5 << 0 << "needs an id and a size";
    QTest::newRow("realloc no size") << h + "r 1\n" << 5 << 0 << "needs an id and a size";
    QTest::newRow("free no id") << h + "f\n" << 5 << 0 << "needs an id";
    QTest::newRow("free two ids") << h + "f 1 2\n" << 5 << 5 << "unexpected '2'";
    QTest::newRow("four tokens") << h + "a 1 2 3\n" << 5 << 7 << "unexpected '3'";
    QTest::newRow("size with letters") << h + "a 1 2x\n" << 5 << 5 << "expected a size in bytes, found '2x'";
    QTest::newRow("size with suffix") << h + "a 1 4K\n" << 5 << 5 << "found '4K'";
    QTest::newRow("size hex") << h + "a 1 0x10\n" << 5 << 5 << "found '0x10'";
    QTest::newRow("id word") << h + "a abc 2\n" << 5 << 3 << "expected a block id";
    QTest::newRow("id lone minus") << h + "f -\n" << 5 << 3 << "expected a block id";
    QTest::newRow("id double minus") << h + "f --1\n" << 5 << 3 << "found '--1'";
    QTest::newRow("too few ops") << QByteArray("0\n5\n2\n1\na 1 2\n") << 5 << 0
                                 << "promises 2 operations but the file has 1";
    QTest::newRow("too many ops") << h + "a 1 2\nf 1\n"
                                  << 6 << 0 << "promises 1 operations but the file has 2";
    QTest::newRow("long garbage is cut") << h + QByteArray(200, 'z') + '\n' << 5 << 1 << "...'";
    QTest::newRow("NUL bytes") << QByteArray("0\n1\n1\n1\na 1\0 2\n", 14) << 5 << 3 << "expected a block id";
}

void TestTrace::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    Trace t;
    ParseError e;
    QVERIFY(!parseTrace(std::string_view(text.constData(), std::size_t(text.size())), t, e));
    const QString got = QString::fromStdString(e.message);
    QVERIFY2(got.contains(message), qPrintable(got));
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
}

void TestTrace::parseSizeSuffixes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<quint64>("value");
    QTest::newRow("plain") << "4096" << true << quint64(4096);
    QTest::newRow("K") << "4K" << true << quint64(4096);
    QTest::newRow("M") << "2M" << true << quint64(2 << 20);
    QTest::newRow("G lower") << "1g" << true << (quint64(1) << 30);
    QTest::newRow("2^62") << "4611686018427387904" << true << (quint64(1) << 62);
    QTest::newRow("above 2^62") << "4611686018427387905" << false << quint64(0);
    QTest::newRow("G overflow") << "4294967297G" << false << quint64(0);
    QTest::newRow("empty") << "" << false << quint64(0);
    QTest::newRow("suffix only") << "K" << false << quint64(0);
    QTest::newRow("negative") << "-1" << false << quint64(0);
    QTest::newRow("spaces") << " 12" << false << quint64(0);
}

void TestTrace::parseSizeSuffixes()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(quint64, value);
    Size got = 0;
    QCOMPARE(parseSize(text.toStdString(), got), ok);
    if (ok)
        QCOMPARE(quint64(got), value);
}

QTEST_APPLESS_MAIN(TestTrace)
#include "tst_trace.moc"
