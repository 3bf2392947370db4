// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

class NarrationPanel;
class TimelineEditor;
class QAction;
class QMainWindow;
class QTimer;
class QWidget;

// Presentation mode of a main window, for a lecture hall and a clicker:
// full screen with only the heap and the narration in type sized for the
// screen's height (presentingFactor()), the
// timeline locked against stray clicks, an idle pointer hidden, a black
// screen on demand (B or .), and the text scale (kept in QSettings).
//
// It owns its actions, with their keys; the window puts them in its menus
// (Esc, in none, it adds to the window itself). The idle pointer hides after a timer; tests call
// hideIdleCursor() instead of waiting for it.
class Presentation : public QObject
{
    Q_OBJECT
public:
    // Presenting hides the window's menu bar, status bar, tool bars and
    // docks, and `chrome` (further widgets, such as the player row). A window
    // that edits nothing (the compare view) gives no editor; one without a
    // narration, no narration.
    Presentation(QMainWindow *window, TimelineEditor *editor, NarrationPanel *narration,
                 const QList<QWidget *> &chrome);
    ~Presentation() override;

    bool isPresenting() const { return m_presenting; }
    bool isBlanked() const;
    // 1 is the desktop's size; always within [0.75, 4].
    double textScale() const { return m_textScale; }
    bool isCursorHidden() const { return m_cursorHidden; }

    QAction *presentAction() const { return m_presentAction; }
    // Esc; enabled while presenting.
    QAction *leaveAction() const { return m_leaveAction; }
    QAction *blankAction() const { return m_blankAction; }
    // Allows edits while presenting; presenting again locks again.
    QAction *unlockAction() const { return m_unlockAction; }
    QAction *largerTextAction() const { return m_largerAction; }
    QAction *smallerTextAction() const { return m_smallerAction; }
    QAction *normalTextAction() const { return m_normalAction; }
    QAction *projectionAction() const { return m_projectionAction; }

public Q_SLOTS:
    void setPresenting(bool on);
    // A black screen over the whole window, and back.
    void setBlanked(bool on);
    // While presenting: edits are allowed (true) or refused (false).
    void setEditsAllowed(bool allowed);
    // Clamped to [0.75, 4]; remembered in QSettings.
    void setTextScale(double scale);
    // What the idle timer does: hides the pointer while presenting.
    void hideIdleCursor();

Q_SIGNALS:
    void presentingChanged(bool presenting);
    void blankedChanged(bool blanked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createBlank();
    void hideChrome();
    void restoreChrome();
    void showCursor();
    // How much presenting enlarges the text, for the window's height.
    double presentingFactor() const;
    void applyTextScale();

    QMainWindow *m_window;
    TimelineEditor *m_editor;
    NarrationPanel *m_narration;
    QList<QWidget *> m_chrome;
    QList<QPointer<QWidget>> m_hiddenChrome;
    QByteArray m_stateBefore;
    QByteArray m_geometryBefore;
    QWidget *m_blank = nullptr;
    QTimer *m_cursorTimer;
    bool m_presenting = false;
    bool m_cursorHidden = false;
    double m_textScale = 1;

    QAction *m_presentAction = nullptr;
    QAction *m_leaveAction = nullptr;
    QAction *m_blankAction = nullptr;
    QAction *m_unlockAction = nullptr;
    QAction *m_largerAction = nullptr;
    QAction *m_smallerAction = nullptr;
    QAction *m_normalAction = nullptr;
    QAction *m_projectionAction = nullptr;
};
