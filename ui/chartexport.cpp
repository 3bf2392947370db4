// SPDX-License-Identifier: MIT
#include "chartexport.h"

#include "heapexport.h"
#include "picturefile.h"

#include <QFontMetricsF>
#include <QPainter>

namespace {

QFont pixelFont(int pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

} // namespace

ChartExport::ChartExport(const HeapPalette &palette)
    : m_palette(palette)
    , m_renderer(palette, pixelFont(HeapExport::kLabelPixels))
{ }

double ChartExport::scale() const
{
    // As HeapExport::scale(): the canvas shrinks with the picture down to
    // kMinLabelPixels labels, then gets smaller instead.
    const double height = std::max(1, m_size.height());
    const double canvasHeight = std::min(double(HeapExport::kReferenceHeight),
                                         height * HeapExport::kLabelPixels / HeapExport::kMinLabelPixels);
    return height / canvasHeight;
}

QSizeF ChartExport::canvasSize() const
{
    return QSizeF(std::max(1, m_size.width()), std::max(1, m_size.height())) / scale();
}

void ChartExport::paint(QPainter &painter) const
{
    painter.save();
    const QSizeF canvas = canvasSize();
    painter.setViewport(0, 0, m_size.width(), m_size.height());
    painter.setWindow(QRectF(QPointF(0, 0), canvas).toRect());
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), canvas), m_palette.background);
    const double pad = HeapExport::kLabelPixels;
    double y = pad;
    for (qsizetype i = 0; i < m_caption.size(); ++i) {
        const QFont font = pixelFont(i == 0 ? HeapExport::kTitlePixels : HeapExport::kCaptionPixels, i == 0);
        const double h = QFontMetricsF(font).height();
        painter.setFont(font);
        painter.setPen(m_palette.text);
        painter.drawText(
            QRectF(pad, y, canvas.width() - 2 * pad, h), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(font).elidedText(m_caption[i], Qt::ElideRight, canvas.width() - 2 * pad));
        y += h;
    }
    const QRectF chart(pad / 2, y + (m_caption.isEmpty() ? 0 : pad / 2), canvas.width() - pad,
                       canvas.height() - y - pad / 2);
    m_renderer.paint(painter, chart);
    painter.restore();
}

QImage ChartExport::toImage() const
{
    return PictureFile::toImage(m_size, m_palette.background, [this](QPainter &p) { paint(p); });
}

bool ChartExport::save(const QString &path, QString *error) const
{
    return PictureFile::save(
        path, m_size, m_palette.background, m_caption.value(0), [this](QPainter &p) { paint(p); }, error);
}
