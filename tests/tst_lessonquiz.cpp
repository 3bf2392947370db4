// SPDX-License-Identifier: MIT
// The player and the quiz on scenarios with questions and groups: a group
// is one stop forwards and backwards (the clicker keys call the same
// Player slots), quiz mode asks exactly the marked questions and plays the
// other steps through, and every bundled lesson walked in quiz mode asks
// exactly at its marked steps.
#include "heapmodel.h"
#include "player.h"
#include "quiz.h"
#include "testfiles.h"
#include "testscenario.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace heapboard;
using heapboard::test::lessonFiles;
using heapboard::test::parsed;
using heapboard::test::readFile;

namespace {

// Steps: 1-3 a group, 4 asks, 5-6 a group that asks, 7 plain.
const char kGrouped[] = "heap 256\n"
                        "group Setup\n"
                        "a = malloc 32\n"
                        "b = malloc 32\n"
                        "> Two blocks, then a hole.\n"
                        "free a\n"
                        "end\n"
                        "? Where will c go?\n"
                        "> Into the hole.\n"
                        "c = malloc 16\n"
                        "? What is left?\n"
                        "group\n"
                        "free b\n"
                        "> All gone.\n"
                        "free c\n"
                        "end\n"
                        "> Again.\n"
                        "d = malloc 8\n";

struct Walk {
    std::vector<std::size_t> asked; // the steps whose question was shown
    std::vector<std::size_t> stops; // the positions reached
    std::size_t presses = 0;
};

// Presses the step key until the end, as a clicker would.
Walk walkForward(HeapModel &model, Quiz &quiz, Player &player)
{
    Walk walk;
    while (model.position() < model.stepCount() && walk.presses < 1000) {
        player.stepForward();
        ++walk.presses;
        if (quiz.asking() != 0)
            walk.asked.push_back(quiz.asking());
        else
            walk.stops.push_back(model.position());
    }
    return walk;
}

} // namespace

class TestLessonQuiz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void groupIsOneStopEachWay();
    void fromInsideAGroup();
    void quizAsksOnlyTheMarkedSteps();
    void quizOnAFileWithoutQuestionsAsksEveryStep();
    void everyLessonAsksExactlyItsMarkedSteps_data();
    void everyLessonAsksExactlyItsMarkedSteps();

private:
    void load(const Scenario &scenario);

    std::unique_ptr<HeapModel> m_model;
    std::unique_ptr<Quiz> m_quiz;
    std::unique_ptr<Player> m_player;
};

void TestLessonQuiz::init()
{
    m_model = std::make_unique<HeapModel>();
    m_quiz = std::make_unique<Quiz>(m_model.get());
    m_player = std::make_unique<Player>(m_model.get(), m_quiz.get());
}

void TestLessonQuiz::cleanup()
{
    m_player.reset();
    m_quiz.reset();
    m_model.reset();
}

void TestLessonQuiz::load(const Scenario &scenario)
{
    QVERIFY(!scenario.steps.empty());
    QVERIFY(m_model->loadScenario(scenario));
    QCOMPARE(m_model->position(), std::size_t(0));
}

void TestLessonQuiz::groupIsOneStopEachWay()
{
    load(parsed(kGrouped));
    QCOMPARE(m_model->stepCount(), std::size_t(7));
    const Walk walk = walkForward(*m_model, *m_quiz, *m_player);
    QCOMPARE(walk.stops, (std::vector<std::size_t> { 3, 4, 6, 7 }));
    QVERIFY(walk.asked.empty()); // quiz off: questions are not asked
    QCOMPARE(m_model->narration(m_model->position()), QStringLiteral("Again."));
    std::vector<std::size_t> back;
    while (m_model->position() > 0 && back.size() < 100) {
        m_player->stepBack();
        back.push_back(m_model->position());
    }
    QCOMPARE(back, (std::vector<std::size_t> { 6, 4, 3, 0 }));
    // Play ticks run a group in one tick too.
    m_player->setPlaying(true);
    m_player->tick();
    QCOMPARE(m_model->position(), std::size_t(3));
    m_player->setPlaying(false);
}

void TestLessonQuiz::fromInsideAGroup()
{
    // The slider or the history list may leave the position inside a group.
    load(parsed(kGrouped));
    m_player->jumpTo(1);
    m_player->stepForward();
    QCOMPARE(m_model->position(), std::size_t(3));
    m_player->jumpTo(5);
    m_player->stepBack();
    QCOMPARE(m_model->position(), std::size_t(4));
    m_player->jumpTo(2);
    m_player->stepBack();
    QCOMPARE(m_model->position(), std::size_t(0));
}

void TestLessonQuiz::quizAsksOnlyTheMarkedSteps()
{
    load(parsed(kGrouped));
    m_quiz->setOn(true);
    for (std::size_t step = 1; step <= 7; ++step)
        QCOMPARE(m_quiz->isHidden(step), step == 4 || step == 5);
    QSignalSpy asked(m_quiz.get(), &Quiz::askingChanged);
    m_player->stepForward(); // the setup group plays through
    QCOMPARE(m_model->position(), std::size_t(3));
    QCOMPARE(asked.count(), 0);
    m_player->stepForward();
    QCOMPARE(m_quiz->asking(), std::size_t(4));
    QCOMPARE(m_model->position(), std::size_t(3)); // asked before it runs
    QCOMPARE(m_quiz->question(4), QStringLiteral("Next: c = malloc 16 — Where will c go?"));
    m_player->stepForward();
    QCOMPARE(m_model->position(), std::size_t(4));
    QVERIFY(m_quiz->isRevealed(4));
    QCOMPARE(m_model->narration(4), QStringLiteral("Into the hole."));
    m_player->stepForward(); // the group's question
    QCOMPARE(m_quiz->asking(), std::size_t(5));
    QCOMPARE(m_quiz->question(5), QStringLiteral("Next: free b — What is left?"));
    m_player->stepForward(); // the whole group runs
    QCOMPARE(m_model->position(), std::size_t(6));
    QVERIFY(m_quiz->isRevealed(5) && !m_quiz->isHidden(6));
    m_player->stepBack();
    QCOMPARE(m_model->position(), std::size_t(4));
    m_player->stepForward(); // revealed: no second asking
    QCOMPARE(m_model->position(), std::size_t(6));
    m_player->stepForward();
    QCOMPARE(m_model->position(), std::size_t(7));
    QCOMPARE(m_quiz->asking(), std::size_t(0));
}

void TestLessonQuiz::quizOnAFileWithoutQuestionsAsksEveryStep()
{
    load(parsed(test::kReuseScenario));
    m_quiz->setOn(true);
    const Walk walk = walkForward(*m_model, *m_quiz, *m_player);
    QCOMPARE(walk.asked, (std::vector<std::size_t> { 1, 2, 3, 4 }));
    QVERIFY(m_quiz->question(1).contains(QStringLiteral("which address does it return")));
}

void TestLessonQuiz::everyLessonAsksExactlyItsMarkedSteps_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &f : lessonFiles())
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestLessonQuiz::everyLessonAsksExactlyItsMarkedSteps()
{
    QFETCH(QString, path);
    const std::optional<QByteArray> text = readFile(path);
    QVERIFY(text);
    const Scenario scenario = parsed(std::string_view(text->constData(), std::size_t(text->size())));
    load(scenario);
    std::vector<std::size_t> marked;
    std::vector<std::size_t> stops;
    for (std::size_t i = 0; i < scenario.steps.size(); i = groupRange(scenario, i).last + 1) {
        if (!scenario.steps[i].question().empty())
            marked.push_back(i + 1);
        stops.push_back(groupRange(scenario, i).last + 1);
    }
    QVERIFY2(!marked.empty(), qPrintable(path + QStringLiteral(": no question")));
    m_quiz->setOn(true);
    const Walk walk = walkForward(*m_model, *m_quiz, *m_player);
    QCOMPARE(walk.asked, marked);
    QCOMPARE(walk.stops, stops);
    QCOMPARE(walk.presses, marked.size() + stops.size());
    for (const std::size_t step : marked)
        QVERIFY(m_quiz->question(step).endsWith(QString::fromStdString(scenario.steps[step - 1].question())));
}

QTEST_GUILESS_MAIN(TestLessonQuiz)
#include "tst_lessonquiz.moc"
