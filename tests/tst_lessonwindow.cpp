// SPDX-License-Identifier: MIT
// A lesson with questions and groups presented in the window, driven by
// keys as a teacher drives it: F5, Q (quiz mode), then Page Down. The
// question shows before its step, a group's title heads the narration
// after its one key press, and Page Up goes back over the group.
#include "heapmodel.h"
#include "mainwindow.h"
#include "narrationpanel.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <memory>

class TestLessonWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void presentsQuestionsAndGroups();
};

void TestLessonWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeapboardTest"));
    QSettings().clear();
}

void TestLessonWindow::presentsQuestionsAndGroups()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openFile(QStringLiteral(":/lessons/09-best-fit-can-lose.heap")));
    const HeapModel *model = window.model();
    const NarrationPanel *panel = window.narrationPanel();
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(window.isPresenting());
    QTest::keyClick(&window, Qt::Key_Q);
    QVERIFY(window.isQuizMode());

    QTest::keyClick(&window, Qt::Key_PageDown); // the setup group, one press
    QCOMPARE(model->position(), std::size_t(6));
    QCOMPARE(panel->headline(),
             QStringLiteral("Step 6 / 15 · Two holes, 1300 bytes at 0 and 1100 at 1400 · free b"));
    QVERIFY(panel->narration().startsWith(QStringLiteral("Two holes: 1300 bytes at 0")));

    QTest::keyClick(&window, Qt::Key_PageDown); // the question, before the step
    QVERIFY(window.isQuestionShown());
    QCOMPARE(model->position(), std::size_t(6));
    QCOMPARE(panel->narration(), QStringLiteral("Next: x = malloc 1000 — Best fit: where will it go?"));
    QTest::keyClick(&window, Qt::Key_PageDown); // the answer
    QCOMPARE(model->position(), std::size_t(7));
    QVERIFY(panel->narration().startsWith(QStringLiteral("Best fit takes the smallest hole")));
    QCOMPARE(panel->headline(), QStringLiteral("Step 7 / 15 · x = malloc 1000"));

    QTest::keyClick(&window, Qt::Key_PageDown); // y: no question, it plays
    QCOMPARE(model->position(), std::size_t(8));
    QVERIFY(!window.isQuestionShown());

    QTest::keyClick(&window, Qt::Key_PageUp);
    QTest::keyClick(&window, Qt::Key_PageUp);
    QTest::keyClick(&window, Qt::Key_PageUp); // back over the group
    QCOMPARE(model->position(), std::size_t(0));
    window.setPresenting(false);
}

QTEST_MAIN(TestLessonWindow)
#include "tst_lessonwindow.moc"
