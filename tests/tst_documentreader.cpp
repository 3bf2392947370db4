// SPDX-License-Identifier: MIT
// parseDocument: scenario or trace by content, whatever the file is called,
// and errors as FILE:LINE[:COLUMN]: message.
#include "documentreader.h"

#include <QTest>

using namespace heapboard;

class TestDocumentReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindByContent_data();
    void kindByContent();
    void errors_data();
    void errors();
};

void TestDocumentReader::kindByContent_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("scenario");
    QTest::newRow("trace") << QByteArray("0\n1\n1\n1\na 0 8\n") << false;
    QTest::newRow("trace after blank lines") << QByteArray("\r\n  \n 0\n1\n1\n1\na 0 8\n") << false;
    QTest::newRow("scenario") << QByteArray("heap 64\nmalloc 8\n") << true;
    QTest::newRow("comment first") << QByteArray("# a lesson\nheap 64\n") << true;
    QTest::newRow("title first") << QByteArray("title Splitting\nheap 64\n") << true;
    QTest::newRow("narration first") << QByteArray("> hello\n") << true;
    QTest::newRow("handle first") << QByteArray("_x = malloc 8\n") << true;
    // Neither: the trace's header explains best what is wrong.
    QTest::newRow("negative number") << QByteArray("-1\n") << false;
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF",
                                          4)
                            << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestDocumentReader::kindByContent()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, scenario);
    const std::string_view view(text.constData(), std::size_t(text.size()));
    QCOMPARE(documentKind(view), scenario ? DocumentKind::Scenario : DocumentKind::Trace);
    ParsedDocument document;
    std::string error;
    parseDocument(view, "x.heap", document, error);
    QCOMPARE(document.kind, documentKind(view));
}

void TestDocumentReader::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("scenario: line and column")
        << QByteArray("heap 64\nfree nobody\n") << "f.rep:2:6: unknown handle 'nobody'";
    QTest::newRow("trace: line") << QByteArray("0\n1\n1\n1\nq 0\n") << "f.rep:5: unknown operation 'q'";
    QTest::newRow("empty") << QByteArray() << "f.rep:1: the header ends early";
    QTest::newRow("good trace") << QByteArray("0\n1\n1\n1\na 0 8\n") << QString();
    QTest::newRow("good scenario") << QByteArray("heap 64\n") << QString();
}

void TestDocumentReader::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    ParsedDocument document;
    std::string message;
    const bool ok = parseDocument(std::string_view(text.constData(), std::size_t(text.size())), "f.rep",
                                  document, message);
    QCOMPARE(ok, error.isEmpty());
    if (!ok)
        QVERIFY2(QString::fromStdString(message).startsWith(error), message.c_str());
    else if (document.kind == DocumentKind::Trace)
        QCOMPARE(document.trace.ops.size(), std::size_t(1));
    else
        QCOMPARE(document.scenario.heapSize, Size(64));
}

QTEST_APPLESS_MAIN(TestDocumentReader)
#include "tst_documentreader.moc"
