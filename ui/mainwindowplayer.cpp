// SPDX-License-Identifier: MIT
// MainWindow: the player (step, play and pause at a chosen speed) and the
// narration under the heap. Stepping is a jump in the history.
#include "heapmodel.h"
#include "historylistmodel.h"
#include "mainwindow.h"
#include "narrationpanel.h"
#include "quiz.h"
#include "timelineslider.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace {

constexpr int kSpeedsMs[] = { 2000, 1000, 500, 250 };

} // namespace

void MainWindow::createPlayerActions()
{
    m_playAction = new QAction(tr("&Play"), this);
    m_playAction->setCheckable(true);
    m_playAction->setShortcuts({ QKeySequence(Qt::Key_P), QKeySequence(Qt::Key_MediaTogglePlayPause) });
    m_playAction->setToolTip(tr("Play the steps one after another (P)"));
    connect(m_playAction, &QAction::toggled, this, &MainWindow::setPlaying);
    connect(m_playTimer, &QTimer::timeout, this, &MainWindow::playTick);
}

QWidget *MainWindow::createPlayerRow()
{
    m_playerRow = new QWidget(this);
    auto *row = new QHBoxLayout(m_playerRow);
    row->setContentsMargins(0, 0, 0, 0);
    const auto button = [this, row](QAction *action, QStyle::StandardPixmap icon) {
        action->setIcon(style()->standardIcon(icon));
        auto *b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setAutoRaise(true);
        row->addWidget(b);
    };
    button(m_firstAction, QStyle::SP_MediaSkipBackward);
    button(m_backAction, QStyle::SP_MediaSeekBackward);
    button(m_playAction, QStyle::SP_MediaPlay);
    button(m_forwardAction, QStyle::SP_MediaSeekForward);
    button(m_lastAction, QStyle::SP_MediaSkipForward);
    m_speedBox = new QComboBox(this);
    m_speedBox->addItems({ tr("0.5 steps/s"), tr("1 step/s"), tr("2 steps/s"), tr("4 steps/s") });
    m_speedBox->setCurrentIndex(1);
    m_speedBox->setAccessibleName(tr("Play speed"));
    m_speedBox->setToolTip(tr("How fast Play steps"));
    connect(m_speedBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_playTimer->setInterval(kSpeedsMs[std::clamp(i, 0, 3)]); });
    m_playTimer->setInterval(kSpeedsMs[1]);
    row->addWidget(m_speedBox);
    row->addWidget(m_timeline, 1);
    row->addWidget(m_stepLabel);
    return m_playerRow;
}

void MainWindow::addClickerKeys(QWidget *page)
{
    // The other keys a presentation clicker sends. They belong to the heap
    // page only, so that Space, Enter and the arrows keep their usual
    // meaning on the start page, in the docks and in the toolbar.
    const auto keys = [this, page](const QList<QKeySequence> &sequences, auto slot) {
        auto *a = new QAction(page);
        a->setShortcuts(sequences);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        page->addAction(a);
    };
    keys({ QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_Return),
           QKeySequence(Qt::Key_Enter) },
         &MainWindow::stepForward);
    keys({ QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Backspace) }, &MainWindow::stepBack);
    keys({ QKeySequence(Qt::Key_Home) }, [this] { jumpTo(0); });
    keys({ QKeySequence(Qt::Key_End) }, [this] { jumpTo(int(m_model->stepCount())); });
}

bool MainWindow::isPlaying() const
{
    return m_playTimer->isActive();
}

void MainWindow::setPlaying(bool on)
{
    if (on && m_model->position() >= m_model->stepCount())
        jumpTo(0); // play from the start when at the end, as media players do
    if (on)
        m_playTimer->start();
    else
        m_playTimer->stop();
    const QSignalBlocker blocker(m_playAction);
    m_playAction->setChecked(on);
    m_playAction->setText(on ? tr("&Pause") : tr("&Play"));
    m_playAction->setIcon(style()->standardIcon(on ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

void MainWindow::playTick()
{
    stepForward();
    if (m_model->position() >= m_model->stepCount())
        setPlaying(false);
}

void MainWindow::stepBack()
{
    if (m_quiz->asking() != 0) { // the question goes away first
        m_quiz->ask(0);
        return;
    }
    jumpTo(int(m_model->position()) - 1);
}

void MainWindow::stepForward()
{
    const std::size_t next = m_model->position() + 1;
    if (next > m_model->stepCount())
        return;
    if (m_quiz->isHidden(next) && m_quiz->asking() != next) {
        m_quiz->ask(next);
        return;
    }
    m_quiz->reveal(next);
    jumpTo(int(next));
}

bool MainWindow::isQuizMode() const
{
    return m_quiz->isOn();
}

bool MainWindow::isQuestionShown() const
{
    return m_quiz->asking() != 0;
}

void MainWindow::updateNarration()
{
    const std::size_t step = m_model->position();
    if (m_quiz->asking() != 0) {
        m_narration->setQuestion(m_quiz->asking(), m_model->stepCount(), m_quiz->question(m_quiz->asking()));
        return;
    }
    // Before the first step the title says what the scenario is about.
    m_narration->setStep(step, m_model->stepCount(), m_model->statement(step), m_model->text(step));
}
