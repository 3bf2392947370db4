// SPDX-License-Identifier: MIT
// MainWindow: the player (step, play and pause at a chosen speed) and the
// narration under the heap. Stepping is a jump in the history.
#include "mainwindow.h"

#include "heapmodel.h"
#include "narrationpanel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QTimer>
#include <QToolButton>

namespace {

constexpr int kSpeedsMs[] = {2000, 1000, 500, 250};

} // namespace

void MainWindow::createPlayerActions()
{
    m_playAction = new QAction(tr("&Play"), this);
    m_playAction->setCheckable(true);
    m_playAction->setShortcuts({QKeySequence(Qt::Key_P), QKeySequence(Qt::Key_MediaTogglePlayPause)});
    m_playAction->setToolTip(tr("Play the steps one after another (P)"));
    connect(m_playAction, &QAction::toggled, this, &MainWindow::setPlaying);
    connect(m_playTimer, &QTimer::timeout, this, &MainWindow::playTick);
}

QLayout *MainWindow::createPlayerRow()
{
    auto *row = new QHBoxLayout;
    const auto button = [this, row](QAction *action, const QString &glyph) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setText(glyph);
        b->setAutoRaise(true);
        row->addWidget(b);
    };
    button(m_firstAction, QStringLiteral("⏮"));
    button(m_backAction, QStringLiteral("◀"));
    button(m_playAction, QStringLiteral("▶"));
    button(m_forwardAction, QStringLiteral("▶▶"));
    button(m_lastAction, QStringLiteral("⏭"));
    m_speedBox = new QComboBox(this);
    m_speedBox->addItems({tr("0.5 steps/s"), tr("1 step/s"), tr("2 steps/s"), tr("4 steps/s")});
    m_speedBox->setCurrentIndex(1);
    m_speedBox->setAccessibleName(tr("Play speed"));
    m_speedBox->setToolTip(tr("How fast Play steps"));
    connect(m_speedBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_playTimer->setInterval(kSpeedsMs[std::clamp(i, 0, 3)]); });
    m_playTimer->setInterval(kSpeedsMs[1]);
    row->addWidget(m_speedBox);
    row->addWidget(m_timeline, 1);
    row->addWidget(m_stepLabel);
    return row;
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
}

void MainWindow::playTick()
{
    stepForward();
    if (m_model->position() >= m_model->stepCount())
        setPlaying(false);
}

void MainWindow::updateNarration()
{
    const std::size_t step = m_model->position();
    m_narration->setStep(step, m_model->stepCount(), m_model->statement(step), m_model->narration(step));
}
