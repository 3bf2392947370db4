// SPDX-License-Identifier: MIT
#pragma once

#include "scenario.h"

#include <QObject>
#include <QStringList>
#include <cstddef>

class HeapModel;
class Quiz;
class QTimer;

// The player under the heap: steps forwards and backwards through the open
// timeline, with the quiz's rule that a hidden step first shows its question,
// and plays the steps one after another at a chosen speed. Stepping is
// navigation (HeapModel::jumpTo), never an edit.
//
// While playing, a timer calls tick(); tests call tick() themselves instead
// of waiting for the timer.
class Player : public QObject
{
    Q_OBJECT
public:
    Player(HeapModel *model, Quiz *quiz, QObject *parent = nullptr);

    // The speeds, slowest first ("1 step/s"), for a speed chooser.
    static QStringList speedNames();
    static constexpr int defaultSpeed() { return 1; }
    int speed() const { return m_speed; }
    // Milliseconds between two steps at the current speed.
    int interval() const;

    bool isPlaying() const;

public Q_SLOTS:
    // Out-of-range speeds are clamped.
    void setSpeed(int index);
    // At the end, playing starts over from step 0, as media players do.
    void setPlaying(bool on);
    void togglePlaying() { setPlaying(!isPlaying()); }
    // One step of playing: steps forward and stops at the end. Does
    // nothing while paused.
    void tick();
    // A hidden step (quiz) first shows its question; the next call reveals
    // it and steps. A group of steps (`group` ... `end` in the scenario) is
    // one step here, forwards and backwards. At the end nothing happens.
    void stepForward();
    // A question on screen goes away first; then one step (or group) back.
    void stepBack();
    // Any step from 0 to the step count; others are ignored.
    void jumpTo(int step);
    void first() { jumpTo(0); }
    void last();

Q_SIGNALS:
    void playingChanged(bool playing);
    void speedChanged(int index);

private:
    // The 0-based statements of the group holding step k (k >= 1).
    heapboard::ScenarioGroupRange groupOf(std::size_t step) const;

    HeapModel *m_model;
    Quiz *m_quiz;
    QTimer *m_timer;
    int m_speed = defaultSpeed();
};
