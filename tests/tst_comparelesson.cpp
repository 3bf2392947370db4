// SPDX-License-Identifier: MIT
// A lesson that is a comparison (a `compare` line, docs/scenarios.md):
// opening it in the window, as File > Open, the Lessons menu, the start
// page and `heapboard FILE` do, shows a compare window with its panes at
// step 0 and the lesson's title; the narration follows the player, through
// the keys, the divergence keys and quiz mode; the bundled lesson 15 parts
// ways and fails where its narration says so. Other files still open in
// the explorer.
#include "comparepane.h"
#include "comparewindow.h"
#include "heapmodel.h"
#include "mainwindow.h"
#include "narrationpanel.h"
#include "player.h"
#include "testfiles.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace heapboard;

namespace {

const QString kLesson = QStringLiteral(":/lessons/15-compare-first-best.heap");

Scenario lessonScenario()
{
    const std::optional<QByteArray> text = test::readFile(kLesson);
    Scenario s;
    ParseError e;
    if (!text || !parseScenario(std::string_view(text->constData(), std::size_t(text->size())), s, e))
        qFatal("lesson 15 does not parse: %s", e.message.c_str());
    return s;
}

void press(CompareWindow *window, Qt::Key key)
{
    QTest::keyClick(window, key);
}

} // namespace

class TestCompareLesson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensInTheCompareWindow();
    void narrationFollowsThePlayer();
    void quizAsksTheLessonsQuestions();
    void lessonPartsWaysAndFailsWhereItSays();
    void otherFilesOpenInTheExplorer();
};

void TestCompareLesson::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeapboardTest"));
    QSettings().clear();
}

void TestCompareLesson::opensInTheCompareWindow()
{
    MainWindow main;
    main.show();
    QVERIFY(main.openFile(kLesson));
    auto *window = main.findChild<CompareWindow *>();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QVERIFY(window->isWindow());
    QVERIFY(main.isStartPageShown()); // the explorer is left as it was
    QCOMPARE(window->panes().size(), 2);
    QCOMPARE(window->session()->config(0).policy, Policy::FirstFit);
    QCOMPARE(window->session()->config(1).policy, Policy::BestFit);
    QCOMPARE(window->session()->position(), std::size_t(0));
    const Scenario lesson = lessonScenario();
    QCOMPARE(window->session()->stepCount(), lesson.steps.size());
    QVERIFY(window->narrationPanel()->isVisible());
    QCOMPARE(window->narrationPanel()->narration(), QString::fromStdString(lesson.title));
    QVERIFY(window->narrationPanel()->headline().startsWith(QStringLiteral("Start")));
    // Opened again: another window, the first one still there.
    QVERIFY(main.openFile(kLesson));
    QCOMPARE(main.findChildren<CompareWindow *>().size(), 2);
    // `heapboard --compare FILE` takes the lesson's panes, and all four for another file.
    QString error;
    std::unique_ptr<CompareWindow> alone(CompareWindow::openFile(kLesson, error));
    QVERIFY2(alone, qPrintable(error));
    QCOMPARE(alone->panes().size(), 2);
    QCOMPARE(alone->session()->config(1).policy, Policy::BestFit);
    alone.reset(CompareWindow::openFile(QStringLiteral(":/lessons/09-best-fit-can-lose.heap"), error));
    QVERIFY2(alone, qPrintable(error));
    QCOMPARE(alone->panes().size(), 4);
}

void TestCompareLesson::narrationFollowsThePlayer()
{
    MainWindow main;
    QVERIFY(main.openFile(kLesson));
    CompareWindow *window = main.findChild<CompareWindow *>();
    QVERIFY(window);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    const Scenario lesson = lessonScenario();
    const NarrationPanel *panel = window->narrationPanel();
    const auto narrationOf
        = [&](std::size_t k) { return QString::fromStdString(lesson.steps[k - 1].narration()); };

    press(window, Qt::Key_PageDown); // the setup group, one press
    const std::size_t setup = groupRange(lesson, 0).last + 1;
    QCOMPARE(window->session()->position(), setup);
    QVERIFY(window->session()->inStep());
    QCOMPARE(panel->narration(), narrationOf(setup));
    press(window, Qt::Key_D); // the divergence: where the panes part ways
    const std::size_t parting = window->session()->position();
    QCOMPARE(parting, setup + 1);
    QCOMPARE(panel->narration(), narrationOf(parting));
    QVERIFY(panel->headline().contains(
        QString::fromStdString(formatStatement(lesson, lesson.steps[parting - 1]))));
    for (std::size_t k = parting + 1; k <= lesson.steps.size(); ++k) {
        press(window, Qt::Key_PageDown);
        QCOMPARE(window->session()->position(), k);
        QCOMPARE(panel->narration(), narrationOf(k));
    }
    // Back, a jump, and the slider: the narration is the step's wherever it lands.
    press(window, Qt::Key_PageUp);
    QCOMPARE(panel->narration(), narrationOf(lesson.steps.size() - 1));
    window->player()->jumpTo(2);
    QCOMPARE(panel->narration(), narrationOf(2));
    window->player()->jumpTo(0);
    QCOMPARE(panel->narration(), QString::fromStdString(lesson.title));
}

void TestCompareLesson::quizAsksTheLessonsQuestions()
{
    MainWindow main;
    QVERIFY(main.openFile(kLesson));
    CompareWindow *window = main.findChild<CompareWindow *>();
    QVERIFY(window);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    const Scenario lesson = lessonScenario();
    press(window, Qt::Key_Q);
    QVERIFY(window->quizAction()->isChecked());
    press(window, Qt::Key_PageDown); // the setup group asks nothing
    const std::size_t setup = groupRange(lesson, 0).last + 1;
    QCOMPARE(window->session()->position(), setup);
    press(window, Qt::Key_PageDown); // the question: no pane has moved
    QCOMPARE(window->session()->position(), setup);
    QVERIFY(window->session()->inStep());
    QVERIFY(window->narrationPanel()->narration().endsWith(
        QString::fromStdString(lesson.steps[setup].question())));
    press(window, Qt::Key_PageDown); // the answer, in both panes
    QCOMPARE(window->session()->position(), setup + 1);
    QVERIFY(window->session()->inStep());
    QCOMPARE(window->narrationPanel()->narration(), QString::fromStdString(lesson.steps[setup].narration()));
}

void TestCompareLesson::lessonPartsWaysAndFailsWhereItSays()
{
    // The narrated steps are the divergence and the first failure.
    const Scenario lesson = lessonScenario();
    CompareWindow *window = CompareWindow::openComparison(kLesson);
    QVERIFY(window);
    std::unique_ptr<CompareWindow> owner(window);
    const CompareSession *session = window->session();
    QVERIFY(!session->divergences().empty());
    const std::size_t parting = session->divergences().front();
    QVERIFY(
        QString::fromStdString(lesson.steps[parting - 1].narration()).contains(QStringLiteral("part ways")));
    QVERIFY(session->outcomeSpan(0, parting)->start != session->outcomeSpan(1, parting)->start);
    // The first failure: first fit's, and best fit has none there.
    std::size_t failure = 0;
    for (std::size_t k = 1; k <= session->stepCount() && failure == 0; ++k) {
        if (session->failuresUpTo(0, k) + session->failuresUpTo(1, k) > 0)
            failure = k;
    }
    QCOMPARE(failure, parting + 1);
    QCOMPARE(session->failuresUpTo(0, failure), std::size_t(1));
    QCOMPARE(session->failuresUpTo(1, session->stepCount()), std::size_t(0));
    QVERIFY(session->isDivergent(failure));
    QVERIFY(
        QString::fromStdString(lesson.steps[failure - 1].narration()).startsWith(QStringLiteral("It fails")));
}

void TestCompareLesson::otherFilesOpenInTheExplorer()
{
    // A lesson without `compare`, and a file whose compare line is wrong:
    // the explorer opens the one and says what is wrong with the other.
    QVERIFY(!CompareWindow::openComparison(QStringLiteral(":/lessons/09-best-fit-can-lose.heap")));
    MainWindow main;
    QVERIFY(main.openFile(QStringLiteral(":/lessons/09-best-fit-can-lose.heap")));
    QVERIFY(!main.findChild<CompareWindow *>());
    QVERIFY(!main.isStartPageShown());
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.heap"));
    QVERIFY(test::writeFile(bad, "heap 64\ncompare first-fit\nmalloc 8\n"));
    QVERIFY(!CompareWindow::openComparison(bad));
    QVERIFY(!main.openFile(bad));
    QVERIFY(!main.findChild<CompareWindow *>());
    // A handle called compare is not a comparison.
    const QString handle = dir.filePath(QStringLiteral("handle.heap"));
    QVERIFY(test::writeFile(handle, "heap 64\ncompare = malloc 8\n> x\nfree compare\n"));
    QVERIFY(!CompareWindow::openComparison(handle));
    // A trace in the compare view has no narration to show.
    const QString good = dir.filePath(QStringLiteral("two.heap"));
    QVERIFY(test::writeFile(good, "heap 64\ncompare worst-fit next-fit best-fit\na = malloc 8\n"));
    std::unique_ptr<CompareWindow> three(CompareWindow::openComparison(good));
    QVERIFY(three);
    QCOMPARE(three->panes().size(), 3);
    QCOMPARE(three->session()->config(2).policy, Policy::BestFit);
    QVERIFY(three->narrationPanel()->isHidden()); // no title, no narration
}

QTEST_MAIN(TestCompareLesson)
#include "tst_comparelesson.moc"
