// SPDX-License-Identifier: MIT
// Player: stepping with the quiz's question-first rule, playing tick by tick
// (tick() is called directly, never waited for), the end, the speeds.
#include "heapmodel.h"
#include "player.h"
#include "quiz.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace heapboard;

namespace {

const char kLesson[] = "title Reuse\n"
                       "heap 256\n"
                       "> First a block.\n"
                       "a = malloc 32\n"
                       "b = malloc 64\n"
                       "free a\n"
                       "> The hole is reused.\n"
                       "c = malloc 16\n";
constexpr std::size_t kSteps = 4;

std::vector<std::size_t> positions(const QSignalSpy &spy)
{
    std::vector<std::size_t> out;
    for (const QList<QVariant> &args : spy)
        out.push_back(args.at(0).value<std::size_t>());
    return out;
}

} // namespace

class TestPlayer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void stepsForwardAndBack();
    void outOfRangeIsIgnored();
    void tickStepsOneStepAndStopsAtTheEnd();
    void tickWhilePausedDoesNothing();
    void playAtTheEndRestartsFromZero();
    void playInTheMiddleGoesOnFromThere();
    void quizAsksBeforeRevealing();
    void quizWhilePlaying();
    void backDismissesTheQuestionFirst();
    void speedIntervals_data();
    void speedIntervals();

private:
    std::unique_ptr<HeapModel> m_model;
    std::unique_ptr<Quiz> m_quiz;
    std::unique_ptr<Player> m_player;
};

void TestPlayer::init()
{
    m_model = std::make_unique<HeapModel>();
    Scenario scenario;
    ParseError error;
    QVERIFY2(parseScenario(kLesson, scenario, error), error.message.c_str());
    QVERIFY(m_model->loadScenario(scenario));
    QCOMPARE(m_model->stepCount(), kSteps);
    QCOMPARE(m_model->position(), std::size_t(0));
    m_quiz = std::make_unique<Quiz>(m_model.get());
    m_player = std::make_unique<Player>(m_model.get(), m_quiz.get());
}

void TestPlayer::cleanup()
{
    m_player.reset();
    m_quiz.reset();
    m_model.reset();
}

void TestPlayer::stepsForwardAndBack()
{
    QSignalSpy moved(m_model.get(), &HeapModel::positionChanged);
    m_player->stepForward();
    m_player->stepForward();
    QCOMPARE(m_model->position(), std::size_t(2));
    m_player->stepBack();
    QCOMPARE(m_model->position(), std::size_t(1));
    m_player->last();
    QCOMPARE(m_model->position(), kSteps);
    m_player->stepForward(); // at the end: stays there
    QCOMPARE(m_model->position(), kSteps);
    m_player->first();
    QCOMPARE(m_model->position(), std::size_t(0));
    m_player->stepBack(); // at the start: stays there
    QCOMPARE(m_model->position(), std::size_t(0));
    QCOMPARE(positions(moved), (std::vector<std::size_t> { 1, 2, 1, kSteps, 0 }));
    QCOMPARE(m_model->stepCount(), kSteps); // stepping records nothing
}

void TestPlayer::outOfRangeIsIgnored()
{
    m_player->jumpTo(2);
    QSignalSpy moved(m_model.get(), &HeapModel::positionChanged);
    m_player->jumpTo(-1);
    m_player->jumpTo(int(kSteps) + 1);
    QCOMPARE(m_model->position(), std::size_t(2));
    QCOMPARE(moved.size(), 0);
}

void TestPlayer::tickStepsOneStepAndStopsAtTheEnd()
{
    QSignalSpy playing(m_player.get(), &Player::playingChanged);
    QSignalSpy moved(m_model.get(), &HeapModel::positionChanged);
    m_player->setPlaying(true);
    QVERIFY(m_player->isPlaying());
    QCOMPARE(m_model->position(), std::size_t(0));
    for (std::size_t k = 1; k < kSteps; ++k) {
        m_player->tick();
        QCOMPARE(m_model->position(), k);
        QVERIFY(m_player->isPlaying());
    }
    m_player->tick(); // the last step: playing stops there
    QCOMPARE(m_model->position(), kSteps);
    QVERIFY(!m_player->isPlaying());
    QCOMPARE(positions(moved), (std::vector<std::size_t> { 1, 2, 3, 4 }));
    QCOMPARE(playing.size(), 2);
    QCOMPARE(playing.at(0).at(0).toBool(), true);
    QCOMPARE(playing.at(1).at(0).toBool(), false);
}

void TestPlayer::tickWhilePausedDoesNothing()
{
    m_player->setPlaying(true);
    m_player->tick();
    m_player->setPlaying(false);
    QVERIFY(!m_player->isPlaying());
    m_player->tick();
    m_player->tick();
    QCOMPARE(m_model->position(), std::size_t(1));
}

void TestPlayer::playAtTheEndRestartsFromZero()
{
    m_player->last();
    QSignalSpy moved(m_model.get(), &HeapModel::positionChanged);
    m_player->togglePlaying();
    QVERIFY(m_player->isPlaying());
    QCOMPARE(m_model->position(), std::size_t(0));
    m_player->tick();
    QCOMPARE(m_model->position(), std::size_t(1));
    QCOMPARE(positions(moved), (std::vector<std::size_t> { 0, 1 }));
    m_player->togglePlaying();
    QVERIFY(!m_player->isPlaying());
}

void TestPlayer::playInTheMiddleGoesOnFromThere()
{
    m_player->jumpTo(2);
    m_player->setPlaying(true);
    QCOMPARE(m_model->position(), std::size_t(2));
    m_player->tick();
    QCOMPARE(m_model->position(), std::size_t(3));
    // Asking again changes nothing and says nothing.
    QSignalSpy playing(m_player.get(), &Player::playingChanged);
    m_player->setPlaying(true);
    QCOMPARE(playing.size(), 0);
    QCOMPARE(m_model->position(), std::size_t(3));
}

void TestPlayer::quizAsksBeforeRevealing()
{
    m_quiz->setOn(true);
    QVERIFY(m_quiz->isHidden(1));
    m_player->stepForward();
    QCOMPARE(m_model->position(), std::size_t(0)); // only the question
    QCOMPARE(m_quiz->asking(), std::size_t(1));
    m_player->stepForward();
    QCOMPARE(m_model->position(), std::size_t(1)); // revealed
    QCOMPARE(m_quiz->asking(), std::size_t(0));
    QVERIFY(m_quiz->isRevealed(1));
    QVERIFY(!m_quiz->isRevealed(2));
    // A revealed step is not asked again.
    m_player->stepBack();
    QCOMPARE(m_model->position(), std::size_t(0));
    m_player->stepForward();
    QCOMPARE(m_model->position(), std::size_t(1));
    QCOMPARE(m_quiz->asking(), std::size_t(0));
}

void TestPlayer::quizWhilePlaying()
{
    // Each hidden step takes two ticks: the question, then the result.
    m_quiz->setOn(true);
    m_player->setPlaying(true);
    for (std::size_t k = 1; k <= kSteps; ++k) {
        m_player->tick();
        QCOMPARE(m_quiz->asking(), k);
        QCOMPARE(m_model->position(), k - 1);
        m_player->tick();
        QCOMPARE(m_quiz->asking(), std::size_t(0));
        QCOMPARE(m_model->position(), k);
    }
    QVERIFY(!m_player->isPlaying());
}

void TestPlayer::backDismissesTheQuestionFirst()
{
    m_quiz->setOn(true);
    m_player->stepForward();
    m_player->stepForward();
    m_player->stepForward(); // the question of step 2
    QCOMPARE(m_quiz->asking(), std::size_t(2));
    QSignalSpy moved(m_model.get(), &HeapModel::positionChanged);
    m_player->stepBack();
    QCOMPARE(m_quiz->asking(), std::size_t(0));
    QCOMPARE(m_model->position(), std::size_t(1)); // the question went, the step stays
    QCOMPARE(moved.size(), 0);
    m_player->stepBack();
    QCOMPARE(m_model->position(), std::size_t(0));
}

void TestPlayer::speedIntervals_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("expectedIndex");
    QTest::addColumn<int>("interval");
    QTest::newRow("0.5 steps/s") << 0 << 0 << 2000;
    QTest::newRow("1 step/s") << 1 << 1 << 1000;
    QTest::newRow("2 steps/s") << 2 << 2 << 500;
    QTest::newRow("4 steps/s") << 3 << 3 << 250;
    QTest::newRow("below: slowest") << -1 << 0 << 2000;
    QTest::newRow("above: fastest") << 9 << 3 << 250;
}

void TestPlayer::speedIntervals()
{
    QFETCH(int, index);
    QFETCH(int, expectedIndex);
    QFETCH(int, interval);
    QCOMPARE(Player::speedNames().size(), 4);
    QCOMPARE(m_player->speed(), Player::defaultSpeed());
    QCOMPARE(m_player->interval(), 1000);
    QSignalSpy changed(m_player.get(), &Player::speedChanged);
    m_player->setSpeed(index);
    QCOMPARE(m_player->speed(), expectedIndex);
    QCOMPARE(m_player->interval(), interval);
    QCOMPARE(changed.size(), expectedIndex == Player::defaultSpeed() ? 0 : 1);
    // The speed holds while playing.
    m_player->setPlaying(true);
    QCOMPARE(m_player->interval(), interval);
}

QTEST_GUILESS_MAIN(TestPlayer)
#include "tst_player.moc"
