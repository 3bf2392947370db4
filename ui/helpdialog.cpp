// SPDX-License-Identifier: MIT
#include "helpdialog.h"

#include "focusring.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

HelpDialog::HelpDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(title);
    // A window's font reaches no other window by itself: take the text size
    // the window shows (Ctrl+Plus, presenting), so the help reads as well.
    if (parent)
        setFont(parent->window()->font());
    m_browser->setObjectName(QStringLiteral("browser"));
    m_browser->setAccessibleName(title);
    m_browser->setOpenExternalLinks(true);
    // Menu items and keys stand out as in the guide's own style sheet.
    m_browser->document()->setDefaultStyleSheet(QStringLiteral(
        "span.menu { font-weight: bold; } kbd { font-family: monospace; font-weight: bold; }"));
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Fusion draws a focused button like the default one: as no default,
    // Close shows when Tab reaches it. Esc still closes.
    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    close->setAutoDefault(false);
    close->setDefault(false);
    FocusRing::install(m_browser);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(m_buttons);
    fitScreen();
    m_browser->setFocus(); // the keys scroll the text at once
}

void HelpDialog::fitScreen()
{
    // About 80 characters a line (the guide's 720-pixel pictures fit at the
    // default font), as high as most of the screen.
    const int chars = fontMetrics().averageCharWidth() * 84;
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 720);
    const int width = std::min(std::max(chars, 780), available.width() * 9 / 10);
    const int height = std::min(fontMetrics().height() * 64, available.height() * 85 / 100);
    resize(width, height);
}
