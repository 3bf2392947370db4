// SPDX-License-Identifier: MIT
// Classroom use of the window: clicker keys in and out of presentation
// mode, blanking, quiz mode and text scale.
#include "heapmodel.h"
#include "heapview.h"
#include "historylistmodel.h"
#include "mainwindow.h"
#include "narrationpanel.h"
#include "testfiles.h"
#include "testscenario.h"

#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

class TestPresentation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clickerKeysStep_data();
    void clickerKeysStep();
    void presentHidesChromeAndEscLeaves();
    void blankAndBack_data();
    void blankAndBack();
    void quizRevealsOnTheSecondKey();
    void textScaleGrowsLabels();

private:
    void openLesson();
    MainWindow *m_window = nullptr;
};

void TestPresentation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeapboardPresentationTest"));
    QSettings().clear();
}

void TestPresentation::init()
{
    m_window = new MainWindow;
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->view()->setAnimationsEnabled(false);
    openLesson();
}

void TestPresentation::cleanup()
{
    delete m_window;
    QSettings().clear();
}

void TestPresentation::openLesson()
{
    QVERIFY(m_window->openFile(QStringLiteral(":/lessons/03-coalescing.heap")));
    QCOMPARE(m_window->model()->position(), std::size_t(0));
    QVERIFY(m_window->model()->stepCount() >= 5);
}

void TestPresentation::clickerKeysStep_data()
{
    QTest::addColumn<bool>("presenting");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("delta"); // +1 forward, -1 back, 0 first, 99 last
    for (const bool presenting : { false, true }) {
        const char *mode = presenting ? "presenting" : "window";
        const auto row = [&](const char *name, int key, int delta) {
            QTest::addRow("%s %s", mode, name) << presenting << key << delta;
        };
        row("PageDown", Qt::Key_PageDown, 1);
        row("Right", Qt::Key_Right, 1);
        row("Space", Qt::Key_Space, 1);
        row("Return", Qt::Key_Return, 1);
        row("Enter", Qt::Key_Enter, 1);
        row("PageUp", Qt::Key_PageUp, -1);
        row("Left", Qt::Key_Left, -1);
        row("Backspace", Qt::Key_Backspace, -1);
        row("Home", Qt::Key_Home, 0);
        row("End", Qt::Key_End, 99);
    }
}

void TestPresentation::clickerKeysStep()
{
    QFETCH(bool, presenting);
    QFETCH(int, key);
    QFETCH(int, delta);
    m_window->setPresenting(presenting);
    QCOMPARE(m_window->isPresenting(), presenting);
    HeapModel *model = m_window->model();
    const std::size_t count = model->stepCount();
    const std::size_t start = 2;
    QVERIFY(model->jumpTo(start));
    m_window->view()->setFocus(); // where the keys land while clicking through
    QTest::keyClick(m_window->view(), Qt::Key(key));
    const std::size_t expected = delta == 0 ? 0
        : delta == 99                       ? count
                                            : start + std::size_t(std::ptrdiff_t(delta));
    QCOMPARE(model->position(), expected);
    QCOMPARE(model->stepCount(), count); // stepping never records anything
    if (expected > 0)
        QCOMPARE(m_window->narrationPanel()->narration(), model->narration(expected));
}

void TestPresentation::presentHidesChromeAndEscLeaves()
{
    QTest::keyClick(m_window, Qt::Key_F5);
    QVERIFY(m_window->isPresenting());
    QTRY_VERIFY(m_window->isFullScreen() || m_window->windowState().testFlag(Qt::WindowFullScreen));
    QVERIFY(!m_window->menuBar()->isVisible());
    QVERIFY(!m_window->statusBar()->isVisible());
    for (QToolBar *bar : m_window->findChildren<QToolBar *>())
        QVERIFY(!bar->isVisible());
    QVERIFY(m_window->view()->isVisible());
    QVERIFY(m_window->narrationPanel()->isVisible());
    // The narration is set larger than in the window.
    QVERIFY(m_window->narrationPanel()->scale() > m_window->textScale());
    QTest::keyClick(m_window, Qt::Key_Escape);
    QVERIFY(!m_window->isPresenting());
    QVERIFY(m_window->menuBar()->isVisible());
    QVERIFY(m_window->statusBar()->isVisible());
}

void TestPresentation::blankAndBack_data()
{
    QTest::addColumn<bool>("presenting");
    QTest::addColumn<int>("key");
    QTest::newRow("window B") << false << int(Qt::Key_B);
    QTest::newRow("window .") << false << int(Qt::Key_Period);
    QTest::newRow("presenting B") << true << int(Qt::Key_B);
    QTest::newRow("presenting .") << true << int(Qt::Key_Period);
}

void TestPresentation::blankAndBack()
{
    QFETCH(bool, presenting);
    QFETCH(int, key);
    m_window->setPresenting(presenting);
    QVERIFY(!m_window->isBlanked());
    QTest::keyClick(m_window->view(), Qt::Key(key));
    QVERIFY(m_window->isBlanked());
    // The black cover spans the window, above everything else in it.
    const QImage shot = m_window->grab().toImage();
    QCOMPARE(shot.pixelColor(shot.width() / 2, shot.height() / 2), QColor(Qt::black));
    QCOMPARE(shot.pixelColor(5, 5), QColor(Qt::black));
    QTest::keyClick(m_window->view(), Qt::Key(key));
    QVERIFY(!m_window->isBlanked());
    QVERIFY(m_window->grab().toImage().pixelColor(shot.width() / 2, shot.height() / 2) != QColor(Qt::black));
}

void TestPresentation::quizRevealsOnTheSecondKey()
{
    // A file without questions (`? TEXT`): every step asks.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reuse.heap"));
    QVERIFY(heapboard::test::writeFile(path, heapboard::test::kReuseScenario));
    QVERIFY(m_window->openFile(path));
    HeapModel *model = m_window->model();
    HistoryListModel *list = m_window->historyList();
    m_window->setQuizMode(true);
    m_window->view()->setFocus();
    QTest::keyClick(m_window->view(), Qt::Key_PageDown);
    QCOMPARE(model->position(), std::size_t(0)); // only the question
    QVERIFY(m_window->isQuestionShown());
    QVERIFY2(m_window->narrationPanel()->narration().contains(model->statement(1)),
             qPrintable(m_window->narrationPanel()->narration()));
    QCOMPARE(list->index(1).data().toString(), QStringLiteral("1  ?"));
    QVERIFY(!list->index(1).data(HistoryListModel::RevealedRole).toBool());
    QTest::keyClick(m_window->view(), Qt::Key_Space);
    QCOMPARE(model->position(), std::size_t(1)); // revealed
    QVERIFY(!m_window->isQuestionShown());
    QCOMPARE(m_window->narrationPanel()->narration(), model->narration(1));
    QVERIFY(list->index(1).data(HistoryListModel::RevealedRole).toBool());
    QVERIFY(list->index(1).data().toString().contains(QStringLiteral("✓")));
    QVERIFY(!list->index(2).data(HistoryListModel::RevealedRole).toBool());
    // Back and forward again over a revealed step does not ask twice.
    QTest::keyClick(m_window->view(), Qt::Key_Left);
    QCOMPARE(model->position(), std::size_t(0));
    QTest::keyClick(m_window->view(), Qt::Key_Right);
    QCOMPARE(model->position(), std::size_t(1));
    // A question is withdrawn by stepping back.
    QTest::keyClick(m_window->view(), Qt::Key_Right);
    QVERIFY(m_window->isQuestionShown());
    QTest::keyClick(m_window->view(), Qt::Key_Left);
    QVERIFY(!m_window->isQuestionShown());
    QCOMPARE(model->position(), std::size_t(1));
    m_window->setQuizMode(false);
    QCOMPARE(list->index(2).data().toString().left(3), QStringLiteral("2  "));
    QVERIFY(!list->index(2).data().toString().contains(QLatin1Char('?')));
}

void TestPresentation::textScaleGrowsLabels()
{
    const qreal before = QFontInfo(m_window->view()->font()).pixelSize();
    QTest::keySequence(m_window, QKeySequence::ZoomIn);
    QVERIFY(m_window->textScale() > 1);
    QVERIFY(QFontInfo(m_window->view()->font()).pixelSize() > before);
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_0));
    QCOMPARE(m_window->textScale(), 1.0);
    QCOMPARE(QFontInfo(m_window->view()->font()).pixelSize(), before);
    m_window->setTextScale(2); // the projection size
    QVERIFY2(QFontInfo(m_window->view()->font()).pixelSize() >= 18,
             qPrintable(QString::number(QFontInfo(m_window->view()->font()).pixelSize())));
    QCOMPARE(QSettings().value(QStringLiteral("view/textScale")).toDouble(), 2.0);
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
