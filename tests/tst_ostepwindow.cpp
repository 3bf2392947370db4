// SPDX-License-Identifier: MIT
// An OSTEP malloc.py workload in the window: heapboard --ostep and File >
// New OSTEP Workload… open it as an untitled scenario, in quiz mode without
// -c; bad options stop heapboard before a window opens.
#include "dialogwaiter.h"
#include "document.h"
#include "heapmodel.h"
#include "mainwindow.h"
#include "narrationpanel.h"
#include "ostepdialog.h"
#include "ostepworkload.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace heapboard;

namespace {

struct GuiRun {
    int exitCode = -1;
    QString err;
};

// heapboard itself, offscreen; a run that opens a window is a failure here
// (only bad command lines are run), so it is killed after a minute.
GuiRun runGui(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HEAPBOARD_GUI), arguments);
    GuiRun r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestOstepWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensInQuizModeWithoutCompute();
    void opensRevealedWithCompute();
    void saveAsksForAName();
    void badTextChangesNothing();
    void menuOpensTheDialogsWorkload();
    void canceledDialogOpensNothing();
    void badOstepExitsTwo_data();
    void badOstepExitsTwo();

private:
    void open(const QString &arguments);
    MainWindow *m_window = nullptr;
};

void TestOstepWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and autosaves go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("HeapboardTest"));
}

void TestOstepWindow::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestOstepWindow::cleanup()
{
    delete m_window;
}

void TestOstepWindow::open(const QString &arguments)
{
    OstepWorkload workload;
    QString error;
    QVERIFY2(OstepWorkload::fromCommandLine(arguments, workload, &error), qPrintable(error));
    QVERIFY(m_window->openOstepWorkload(workload));
}

void TestOstepWindow::opensInQuizModeWithoutCompute()
{
    open(QStringLiteral("-s 3 -n 10 -H 4 -p FIRST"));
    QVERIFY(!m_window->isStartPageShown());
    QCOMPARE(m_window->model()->stepCount(), std::size_t(10));
    QCOMPARE(m_window->model()->position(), std::size_t(0));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("OSTEP malloc.py -s 3 -n 10")));
    QVERIFY(m_window->filePath().isEmpty());
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->isQuizMode());
    QCOMPARE(m_window->model()->heap().settings().header, Size(4));
    // The first step asks before it shows malloc.py's answer.
    m_window->stepForward();
    QVERIFY(m_window->isQuestionShown());
    QCOMPARE(m_window->model()->position(), std::size_t(0));
    m_window->stepForward();
    QVERIFY(!m_window->isQuestionShown());
    QCOMPARE(m_window->model()->position(), std::size_t(1));
    QVERIFY(m_window->narrationPanel()->narration().contains(QStringLiteral("ptr[0] = Alloc(")));
}

void TestOstepWindow::opensRevealedWithCompute()
{
    m_window->setQuizMode(true); // a quiz of the document before
    open(QStringLiteral("-A +10,+20,-0 -c"));
    QVERIFY(!m_window->isQuizMode());
    QCOMPARE(m_window->model()->stepCount(), std::size_t(3));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("OSTEP malloc.py -A +10,+20,-0")));
    m_window->stepForward();
    QVERIFY(!m_window->isQuestionShown());
    QCOMPARE(m_window->model()->position(), std::size_t(1));
}

void TestOstepWindow::saveAsksForAName()
{
    open(QStringLiteral("-s 1"));
    QTemporaryDir dir;
    QString asked = QStringLiteral("not asked");
    m_window->document()->setSavePathQuestion([&](const QString &current) {
        asked = current;
        return dir.filePath(QStringLiteral("homework"));
    });
    m_window->save();
    QCOMPARE(asked, QString());
    QCOMPARE(m_window->filePath(), dir.filePath(QStringLiteral("homework.heap")));
    QFile saved(m_window->filePath());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().startsWith("title OSTEP malloc.py -s 1 -n 10\n"));
}

void TestOstepWindow::badTextChangesNothing()
{
    open(QStringLiteral("-s 2 -n 4"));
    QSignalSpy failed(m_window->document(), &Document::failed);
    QVERIFY(!m_window->document()->loadText(QStringLiteral("generated"), "heap 64\nmalloc\n"));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.front().front().toString().startsWith(QStringLiteral("generated:2:")),
             qPrintable(failed.front().front().toString()));
    QCOMPARE(m_window->model()->stepCount(), std::size_t(4));
    QVERIFY(m_window->isQuizMode());
}

void TestOstepWindow::menuOpensTheDialogsWorkload()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("ostepAction"));
    QVERIFY(action);
    QString shown;
    DialogWaiter<OstepDialog> dialog([&shown](OstepDialog *d) {
        OstepOptions o;
        o.seed = "5";
        o.numOps = 6;
        o.policy = "WORST";
        d->setOptions(o);
        shown = d->commandLine();
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    action->trigger();
    QVERIFY2(dialog.wait(), qPrintable(dialog.failure()));
    QCOMPARE(shown, QStringLiteral("malloc.py -s 5 -n 6 -p WORST"));
    QCOMPARE(m_window->model()->stepCount(), std::size_t(6));
    QCOMPARE(m_window->model()->heap().policy(), Policy::WorstFit);
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("OSTEP malloc.py -s 5 -n 6")));
    QVERIFY(m_window->isQuizMode());
}

void TestOstepWindow::canceledDialogOpensNothing()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("ostepAction"));
    DialogWaiter<OstepDialog> dialog([](OstepDialog *d) { d->reject(); });
    action->trigger();
    QVERIFY2(dialog.wait(), qPrintable(dialog.failure()));
    QVERIFY(m_window->isStartPageShown());
    QVERIFY(!m_window->isQuizMode());
}

void TestOstepWindow::badOstepExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("policy") << QStringList { QStringLiteral("--ostep"), QStringLiteral("-s 3 -p NEXT") }
                            << "heapboard: --ostep: option -p: invalid policy: 'NEXT'";
    QTest::newRow("integer") << QStringList { QStringLiteral("--ostep=-n ten") }
                             << "heapboard: --ostep: option -n: invalid integer value: 'ten'";
    QTest::newRow("list") << QStringList { QStringLiteral("--ostep"), QStringLiteral("-A +10,+y") }
                          << "heapboard: --ostep: option -A: badly specified operand '+y'";
    QTest::newRow("unknown") << QStringList { QStringLiteral("--ostep"), QStringLiteral("--bogus") }
                             << "heapboard: --ostep: no such option: --bogus";
    QTest::newRow("help") << QStringList { QStringLiteral("--ostep"), QStringLiteral("-h") }
                          << "heapboard: --ostep: -h and --scenario belong to heapboard-cli ostep";
    QTest::newRow("and a file") << QStringList { QStringLiteral("--ostep"), QStringLiteral("-s 3"),
                                                 QStringLiteral("lesson.heap") }
                                << "heapboard: give a file or --ostep, not both";
}

void TestOstepWindow::badOstepExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const GuiRun run = runGui(arguments);
    QCOMPARE(run.exitCode, 2);
    // The last line: Qt may warn first (XDG_RUNTIME_DIR not set).
    const QStringList lines = run.err.split(u'\n');
    QVERIFY2(lines.size() >= 2 && lines.back().isEmpty(), qPrintable(run.err));
    QVERIFY2(lines.at(lines.size() - 2).startsWith(message), qPrintable(run.err));
}

QTEST_MAIN(TestOstepWindow)
#include "tst_ostepwindow.moc"
