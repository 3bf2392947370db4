// SPDX-License-Identifier: MIT
// Document: the open document's path, name and unsaved state (the undo
// stack's, observed), opening and saving, the unsaved-steps question, and
// RecentFiles. Autosave and recovery: tst_autosave.
#include "documentsession.h"
#include "lessons.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace heapboard;

class TestDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void openAndSaveRoundTrip();
    void modifiedFollowsTheUndoStack();
    void badFileChangesNothing_data();
    void badFileChangesNothing();
    void unsavedStepsQuestion_data();
    void unsavedStepsQuestion();
    void recentFilesNewestFirstAtMostEight();
    void documentsAddTheirFilesToRecent();
    void contentDecidesNotTheName();
    void largeDocumentsLoadInTheBackground();

private:
    QString file(const QString &name, const QByteArray &text = kScenario) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and data go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("HeapboardTest"));
}

void TestDocument::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDocument::cleanup()
{
    m_dir.reset();
}

QString TestDocument::file(const QString &name, const QByteArray &text) const
{
    const QString path = m_dir->filePath(name);
    return writeFile(path, text) ? path : QString();
}

void TestDocument::openAndSaveRoundTrip()
{
    const QString path = file(QStringLiteral("reuse.heap"));
    Session s;
    QSignalSpy loaded(&s.document, &Document::loaded);
    QSignalSpy fileChanged(&s.document, &Document::fileChanged);
    QVERIFY(s.document.open(path));
    QCOMPARE(s.document.path(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(s.document.displayName(), QStringLiteral("Reuse")); // the title, not the file name
    QVERIFY(!s.document.isModified());
    QCOMPARE(s.model.stepCount(), std::size_t(4));
    QCOMPARE(s.model.position(), std::size_t(0));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.front().front().value<Document::Source>(), Document::Source::Scenario);
    QCOMPARE(fileChanged.size(), 1);

    s.model.jumpTo(4);
    QVERIFY(s.editor.allocate(8));
    QVERIFY(s.editor.setText(5, QStringLiteral("A fifth step.")));
    QVERIFY(s.document.isModified());
    const QString saved = m_dir->filePath(QStringLiteral("saved.heap"));
    QSignalSpy savedSpy(&s.document, &Document::saved);
    QVERIFY(s.document.saveTo(saved));
    QVERIFY(!s.document.isModified());
    QCOMPARE(s.document.path(), QFileInfo(saved).absoluteFilePath());
    QCOMPARE(savedSpy.size(), 1);

    Session other;
    QVERIFY(other.document.open(saved));
    QCOMPARE(other.text(), s.text());
    QCOMPARE(other.model.narration(5), QStringLiteral("A fifth step."));
    QCOMPARE(other.model.title(), QStringLiteral("Reuse"));

    // Save writes back to the document's file, without the path question.
    s.document.setSavePathQuestion([](const QString &) {
        QTest::qFail("asked for a path", __FILE__, __LINE__);
        return QString();
    });
    QVERIFY(s.editor.setText(0, QStringLiteral("Reused")));
    QVERIFY(s.document.save());
    QVERIFY(!s.document.isModified());
    Scenario back;
    QCOMPARE(readScenario(saved, back), QString());
    QCOMPARE(back.title, std::string("Reused"));
    QCOMPARE(s.document.displayName(), QStringLiteral("Reused"));
}

void TestDocument::modifiedFollowsTheUndoStack()
{
    Session s;
    QVERIFY(s.document.open(file(QStringLiteral("reuse.heap"))));
    QSignalSpy modified(&s.document, &Document::modifiedChanged);
    const auto changes = [&modified] {
        QList<bool> seen;
        for (const QList<QVariant> &args : std::as_const(modified))
            seen << args.front().toBool();
        modified.clear();
        return seen;
    };
    QUndoStack *undo = s.editor.undoStack();
    QVERIFY(s.editor.allocate(8));
    QVERIFY(s.document.isModified());
    undo->undo();
    QVERIFY(!s.document.isModified()); // back where the file was
    undo->redo();
    QVERIFY(s.document.isModified());
    QCOMPARE(changes(), QList<bool>({ true, false, true }));

    QVERIFY(s.document.saveTo(m_dir->filePath(QStringLiteral("saved.heap"))));
    QVERIFY(!s.document.isModified());
    undo->undo(); // before the saved state: unsaved again
    QVERIFY(s.document.isModified());
    undo->redo();
    QVERIFY(!s.document.isModified());
    QVERIFY(s.editor.setText(1, QStringLiteral("Narrated.")));
    QVERIFY(s.document.isModified());
    QCOMPARE(changes(), QList<bool>({ false, true, false, true }));
    s.model.jumpTo(0); // navigation is not a change
    QVERIFY(s.document.isModified());
    QVERIFY(changes().isEmpty());
}

void TestDocument::badFileChangesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("text"); // empty: no file
    QTest::addColumn<QString>("prefix"); // after FILE:
    QTest::newRow("unknown handle") << "bad.heap" << QByteArray("heap 64\na = malloc 8\nfree q\n") << "3:6: ";
    QTest::newRow("narration at the end")
        << "bad.heap" << QByteArray("heap 64\na = malloc 8\n> then?\n") << "3:1: ";
    QTest::newRow("bad trace") << "bad.rep" << QByteArray("20000\r\n2\r\n2\r\n1\r\na 0 16\r\nx 1 2\r\n")
                               << "6: ";
    QTest::newRow("missing scenario") << "missing.heap" << QByteArray() << " no such file";
    QTest::newRow("missing trace") << "missing.rep" << QByteArray() << " no such file";
    QTest::newRow("a bad trace named .heap")
        << "trace.heap" << QByteArray("20000\n2\n2\n1\na 0 16\nx 1 2\n") << "6: ";
}

void TestDocument::badFileChangesNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, text);
    QFETCH(QString, prefix);
    Session s;
    const QString good = file(QStringLiteral("good.heap"));
    QVERIFY(s.document.open(good));
    s.model.jumpTo(2);
    const QString before = s.text();
    const QStringList recent = s.recent.files();

    const QString bad = text.isEmpty() ? m_dir->filePath(name) : file(name, text);
    QSignalSpy failed(&s.document, &Document::failed);
    QSignalSpy aboutToLoad(&s.document, &Document::aboutToLoad);
    QSignalSpy fileChanged(&s.document, &Document::fileChanged);
    QVERIFY(!s.document.open(bad, false));
    QCOMPARE(failed.size(), 1);
    const QString message = failed.front().front().toString();
    QVERIFY2(message.startsWith(bad + QLatin1Char(':') + prefix), qPrintable(message));
    QCOMPARE(aboutToLoad.size(), 0);
    QCOMPARE(fileChanged.size(), 0);
    QCOMPARE(s.text(), before);
    QCOMPARE(s.model.position(), std::size_t(2));
    QCOMPARE(s.document.path(), QFileInfo(good).absoluteFilePath());
    QCOMPARE(s.document.displayName(), QStringLiteral("Reuse"));
    QVERIFY(!s.document.isModified());
    QCOMPARE(s.recent.files(), recent);
}

void TestDocument::unsavedStepsQuestion_data()
{
    QTest::addColumn<int>("answer"); // a Document::Answer; -1: no question set
    QTest::addColumn<bool>("givesPath"); // the save path question answers
    QTest::addColumn<bool>("proceeds");
    QTest::newRow("cancel") << int(Document::Answer::Cancel) << true << false;
    QTest::newRow("discard") << int(Document::Answer::Discard) << true << true;
    QTest::newRow("save") << int(Document::Answer::Save) << true << true;
    QTest::newRow("save, no path chosen") << int(Document::Answer::Save) << false << false;
    QTest::newRow("nobody to ask") << -1 << true << false;
}

void TestDocument::unsavedStepsQuestion()
{
    QFETCH(int, answer);
    QFETCH(bool, givesPath);
    QFETCH(bool, proceeds);
    Session s;
    int asked = 0;
    if (answer >= 0)
        s.document.setUnsavedQuestion([&asked, answer] {
            ++asked;
            return Document::Answer(answer);
        });
    const QString savedPath = m_dir->filePath(QStringLiteral("session")); // .heap is added
    s.document.setSavePathQuestion([givesPath, savedPath](const QString &current) {
        return givesPath && current.isEmpty() ? savedPath : QString();
    });
    QVERIFY(s.document.newHeap()); // nothing to lose: not asked
    QCOMPARE(asked, 0);
    QVERIFY(s.editor.allocate(48));
    const QString before = s.text();

    const QString other = file(QStringLiteral("other.heap"));
    QCOMPARE(s.document.open(other), proceeds);
    QCOMPARE(asked, answer >= 0 ? 1 : 0);
    QCOMPARE(QFileInfo::exists(savedPath + QStringLiteral(".heap")),
             Document::Answer(answer) == Document::Answer::Save && givesPath);
    if (QFileInfo::exists(savedPath + QStringLiteral(".heap"))) {
        Scenario saved;
        QCOMPARE(readScenario(savedPath + QStringLiteral(".heap"), saved), QString());
        QCOMPARE(formatted(saved), before);
    }
    if (proceeds) {
        QCOMPARE(s.document.path(), QFileInfo(other).absoluteFilePath());
        QVERIFY(!s.document.isModified());
        return;
    }
    QCOMPARE(s.text(), before);
    QVERIFY(s.document.isModified());
    QVERIFY(s.document.path().isEmpty());
}

void TestDocument::recentFilesNewestFirstAtMostEight()
{
    RecentFiles recent;
    QVERIFY(recent.files().isEmpty());
    QSignalSpy changed(&recent, &RecentFiles::changed);
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        paths.prepend(m_dir->filePath(QStringLiteral("f%1.heap").arg(i)));
        recent.add(paths.front());
        QCOMPARE(recent.files().front(), paths.front());
    }
    QCOMPARE(RecentFiles::kMaxFiles, 8);
    QStringList expected = paths.mid(0, 8);
    QCOMPARE(recent.files(), expected);
    QCOMPARE(changed.size(), 10);
    QCOMPARE(changed.back().front().toStringList(), expected);

    recent.add(expected[5]); // again: to the front, once
    expected.move(5, 0);
    QCOMPARE(recent.files(), expected);
    QCOMPARE(changed.back().front().toStringList(), expected);
    QCOMPARE(RecentFiles().files(), expected); // kept in the settings, for every window

    const QString relative = QStringLiteral("relative.heap");
    recent.add(relative);
    QCOMPARE(recent.files().front(), QFileInfo(relative).absoluteFilePath());
    QCOMPARE(recent.files().size(), 8);
}

void TestDocument::documentsAddTheirFilesToRecent()
{
    Session s;
    s.document.setUnsavedQuestion([] { return Document::Answer::Discard; });
    QVERIFY(s.document.open(bundledLessons().front().path));
    QVERIFY(s.document.path().isEmpty()); // Save must not write into the resources
    QVERIFY(s.recent.files().isEmpty()); // nothing to find again on disk
    const QString opened = file(QStringLiteral("opened.heap"));
    QVERIFY(s.document.open(opened));
    const QString trace = file(QStringLiteral("t.rep"), "64\n2\n2\n1\na 0 16\nf 0\n");
    QVERIFY(s.document.load(trace, false));
    QVERIFY(s.document.path().isEmpty()); // imported: not this document's file
    QCOMPARE(s.document.displayName(), QStringLiteral("t.rep"));
    const QString saved = m_dir->filePath(QStringLiteral("saved.heap"));
    QVERIFY(s.document.saveTo(saved));
    const auto absolute = [](const QString &p) { return QFileInfo(p).absoluteFilePath(); };
    QCOMPARE(s.recent.files(), QStringList({ absolute(saved), absolute(trace), absolute(opened) }));
}

void TestDocument::contentDecidesNotTheName()
{
    Session s;
    QVERIFY(s.document.open(file(QStringLiteral("trace.heap"), "0\n2\n3\n1\na 0 16\na 1 8\nf 0\n"), false));
    QCOMPARE(s.model.stepCount(), std::size_t(3));
    QCOMPARE(s.model.statement(1), QStringLiteral("p0 = malloc 16"));
    QVERIFY(s.document.open(file(QStringLiteral("scenario.rep"), "heap 64\na = malloc 8\n")));
    QCOMPARE(s.model.statement(1), QStringLiteral("a = malloc 8"));
}

void TestDocument::largeDocumentsLoadInTheBackground()
{
    // More than 100,000 steps: built on a worker thread; Cancel leaves the
    // open document as it was, and a load to the end opens at the peak.
    QByteArray trace = "0\n50000\n100002\n1\n";
    for (int i = 0; i < 50000; ++i)
        trace += "a " + QByteArray::number(i) + " 16\n";
    for (int i = 0; i < 50000; ++i)
        trace += "f " + QByteArray::number(i) + "\n";
    trace += "a 0 8\nf 0\n";
    const QString big = file(QStringLiteral("big.rep"), trace);
    Session s;
    QVERIFY(s.document.open(file(QStringLiteral("good.heap"))));
    s.model.jumpTo(1);
    const QString before = s.text();
    QSignalSpy loaded(&s.document, &Document::loaded);
    QSignalSpy ended(&s.document, &Document::loadEnded);
    QVERIFY(s.document.open(big, false));
    QVERIFY(s.document.isLoading());
    s.document.cancelLoad();
    QCOMPARE(ended.size(), 1);
    QTest::qWait(0); // anything the worker had posted is dropped
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(s.text(), before);
    QCOMPARE(s.model.position(), std::size_t(1));

    QSignalSpy progress(&s.document, &Document::loadProgress);
    QVERIFY(s.document.open(big, false));
    QVERIFY(loaded.wait(60000));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(s.model.stepCount(), std::size_t(100002));
    QCOMPARE(s.model.position(), std::size_t(50000)); // 800 bytes live
    QCOMPARE(s.document.displayName(), QStringLiteral("big.rep"));
    QVERIFY(!s.document.isModified());
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
