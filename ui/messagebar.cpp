// SPDX-License-Identifier: MIT
#include "messagebar.h"

#include "elidedlabel.h"
#include "heappalette.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new ElidedLabel(kLines, this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    m_icon->setObjectName(QStringLiteral("messageIcon"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // Hidden, it still holds its place: the heap below stays where it is.
    QSizePolicy keep = sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    setSizePolicy(keep);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    updateIcons();
    applyColors();
    m_text->setFullText(text);
    show();
}

void MessageBar::updateIcons()
{
    // As tall as a line of the text, which presenting makes large.
    const int side = std::max(style()->pixelMetric(QStyle::PM_SmallIconSize), fontMetrics().height());
    const bool error = m_kind == Kind::Error;
    m_icon->setPixmap(
        style()
            ->standardIcon(error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation)
            .pixmap(side, side));
    m_close->setIconSize(QSize(side, side) * 3 / 4);
}

QString MessageBar::text() const
{
    return m_text->fullText();
}

void MessageBar::applyColors()
{
    // A tint of red or blue over the application's background (the theme),
    // with its text color: readable in the light and the dark theme alike.
    const QColor window = QApplication::palette().color(QPalette::Window);
    m_windowBehind = window;
    const QColor tint = m_kind == Kind::Error ? QColor(0xd0, 0x30, 0x30) : QColor(0x30, 0x80, 0xd0);
    QPalette p;
    p.setColor(QPalette::Window, HeapPalette::mix(window, tint, 0.18));
    setPalette(p);
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Our own setPalette() sends a PaletteChange too; only a new theme
    // asks for new colors.
    if (event->type() == QEvent::FontChange)
        updateIcons();
    if (event->type() == QEvent::PaletteChange
        && QApplication::palette().color(QPalette::Window) != m_windowBehind)
        applyColors();
}
