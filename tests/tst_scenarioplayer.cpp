// SPDX-License-Identifier: MIT
// MainWindow as a scenario player, driven as a user drives it: every bundled
// lesson opened from the start page and stepped through with the keyboard,
// its narration and `expect` lines checked against what the window shows;
// play and pause; recording, saving and opening; bad files; recent files;
// the prompt before unsaved steps are lost; drag and drop.
#include "comparewindow.h"
#include "dialogwaiter.h"
#include "heapmodel.h"
#include "lessons.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "narrationpanel.h"
#include "player.h"
#include "scenario.h"
#include "startpage.h"
#include "testfiles.h"
#include "timelineeditor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

using namespace heapboard;
using heapboard::test::readFile;
using heapboard::test::writeFile;

namespace {

const QString kShortLesson = QStringLiteral(":/lessons/02-splitting.heap");
const QString kCoalescing = QStringLiteral(":/lessons/03-coalescing.heap");

// Parses a file as the window would; the error (empty on success) says why not.
QString readScenario(const QString &path, Scenario &out)
{
    const std::optional<QByteArray> text = readFile(path);
    if (!text)
        return path + QStringLiteral(": cannot be read");
    ParseError error;
    if (!parseScenario(std::string_view(text->constData(), std::size_t(text->size())), out, error))
        return QStringLiteral("%1:%2:%3: %4")
            .arg(path)
            .arg(error.line)
            .arg(error.column)
            .arg(QString::fromStdString(error.message));
    return {};
}

// The free list in its order, as `expect free` lists it (docs/settings.md).
std::vector<Span> freeSpans(const Heap &heap)
{
    std::vector<Span> spans;
    for (const BlockInfo &b : heap.freeList())
        spans.push_back({ b.start, b.size });
    return spans;
}

QString spansText(const std::vector<Span> &spans)
{
    QStringList parts;
    for (const Span &s : spans)
        parts << QStringLiteral("%1+%2").arg(s.start).arg(s.size);
    return parts.join(QLatin1Char(' '));
}

// What is wrong with `expects` on what the window's model shows at `step`;
// empty when every one holds. A handle's block that the view labels with
// another name goes to mislabelled.
QString failedExpects(const MainWindow &window, const Scenario &scenario,
                      const std::vector<ScenarioExpect> &expects, std::size_t step, QStringList &mislabelled)
{
    const HeapModel *model = window.model();
    QStringList failures;
    for (const ScenarioExpect &e : expects) {
        const QString where = QStringLiteral("line %1 `%2` at step %3: ")
                                  .arg(e.line)
                                  .arg(QString::fromStdString(e.text))
                                  .arg(step);
        switch (e.kind) {
        case ScenarioExpect::Kind::FreeList:
            if (freeSpans(model->heap()) != e.spans)
                failures << where + QStringLiteral("the window shows free ")
                        + spansText(freeSpans(model->heap()));
            break;
        case ScenarioExpect::Kind::HandleAt: {
            BlockInfo block;
            const QString handle = QString::fromStdString(scenario.handles[std::size_t(e.handle)]);
            // The address is the pointer the program holds: after the header.
            if (!model->heap().blockAt(e.address, block) || !block.used
                || model->heap().pointerOf(block) != e.address)
                failures << where + QStringLiteral("no used block's pointer is there");
            else if (model->labelFor(block.tag) != handle)
                mislabelled << where
                        + QStringLiteral("the view labels it '%1'").arg(model->labelFor(block.tag));
            break;
        }
        case ScenarioExpect::Kind::Error: {
            const ErrorCode actual = step == 0 ? ErrorCode::None : model->history().info(step).error;
            if (actual != e.error)
                failures << where + QStringLiteral("the step's error is ")
                        + QString::fromLatin1(errorCodeName(actual).data());
            break;
        }
        }
    }
    return failures.join(QLatin1Char('\n'));
}

// Answers the next modal message box with one button and remembers its text.
// A box that never comes fails within seconds (DialogWaiter) instead of
// hanging; a test that expects no prompt checks seen().
class MessageBoxAnswerer
{
public:
    explicit MessageBoxAnswerer(QMessageBox::StandardButton button)
        : m_waiter([this, button](QMessageBox *box) {
            m_text = box->text();
            if (QAbstractButton *b = box->button(button))
                b->click();
            else
                box->reject();
        })
    { }
    bool seen() const { return m_waiter.answered(); }
    QString text() const { return m_text; }

private:
    QString m_text;
    DialogWaiter<QMessageBox> m_waiter;
};

} // namespace

class TestScenarioPlayer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void lessonNarrationIsTrue_data();
    void lessonNarrationIsTrue();
    void startPageWorksFromTheKeyboard();
    void playRestartsAtTheEndAndStopsAtTheLastStep();
    void pauseStopsAdvancing();
    void recordedSessionSavesAndOpens();
    void editedNarrationRoundTrips();
    void saveToUnwritablePathFails();
    void badFileChangesNothing_data();
    void badFileChangesNothing();
    void recentFiles();
    void unsavedWorkPrompts_data();
    void unsavedWorkPrompts();
    void saveAnswerSaves();
    void dropOpensOneLocalFile_data();
    void dropOpensOneLocalFile();

private:
    std::unique_ptr<MainWindow> newWindow() const;
    QComboBox *speedBox() const;
    QAction *playAction() const;
    QMenu *recentMenu() const;
    QStringList startPageRecent() const;
    QString sameSteps(MainWindow &a, MainWindow &b) const;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestScenarioPlayer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("HeapboardTest"));
}

std::unique_ptr<MainWindow> TestScenarioPlayer::newWindow() const
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1280, 800);
    window->show();
    return window;
}

void TestScenarioPlayer::init()
{
    QSettings().clear(); // no recent files from the last test
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = newWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestScenarioPlayer::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QComboBox *TestScenarioPlayer::speedBox() const
{
    return m_window->findChild<QComboBox *>(QStringLiteral("playSpeed"));
}

QAction *TestScenarioPlayer::playAction() const
{
    return m_window->findChild<QAction *>(QStringLiteral("playAction"));
}

QMenu *TestScenarioPlayer::recentMenu() const
{
    return m_window->menuBar()->findChild<QMenu *>(QStringLiteral("recentMenu"));
}

QStringList TestScenarioPlayer::startPageRecent() const
{
    QStringList paths;
    if (auto *list = m_window->startPage()->findChild<QListWidget *>())
        for (int i = 0; i < list->count(); ++i)
            paths << list->item(i)->data(Qt::UserRole).toString();
    return paths;
}

// Both windows at every step: the same heap, narration and outcome.
QString TestScenarioPlayer::sameSteps(MainWindow &a, MainWindow &b) const
{
    if (a.model()->stepCount() != b.model()->stepCount())
        return QStringLiteral("%1 steps against %2").arg(a.model()->stepCount()).arg(b.model()->stepCount());
    for (std::size_t k = 0; k <= a.model()->stepCount(); ++k) {
        a.jumpTo(int(k));
        b.jumpTo(int(k));
        if (!(a.model()->heap().state() == b.model()->heap().state()))
            return QStringLiteral("step %1: the heaps differ").arg(k);
        if (a.narrationPanel()->narration() != b.narrationPanel()->narration())
            return QStringLiteral("step %1: narration '%2' against '%3'")
                .arg(k)
                .arg(a.narrationPanel()->narration(), b.narrationPanel()->narration());
        if (k > 0 && a.model()->history().info(k).error != b.model()->history().info(k).error)
            return QStringLiteral("step %1: the errors differ").arg(k);
        for (const BlockInfo &block : a.model()->heap().blocks())
            if (a.model()->labelFor(block.tag) != b.model()->labelFor(block.tag))
                return QStringLiteral("step %1: block %2 is labelled differently").arg(k).arg(block.start);
    }
    return {};
}

void TestScenarioPlayer::lessonNarrationIsTrue_data()
{
    QTest::addColumn<QString>("path");
    const QList<Lesson> lessons = bundledLessons();
    QVERIFY(lessons.size() >= 8);
    for (const Lesson &lesson : lessons)
        QTest::newRow(qPrintable(QFileInfo(lesson.path).completeBaseName())) << lesson.path;
}

void TestScenarioPlayer::lessonNarrationIsTrue()
{
    QFETCH(QString, path);
    Scenario lesson;
    const QString parseError = readScenario(path, lesson);
    QVERIFY2(parseError.isEmpty(), qPrintable(parseError));
    const std::size_t n = lesson.steps.size();

    QVERIFY(m_window->isStartPageShown());
    auto *button = m_window->startPage()->findChild<QAbstractButton *>(QFileInfo(path).completeBaseName());
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QTemporaryDir dir;
    if (!lesson.compare.empty()) {
        // A comparison opens a compare window of its own (tst_comparelesson);
        // its steps are checked here as its policy line runs them, opened
        // without the compare line.
        const auto *compare = m_window->findChild<CompareWindow *>();
        QVERIFY(compare);
        QCOMPARE(compare->panes().size(), int(lesson.compare.size()));
        QVERIFY(m_window->isStartPageShown());
        Scenario plain = lesson;
        plain.compare.clear();
        const QString copy = dir.filePath(QFileInfo(path).fileName());
        QVERIFY(writeFile(copy, QByteArray::fromStdString(formatScenario(plain))));
        QVERIFY(m_window->openFile(copy));
    }
    QVERIFY(!m_window->isStartPageShown());
    const HeapModel *model = m_window->model();
    QCOMPARE(model->position(), std::size_t(0));
    QCOMPARE(model->stepCount(), n);
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(!lesson.compare.empty() || m_window->filePath().isEmpty()); // Save must not overwrite a resource
    QVERIFY2(m_window->windowTitle().contains(QString::fromStdString(lesson.title)),
             qPrintable(m_window->windowTitle()));
    const Heap fresh(lesson.heapSize, lesson.policy, lesson.settings);
    QVERIFY(model->heap().blocks() == fresh.blocks());
    QCOMPARE(model->heap().policy(), lesson.policy);
    QCOMPARE(m_window->narrationPanel()->narration(), QString::fromStdString(lesson.title));
    QStringList mislabelled;
    QString failed = failedExpects(*m_window, lesson, lesson.startExpects, 0, mislabelled);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    // The step key runs a group (`group` ... `end`) at once; the steps inside
    // one are reached by jumping, as the slider does.
    const auto forwardTo = [&](std::size_t k) {
        if (groupRange(lesson, k - 1).last == k - 1)
            QTest::keyClick(m_window.get(), Qt::Key_PageDown);
        else
            m_window->jumpTo(int(k));
    };
    std::vector<HeapState> states { model->heap().state() };
    for (std::size_t k = 1; k <= n; ++k) {
        const ScenarioStep &step = lesson.steps[k - 1];
        forwardTo(k);
        QCOMPARE(model->position(), k);
        QCOMPARE(m_window->narrationPanel()->narration(), model->narration(k));
        QCOMPARE(model->narration(k), QString::fromStdString(step.narration()));
        const QString headline = m_window->narrationPanel()->headline();
        QVERIFY2(headline.contains(QString::fromStdString(formatStatement(lesson, step))),
                 qPrintable(QStringLiteral("step %1: '%2'").arg(k).arg(headline)));
        failed = failedExpects(*m_window, lesson, step.expects(), k, mislabelled);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        states.push_back(model->heap().state());
    }
    QTest::keyClick(m_window.get(), Qt::Key_PageDown); // at the end: stays there
    QCOMPARE(model->position(), n);

    for (std::size_t k = n; k-- > 0;) {
        if (groupRange(lesson, k).first == k)
            QTest::keyClick(m_window.get(), Qt::Key_PageUp);
        else
            m_window->jumpTo(int(k));
        QCOMPARE(model->position(), k);
        QVERIFY2(model->heap().state() == states[k], qPrintable(QStringLiteral("back at step %1").arg(k)));
    }
    QVERIFY(model->heap().blocks() == fresh.blocks());
    QCOMPARE(m_window->narrationPanel()->narration(), QString::fromStdString(lesson.title));
    for (std::size_t k = 1; k <= n; ++k) {
        forwardTo(k);
        QVERIFY2(model->heap().state() == states[k],
                 qPrintable(QStringLiteral("forward again at step %1").arg(k)));
    }
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Home));
    QCOMPARE(model->position(), std::size_t(0));
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_End));
    QCOMPARE(model->position(), n);
    QVERIFY(model->heap().state() == states.back());
    QVERIFY(!m_window->isWindowModified()); // stepping is not an edit

    // Where the narration says a handle holds a block, the view should name
    // that handle on it.
    QVERIFY2(mislabelled.isEmpty(), qPrintable(mislabelled.join(QLatin1Char('\n'))));
}

void TestScenarioPlayer::startPageWorksFromTheKeyboard()
{
    // Space presses the focused lesson button; the player's keys must not
    // take it while the start page is shown.
    auto *button = m_window->startPage()->findChild<QAbstractButton *>(QStringLiteral("03-coalescing"));
    QVERIFY(button);
    button->setFocus();
    QVERIFY(button->hasFocus());
    QTest::keyClick(button, Qt::Key_Space);
    QVERIFY(!m_window->isStartPageShown());
    QCOMPARE(m_window->model()->title(), bundledLessons().at(2).title);
    QCOMPARE(m_window->model()->position(), std::size_t(0));
}

void TestScenarioPlayer::playRestartsAtTheEndAndStopsAtTheLastStep()
{
    QVERIFY(m_window->openFile(kShortLesson));
    const HeapModel *model = m_window->model();
    const std::size_t n = model->stepCount();
    QVERIFY(n >= 3);
    QAction *play = playAction();
    QVERIFY(play);

    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_End));
    QCOMPARE(model->position(), n);
    QSignalSpy positions(model, &HeapModel::positionChanged);
    QTest::keyClick(m_window.get(), Qt::Key_P);
    QVERIFY(m_window->isPlaying());
    QVERIFY(play->isChecked());
    QCOMPARE(model->position(), std::size_t(0)); // from the start, as media players do
    // What the play timer does, tick by tick: playing stops at the last step.
    for (std::size_t k = 1; k <= n; ++k) {
        QVERIFY(m_window->isPlaying());
        m_window->player()->tick();
        QCOMPARE(model->position(), k);
    }
    QVERIFY(!m_window->isPlaying());
    QVERIFY(!play->isChecked());
    // One step at a time, none skipped.
    QCOMPARE(positions.size(), int(n) + 1);
    for (int i = 0; i <= int(n); ++i)
        QCOMPARE(positions.at(i).at(0).value<std::size_t>(), std::size_t(i));
    QCOMPARE(m_window->narrationPanel()->narration(), model->narration(n));
}

void TestScenarioPlayer::pauseStopsAdvancing()
{
    QVERIFY(m_window->openFile(kCoalescing));
    const HeapModel *model = m_window->model();
    Player *player = m_window->player();
    QComboBox *speed = speedBox();
    QVERIFY(speed);
    QCOMPARE(speed->currentIndex(), player->speed());
    speed->setCurrentIndex(speed->count() - 1);
    QCOMPARE(player->interval(), 250); // the fastest
    player->setSpeed(0);
    QCOMPARE(speed->currentIndex(), 0); // the box follows the player
    m_window->jumpTo(1);
    m_window->setPlaying(true);
    QCOMPARE(model->position(), std::size_t(1)); // not at the end: plays on from here
    player->tick();
    player->tick();
    QCOMPARE(model->position(), std::size_t(3));
    QTest::keyClick(m_window.get(), Qt::Key_P);
    QVERIFY(!m_window->isPlaying());
    QVERIFY(!playAction()->isChecked());
    const std::size_t paused = model->position();
    QSignalSpy positions(model, &HeapModel::positionChanged);
    // A tick the timer had already sent moves nothing once paused.
    player->tick();
    QCOMPARE(model->position(), paused);
    QCOMPARE(positions.size(), 0);

    QTest::keyClick(m_window.get(), Qt::Key_P);
    QVERIFY(m_window->isPlaying());
    player->tick();
    QCOMPARE(positions.size(), 1);
    QCOMPARE(positions.front().at(0).value<std::size_t>(), paused + 1);
    m_window->setPlaying(false);
    QVERIFY(!m_window->isPlaying());
}

void TestScenarioPlayer::recordedSessionSavesAndOpens()
{
    auto *empty = m_window->startPage()->findChild<QPushButton *>();
    QVERIFY(empty);
    QCOMPARE(empty->text(), QStringLiteral("&Empty Heap"));
    QTest::mouseClick(empty, Qt::LeftButton);
    QVERIFY(!m_window->isStartPageShown());
    QCOMPARE(m_window->model()->stepCount(), std::size_t(0));

    m_window->setRequestSize(32);
    m_window->allocate(); // a at 0
    m_window->setRequestSize(64);
    m_window->allocate(); // b at 32
    m_window->setRequestSize(100);
    m_window->allocate(); // c at 96
    m_window->freeBlock(96); // c
    // Back one step and act: the step after is dropped, as redo is.
    QTest::keyClick(m_window.get(), Qt::Key_PageUp);
    m_window->freeBlock(0); // a
    m_window->freeBlock(32); // b, merges with a's hole
    m_window->freeBlock(7); // not a block: an error, recorded
    m_window->freeBlock(32); // b's old address, inside a free block now
    // A policy change from the toolbar is a step too.
    auto *policy = m_window->findChild<QComboBox *>(QStringLiteral("policyBox"));
    QVERIFY(policy);
    QTest::keyClick(policy, Qt::Key_Down); // first fit -> next fit
    QCOMPARE(m_window->model()->heap().policy(), Policy::NextFit);
    m_window->setRequestSize(16);
    m_window->allocate();
    QVERIFY(m_window->isWindowModified());
    const HeapModel *model = m_window->model();
    const std::size_t n = model->stepCount();
    QCOMPARE(n, std::size_t(9));

    const QString path = m_dir->filePath(QStringLiteral("session.heap"));
    QVERIFY(m_window->saveTo(path));
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->filePath(), path);
    QVERIFY2(m_window->windowTitle().contains(QStringLiteral("session.heap")),
             qPrintable(m_window->windowTitle()));
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Information);

    Scenario saved;
    const QString error = readScenario(path, saved);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(saved.heapSize, Size(1024));
    QCOMPARE(saved.policy, Policy::FirstFit);
    QCOMPARE(saved.steps.size(), n);
    const QStringList firstStatements { "a = malloc 32", "b = malloc 64", "c = malloc 100",
                                        "free a",        "free b",        "free 7" };
    for (int i = 0; i < firstStatements.size(); ++i)
        QCOMPARE(QString::fromStdString(formatStatement(saved, saved.steps[std::size_t(i)])),
                 firstStatements[i]);
    for (std::size_t k = 1; k <= n; ++k)
        QCOMPARE(QString::fromStdString(formatStatement(saved, saved.steps[k - 1])), model->statement(k));
    QCOMPARE(saved.steps[7].kind, ScenarioStep::Kind::SetPolicy);
    QCOMPARE(saved.steps[7].policy, Policy::NextFit);

    auto other = newWindow();
    QVERIFY(other->openFile(path));
    QVERIFY(!other->isWindowModified());
    QCOMPARE(other->filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(other->model()->position(), std::size_t(0));
    const QString difference = sameSteps(*m_window, *other);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(other->model()->history().info(6).error, ErrorCode::InvalidPointer);
}

void TestScenarioPlayer::editedNarrationRoundTrips()
{
    QVERIFY(m_window->openFile(kCoalescing));
    Scenario lesson;
    QVERIFY(readScenario(kCoalescing, lesson).isEmpty());
    const QString edited = QStringLiteral("Edited: b lands right after a — at 100, café.");
    m_window->jumpTo(2);
    m_window->editor()->setText(2, edited);
    QCOMPARE(m_window->narrationPanel()->narration(), edited);
    QVERIFY(m_window->isWindowModified());

    const QString path = m_dir->filePath(QStringLiteral("coalescing.heap"));
    QVERIFY(m_window->saveTo(path));
    QVERIFY(!m_window->isWindowModified());
    Scenario saved;
    const QString error = readScenario(path, saved);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(saved.title, lesson.title);
    QCOMPARE(saved.steps.size(), lesson.steps.size());
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        QCOMPARE(saved.steps[i].expects().size(), lesson.steps[i].expects().size()); // expect lines kept
        QCOMPARE(QString::fromStdString(saved.steps[i].narration()),
                 i == 1 ? edited : QString::fromStdString(lesson.steps[i].narration()));
    }

    auto other = newWindow();
    QVERIFY(other->openFile(path));
    QCOMPARE(other->model()->narration(2), edited);
    QCOMPARE(other->model()->title(), QString::fromStdString(lesson.title));
    const QString difference = sameSteps(*m_window, *other);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestScenarioPlayer::saveToUnwritablePathFails()
{
    QVERIFY(m_window->openFile(kShortLesson));
    m_window->jumpTo(3);
    m_window->editor()->setText(3, QStringLiteral("Changed."));
    QVERIFY(m_window->isWindowModified());
    const QString title = m_window->windowTitle();
    const QString path = m_dir->filePath(QStringLiteral("no/such/folder/x.heap"));
    QVERIFY(!m_window->saveTo(path));
    MessageBar *bar = m_window->messageBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(bar->text().contains(path), qPrintable(bar->text()));
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->filePath().isEmpty());
    QCOMPARE(m_window->windowTitle(), title);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("no"))));
    QVERIFY(startPageRecent().filter(QStringLiteral("x.heap")).isEmpty());
}

void TestScenarioPlayer::badFileChangesNothing_data()
{
    QTest::addColumn<QByteArray>("text"); // empty: no file at all
    QTest::addColumn<QString>("prefix"); // after FILE:, the start of the message
    QTest::addColumn<QString>("why"); // words the message must contain
    const auto row = [](const char *name, const char *text, const char *prefix, const char *why) {
        QTest::newRow(name) << QByteArray(text) << QString::fromLatin1(prefix) << QString::fromLatin1(why);
    };
    row("unknown handle", "heap 64\na = malloc 8\nfree q\n", "3:6: ", "unknown handle 'q'");
    row("bad size", "heap 64\na = malloc 3.5\n", "2:12: ", "'3.5' is not a size");
    row("bad heap size", "title T\nheap lots\n", "2:6: ", "is not a size");
    row("unknown policy", "heap 64\npolicy fastest-fit\n", "2:8: ", "unknown policy");
    row("unknown statement", "heap 64\n\n  allocate 3\n", "3:3: ", "unknown statement");
    row("bad expect", "heap 64\na = malloc 8\nexpect free 0-8\n", "3:13: ", "is not a free block");
    row("narration at the end", "heap 64\na = malloc 8\n> and then?\n", "3:1: ", "narration");
    row("heap over 2^62", "heap 5000000000000000000\na = malloc 8\n", "1:6: ", "at most 2^62");
    row("missing file", "", "", "no such file");
}

void TestScenarioPlayer::badFileChangesNothing()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, prefix);
    QFETCH(QString, why);
    // A saved document, somewhere in the middle.
    const QString good = m_dir->filePath(QStringLiteral("good.heap"));
    QVERIFY(writeFile(good, "title Good\nheap 256\na = malloc 32\nb = malloc 64\nfree a\nc = malloc 8\n"));
    QVERIFY(m_window->openFile(good));
    m_window->jumpTo(2);
    const HeapModel *model = m_window->model();
    const HeapState state = model->heap().state();
    const QString title = m_window->windowTitle();
    const QStringList recent = startPageRecent();

    const QString bad = m_dir->filePath(QStringLiteral("bad.heap"));
    if (!text.isEmpty())
        QVERIFY(writeFile(bad, text));
    QVERIFY(!m_window->openFile(bad));
    const QString message = m_window->messageBar()->text();
    QVERIFY2(message.startsWith(bad + QLatin1Char(':') + prefix), qPrintable(message));
    QVERIFY2(message.contains(why), qPrintable(message));
    QVERIFY(m_window->messageBar()->isVisible());
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Error);
    QCOMPARE(model->stepCount(), std::size_t(4));
    QCOMPARE(model->position(), std::size_t(2));
    QVERIFY(model->heap().state() == state);
    QCOMPARE(m_window->windowTitle(), title);
    QCOMPARE(m_window->filePath(), QFileInfo(good).absoluteFilePath());
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(startPageRecent(), recent);
    QCOMPARE(model->title(), QStringLiteral("Good"));
}

void TestScenarioPlayer::recentFiles()
{
    QMenu *menu = recentMenu();
    QVERIFY(menu);
    QVERIFY(!menu->isEnabled());
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        const QString path = m_dir->filePath(QStringLiteral("f%1.heap").arg(i));
        QVERIFY(writeFile(path, QStringLiteral("heap %1\na = malloc 8\n").arg(64 + i).toUtf8()));
        paths.prepend(QFileInfo(path).absoluteFilePath());
        QVERIFY(m_window->openFile(path));
        QCOMPARE(startPageRecent().front(), paths.front());
        QCOMPARE(menu->actions().front()->text(), QFileInfo(path).fileName());
    }
    const QStringList newest = paths.mid(0, 8);
    QCOMPARE(startPageRecent(), newest);
    QCOMPARE(menu->actions().size(), 8);
    for (int i = 0; i < 8; ++i)
        QCOMPARE(menu->actions().at(i)->toolTip(), newest[i]);

    // Opening one again moves it to the front, once.
    QVERIFY(m_window->openFile(newest[5]));
    QStringList expected = newest;
    expected.move(5, 0);
    QCOMPARE(startPageRecent(), expected);
    QCOMPARE(menu->actions().size(), 8);
    // A lesson is not a file the user can find again on disk.
    QVERIFY(m_window->openFile(kShortLesson));
    QCOMPARE(startPageRecent(), expected);

    // Another window lists them too.
    {
        const auto other = newWindow();
        auto *list = other->startPage()->findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->count(), expected.size());
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), expected[0]);
    }

    // The menu and the start page open what they list.
    menu->actions().at(3)->trigger();
    QCOMPARE(m_window->filePath(), expected[3]);
    expected.move(3, 0);
    QCOMPARE(startPageRecent(), expected);
    m_window->showStartPage();
    auto *list = m_window->startPage()->findChild<QListWidget *>();
    QVERIFY(list);
    list->setFocus();
    list->setCurrentRow(2);
    const std::size_t position = m_window->model()->position();
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_window->model()->position(), position); // the key is the list's, not the player's
    QCOMPARE(m_window->filePath(), expected[2]);
    QVERIFY(!m_window->isStartPageShown());
}

void TestScenarioPlayer::unsavedWorkPrompts_data()
{
    QTest::addColumn<int>("answer"); // a QMessageBox::StandardButton
    QTest::addColumn<bool>("proceeds");
    QTest::newRow("cancel") << int(QMessageBox::Cancel) << false;
    QTest::newRow("discard") << int(QMessageBox::Discard) << true;
}

void TestScenarioPlayer::unsavedWorkPrompts()
{
    QFETCH(int, answer);
    const auto button = QMessageBox::StandardButton(answer);
    QFETCH(bool, proceeds);
    {
        const MessageBoxAnswerer none(QMessageBox::Cancel);
        QVERIFY(m_window->maybeSave()); // nothing to lose yet
        QVERIFY(!none.seen());
    }
    m_window->newHeap();
    m_window->setRequestSize(48);
    m_window->allocate();
    QVERIFY(m_window->isWindowModified());
    const HeapState state = m_window->model()->heap().state();
    {
        const MessageBoxAnswerer answerer(button);
        QCOMPARE(m_window->maybeSave(), proceeds);
        QVERIFY(answerer.seen());
        QVERIFY2(answerer.text().contains(QStringLiteral("not saved")), qPrintable(answerer.text()));
    }
    QCOMPARE(m_window->model()->stepCount(), std::size_t(1));
    QVERIFY(m_window->model()->heap().state() == state);
    QVERIFY(m_window->isWindowModified()); // answering changes nothing by itself

    // Opening a lesson over the session asks the same.
    {
        const MessageBoxAnswerer answerer(button);
        QCOMPARE(m_window->openFile(kShortLesson), proceeds);
        QVERIFY(answerer.seen());
    }
    if (proceeds) {
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(m_window->model()->title(), bundledLessons().at(1).title);
        return;
    }
    QCOMPARE(m_window->model()->stepCount(), std::size_t(1));
    QVERIFY(m_window->model()->heap().state() == state);
    QVERIFY(m_window->isWindowModified());
    // And so does closing the window; Cancel keeps it open.
    {
        const MessageBoxAnswerer answerer(button);
        QVERIFY(!m_window->close());
        QVERIFY(answerer.seen());
    }
    QVERIFY(m_window->isVisible());
}

void TestScenarioPlayer::saveAnswerSaves()
{
    const QString path = m_dir->filePath(QStringLiteral("saved.heap"));
    m_window->newHeap();
    m_window->setRequestSize(48);
    m_window->allocate();
    QVERIFY(m_window->saveTo(path));
    m_window->allocate();
    QVERIFY(m_window->isWindowModified());
    {
        const MessageBoxAnswerer answerer(QMessageBox::Save);
        QVERIFY(m_window->maybeSave());
        QVERIFY(answerer.seen());
    }
    QVERIFY(!m_window->isWindowModified());
    Scenario saved;
    QVERIFY(readScenario(path, saved).isEmpty());
    QCOMPARE(saved.steps.size(), std::size_t(2));
}

void TestScenarioPlayer::dropOpensOneLocalFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("opens");
    QTest::newRow("one local scenario") << "one" << true;
    QTest::newRow("two files") << "two" << false;
    QTest::newRow("remote URL") << "remote" << false;
    QTest::newRow("text, no URL") << "text" << false;
}

void TestScenarioPlayer::dropOpensOneLocalFile()
{
    QFETCH(QString, kind);
    QFETCH(bool, opens);
    const QString path = m_dir->filePath(QStringLiteral("dropped.heap"));
    QVERIFY(writeFile(path, "title Dropped\nheap 128\nx = malloc 16\nfree x\n"));
    QMimeData mime;
    if (kind == QLatin1String("one"))
        mime.setUrls({ QUrl::fromLocalFile(path) });
    else if (kind == QLatin1String("two"))
        mime.setUrls({ QUrl::fromLocalFile(path), QUrl::fromLocalFile(path) });
    else if (kind == QLatin1String("remote"))
        mime.setUrls({ QUrl(QStringLiteral("https://example.org/dropped.heap")) });
    else
        mime.setText(path);

    const QPoint at = m_window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QCOMPARE(enter.isAccepted(), opens);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(drop.isAccepted(), opens);
    if (!opens) {
        QVERIFY(m_window->isStartPageShown());
        QVERIFY(m_window->filePath().isEmpty());
        return;
    }
    QVERIFY(!m_window->isStartPageShown());
    QCOMPARE(m_window->filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(m_window->model()->title(), QStringLiteral("Dropped"));
    QCOMPARE(m_window->model()->stepCount(), std::size_t(2));
}

QTEST_MAIN(TestScenarioPlayer)
#include "tst_scenarioplayer.moc"
