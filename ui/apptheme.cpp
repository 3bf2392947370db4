// SPDX-License-Identifier: MIT
#include "apptheme.h"

#include <QApplication>
#include <QPainter>
#include <QWidget>

QPalette AppTheme::palette(const HeapPalette &heap, const QPalette &desktop)
{
    if (!heap.wholeWindow)
        return desktop;
    const QColor back = heap.background;
    const QColor text = heap.text;
    // Panels a shade off the heap's background, so the heap, tables and
    // edits (Base) stand apart from tool bars and docks (Window, Button).
    const QColor window = HeapPalette::mix(back, text, 0.06);
    const QColor button = HeapPalette::mix(back, text, 0.12);
    QPalette p(button, window); // derives the bevel shades (Light ... Shadow)
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, back);
    p.setColor(QPalette::AlternateBase, HeapPalette::mix(back, text, 0.04));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, text);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, HeapPalette::mix(back, text, 0.6));
    p.setColor(QPalette::Highlight, heap.selection);
    p.setColor(QPalette::HighlightedText, heap.textOn(heap.selection));
    p.setColor(QPalette::Link, heap.selection);
    p.setColor(QPalette::LinkVisited, heap.selection);
    // Frames and separators: the ruler's line color, visible on both.
    p.setColor(QPalette::Mid, heap.rulerLine);
    // Disabled text: dimmed, still legible (about 4.5:1 on dark).
    const QColor dimmed = HeapPalette::mix(back, text, 0.55);
    for (const QPalette::ColorRole role :
         { QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText })
        p.setColor(QPalette::Disabled, role, dimmed);
    return p;
}

void AppTheme::apply(const HeapPalette &heap)
{
    // Widgets hear of it from the event loop (ApplicationPaletteChange).
    static const QPalette desktop = QApplication::palette();
    QApplication::setPalette(palette(heap, desktop));
}

QIcon AppTheme::icon(const QIcon &styleIcon, const HeapPalette &heap)
{
    if (!heap.wholeWindow)
        return styleIcon;
    QIcon out;
    for (const int side : { 16, 22, 24, 32, 48, 64 }) {
        QPixmap pixmap = styleIcon.pixmap(side, side);
        if (pixmap.isNull())
            continue;
        // The glyph's shape in the theme's text color.
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), heap.text);
        painter.end();
        out.addPixmap(pixmap);
    }
    return out;
}

void AppTheme::markProblem(QWidget *widget, bool problem)
{
    QPalette p = widget->palette();
    const QColor text = QApplication::palette(widget).color(QPalette::WindowText);
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    p.setColor(QPalette::WindowText,
               !problem   ? text
                   : dark ? QColor(0xff, 0x8a, 0x80)
                          : QColor(0xb0, 0x00, 0x20));
    widget->setPalette(p);
}
