// SPDX-License-Identifier: MIT
#include "helpdialog.h"

#include <QDialogButtonBox>
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
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(m_buttons);
    fitScreen();
}

void HelpDialog::fitScreen()
{
    // About 80 characters a line (the guide's 720-pixel pictures fit at the
    // default font), as high as most of the screen.
    const int chars = fontMetrics().averageCharWidth() * 84;
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 720);
    const int width = std::min(std::max(chars, 780), available.width() * 9 / 10);
    const int height = std::min(fontMetrics().height() * 48, available.height() * 85 / 100);
    resize(width, height);
}
