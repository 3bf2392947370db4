// SPDX-License-Identifier: MIT
#pragma once

#include "heaplayout.h"
#include "heappalette.h"
#include "heaprenderer.h"

#include <QFont>
#include <QImage>
#include <QSize>
#include <QStringList>
#include <optional>

class QPainter;

// The whole heap, fitted to a picture of a chosen size, with an optional
// caption above it (first line: a title; then, for example, "Step 12 / 40"
// and the step's narration), drawn by HeapRenderer and saved as PNG, SVG or
// PDF. Files are written all or nothing: a failure leaves no file behind.
//
// Text scales with the picture. Everything is laid out on a canvas
// kReferenceHeight (1080) units high and scaled to the output, so a picture
// twice the size is the same slide, twice as sharp. At 1080 pixels the block
// labels and rulers use a kLabelPixels (30 px) font, capital letters about
// 22 px tall: 1/36 of the height, readable from the back of a lecture hall.
// Pictures lower than 1080 pixels scale down no further than to
// kMinLabelPixels (12 px) labels; they show less of the heap per row instead.
class HeapExport
{
public:
    enum class Format { Png, Svg, Pdf };

    static constexpr int kReferenceHeight = 1080;
    static constexpr int kLabelPixels = 30; // at kReferenceHeight
    static constexpr int kTitlePixels = 54;
    static constexpr int kCaptionPixels = 40;
    static constexpr int kMinLabelPixels = 12;
    static constexpr int kMinSide = 16;
    static constexpr int kMaxSide = 16384;
    static constexpr qint64 kMaxPixels = qint64(8192) * 8192;

    HeapExport(const heapboard::Heap &heap, const HeapPalette &palette, HeapRenderer::Labeler labeler);

    void setSize(QSize pixels) { m_size = pixels; }
    QSize size() const { return m_size; }
    void setCaption(const QStringList &lines) { m_caption = lines; }
    QStringList caption() const { return m_caption; }
    // The legend (HeapLegend) in the bottom right corner, over the heap: the
    // rest of the picture is the same with or without it.
    void setLegend(bool on) { m_legend = on; }
    bool hasLegend() const { return m_legend; }
    // Where the legend goes, in output pixels (empty without a legend).
    QRectF legendRect() const;

    // Output pixels per canvas unit, and the fonts in canvas units.
    double scale() const;
    QFont labelFont() const;
    // The label font's pixel size in the output.
    double labelPixelSize() const { return kLabelPixels * scale(); }
    // Where the blocks go on the canvas.
    HeapLayout layout() const;

    // Draws onto a painter whose device is size() pixels large.
    void paint(QPainter &painter) const;
    QImage toImage() const;
    // Chooses the format by the file's suffix. False with "PATH: cannot
    // write: reason" in error when the file cannot be written.
    bool save(const QString &path, QString *error = nullptr) const;

    static std::optional<Format> formatOf(const QString &path);
    // Whether a size can be exported; false with the reason in error.
    static bool isValidSize(QSize pixels, QString *error = nullptr);

private:
    QSizeF canvasSize() const;
    QFont titleFont() const;
    QFont captionFont() const;
    double padding() const;
    double captionHeight() const;
    HeapLayout fittedLayout(double rightMargin) const;
    void paintCaption(QPainter &painter) const;
    QRectF legendCanvasRect() const;

    const heapboard::Heap &m_heap;
    const HeapPalette &m_palette;
    HeapRenderer::Labeler m_labeler;
    QSize m_size { 1920, kReferenceHeight };
    QStringList m_caption;
    bool m_legend = false;
};
