// SPDX-License-Identifier: MIT
// MainWindow: presentation mode and quiz mode wired to the window, for a
// lecture hall and a presentation clicker.
#include "heapview.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "presentation.h"
#include "quiz.h"

#include <QAction>

void MainWindow::createPresentation()
{
    m_presentation = new Presentation(this, m_editor, m_narration, { m_playerRow });
    connect(m_presentation, &Presentation::presentingChanged, this, [this](bool on) {
        if (on)
            m_messages->hide(); // a stale message has no place on the projector
        m_view->fit();
    });
    m_quizAction = makeAction(tr("&Quiz Mode"), { QKeySequence(Qt::Key_Q) }, &MainWindow::setQuizMode);
    m_quizAction->setObjectName(QStringLiteral("quizAction"));
    m_quizAction->setCheckable(true);
    m_quizAction->setToolTip(
        tr("Ask the lesson's questions before the steps they are about (in a file without "
           "questions, before every step); the next step key reveals the result"));
    connect(m_quiz, &Quiz::toggled, this, [this](bool on) {
        const QSignalBlocker blocker(m_quizAction);
        m_quizAction->setChecked(on);
    });
}

void MainWindow::setQuizMode(bool on)
{
    m_quiz->setOn(on);
    if (!m_presentation->isPresenting()) // in front of the class the narration says it
        m_messages->showMessage(
            MessageBar::Kind::Information,
            on ? tr("Quiz mode: a question comes before the step it is about. Predict, then step "
                    "again to reveal.")
               : tr("Quiz mode is off."));
}

// The presentation's API on the window, for the tests and the other parts of
// the window.

bool MainWindow::isPresenting() const
{
    return m_presentation->isPresenting();
}

void MainWindow::setPresenting(bool on)
{
    m_presentation->setPresenting(on);
}

bool MainWindow::isBlanked() const
{
    return m_presentation->isBlanked();
}

void MainWindow::setBlanked(bool on)
{
    m_presentation->setBlanked(on);
}

double MainWindow::textScale() const
{
    return m_presentation->textScale();
}

void MainWindow::setTextScale(double scale)
{
    m_presentation->setTextScale(scale);
}
