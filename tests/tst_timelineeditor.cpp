// SPDX-License-Identifier: MIT
// TimelineEditor: every edit one undo command; undo and redo put the
// timeline and the position back exactly; locked edits are refused.
#include "heapmodel.h"
#include "scenario.h"
#include "timelineeditor.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace heapboard;

namespace {

struct State {
    std::string text;
    std::size_t position;
    bool operator==(const State &) const = default;
};

State stateOf(const HeapModel &model)
{
    return { formatScenario(model.scenario()), model.position() };
}

} // namespace

class TestTimelineEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void editsAreCommands();
    void undoBringsBackReplacedSteps();
    void navigationBetweenDoesNotMatter();
    void textEditsUndo();
    void resetUndoes();
    void lockedRefusesEditsButNotUndo();
    void badResetChangesNothing();
    void reallocNamesItsResult();
    void freeThroughAHandle();
    void renameIsOneCommand();
    void badRenameChangesNothing();

private:
    HeapModel *m_model = nullptr;
    TimelineEditor *m_editor = nullptr;
};

void TestTimelineEditor::init()
{
    m_model = new HeapModel;
    m_model->reset(1024, Policy::FirstFit);
    m_editor = new TimelineEditor(m_model);
}

void TestTimelineEditor::cleanup()
{
    delete m_editor;
    delete m_model;
}

void TestTimelineEditor::editsAreCommands()
{
    QUndoStack *undo = m_editor->undoStack();
    QVERIFY(m_editor->allocate(32));
    QVERIFY(m_editor->allocate(64, QStringLiteral("big")));
    QVERIFY(m_editor->freeBlock(0));
    QVERIFY(m_editor->reallocBlock(32, 16));
    QVERIFY(m_editor->setPolicy(Policy::BestFit));
    QVERIFY(m_editor->setPolicy(Policy::BestFit)); // already: no command
    QCOMPARE(undo->count(), 5);
    QCOMPARE(m_model->statement(1), QStringLiteral("a = malloc 32"));
    QCOMPARE(m_model->statement(2), QStringLiteral("big = malloc 64"));
    QCOMPARE(m_model->statement(3), QStringLiteral("free a"));
    QCOMPARE(m_model->statement(4), QStringLiteral("big = realloc big 16"));
    QCOMPARE(m_model->statement(5), QStringLiteral("policy best-fit"));
    QVERIFY(!undo->isClean());
    while (undo->canUndo())
        undo->undo();
    QCOMPARE(m_model->stepCount(), std::size_t(0));
    QVERIFY(undo->isClean());
}

void TestTimelineEditor::undoBringsBackReplacedSteps()
{
    for (int i = 0; i < 4; ++i)
        m_editor->allocate(16);
    const State four = stateOf(*m_model);
    QVERIFY(m_model->jumpTo(1)); // navigation: no command
    QCOMPARE(m_editor->undoStack()->count(), 4);
    QSignalSpy edited(m_editor, &TimelineEditor::stepEdited);
    QVERIFY(m_editor->allocate(100));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(1).value<std::size_t>(), std::size_t(3)); // replaced
    QCOMPARE(m_model->stepCount(), std::size_t(2));
    const State replaced = stateOf(*m_model);
    m_editor->undoStack()->undo();
    QCOMPARE(stateOf(*m_model), (State { four.text, 1 }));
    m_editor->undoStack()->redo();
    QCOMPARE(stateOf(*m_model), replaced);
}

void TestTimelineEditor::navigationBetweenDoesNotMatter()
{
    for (int i = 0; i < 3; ++i)
        m_editor->allocate(16);
    m_model->jumpTo(2);
    m_editor->allocate(40); // at 2: replaces step 3
    const State after = stateOf(*m_model);
    m_model->jumpTo(0);
    m_editor->undoStack()->undo();
    QCOMPARE(m_model->position(), std::size_t(2));
    QCOMPARE(m_model->stepCount(), std::size_t(3));
    m_model->jumpTo(3);
    m_editor->undoStack()->redo();
    QCOMPARE(stateOf(*m_model), after);
}

void TestTimelineEditor::textEditsUndo()
{
    m_editor->allocate(16);
    QVERIFY(m_editor->setText(1, QStringLiteral("  First   block. ")));
    QCOMPARE(m_model->narration(1), QStringLiteral("First block."));
    m_model->jumpTo(0);
    QVERIFY(m_editor->setText(0, QStringLiteral("Title")));
    QCOMPARE(m_model->title(), QStringLiteral("Title"));
    QCOMPARE(m_editor->undoStack()->count(), 3);
    m_model->jumpTo(1);
    m_editor->undoStack()->undo();
    QCOMPARE(m_model->title(), QString());
    QCOMPARE(m_model->position(), std::size_t(0)); // where the title was written
    m_editor->undoStack()->undo();
    QCOMPARE(m_model->narration(1), QString());
    QCOMPARE(m_model->position(), std::size_t(1));
    QVERIFY(m_editor->setText(1, QString())); // unchanged: no command
    QCOMPARE(m_editor->undoStack()->index(), 1);
    QVERIFY(m_editor->undoStack()->canRedo());
}

void TestTimelineEditor::resetUndoes()
{
    m_editor->allocate(16);
    m_editor->allocate(16);
    m_model->jumpTo(1);
    const State before = stateOf(*m_model);
    QVERIFY(m_editor->reset(4096, Policy::WorstFit));
    QCOMPARE(m_model->heap().heapSize(), Size(4096));
    QCOMPARE(m_model->stepCount(), std::size_t(0));
    m_editor->undoStack()->undo();
    QCOMPARE(stateOf(*m_model), before);
    m_editor->undoStack()->redo();
    QCOMPARE(m_model->heap().heapSize(), Size(4096));
    QCOMPARE(m_model->heap().policy(), Policy::WorstFit);
}

void TestTimelineEditor::lockedRefusesEditsButNotUndo()
{
    m_editor->allocate(16);
    m_editor->setLocked(true);
    QSignalSpy refused(m_editor, &TimelineEditor::refused);
    const State before = stateOf(*m_model);
    QVERIFY(!m_editor->allocate(16));
    QVERIFY(!m_editor->freeBlock(0));
    QVERIFY(!m_editor->reallocBlock(0, 4));
    QVERIFY(!m_editor->setPolicy(Policy::NextFit));
    QVERIFY(!m_editor->setText(1, QStringLiteral("x")));
    QVERIFY(!m_editor->reset(64, Policy::FirstFit));
    QCOMPARE(refused.count(), 6);
    QCOMPARE(stateOf(*m_model), before);
    m_editor->undoStack()->undo(); // taking a stray edit back still works
    QCOMPARE(m_model->stepCount(), std::size_t(0));
    m_editor->setLocked(false);
    QVERIFY(m_editor->allocate(16));
}

void TestTimelineEditor::badResetChangesNothing()
{
    m_editor->allocate(16);
    const State before = stateOf(*m_model);
    QVERIFY(!m_editor->reset(0, Policy::FirstFit));
    QVERIFY(!m_editor->reset(kMaxHeapSize + 1, Policy::FirstFit));
    QCOMPARE(stateOf(*m_model), before);
    QCOMPARE(m_editor->undoStack()->count(), 1);
}

void TestTimelineEditor::reallocNamesItsResult()
{
    m_editor->allocate(32);
    m_editor->allocate(64);
    QVERIFY(m_editor->reallocBlock(32, 80, QStringLiteral("c")));
    QCOMPARE(m_model->statement(3), QStringLiteral("c = realloc b 80"));
    QCOMPARE(m_model->labelFor(m_model->heap().blocks()[1].tag), QStringLiteral("c"));
    const State after = stateOf(*m_model);
    m_editor->undoStack()->undo();
    QCOMPARE(m_model->stepCount(), std::size_t(2));
    m_editor->undoStack()->redo();
    QVERIFY(stateOf(*m_model) == after);
}

void TestTimelineEditor::freeThroughAHandle()
{
    m_editor->allocate(32);
    m_editor->freeBlock(0);
    QVERIFY(m_editor->freeHandle(QStringLiteral("a")));
    QCOMPARE(m_model->statement(3), QStringLiteral("free a"));
    QCOMPARE(m_model->history().info(3).error, ErrorCode::DoubleFree);
    QVERIFY(!m_editor->freeHandle(QStringLiteral("nobody")));
    QCOMPARE(m_model->stepCount(), std::size_t(3));
    QCOMPARE(m_editor->undoStack()->count(), 3);
}

void TestTimelineEditor::renameIsOneCommand()
{
    m_editor->allocate(32);
    m_editor->allocate(16);
    m_editor->freeBlock(0);
    m_model->jumpTo(1); // a rename does not care where the position is
    const State before = stateOf(*m_model);
    QSignalSpy renamed(m_model, &HeapModel::handleRenamed);
    QVERIFY(m_editor->renameHandle(QStringLiteral("a"), QStringLiteral("head")));
    QCOMPARE(m_editor->undoStack()->count(), 4);
    QCOMPARE(m_model->statement(1), QStringLiteral("head = malloc 32"));
    QCOMPARE(m_model->statement(3), QStringLiteral("free head"));
    QCOMPARE(m_model->labelFor(1), QStringLiteral("head"));
    QCOMPARE(m_model->position(), std::size_t(1));
    QCOMPARE(renamed.count(), 1);
    QCOMPARE(renamed.at(0).at(1).toString(), QStringLiteral("head"));
    const State after = stateOf(*m_model);
    m_editor->undoStack()->undo();
    QVERIFY(stateOf(*m_model) == before);
    m_editor->undoStack()->redo();
    QVERIFY(stateOf(*m_model) == after);
}

void TestTimelineEditor::badRenameChangesNothing()
{
    m_editor->allocate(32);
    m_editor->allocate(16);
    const State before = stateOf(*m_model);
    QVERIFY(!m_editor->renameHandle(QStringLiteral("a"), QStringLiteral("b"))); // clash
    QVERIFY(!m_editor->renameHandle(QStringLiteral("a"), QStringLiteral("malloc")));
    QVERIFY(!m_editor->renameHandle(QStringLiteral("a"), QStringLiteral("9lives")));
    QVERIFY(!m_editor->renameHandle(QStringLiteral("zz"), QStringLiteral("y")));
    m_editor->setLocked(true);
    QSignalSpy refused(m_editor, &TimelineEditor::refused);
    QVERIFY(!m_editor->renameHandle(QStringLiteral("a"), QStringLiteral("head")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(stateOf(*m_model) == before);
    QCOMPARE(m_editor->undoStack()->count(), 2);
}

QTEST_GUILESS_MAIN(TestTimelineEditor)
#include "tst_timelineeditor.moc"
