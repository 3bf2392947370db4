// SPDX-License-Identifier: MIT
#include "player.h"

#include "heapmodel.h"
#include "quiz.h"

#include <QTimer>
#include <algorithm>

namespace {

constexpr int kSpeedsMs[] = { 2000, 1000, 500, 250 };
constexpr int kSpeedCount = int(std::size(kSpeedsMs));

} // namespace

Player::Player(HeapModel *model, Quiz *quiz, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_quiz(quiz)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kSpeedsMs[m_speed]);
    connect(m_timer, &QTimer::timeout, this, &Player::tick);
}

QStringList Player::speedNames()
{
    return { tr("0.5 steps/s"), tr("1 step/s"), tr("2 steps/s"), tr("4 steps/s") };
}

int Player::interval() const
{
    return m_timer->interval();
}

void Player::setSpeed(int index)
{
    index = std::clamp(index, 0, kSpeedCount - 1);
    if (index == m_speed)
        return;
    m_speed = index;
    m_timer->setInterval(kSpeedsMs[index]);
    Q_EMIT speedChanged(index);
}

bool Player::isPlaying() const
{
    return m_timer->isActive();
}

void Player::setPlaying(bool on)
{
    if (on == isPlaying())
        return;
    if (on && m_model->position() >= m_model->stepCount())
        first();
    if (on)
        m_timer->start();
    else
        m_timer->stop();
    Q_EMIT playingChanged(on);
}

void Player::tick()
{
    if (!isPlaying())
        return;
    stepForward();
    if (m_model->position() >= m_model->stepCount())
        setPlaying(false);
}

void Player::stepForward()
{
    const std::size_t next = m_model->position() + 1;
    if (next > m_model->stepCount())
        return;
    if (m_quiz->isHidden(next) && m_quiz->asking() != next) {
        m_quiz->ask(next);
        return;
    }
    // A group (`group` ... `end`) is one stop: its steps run in one press.
    const std::size_t last = groupOf(next).last + 1;
    for (std::size_t step = next; step <= last; ++step)
        m_quiz->reveal(step);
    jumpTo(int(last));
}

void Player::stepBack()
{
    if (m_quiz->asking() != 0) {
        m_quiz->ask(0);
        return;
    }
    const std::size_t position = m_model->position();
    if (position == 0)
        return;
    jumpTo(int(groupOf(position).first)); // the stop before the group
}

heapboard::ScenarioGroupRange Player::groupOf(std::size_t step) const
{
    // Step k is the scenario's statement k - 1 (core/timeline.h).
    const heapboard::Scenario &scenario = m_model->scenario();
    if (step == 0 || step > scenario.steps.size())
        return { step - 1, step - 1 };
    return heapboard::groupRange(scenario, step - 1);
}

void Player::jumpTo(int step)
{
    if (step >= 0 && std::size_t(step) <= m_model->stepCount())
        m_model->jumpTo(std::size_t(step));
}

void Player::last()
{
    jumpTo(int(m_model->stepCount()));
}
