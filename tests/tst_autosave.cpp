// SPDX-License-Identifier: MIT
// Autosave: within the delay after a change the whole timeline is written
// as a scenario, one file per window, and removed when nothing is unsaved
// or the window closes cleanly; the autosave of a process that is gone is
// offered for recovery (Document::offerRecovery, the window's dialog), and
// Restore gives back the same timeline at the same position, including
// after a real heapboard window was killed with SIGKILL.
#include "dialogwaiter.h"
#include "documentsession.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

using namespace heapboard;

namespace {

// A pid that no process has: one that ran and was reaped.
qint64 deadPid()
{
    QProcess p;
    p.start(QStringLiteral("true"), {});
    if (!p.waitForStarted())
        return 0;
    const qint64 pid = p.processId();
    p.waitForFinished();
    return pid;
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void autosaveWritesTheWholeTimeline();
    void autosaveOnlyWhileSomethingIsUnsaved();
    void cleanCloseRemovesTheAutosave();
    void windowCloseRemovesItsAutosave();
    void writeFailureIsToldOnce();
    void orphanedMeansTheWriterIsGone();
    void leftoverOfADeadProcessIsRestored();
    void discardDeletesTheLeftover_data();
    void discardDeletesTheLeftover();
    void windowOffersRecoveryInADialog_data();
    void windowOffersRecoveryInADialog();
    void killedProcessIsOfferedOnTheNextStart();

private:
    QString file(const QString &name, const QByteArray &text = kScenario) const;
    // A leftover autosave of a process that is gone, with s's timeline.
    QString leftoverOf(const Session &s, const QString &name) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAutosave::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and data go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("HeapboardTest"));
}

void TestAutosave::init()
{
    QSettings().clear();
    QVERIFY(QDir(Autosave::defaultDirectory()).removeRecursively());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAutosave::cleanup()
{
    m_dir.reset();
}

QString TestAutosave::file(const QString &name, const QByteArray &text) const
{
    const QString path = m_dir->filePath(name);
    return writeFile(path, text) ? path : QString();
}

QString TestAutosave::leftoverOf(const Session &s, const QString &name) const
{
    Autosave::Header header;
    header.pid = deadPid();
    header.path = s.document.path();
    header.name = s.document.displayName();
    header.position = s.model.position();
    header.steps = s.model.stepCount();
    if (header.pid <= 0 || !QDir().mkpath(Autosave::defaultDirectory()))
        return {};
    const QString path = QDir(Autosave::defaultDirectory()).filePath(name);
    return Autosave::writeFile(path, header, formatScenario(s.model.scenario()), nullptr) ? path : QString();
}

void TestAutosave::autosaveWritesTheWholeTimeline()
{
    Session s;
    const QString path = file(QStringLiteral("reuse.heap"));
    QVERIFY(s.document.open(path));
    QVERIFY(!s.document.isAutosavePending()); // just opened: nothing to keep
    QCOMPARE(s.document.autosaveDelay(), Document::kAutosaveDelayMs);
    QCOMPARE(Document::kAutosaveDelayMs, 2000);

    s.model.jumpTo(3);
    QVERIFY(s.editor.allocate(40, QStringLiteral("d"))); // drops step 4 (c = malloc 16)
    QVERIFY(s.document.isAutosavePending());
    QVERIFY(s.editor.setText(4, QStringLiteral("Then d.")));
    QVERIFY(s.editor.setText(0, QStringLiteral("Reuse, edited")));
    QVERIFY(s.editor.setPolicy(Policy::BestFit));
    QVERIFY(s.editor.allocate(8));
    s.model.jumpTo(2);
    QVERIFY(s.document.isAutosavePending()); // one write for all of them

    QSignalSpy autosaved(&s.document, &Document::autosaved);
    QVERIFY(s.document.autosaveNow());
    QVERIFY(!s.document.isAutosavePending());
    QCOMPARE(autosaved.size(), 1);
    const QString written = autosaved.front().front().toString();
    QCOMPARE(written, s.document.autosavePath());
    QCOMPARE(QFileInfo(written).absolutePath(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave"));

    Scenario parsed;
    QCOMPARE(readScenario(written, parsed), QString());
    QCOMPARE(formatted(parsed), s.text()); // statements, narrations, title
    QCOMPARE(parsed.title, std::string("Reuse, edited"));
    QCOMPARE(parsed.steps.size(), s.model.stepCount());
    for (std::size_t step = 1; step <= s.model.stepCount(); ++step)
        QCOMPARE(QString::fromStdString(parsed.steps[step - 1].narration()), s.model.narration(step));
    Autosave::Header header;
    QVERIFY(Autosave::readHeader(written, header));
    QCOMPARE(header.pid, QCoreApplication::applicationPid());
    QCOMPARE(header.path, QFileInfo(path).absoluteFilePath());
    QCOMPARE(header.name, QStringLiteral("Reuse"));
    QCOMPARE(header.position, std::size_t(2));
    QCOMPARE(header.steps, std::size_t(6));
    QVERIFY(!Autosave::isOrphan(header)); // this window is alive

    // It is a scenario file too.
    Session other;
    QVERIFY(other.document.open(written));
    QCOMPARE(other.text(), s.text());
}

void TestAutosave::autosaveOnlyWhileSomethingIsUnsaved()
{
    Session s;
    s.document.setUnsavedQuestion([] { return Document::Answer::Discard; });
    QVERIFY(s.document.open(file(QStringLiteral("reuse.heap"))));
    const QString autosave = s.document.autosavePath();
    QVERIFY(!s.document.autosaveNow()); // nothing unsaved
    QVERIFY(!QFileInfo::exists(autosave));

    QVERIFY(s.editor.allocate(8));
    QVERIFY(s.document.autosaveNow());
    QVERIFY(QFileInfo::exists(autosave));
    s.editor.undoStack()->undo(); // back to the file
    QVERIFY(!QFileInfo::exists(autosave));
    QVERIFY(!s.document.isAutosavePending());

    s.editor.undoStack()->redo(); // redo is a change
    QVERIFY(s.document.isAutosavePending());
    QVERIFY(s.document.autosaveNow());
    QVERIFY(s.document.saveTo(m_dir->filePath(QStringLiteral("saved.heap"))));
    QVERIFY(!QFileInfo::exists(autosave)); // saved
    QVERIFY(!s.document.isAutosavePending());

    QVERIFY(s.editor.allocate(8));
    QVERIFY(s.document.autosaveNow());
    QVERIFY(s.document.open(file(QStringLiteral("other.heap")))); // discarded for another
    QVERIFY(!QFileInfo::exists(autosave));
    QVERIFY(!s.document.isAutosavePending());
}

void TestAutosave::cleanCloseRemovesTheAutosave()
{
    auto s = std::make_unique<Session>();
    QVERIFY(s->document.newHeap());
    QVERIFY(s->editor.allocate(8));
    QVERIFY(s->document.autosaveNow());
    const QString autosave = s->document.autosavePath();
    QVERIFY(QFileInfo::exists(autosave));
    s->document.discardAutosave(); // the window closed
    QVERIFY(!QFileInfo::exists(autosave));
    QVERIFY(!s->document.isAutosavePending());

    QVERIFY(s->editor.allocate(8));
    QVERIFY(s->document.autosaveNow());
    QVERIFY(QFileInfo::exists(autosave));
    s.reset(); // the process ends normally
    QVERIFY(!QFileInfo::exists(autosave));

    // Each window writes its own file.
    Session a;
    Session b;
    QVERIFY(a.document.autosavePath() != b.document.autosavePath());
}

void TestAutosave::windowCloseRemovesItsAutosave()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.newHeap();
    window.allocate();
    QVERIFY(window.document()->isAutosavePending()); // the window's edits reach the document
    QVERIFY(window.document()->autosaveNow());
    const QString autosave = window.document()->autosavePath();
    QVERIFY(QFileInfo::exists(autosave));
    DialogWaiter<QMessageBox> box([](QMessageBox *b) { b->button(QMessageBox::Discard)->click(); });
    QVERIFY(window.close());
    QVERIFY2(box.wait(), qPrintable(box.failure()));
    QVERIFY(!QFileInfo::exists(autosave));
}

void TestAutosave::writeFailureIsToldOnce()
{
    Session s;
    const QString notAFolder = file(QStringLiteral("plain-file"));
    s.document.setAutosaveDirectory(notAFolder + QStringLiteral("/autosave"));
    QSignalSpy failed(&s.document, &Document::failed);
    QVERIFY(s.document.newHeap());
    QVERIFY(s.editor.allocate(8));
    QVERIFY(!s.document.autosaveNow());
    QCOMPARE(failed.size(), 1);
    const QString message = failed.front().front().toString();
    QVERIFY2(message.startsWith(s.document.autosavePath() + QStringLiteral(": cannot autosave")),
             qPrintable(message));
    QVERIFY(s.editor.allocate(8));
    QVERIFY(!s.document.autosaveNow());
    QCOMPARE(failed.size(), 1); // not again every few seconds
    QVERIFY(s.document.isModified()); // and the document is as it was
}

void TestAutosave::orphanedMeansTheWriterIsGone()
{
    const Autosave::Header own = Autosave::ownHeader();
    QVERIFY(!Autosave::isOrphan(own));
    Autosave::Header reused = own; // this pid, another process: a reboot
    reused.instance = QStringLiteral("another-instance");
    QVERIFY(Autosave::isOrphan(reused));
    Autosave::Header dead;
    dead.pid = deadPid();
    QVERIFY(dead.pid > 0);
    QVERIFY(Autosave::isOrphan(dead));
#ifdef Q_OS_LINUX
    Autosave::Header parent; // alive, as the process that wrote it
    parent.pid = qint64(::getppid());
    QVERIFY(!Autosave::isOrphan(parent));
    parent.started = QStringLiteral("1"); // the pid runs another, later process
    QVERIFY(Autosave::isOrphan(parent));
#endif
}

void TestAutosave::leftoverOfADeadProcessIsRestored()
{
    const QString path = file(QStringLiteral("reuse.heap"));
    QString expected;
    QString leftover;
    {
        Session crashed;
        QVERIFY(crashed.document.open(path));
        crashed.model.jumpTo(4);
        QVERIFY(crashed.editor.allocate(24));
        QVERIFY(crashed.editor.setText(5, QStringLiteral("Unsaved narration.")));
        crashed.model.jumpTo(3);
        QVERIFY(crashed.document.autosaveNow());
        Session alive; // another window of a live process is left alone
        QVERIFY(alive.document.leftovers().isEmpty());
        expected = crashed.text();
        leftover = leftoverOf(crashed, QStringLiteral("dead.heap"));
        QVERIFY(!leftover.isEmpty());
    }

    Session s;
    QList<Autosave::Leftover> offered;
    s.document.setRecoveryQuestion([&offered](const Autosave::Leftover &l) {
        offered << l;
        return Document::RecoveryAnswer::Restore;
    });
    QSignalSpy loaded(&s.document, &Document::loaded);
    QVERIFY(s.document.offerRecovery());
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.front().file, leftover);
    QCOMPARE(offered.front().header.name, QStringLiteral("Reuse"));
    QCOMPARE(offered.front().header.steps, std::size_t(5));
    QCOMPARE(s.text(), expected);
    QCOMPARE(s.model.position(), std::size_t(3));
    QCOMPARE(s.model.narration(5), QStringLiteral("Unsaved narration."));
    QVERIFY(s.document.isModified()); // unsaved until saved again
    QCOMPARE(s.document.path(), QFileInfo(path).absoluteFilePath()); // Save writes where it was
    QCOMPARE(s.document.displayName(), QStringLiteral("Reuse"));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.front().front().value<Document::Source>(), Document::Source::Recovered);
    QVERIFY(!QFileInfo::exists(leftover)); // now in this document's own autosave
    Scenario own;
    QCOMPARE(readScenario(s.document.autosavePath(), own), QString());
    QCOMPARE(formatted(own), expected);

    offered.clear();
    QVERIFY(!s.document.offerRecovery()); // nothing left
    QVERIFY(offered.isEmpty());
    QVERIFY(s.document.save());
    QVERIFY(!s.document.isModified());
    Scenario saved;
    QCOMPARE(readScenario(path, saved), QString());
    QCOMPARE(formatted(saved), expected);
}

void TestAutosave::discardDeletesTheLeftover_data()
{
    QTest::addColumn<int>("answer"); // a Document::RecoveryAnswer
    QTest::newRow("discard") << int(Document::RecoveryAnswer::Discard);
    QTest::newRow("keep") << int(Document::RecoveryAnswer::Keep);
}

void TestAutosave::discardDeletesTheLeftover()
{
    QFETCH(int, answer);
    const bool keep = Document::RecoveryAnswer(answer) == Document::RecoveryAnswer::Keep;
    QString leftover;
    {
        Session crashed;
        QVERIFY(crashed.document.newHeap());
        QVERIFY(crashed.editor.allocate(8));
        leftover = leftoverOf(crashed, QStringLiteral("dead.heap"));
        QVERIFY(!leftover.isEmpty());
    }
    Session s;
    int asked = 0;
    s.document.setRecoveryQuestion([&asked, answer](const Autosave::Leftover &) {
        ++asked;
        return Document::RecoveryAnswer(answer);
    });
    QVERIFY(!s.document.offerRecovery());
    QCOMPARE(asked, 1);
    QCOMPARE(QFileInfo::exists(leftover), keep);
    QCOMPARE(s.model.stepCount(), std::size_t(0));
    QVERIFY(!s.document.isModified());
    QVERIFY(!s.document.offerRecovery());
    QCOMPARE(asked, keep ? 2 : 1); // kept: offered again
}

void TestAutosave::windowOffersRecoveryInADialog_data()
{
    QTest::addColumn<bool>("restore");
    QTest::newRow("restore") << true;
    QTest::newRow("discard") << false;
}

void TestAutosave::windowOffersRecoveryInADialog()
{
    QFETCH(bool, restore);
    QString expected;
    QString leftover;
    {
        Session crashed;
        QVERIFY(crashed.document.open(file(QStringLiteral("reuse.heap"))));
        crashed.model.jumpTo(4);
        QVERIFY(crashed.editor.allocate(24));
        crashed.model.jumpTo(1);
        expected = crashed.text();
        leftover = leftoverOf(crashed, QStringLiteral("dead.heap"));
        QVERIFY(!leftover.isEmpty());
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString text;
    DialogWaiter<QMessageBox> box(
        [restore, &text](QMessageBox *b) {
            text = b->text();
            for (QAbstractButton *button : b->buttons())
                if ((b->buttonRole(button) == QMessageBox::AcceptRole) == restore)
                    return button->click();
        },
        QStringLiteral("recoveryBox"));
    QCOMPARE(window.offerRecovery(), restore);
    QVERIFY2(box.wait(), qPrintable(box.failure()));
    QVERIFY2(text.contains(QStringLiteral("Reuse")) && text.contains(QStringLiteral("5 step")),
             qPrintable(text));
    QVERIFY(!QFileInfo::exists(leftover));
    if (!restore) {
        QVERIFY(window.isStartPageShown());
        QVERIFY(!window.isWindowModified());
        return;
    }
    QCOMPARE(QString::fromStdString(formatScenario(window.model()->scenario())), expected);
    QCOMPARE(window.model()->position(), std::size_t(1));
    QVERIFY(window.isWindowModified());
    QVERIFY(!window.isStartPageShown());
    QVERIFY2(window.windowTitle().startsWith(QStringLiteral("Reuse")), qPrintable(window.windowTitle()));
}

void TestAutosave::killedProcessIsOfferedOnTheNextStart()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGKILL and the process check are Unix only");
#else
    // A home of its own, so that the killed window's data location is not
    // this test's, nor the user's.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString path = file(QStringLiteral("reuse.heap"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess killed;
    killed.setProcessEnvironment(env);
    killed.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    killed.start(QStringLiteral(HEAPBOARD_AUTOSAVE_KILLED), { path });
    QVERIFY2(killed.waitForFinished(120000), "the window was neither killed nor finished");
    QCOMPARE(killed.exitStatus(), QProcess::CrashExit);
    QCOMPARE(killed.exitCode(), int(SIGKILL));
    const QJsonObject had = QJsonDocument::fromJson(killed.readAllStandardOutput()).object();
    const QString autosave = had.value(QStringLiteral("file")).toString();
    QVERIFY2(autosave.startsWith(home.path() + QLatin1Char('/')), qPrintable(autosave));
    QVERIFY(QFileInfo::exists(autosave));

    Session next; // the next start, over the same data location
    next.document.setAutosaveDirectory(QFileInfo(autosave).absolutePath());
    QList<Autosave::Leftover> offered;
    next.document.setRecoveryQuestion([&offered](const Autosave::Leftover &l) {
        offered << l;
        return Document::RecoveryAnswer::Restore;
    });
    QVERIFY(next.document.offerRecovery());
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.front().file, autosave);
    QCOMPARE(next.text(), had.value(QStringLiteral("scenario")).toString());
    QCOMPARE(qint64(next.model.position()), had.value(QStringLiteral("position")).toInteger());
    QCOMPARE(next.model.narration(1), QStringLiteral("Narrated before the kill."));
    QCOMPARE(next.document.path(), had.value(QStringLiteral("path")).toString());
    QCOMPARE(next.document.path(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(next.document.displayName(), had.value(QStringLiteral("name")).toString());
    QVERIFY(next.document.isModified());
    QVERIFY(!QFileInfo::exists(autosave));
#endif
}

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
