// SPDX-License-Identifier: MIT
#pragma once

#include "chartrenderer.h"

#include <QSize>
#include <QStringList>

class QPainter;

// The chart over time as a picture (PNG, SVG or PDF, PictureFile), with an
// optional caption above it: File > Export Chart… and `heapboard-cli render
// --chart`. Text scales with the picture as in HeapExport: everything is
// laid out on a canvas HeapExport::kReferenceHeight units high with
// HeapExport::kLabelPixels labels, scaled to the output.
class ChartExport
{
public:
    explicit ChartExport(const HeapPalette &palette);

    ChartRenderer &renderer() { return m_renderer; }
    const ChartRenderer &renderer() const { return m_renderer; }
    void setSize(QSize pixels) { m_size = pixels; }
    QSize size() const { return m_size; }
    // First line: a title; then more lines (the step, the measures).
    void setCaption(const QStringList &lines) { m_caption = lines; }

    // Output pixels per canvas unit.
    double scale() const;
    void paint(QPainter &painter) const;
    QImage toImage() const;
    // Chooses the format by the file's suffix; false with "PATH: cannot
    // write: reason" in error.
    bool save(const QString &path, QString *error = nullptr) const;

private:
    QSizeF canvasSize() const;

    const HeapPalette &m_palette;
    ChartRenderer m_renderer;
    QSize m_size { 1920, 1080 };
    QStringList m_caption;
};
