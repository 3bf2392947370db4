// SPDX-License-Identifier: MIT
#pragma once

#include "heappalette.h"

#include <QIcon>
#include <QPalette>

// The whole window in the heap's theme: a QPalette for the application
// (tool bars, docks, tables, the status bar, menus and dialogs) built from
// a HeapPalette, so that choosing Dark or High contrast changes more than
// the heap canvas. Themes that do not color the whole window
// (HeapPalette::wholeWindow) keep the desktop's own palette.
namespace AppTheme {

// The palette for a heap theme; `desktop` is what light themes keep.
QPalette palette(const HeapPalette &heap, const QPalette &desktop);
// Sets palette(heap) on the application (QApplication::setPalette). The
// desktop palette is the one the application had before the first call.
void apply(const HeapPalette &heap);
// A style's icon for the theme: the style draws dark glyphs, which vanish
// on a dark window; themes of their own get them in their text color.
QIcon icon(const QIcon &styleIcon, const HeapPalette &heap);
// Shows a widget's text in the red of a problem, dark red on light
// backgrounds and light red on dark ones, or (problem false) in its
// palette's own text color again.
void markProblem(QWidget *widget, bool problem);

} // namespace AppTheme
