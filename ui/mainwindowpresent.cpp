// SPDX-License-Identifier: MIT
// MainWindow: presentation mode, text scale, blanking and quiz mode, for a
// lecture hall and a presentation clicker.
#include "heapview.h"
#include "historylistmodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "narrationpanel.h"
#include "quiz.h"
#include "timelineeditor.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QMouseEvent>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace {

constexpr double kMinScale = 0.75;
constexpr double kMaxScale = 4;
constexpr double kScaleStep = 1.25;
// Projection: text at twice the desktop size, so that heap labels are about
// 20 px high (18 pt), readable from the back of a lecture hall.
constexpr double kProjectionScale = 2;
// Presenting enlarges the narration further: it is the one sentence the
// room reads.
constexpr double kPresentingNarration = 1.5;
// and the heap labels and rulers grow with it.
constexpr double kPresentingText = 1.5;
constexpr int kIdleCursorMs = 2000;

} // namespace

void MainWindow::createPresentationActions()
{
    m_presentAction = makeAction(tr("&Present"), { QKeySequence(Qt::Key_F5) }, &MainWindow::setPresenting);
    m_presentAction->setCheckable(true);
    m_presentAction->setToolTip(tr("Full screen with large type for projection; Esc leaves"));
    m_leaveAction = makeAction(tr("Leave Presentation"), { QKeySequence(Qt::Key_Escape) },
                               [this] { setPresenting(false); });
    m_leaveAction->setEnabled(false);
    m_blankAction = makeAction(tr("&Blank Screen"), { QKeySequence(Qt::Key_B), QKeySequence(Qt::Key_Period) },
                               &MainWindow::setBlanked);
    m_blankAction->setCheckable(true);
    m_quizAction = makeAction(tr("&Quiz Mode"), { QKeySequence(Qt::Key_Q) }, &MainWindow::setQuizMode);
    m_unlockAction
        = makeAction(tr("Allow &Edits While Presenting"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E) },
                     [this](bool on) { m_editor->setLocked(m_presenting && !on); });
    m_unlockAction->setCheckable(true);
    m_unlockAction->setToolTip(tr("Presenting locks the heap against stray clicks; this allows edits again"));
    m_quizAction->setCheckable(true);
    m_quizAction->setToolTip(tr("Show each step's operation first; the next step key reveals the result"));
    m_textBiggerAction
        = makeAction(tr("&Larger Text"), { QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) },
                     [this] { setTextScale(m_textScale * kScaleStep); });
    m_textSmallerAction = makeAction(tr("&Smaller Text"), { QKeySequence::ZoomOut },
                                     [this] { setTextScale(m_textScale / kScaleStep); });
    m_textResetAction
        = makeAction(tr("&Normal Text"), { QKeySequence(Qt::CTRL | Qt::Key_0) }, [this] { setTextScale(1); });
    m_projectionAction = makeAction(tr("&Projection Text Size"), {},
                                    [this](bool on) { setTextScale(on ? kProjectionScale : 1); });
    m_projectionAction->setCheckable(true);
    addAction(m_leaveAction); // in no menu
    m_blank = new QWidget(this);
    m_blank->setObjectName(QStringLiteral("blankScreen"));
    m_blank->setAutoFillBackground(true);
    QPalette black = m_blank->palette();
    black.setColor(QPalette::Window, Qt::black);
    m_blank->setPalette(black);
    m_blank->hide();
    m_cursorTimer = new QTimer(this);
    m_cursorTimer->setSingleShot(true);
    m_cursorTimer->setInterval(kIdleCursorMs);
    connect(m_cursorTimer, &QTimer::timeout, this, &MainWindow::hideIdleCursor);
}

void MainWindow::setPresenting(bool on)
{
    if (on != m_presenting) {
        m_presenting = on;
        // In front of a class a stray click must not rewrite the lesson.
        {
            const QSignalBlocker blocker(m_unlockAction);
            m_unlockAction->setChecked(false);
        }
        m_editor->setLocked(on);
        if (on) {
            m_layoutBeforePresenting = saveState();
            for (QToolBar *bar : findChildren<QToolBar *>())
                bar->hide();
            for (QDockWidget *dock : findChildren<QDockWidget *>())
                dock->hide();
            menuBar()->hide();
            statusBar()->hide();
            m_playerRow->hide();
            m_messages->hide();
            showFullScreen();
            // Without a window manager full screen is only a hint; ask for the
            // screen's whole area as well.
            if (screen())
                setGeometry(screen()->geometry());
            qApp->installEventFilter(this);
            m_cursorTimer->start();
        } else {
            qApp->removeEventFilter(this);
            m_cursorTimer->stop();
            showCursor();
            showNormal();
            menuBar()->show();
            statusBar()->show();
            m_playerRow->show();
            restoreState(m_layoutBeforePresenting);
        }
        setTextScale(m_textScale);
        m_view->fit();
    }
    const QSignalBlocker blocker(m_presentAction);
    m_presentAction->setChecked(on);
    m_leaveAction->setEnabled(on);
}

bool MainWindow::isBlanked() const
{
    return m_blank->isVisible();
}

void MainWindow::setBlanked(bool on)
{
    m_blank->setGeometry(rect());
    m_blank->setVisible(on);
    if (on)
        m_blank->raise();
    const QSignalBlocker blocker(m_blankAction);
    m_blankAction->setChecked(on);
}

void MainWindow::setQuizMode(bool on)
{
    m_quiz->setOn(on);
    if (!m_presenting) // in front of the class the narration says it
        m_messages->showMessage(
            MessageBar::Kind::Information,
            on ? tr("Quiz mode: each step shows its operation first. Predict the address and the "
                    "free list, then step again to reveal.")
               : tr("Quiz mode is off."));
}

void MainWindow::setTextScale(double scale)
{
    m_textScale = std::clamp(scale, kMinScale, kMaxScale);
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * m_textScale * (m_presenting ? kPresentingText : 1));
    setFont(font); // every child that does not set its own: tables, lists, heap labels
    m_narration->setScale(m_textScale * (m_presenting ? kPresentingNarration : 1));
    const QSignalBlocker blocker(m_projectionAction);
    m_projectionAction->setChecked(m_textScale >= kProjectionScale);
    QSettings().setValue(QStringLiteral("view/textScale"), m_textScale);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    m_blank->setGeometry(rect());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // While presenting, the pointer hides after a moment without moving.
    if (m_presenting && event->type() == QEvent::MouseMove) {
        showCursor();
        m_cursorTimer->start();
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::hideIdleCursor()
{
    if (m_presenting && !m_cursorHidden) {
        QGuiApplication::setOverrideCursor(Qt::BlankCursor);
        m_cursorHidden = true;
    }
}

void MainWindow::showCursor()
{
    if (m_cursorHidden) {
        QGuiApplication::restoreOverrideCursor();
        m_cursorHidden = false;
    }
}
