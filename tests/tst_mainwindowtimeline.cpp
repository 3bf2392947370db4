// SPDX-License-Identifier: MIT
// The timeline as a user drives the window: a model-based randomized test
// against a plain reference (statements, narrations, position, blocks), and
// the findings of the first classroom try, each as a named test.
#include "dialogwaiter.h"
#include "heapmodel.h"
#include "heapview.h"
#include "lessons.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "narrationpanel.h"
#include "scenario.h"
#include "scenariorunner.h"
#include "scenariosettings.h"
#include "testfiles.h"
#include "testscenario.h"
#include "timelineeditor.h"

#include <QAbstractButton>
#include <QListView>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace heapboard;

namespace {

// The lessons this window opens: a comparison (a `compare` line) opens a
// compare window of its own instead (tst_comparelesson).
QList<Lesson> explorerLessons()
{
    QList<Lesson> out;
    for (const Lesson &lesson : bundledLessons()) {
        const std::optional<QByteArray> text = test::readFile(lesson.path);
        Scenario s;
        ParseError e;
        if (text && parseScenario(std::string_view(text->constData(), std::size_t(text->size())), s, e)
            && s.compare.empty())
            out.append(lesson);
    }
    return out;
}

// What the user should see: the document as statements with their
// narrations, and the position. The blocks follow by replaying it.
struct Snapshot {
    Size heapSize = 1024;
    Policy policy = Policy::FirstFit;
    QString title;
    QStringList statements;
    QStringList narrations;
    std::size_t position = 0;
    QString settings; // the scenario's settings statements (docs/settings.md)
    bool operator==(const Snapshot &) const = default;
};

QString describe(const Snapshot &s)
{
    QStringList lines;
    lines << QStringLiteral("heap %1 %2 title '%3' at %4")
                 .arg(s.heapSize)
                 .arg(QLatin1String(policyName(s.policy).data()), s.title)
                 .arg(s.position);
    for (int i = 0; i < s.statements.size(); ++i)
        lines << QStringLiteral("  %1: %2  > %3").arg(i + 1).arg(s.statements[i], s.narrations[i]);
    return lines.join(u'\n');
}

Snapshot snapshotOf(const HeapModel &model)
{
    Snapshot s;
    s.heapSize = model.scenario().heapSize;
    s.policy = model.scenario().policy;
    s.settings = QString::fromStdString(formatSettings(model.scenario().settings));
    s.title = model.title();
    for (std::size_t k = 1; k <= model.stepCount(); ++k) {
        s.statements << model.statement(k);
        s.narrations << model.narration(k);
    }
    s.position = model.position();
    return s;
}

// The blocks the reference says the heap holds: its statements up to the
// position, run on a fresh heap.
std::vector<BlockInfo> referenceBlocks(const Snapshot &s)
{
    QString text = QStringLiteral("heap %1\npolicy %2\n")
                       .arg(s.heapSize)
                       .arg(QLatin1String(policyName(s.policy).data()))
        + s.settings;
    for (std::size_t k = 0; k < s.position; ++k)
        text += s.statements[int(k)] + u'\n';
    Scenario scenario;
    ParseError error;
    const QByteArray utf8 = text.toUtf8();
    if (!parseScenario(std::string_view(utf8.constData(), std::size_t(utf8.size())), scenario, error))
        return {};
    Heap heap(scenario.heapSize, scenario.policy, scenario.settings);
    ScenarioRunner runner(scenario);
    for (const ScenarioStep &step : scenario.steps)
        runner.apply(heap, step);
    return heap.blocks();
}

bool sameBlocks(const std::vector<BlockInfo> &a, const std::vector<BlockInfo> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const BlockInfo &x, const BlockInfo &y) {
        return x.start == y.start && x.size == y.size && x.used == y.used;
    });
}

} // namespace

class TestMainWindowTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void randomSessionsMatchTheReference_data();
    void randomSessionsMatchTheReference();
    void redoNeverDestroysAStep();
    void undoWorksWhilePresenting();
    void presentingLocksTheHeap();
    void errorBarFollowsThePosition();
    void oneCurrentRowInHistory();
    void quizAsksWhatFitsAndHidesOnlyLoadedSteps();
    void traceOpensAtItsPeak();

private:
    // Acts as a user would; false when the action was not possible.
    bool clickBlock(bool used, QRandomGenerator &random);
    void clickHistoryRow(int row);
    void key(int key, Qt::KeyboardModifiers modifiers = {});
    void openLesson(int index);
    QListView *historyList() const;
    QSlider *timeline() const;
    MainWindow *m_window = nullptr;
};

void TestMainWindowTimeline::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeapboardTest"));
    QSettings().clear();
}

void TestMainWindowTimeline::init()
{
    m_window = new MainWindow;
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->view()->setAnimationsEnabled(false);
    m_window->newHeap();
    m_window->view()->setFocus();
}

void TestMainWindowTimeline::cleanup()
{
    m_window->setPresenting(false);
    m_window->editor()->clear(); // nothing to ask about on close
    delete m_window;
}

QListView *TestMainWindowTimeline::historyList() const
{
    return m_window->findChild<QListView *>(QStringLiteral("historyList"));
}

QSlider *TestMainWindowTimeline::timeline() const
{
    return m_window->findChild<QSlider *>(QStringLiteral("timeline"));
}

bool TestMainWindowTimeline::clickBlock(bool used, QRandomGenerator &random)
{
    std::vector<BlockInfo> candidates;
    const HeapView *view = m_window->view();
    for (const BlockInfo &b : m_window->model()->heap().blocks()) {
        const QList<QRectF> rects = view->layoutState().rectsOf({ b.start, b.size });
        if (b.used == used && !rects.isEmpty() && rects.front().width() >= 4)
            candidates.push_back(b);
    }
    if (candidates.empty())
        return false;
    const BlockInfo &b = candidates[random.bounded(quint32(candidates.size()))];
    const QRectF rect = view->layoutState().rectsOf({ b.start, b.size }).front();
    QTest::mouseClick(m_window->view(), Qt::LeftButton, {}, rect.center().toPoint());
    return true;
}

void TestMainWindowTimeline::clickHistoryRow(int row)
{
    QListView *list = historyList();
    list->scrollTo(list->model()->index(row, 0));
    const QRect rect = list->visualRect(list->model()->index(row, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestMainWindowTimeline::key(int key, Qt::KeyboardModifiers modifiers)
{
    // Without a window manager nothing gives the window back its activation
    // after a dialog closes; a user's window has it.
    if (!m_window->isActiveWindow()) {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window;
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestMainWindowTimeline::openLesson(int index)
{
    const QString path = explorerLessons().at(index).path;
    if (m_window->isWindowModified()) {
        DialogWaiter<QMessageBox> box([](QMessageBox *b) { b->button(QMessageBox::Discard)->click(); });
        QVERIFY(m_window->openFile(path));
        QVERIFY2(box.wait(), qPrintable(box.failure()));
    } else {
        QVERIFY(m_window->openFile(path));
    }
}

void TestMainWindowTimeline::randomSessionsMatchTheReference_data()
{
    QTest::addColumn<quint32>("seed");
    for (const quint32 seed : { 1u, 2u, 3u, 4u })
        QTest::addRow("seed %u", seed) << seed;
}

void TestMainWindowTimeline::randomSessionsMatchTheReference()
{
    QFETCH(quint32, seed);
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    m_window->setRequestSize(16);
    HeapModel *model = m_window->model();
    QUndoStack *undo = m_window->undoStack();

    // The reference: the expected document, and undo as a list of
    // (before, after) pairs with an index, as any editor's.
    Snapshot expected = snapshotOf(*model);
    std::vector<std::pair<Snapshot, Snapshot>> edits;
    std::size_t done = 0;
    const auto edited = [&](const Snapshot &before, bool stepAdded) {
        Snapshot after = before;
        if (stepAdded) {
            after.statements = before.statements.mid(0, int(before.position));
            after.narrations = before.narrations.mid(0, int(before.position));
            after.statements << model->statement(before.position + 1);
            after.narrations << QString();
            after.position = before.position + 1;
        }
        edits.resize(done);
        edits.emplace_back(before, after);
        ++done;
        return after;
    };

    for (int action = 0; action < 2000; ++action) {
        const bool locked = m_window->isPresenting();
        const Snapshot before = expected;
        QString what;
        switch (random.bounded(16)) {
        case 0:
        case 1:
            what = QStringLiteral("click free space");
            if (clickBlock(false, random) && !locked)
                expected = edited(before, true);
            break;
        case 2:
            what = QStringLiteral("click a used block");
            if (clickBlock(true, random) && !locked)
                expected = edited(before, true);
            break;
        case 3:
            what = QStringLiteral("Ctrl+M");
            m_window->setRequestSize(8 * (1 + random.bounded(12)));
            key(Qt::Key_M, Qt::ControlModifier);
            if (!locked)
                expected = edited(before, true);
            break;
        case 4:
            what = QStringLiteral("Page Up");
            key(Qt::Key_PageUp);
            // A lesson's group (docs/scenarios.md) is one stop.
            expected.position
                = before.position > 0 ? groupRange(model->scenario(), before.position - 1).first : 0;
            break;
        case 5:
            what = QStringLiteral("Page Down");
            key(Qt::Key_PageDown);
            expected.position = before.position < std::size_t(before.statements.size())
                ? groupRange(model->scenario(), before.position).last + 1
                : before.position;
            break;
        case 6: {
            const int row = int(random.bounded(quint32(before.statements.size() + 1)));
            what = QStringLiteral("history row %1").arg(row);
            if (!locked) { // the dock is hidden while presenting
                clickHistoryRow(row);
                expected.position = std::size_t(row);
            }
            break;
        }
        case 7: {
            const int value = int(random.bounded(quint32(before.statements.size() + 1)));
            what = QStringLiteral("timeline to %1").arg(value);
            timeline()->setValue(value);
            expected.position = std::size_t(value);
            break;
        }
        case 8:
        case 9:
            what = QStringLiteral("Ctrl+Z");
            key(Qt::Key_Z, Qt::ControlModifier);
            if (done > 0)
                expected = edits[--done].first;
            break;
        case 10:
            what = QStringLiteral("Ctrl+Shift+Z");
            key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            if (done < edits.size())
                expected = edits[done++].second;
            break;
        case 11: {
            const QString text = QStringLiteral("note %1").arg(action);
            what = QStringLiteral("narrate: ") + text;
            if (m_window->editor()->setText(before.position, text)) {
                Snapshot after = before;
                if (before.position == 0)
                    after.title = text;
                else
                    after.narrations[int(before.position) - 1] = text;
                edits.resize(done);
                edits.emplace_back(before, after);
                ++done;
                expected = after;
            }
            break;
        }
        case 12: {
            const Policy policy = Policy(random.bounded(4));
            what = QStringLiteral("policy ") + QLatin1String(policyName(policy).data());
            const bool change = policy != model->heap().policy();
            m_window->editor()->setPolicy(policy);
            if (change && !locked)
                expected = edited(before, true);
            break;
        }
        case 13: {
            const Size size = 512 << random.bounded(3);
            what = QStringLiteral("reset %1").arg(size);
            if (m_window->editor()->reset(size, Policy::FirstFit)) {
                Snapshot after;
                after.heapSize = size;
                edits.resize(done);
                edits.emplace_back(before, after);
                ++done;
                expected = after;
            }
            break;
        }
        case 14: {
            const int lesson = int(random.bounded(quint32(explorerLessons().size())));
            what = QStringLiteral("open lesson %1").arg(lesson + 1);
            if (random.bounded(8) != 0)
                break; // rarely: it forgets everything that can be undone
            openLesson(lesson);
            expected = snapshotOf(*model);
            QCOMPARE(expected.position, std::size_t(0));
            edits.clear();
            done = 0;
            break;
        }
        case 15:
            what = locked ? QStringLiteral("Esc") : QStringLiteral("F5");
            key(locked ? Qt::Key_Escape : Qt::Key_F5);
            QCOMPARE(m_window->isPresenting(), !locked);
            break;
        }
        const Snapshot now = snapshotOf(*model);
        if (qEnvironmentVariableIsSet("TIMELINE_TRACE"))
            qInfo("%d %s -> %s [undo %d/%d, focus %s]", action, qPrintable(what), qPrintable(describe(now)),
                  undo->index(), undo->count(),
                  QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className()
                                              : "none");
        if (now != expected)
            QFAIL(qPrintable(QStringLiteral("seed %1, action %2 (%3):\nexpected %4\nfound %5")
                                 .arg(seed)
                                 .arg(action)
                                 .arg(what, describe(expected), describe(now))));
        QVERIFY2(
            sameBlocks(model->heap().blocks(), referenceBlocks(expected)),
            qPrintable(
                QStringLiteral("seed %1, action %2 (%3): blocks differ").arg(seed).arg(action).arg(what)));
        QCOMPARE(undo->index(), int(done));
    }

    // Undo all, then redo all: the same timeline at every point.
    m_window->setPresenting(false);
    while (done > 0) {
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(snapshotOf(*model), edits[--done].first);
    }
    while (done < edits.size()) {
        key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(snapshotOf(*model), edits[done++].second);
    }
}

void TestMainWindowTimeline::redoNeverDestroysAStep()
{
    // Empty 1024-byte heap, best fit, size 16: a, b, c; back twice; d, e;
    // history row 1; redo. Nothing may be lost.
    QVERIFY(m_window->editor()->reset(1024, Policy::BestFit));
    m_window->editor()->clear();
    m_window->setRequestSize(16);
    QRandomGenerator random(1);
    for (int i = 0; i < 3; ++i)
        QVERIFY(clickBlock(false, random));
    key(Qt::Key_Left);
    key(Qt::Key_Left);
    QCOMPARE(m_window->model()->position(), std::size_t(1));
    QVERIFY(clickBlock(false, random));
    QVERIFY(clickBlock(false, random));
    HeapModel *model = m_window->model();
    // a, then two new blocks (they may reuse the names the replaced steps gave up).
    const QStringList ade = snapshotOf(*model).statements;
    QCOMPARE(ade.size(), 3);
    QCOMPARE(ade.front(), QStringLiteral("a = malloc 16"));
    clickHistoryRow(1);
    QCOMPARE(model->position(), std::size_t(1));
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // nothing to redo
    QCOMPARE(snapshotOf(*model).statements, ade);
    key(Qt::Key_Z, Qt::ControlModifier);
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(snapshotOf(*model).statements,
             (QStringList { "a = malloc 16", "b = malloc 16", "c = malloc 16" }));
    QCOMPARE(model->position(), std::size_t(1));
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(snapshotOf(*model).statements, ade);
    QCOMPARE(model->position(), std::size_t(3));
}

void TestMainWindowTimeline::undoWorksWhilePresenting()
{
    openLesson(2); // 03-coalescing
    m_window->jumpTo(5);
    key(Qt::Key_F5);
    QVERIFY(m_window->isPresenting());
    const Snapshot lesson = snapshotOf(*m_window->model());
    key(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier); // allow edits
    QRandomGenerator random(3);
    QVERIFY(!m_window->editor()->isLocked());
    QVERIFY(clickBlock(false, random));
    QCOMPARE(m_window->model()->stepCount(), std::size_t(6));
    key(Qt::Key_Z, Qt::ControlModifier); // the menu bar is hidden: the window has the key
    QCOMPARE(snapshotOf(*m_window->model()), lesson);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->model()->stepCount(), std::size_t(6));
    key(Qt::Key_Escape);
    QVERIFY(!m_window->isPresenting());
}

void TestMainWindowTimeline::presentingLocksTheHeap()
{
    openLesson(2);
    m_window->jumpTo(5);
    key(Qt::Key_F5);
    const Snapshot lesson = snapshotOf(*m_window->model());
    QRandomGenerator random(5);
    QVERIFY(clickBlock(false, random));
    QCOMPARE(snapshotOf(*m_window->model()), lesson);
    MessageBar *bar = m_window->messageBar();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("Ctrl+Shift+E")), qPrintable(bar->text()));
    QVERIFY(clickBlock(true, random)); // a used block: selected, not freed
    QCOMPARE(snapshotOf(*m_window->model()), lesson);
    QVERIFY(m_window->view()->selectedBlock().has_value());
    key(Qt::Key_M, Qt::ControlModifier);
    QCOMPARE(snapshotOf(*m_window->model()), lesson);
    QVERIFY(!m_window->undoStack()->canUndo());
    key(Qt::Key_Escape); // editing a lesson works outside presentation
    QVERIFY(clickBlock(false, random));
    QCOMPARE(m_window->model()->stepCount(), std::size_t(6));
}

void TestMainWindowTimeline::errorBarFollowsThePosition()
{
    m_window->setRequestSize(16);
    key(Qt::Key_M, Qt::ControlModifier);
    m_window->freeBlock(0);
    m_window->freeBlock(0); // double free: an error step
    QCOMPARE(m_window->model()->stepCount(), std::size_t(3));
    QVERIFY(!m_window->model()->errorMessage(3).isEmpty());
    MessageBar *bar = m_window->messageBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    for (int i = 0; i < 3; ++i)
        key(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!bar->isVisible());
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(bar->isVisible()); // on the failed step again
    key(Qt::Key_PageUp);
    QVERIFY(!bar->isVisible());
    key(Qt::Key_PageDown);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
}

void TestMainWindowTimeline::oneCurrentRowInHistory()
{
    m_window->setRequestSize(16);
    for (int i = 0; i < 5; ++i)
        key(Qt::Key_M, Qt::ControlModifier);
    clickHistoryRow(2);
    QCOMPARE(m_window->model()->position(), std::size_t(2));
    timeline()->setValue(4);
    QListView *list = historyList();
    const QModelIndexList selected = list->selectionModel()->selectedIndexes();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.front().row(), 4);
    QCOMPARE(list->currentIndex().row(), 4);
    for (int row = 0; row <= 5; ++row)
        QCOMPARE(list->model()->index(row, 0).data(Qt::FontRole).value<QFont>().bold(), row == 4);
}

void TestMainWindowTimeline::quizAsksWhatFitsAndHidesOnlyLoadedSteps()
{
    // A file that marks no question (`? TEXT`) is asked before every step.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reuse.heap"));
    QVERIFY(test::writeFile(path, test::kReuseScenario));
    QVERIFY(m_window->openFile(path));
    m_window->setQuizMode(true);
    QStringList questions;
    for (std::size_t k = 1; k <= m_window->model()->stepCount(); ++k) {
        key(Qt::Key_PageDown); // the question
        QVERIFY(m_window->isQuestionShown());
        questions << m_window->narrationPanel()->narration();
        key(Qt::Key_PageDown); // the answer
    }
    for (const QString &q : questions) {
        if (q.contains(QStringLiteral("free ")) && !q.contains(QStringLiteral("malloc")))
            QVERIFY2(!q.contains(QStringLiteral("address does it return")), qPrintable(q));
    }
    QVERIFY(questions.join(u'\n').contains(QStringLiteral("what will the free list be")));
    // The user's own step is never hidden.
    key(Qt::Key_F5);
    key(Qt::Key_Escape);
    m_window->setRequestSize(8);
    key(Qt::Key_M, Qt::ControlModifier);
    const std::size_t mine = m_window->model()->position();
    key(Qt::Key_PageUp);
    key(Qt::Key_PageDown);
    QVERIFY(!m_window->isQuestionShown());
    QCOMPARE(m_window->model()->position(), mine);
    // It belongs to the document: a new heap has it off.
    m_window->editor()->clear();
    m_window->newHeap();
    QVERIFY(!m_window->isQuizMode());
}

void TestMainWindowTimeline::traceOpensAtItsPeak()
{
    QVERIFY(m_window->openTrace(QFINDTESTDATA("data/amptjp-bal.rep"), false));
    HeapModel *model = m_window->model();
    QVERIFY(model->position() > 0 && model->position() < model->stepCount());
    QCOMPARE(model->stats().liveBytes, model->stats().peakLiveBytes);
    QCOMPARE(m_window->findChild<QSlider *>(QStringLiteral("timeline"))->value(), int(model->position()));
}

QTEST_MAIN(TestMainWindowTimeline)
#include "tst_mainwindowtimeline.moc"
