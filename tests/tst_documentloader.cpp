// SPDX-License-Identifier: MIT
// DocumentLoader: scenarios and traces by content on a worker thread, errors
// as FILE:LINE[:COLUMN], progress, and cancelling that leaves no result.
#include "documentloader.h"
#include "trace.h"
#include "tracerunner.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace heapboard;

class TestDocumentLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsAScenario();
    void loadsATrace_data();
    void loadsATrace();
    void traceHeapFromTheCaller();
    void reportsABadFile_data();
    void reportsABadFile();
    void cancelLeavesNoResult();
    void cancelFromProgress();
    void aNewLoadReplacesTheRunningOne();
    void destroyedWhileLoading();

private:
    QString write(const QString &name, const QByteArray &text);
    QString bigTrace();
    QTemporaryDir m_dir;
};

namespace {

QString dataFile(const QString &name)
{
    return QDir(qEnvironmentVariable("HEAPBOARD_TEST_DATA")).filePath(name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Trace parsedTrace(const QString &path)
{
    const QByteArray text = readAll(path);
    Trace trace;
    ParseError error;
    parseTrace(std::string_view(text.constData(), std::size_t(text.size())), trace, error);
    return trace;
}

} // namespace

QString TestDocumentLoader::write(const QString &name, const QByteArray &text)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

// Large enough that a load is still running when the test cancels it.
QString TestDocumentLoader::bigTrace()
{
    const QString path = m_dir.filePath(QStringLiteral("big.rep"));
    if (QFileInfo::exists(path))
        return path;
    constexpr int kBlocks = 100000;
    QByteArray text = "0\n" + QByteArray::number(kBlocks) + '\n' + QByteArray::number(2 * kBlocks) + "\n1\n";
    for (int i = 0; i < kBlocks; ++i)
        text += "a " + QByteArray::number(i) + ' ' + QByteArray::number(8 + i % 100) + '\n';
    for (int i = 0; i < kBlocks; ++i)
        text += "f " + QByteArray::number((i * 7919) % kBlocks) + '\n';
    return write(QStringLiteral("big.rep"), text);
}

void TestDocumentLoader::loadsAScenario()
{
    const QString path
        = write(QStringLiteral("lesson.heap"),
                "title Two blocks\nheap 64\n> The first.\na = malloc 16\nb = malloc 8\nfree a\n");
    DocumentLoader loader;
    QSignalSpy finished(&loader, &DocumentLoader::finished);
    QSignalSpy progress(&loader, &DocumentLoader::progress);
    QSignalSpy failed(&loader, &DocumentLoader::failed);
    loader.load(path);
    QVERIFY(loader.isLoading());
    QVERIFY(finished.wait(5000));
    QVERIFY(!loader.isLoading());
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.first().first().toString(), path);
    QCOMPARE(loader.path(), path);
    QCOMPARE(loader.kind(), DocumentKind::Scenario);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().first().toInt(), 100);
    for (qsizetype i = 1; i < progress.count(); ++i)
        QVERIFY(progress.at(i).first().toInt() > progress.at(i - 1).first().toInt());

    const Timeline timeline = loader.takeTimeline();
    QCOMPARE(timeline.size(), std::size_t(3));
    QCOMPARE(timeline.position(), std::size_t(0)); // a scenario opens at its start
    QCOMPARE(timeline.text(0), std::string("Two blocks"));
    QCOMPARE(timeline.text(1), std::string("The first."));
    QCOMPARE(timeline.statement(3), std::string("free a"));
    QCOMPARE(timeline.heap().heapSize(), Size(64));
    QCOMPARE(loader.takeTimeline().size(), std::size_t(0)); // taken once
}

void TestDocumentLoader::loadsATrace_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow(".rep") << QStringLiteral("short1-bal.rep");
    // The content decides: a trace under another name is still a trace.
    QTest::newRow(".heap") << QStringLiteral("short1-bal.heap");
    QTest::newRow("no suffix") << QStringLiteral("short1-bal");
    QTest::newRow(".txt") << QStringLiteral("amptjp.txt");
}

void TestDocumentLoader::loadsATrace()
{
    QFETCH(QString, name);
    const QString source
        = dataFile(name.startsWith(QLatin1String("amptjp")) ? QStringLiteral("amptjp-bal.rep")
                                                            : QStringLiteral("short1-bal.rep"));
    const QString path = write(name, readAll(source));
    const Trace trace = parsedTrace(source);
    DocumentLoader loader;
    QSignalSpy finished(&loader, &DocumentLoader::finished);
    loader.load(path);
    QVERIFY(finished.wait(20000));
    QCOMPARE(loader.kind(), DocumentKind::Trace);
    const Timeline timeline = loader.takeTimeline();
    QCOMPARE(timeline.size(), trace.ops.size());
    QCOMPARE(timeline.position(), trace.ops.size());
    QCOMPARE(timeline.heap().heapSize(), suggestedHeapSize(trace));
    QCOMPARE(timeline.heap().policy(), Policy::FirstFit);
    QCOMPARE(timeline.loadedSteps(), trace.ops.size());
}

void TestDocumentLoader::traceHeapFromTheCaller()
{
    DocumentLoader loader;
    QSignalSpy finished(&loader, &DocumentLoader::finished);
    loader.load(dataFile(QStringLiteral("short2-bal.rep")), { Size(1) << 20, Policy::BestFit, {} });
    QVERIFY(finished.wait(20000));
    const Timeline timeline = loader.takeTimeline();
    QCOMPARE(timeline.heap().heapSize(), Size(1) << 20);
    QCOMPARE(timeline.heap().policy(), Policy::BestFit);
    QCOMPARE(timeline.scenario().heapSize, Size(1) << 20);
}

void TestDocumentLoader::reportsABadFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("where"); // after the path
    QTest::newRow("scenario: line and column")
        << "bad.rep" << QByteArray("heap 64\nfree nobody\n") << ":2:6: ";
    QTest::newRow("trace: line") << "bad.heap" << QByteArray("0\n1\n1\n1\nq 0\n") << ":5: ";
    QTest::newRow("empty") << "empty.heap" << QByteArray() << ":1: ";
    QTest::newRow("missing") << "" << QByteArray() << ": no such file";
}

void TestDocumentLoader::reportsABadFile()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, text);
    QFETCH(QString, where);
    const QString path = name.isEmpty() ? m_dir.filePath(QStringLiteral("missing.heap")) : write(name, text);
    DocumentLoader loader;
    QSignalSpy failed(&loader, &DocumentLoader::failed);
    QSignalSpy finished(&loader, &DocumentLoader::finished);
    loader.load(path);
    QVERIFY(failed.wait(5000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.startsWith(path + where), qPrintable(message));
    QCOMPARE(finished.count(), 0);
    QVERIFY(!loader.isLoading());
    QCOMPARE(loader.takeTimeline().size(), std::size_t(0));
}

void TestDocumentLoader::cancelLeavesNoResult()
{
    const QString big = bigTrace();
    DocumentLoader loader;
    QSignalSpy finished(&loader, &DocumentLoader::finished);
    QSignalSpy failed(&loader, &DocumentLoader::failed);
    QSignalSpy canceled(&loader, &DocumentLoader::canceled);
    QSignalSpy progress(&loader, &DocumentLoader::progress);
    loader.load(big);
    loader.cancel();
    QCOMPARE(canceled.count(), 1);
    QVERIFY(!loader.isLoading());
    loader.cancel(); // nothing to cancel any more
    QCOMPARE(canceled.count(), 1);

    // The loader has one worker: this load starts once the canceled one has
    // stopped, so when it is done, whatever the first could post is in.
    const QString small = dataFile(QStringLiteral("short1-bal.rep"));
    loader.load(small);
    QVERIFY(finished.wait(20000));
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toString(), small);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(canceled.count(), 1);
    QCOMPARE(loader.takeTimeline().size(), parsedTrace(small).ops.size());
}

void TestDocumentLoader::cancelFromProgress()
{
    DocumentLoader loader;
    QSignalSpy finished(&loader, &DocumentLoader::finished);
    QSignalSpy failed(&loader, &DocumentLoader::failed);
    QSignalSpy canceled(&loader, &DocumentLoader::canceled);
    // The window's Cancel button, pressed while the progress bar shows.
    const QMetaObject::Connection pressCancel
        = connect(&loader, &DocumentLoader::progress, &loader, [&loader](int percent) {
              if (percent < 100)
                  loader.cancel();
          });
    loader.load(bigTrace());
    QVERIFY(canceled.wait(20000));
    disconnect(pressCancel);
    QCOMPARE(canceled.count(), 1);
    QVERIFY(!loader.isLoading());
    QCOMPARE(loader.takeTimeline().size(), std::size_t(0));

    // Once a later load is done, the canceled one has posted all it could.
    const QString small = write(QStringLiteral("after.heap"), "heap 32\na = malloc 8\n");
    loader.load(small);
    QVERIFY(finished.wait(20000));
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toString(), small);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(canceled.count(), 1);
}

void TestDocumentLoader::aNewLoadReplacesTheRunningOne()
{
    DocumentLoader loader;
    QSignalSpy finished(&loader, &DocumentLoader::finished);
    QSignalSpy canceled(&loader, &DocumentLoader::canceled);
    loader.load(bigTrace());
    const QString scenario = write(QStringLiteral("s.heap"), "heap 32\na = malloc 8\n");
    loader.load(scenario);
    QCOMPARE(canceled.count(), 1);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(loader.kind(), DocumentKind::Scenario);
    QCOMPARE(loader.takeTimeline().size(), std::size_t(1));
}

void TestDocumentLoader::destroyedWhileLoading()
{
    // The destructor stops the worker and waits for it: nothing is left
    // to touch the loader afterwards (the sanitizers would see it).
    auto loader = std::make_unique<DocumentLoader>();
    loader->load(bigTrace());
    loader.reset();
    QCoreApplication::processEvents();
}

QTEST_GUILESS_MAIN(TestDocumentLoader)
#include "tst_documentloader.moc"
