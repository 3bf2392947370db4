// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QTextBrowser;

// A window of help text (Help > User Guide, Help > What's New): a
// QTextBrowser over a Close button, in the main window's text size, and
// sized to read comfortably while fitting a 1280x720 projector's screen.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    QTextBrowser *browser() const { return m_browser; }

protected:
    HelpDialog(const QString &title, QWidget *parent);
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void fitScreen();

    QTextBrowser *m_browser;
    QDialogButtonBox *m_buttons;
};
