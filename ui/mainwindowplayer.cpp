// SPDX-License-Identifier: MIT
// MainWindow: the player row under the heap (its buttons, speed and
// timeline), the clicker keys and the narration, wired to the Player.
#include "apptheme.h"
#include "clickerkeys.h"
#include "heapmodel.h"
#include "heapview.h"
#include "mainwindow.h"
#include "narrationpanel.h"
#include "player.h"
#include "quiz.h"
#include "timelineslider.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

void MainWindow::createPlayerActions()
{
    const auto action = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys,
                               void (Player::*slot)()) {
        QAction *a = makeAction(text, keys, m_player, slot);
        a->setObjectName(name);
        return a;
    };
    m_playAction = action(QStringLiteral("playAction"), tr("&Play"),
                          { QKeySequence(Qt::Key_P), QKeySequence(Qt::Key_MediaTogglePlayPause) },
                          &Player::togglePlaying);
    m_playAction->setCheckable(true);
    m_playAction->setToolTip(tr("Play the steps one after another (P)"));
    connect(m_player, &Player::playingChanged, this, &MainWindow::showPlaying);
    m_backAction = action(QStringLiteral("stepBackAction"), tr("Step &Back"),
                          { QKeySequence(Qt::Key_PageUp) }, &Player::stepBack);
    m_forwardAction = action(QStringLiteral("stepForwardAction"), tr("Step &Forward"),
                             { QKeySequence(Qt::Key_PageDown) }, &Player::stepForward);
    m_firstAction = action(QStringLiteral("firstStepAction"), tr("&First Step"),
                           { QKeySequence(Qt::CTRL | Qt::Key_Home) }, &Player::first);
    m_lastAction = action(QStringLiteral("lastStepAction"), tr("&Last Step"),
                          { QKeySequence(Qt::CTRL | Qt::Key_End) }, &Player::last);
}

QWidget *MainWindow::createPlayerRow()
{
    m_playerRow = new QWidget(this);
    m_playerRow->setObjectName(QStringLiteral("playerRow"));
    auto *row = new QHBoxLayout(m_playerRow);
    row->setContentsMargins(0, 0, 0, 0);
    const auto button = [this, row](QAction *action) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setAutoRaise(true);
        row->addWidget(b);
    };
    for (QAction *action : { m_firstAction, m_backAction, m_playAction, m_forwardAction, m_lastAction })
        button(action);
    updatePlayerIcons();
    auto *speed = new QComboBox(this);
    speed->setObjectName(QStringLiteral("playSpeed"));
    speed->addItems(Player::speedNames());
    speed->setCurrentIndex(m_player->speed());
    speed->setAccessibleName(tr("Play speed"));
    speed->setToolTip(tr("How fast Play steps"));
    connect(speed, &QComboBox::currentIndexChanged, m_player, &Player::setSpeed);
    connect(m_player, &Player::speedChanged, speed, &QComboBox::setCurrentIndex);
    row->addWidget(speed);
    row->addWidget(m_timeline, 1);
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    row->addWidget(m_stepLabel);
    return m_playerRow;
}

void MainWindow::showPlaying(bool playing)
{
    const QSignalBlocker blocker(m_playAction);
    m_playAction->setChecked(playing);
    m_playAction->setText(playing ? tr("&Pause") : tr("&Play"));
    updatePlayerIcons();
}

void MainWindow::updatePlayerIcons()
{
    const auto icon = [this](QStyle::StandardPixmap which) {
        return AppTheme::icon(style()->standardIcon(which), m_view->heapPalette());
    };
    m_firstAction->setIcon(icon(QStyle::SP_MediaSkipBackward));
    m_backAction->setIcon(icon(QStyle::SP_MediaSeekBackward));
    m_playAction->setIcon(icon(m_player->isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_forwardAction->setIcon(icon(QStyle::SP_MediaSeekForward));
    m_lastAction->setIcon(icon(QStyle::SP_MediaSkipForward));
}

void MainWindow::updateNarration()
{
    const std::size_t step = m_model->position();
    if (m_quiz->asking() != 0) {
        m_narration->setQuestion(m_quiz->asking(), m_model->stepCount(), m_quiz->question(m_quiz->asking()));
        return;
    }
    // Before the first step the title says what the scenario is about.
    m_narration->setStep(step, m_model->stepCount(), stepHeadline(step), m_model->text(step));
}

QString MainWindow::stepHeadline(std::size_t step) const
{
    // At the end of a group (docs/scenarios.md), its title says what the
    // one key press did.
    const heapboard::Scenario &s = m_model->scenario();
    if (step == 0 || step > s.steps.size())
        return m_model->statement(step);
    const heapboard::ScenarioGroupRange group = heapboard::groupRange(s, step - 1);
    const std::string &title = s.steps[group.first].groupTitle();
    if (group.last + 1 != step || group.first == group.last || title.empty())
        return m_model->statement(step);
    return tr("%1 · %2").arg(QString::fromStdString(title), m_model->statement(step));
}

// The player's API on the window, for the tests and the other parts of the window.

bool MainWindow::isPlaying() const
{
    return m_player->isPlaying();
}

void MainWindow::setPlaying(bool on)
{
    m_player->setPlaying(on);
}

void MainWindow::stepBack()
{
    m_player->stepBack();
}

void MainWindow::stepForward()
{
    m_player->stepForward();
}

void MainWindow::jumpTo(int step)
{
    m_player->jumpTo(step);
}

bool MainWindow::isQuestionShown() const
{
    return m_quiz->asking() != 0;
}

bool MainWindow::isQuizMode() const
{
    return m_quiz->isOn();
}
