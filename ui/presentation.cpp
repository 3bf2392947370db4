// SPDX-License-Identifier: MIT
#include "presentation.h"

#include "narrationpanel.h"
#include "timelineeditor.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QResizeEvent>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <algorithm>
#include <cmath>

namespace {

constexpr double kMinScale = 0.75;
constexpr double kMaxScale = 4;
constexpr double kScaleStep = 1.25;
// Projection: text at twice the desktop size, so that heap labels are about
// 20 px high (18 pt), readable from the back of a lecture hall.
constexpr double kProjectionScale = 2;
// Presenting sets the smallest text (heap labels, rulers, the step line, the
// docks) to 1/32 of the window's height: 34 px on a 1080-line projector,
// 23 px on a 720-line one, whatever the desktop's font; the text scale
// multiplies that. The narration is larger still (NarrationPanel).
constexpr double kLinesPerScreen = 32;
constexpr int kIdleCursorMs = 2000;

QString scaleKey()
{
    return QStringLiteral("view/textScale");
}

} // namespace

Presentation::Presentation(QMainWindow *window, TimelineEditor *editor, NarrationPanel *narration,
                           const QList<QWidget *> &chrome)
    : QObject(window)
    , m_window(window)
    , m_editor(editor)
    , m_narration(narration)
    , m_chrome(chrome)
    , m_cursorTimer(new QTimer(this))
{
    createActions();
    createBlank();
    m_cursorTimer->setSingleShot(true);
    m_cursorTimer->setInterval(kIdleCursorMs);
    connect(m_cursorTimer, &QTimer::timeout, this, &Presentation::hideIdleCursor);
    m_window->installEventFilter(this); // the black screen follows the window's size
    m_textScale = std::clamp(QSettings().value(scaleKey(), 1.0).toDouble(), kMinScale, kMaxScale);
    applyTextScale();
}

Presentation::~Presentation()
{
    // The filter and the override cursor are the application's, not the window's.
    qApp->removeEventFilter(this);
    showCursor();
}

void Presentation::createActions()
{
    const auto action = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        return a;
    };
    m_presentAction = action(QStringLiteral("presentAction"), tr("&Present"), { QKeySequence(Qt::Key_F5) });
    m_presentAction->setCheckable(true);
    m_presentAction->setToolTip(tr("Full screen with large type for projection; Esc leaves"));
    connect(m_presentAction, &QAction::triggered, this, &Presentation::setPresenting);
    m_leaveAction = action(QStringLiteral("leavePresentationAction"), tr("Leave Presentation"),
                           { QKeySequence(Qt::Key_Escape) });
    m_leaveAction->setEnabled(false);
    connect(m_leaveAction, &QAction::triggered, this, [this] { setPresenting(false); });
    m_window->addAction(m_leaveAction); // in no menu
    m_blankAction = action(QStringLiteral("blankAction"), tr("&Blank Screen"),
                           { QKeySequence(Qt::Key_B), QKeySequence(Qt::Key_Period) });
    m_blankAction->setCheckable(true);
    connect(m_blankAction, &QAction::triggered, this, &Presentation::setBlanked);
    m_unlockAction = action(QStringLiteral("unlockAction"), tr("Allow &Edits While Presenting"),
                            { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E) });
    m_unlockAction->setCheckable(true);
    m_unlockAction->setToolTip(tr("Presenting locks the heap against stray clicks; this allows edits again"));
    connect(m_unlockAction, &QAction::triggered, this, &Presentation::setEditsAllowed);
    m_largerAction = action(QStringLiteral("largerTextAction"), tr("&Larger Text"),
                            { QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    connect(m_largerAction, &QAction::triggered, this, [this] { setTextScale(m_textScale * kScaleStep); });
    m_smallerAction
        = action(QStringLiteral("smallerTextAction"), tr("&Smaller Text"), { QKeySequence::ZoomOut });
    connect(m_smallerAction, &QAction::triggered, this, [this] { setTextScale(m_textScale / kScaleStep); });
    m_normalAction = action(QStringLiteral("normalTextAction"), tr("&Normal Text"),
                            { QKeySequence(Qt::CTRL | Qt::Key_0) });
    connect(m_normalAction, &QAction::triggered, this, [this] { setTextScale(1); });
    m_projectionAction = action(QStringLiteral("projectionAction"), tr("&Projection Text Size"), {});
    m_projectionAction->setCheckable(true);
    connect(m_projectionAction, &QAction::triggered, this,
            [this](bool on) { setTextScale(on ? kProjectionScale : 1); });
}

void Presentation::createBlank()
{
    m_blank = new QWidget(m_window);
    m_blank->setObjectName(QStringLiteral("blankScreen"));
    m_blank->setAutoFillBackground(true);
    QPalette black = m_blank->palette();
    black.setColor(QPalette::Window, Qt::black);
    m_blank->setPalette(black);
    m_blank->hide();
}

void Presentation::setPresenting(bool on)
{
    if (on != m_presenting) {
        m_presenting = on;
        // In front of a class a stray click must not rewrite the lesson.
        {
            const QSignalBlocker blocker(m_unlockAction);
            m_unlockAction->setChecked(false);
        }
        if (m_editor)
            m_editor->setLocked(on);
        if (on) {
            hideChrome();
            qApp->installEventFilter(this); // any mouse move shows the pointer
            m_cursorTimer->start();
        } else {
            qApp->removeEventFilter(this);
            m_cursorTimer->stop();
            showCursor();
            restoreChrome();
        }
        applyTextScale();
        Q_EMIT presentingChanged(on);
    }
    const QSignalBlocker blocker(m_presentAction);
    m_presentAction->setChecked(on);
    m_leaveAction->setEnabled(on);
}

void Presentation::hideChrome()
{
    m_stateBefore = m_window->saveState();
    m_geometryBefore = m_window->saveGeometry();
    QList<QWidget *> chrome = m_chrome;
    chrome << m_window->menuBar() << m_window->statusBar();
    for (QToolBar *bar : m_window->findChildren<QToolBar *>())
        chrome << bar;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        chrome << dock;
    for (QWidget *widget : chrome) {
        if (!widget->isHidden()) {
            widget->hide();
            m_hiddenChrome << widget;
        }
    }
    m_window->showFullScreen();
    // Without a window manager full screen is only a hint; ask for the
    // screen's whole area as well.
    if (QScreen *screen = m_window->screen())
        m_window->setGeometry(screen->geometry());
}

void Presentation::restoreChrome()
{
    m_window->showNormal();
    m_window->restoreGeometry(m_geometryBefore);
    // Only what presenting hid comes back: a dock the user had closed stays closed.
    for (const QPointer<QWidget> &widget : std::exchange(m_hiddenChrome, {})) {
        if (widget)
            widget->show();
    }
    m_window->restoreState(m_stateBefore);
}

void Presentation::setEditsAllowed(bool allowed)
{
    {
        const QSignalBlocker blocker(m_unlockAction);
        m_unlockAction->setChecked(allowed);
    }
    if (m_editor)
        m_editor->setLocked(m_presenting && !allowed);
}

bool Presentation::isBlanked() const
{
    return !m_blank->isHidden();
}

void Presentation::setBlanked(bool on)
{
    const bool changed = on != isBlanked();
    m_blank->setGeometry(m_window->rect());
    m_blank->setVisible(on);
    if (on)
        m_blank->raise();
    {
        const QSignalBlocker blocker(m_blankAction);
        m_blankAction->setChecked(on);
    }
    if (changed)
        Q_EMIT blankedChanged(on);
}

void Presentation::setTextScale(double scale)
{
    m_textScale = std::clamp(scale, kMinScale, kMaxScale);
    applyTextScale();
    QSettings().setValue(scaleKey(), m_textScale);
}

double Presentation::presentingFactor() const
{
    // In points, as the desktop's font is: pixels = points * dpi / 72.
    const double basePoints = QApplication::font().pointSizeF();
    if (!m_presenting || basePoints <= 0)
        return 1;
    const double pixels = std::ceil(m_window->height() / kLinesPerScreen);
    // Never smaller than on the desktop, even in a small window.
    return std::max(1.0, pixels * 72 / m_window->logicalDpiY() / basePoints);
}

void Presentation::applyTextScale()
{
    const double scale = m_textScale * presentingFactor();
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * scale);
    // On the window, so that it reaches every child that does not set its
    // own: heap labels and rulers, the message bar, tables, lists and any
    // dock shown while presenting.
    m_window->setFont(font);
    if (m_narration)
        m_narration->setScale(scale);
    const QSignalBlocker blocker(m_projectionAction);
    m_projectionAction->setChecked(m_textScale >= kProjectionScale);
}

bool Presentation::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize) {
        m_blank->setGeometry(QRect(QPoint(), static_cast<QResizeEvent *>(event)->size()));
        if (m_presenting) // full screen arrives late, or on another screen
            applyTextScale();
    }
    // While presenting, the pointer hides after a moment without moving.
    if (m_presenting && event->type() == QEvent::MouseMove) {
        showCursor();
        m_cursorTimer->start();
    }
    return QObject::eventFilter(watched, event);
}

void Presentation::hideIdleCursor()
{
    if (m_presenting && !m_cursorHidden) {
        QGuiApplication::setOverrideCursor(Qt::BlankCursor);
        m_cursorHidden = true;
    }
}

void Presentation::showCursor()
{
    if (m_cursorHidden) {
        QGuiApplication::restoreOverrideCursor();
        m_cursorHidden = false;
    }
}
