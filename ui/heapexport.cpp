// SPDX-License-Identifier: MIT
#include "heapexport.h"

#include "heap.h"
#include "heaplegend.h"
#include "numberformat.h"
#include "picturefile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>

using namespace heapboard;

namespace {

// A row holds a label line with room around it.
constexpr double kMinRowLines = 3;
QFont pixelFont(int pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

QTextOption wrapping()
{
    QTextOption option(Qt::AlignLeft | Qt::AlignTop);
    option.setWrapMode(QTextOption::WordWrap);
    return option;
}

} // namespace

HeapExport::HeapExport(const Heap &heap, const HeapPalette &palette, HeapRenderer::Labeler labeler)
    : m_heap(heap)
    , m_palette(palette)
    , m_labeler(std::move(labeler))
{ }

double HeapExport::scale() const
{
    // Down to kMinLabelPixels labels the canvas shrinks with the picture;
    // below that, the canvas gets smaller instead.
    const double height = std::max(1, m_size.height());
    const double canvasHeight = std::min(double(kReferenceHeight), height * kLabelPixels / kMinLabelPixels);
    return height / canvasHeight;
}

QSizeF HeapExport::canvasSize() const
{
    return QSizeF(std::max(1, m_size.width()), std::max(1, m_size.height())) / scale();
}

QFont HeapExport::labelFont() const
{
    return pixelFont(kLabelPixels);
}

QFont HeapExport::titleFont() const
{
    return pixelFont(kTitlePixels, true);
}

QFont HeapExport::captionFont() const
{
    return pixelFont(kCaptionPixels);
}

double HeapExport::padding() const
{
    return kLabelPixels;
}

double HeapExport::captionHeight() const
{
    if (m_caption.isEmpty())
        return 0;
    const double width = canvasSize().width() - 2 * padding();
    double height = 0;
    for (qsizetype i = 0; i < m_caption.size(); ++i) {
        const QFontMetricsF fm(i == 0 ? titleFont() : captionFont());
        height += fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, m_caption[i]).height();
    }
    return height + padding() / 2;
}

HeapLayout HeapExport::layout() const
{
    // The top ruler's last label stands at the end of the rows: leave it room.
    const HeapLayout first = fittedLayout(0);
    const QString last = QStringLiteral("+") + NumberFormat::address(first.rowBytes());
    return fittedLayout(QFontMetricsF(labelFont()).horizontalAdvance(last));
}

HeapLayout HeapExport::fittedLayout(double rightMargin) const
{
    const QFont font = labelFont();
    HeapLayout layout;
    layout.setHeap(m_heap.base(), std::max<Size>(1, m_heap.extent()), m_heap.settings().gaps);
    const QMarginsF margins = HeapRenderer::rulerMargins(font, layout);
    const QSizeF canvas = canvasSize();
    const double pad = padding();
    QRectF content(pad + margins.left(), pad + captionHeight() + margins.top(), 0, 0);
    content.setRight(canvas.width() - pad - std::max(margins.right(), rightMargin));
    content.setBottom(canvas.height() - pad - margins.bottom());
    if (content.width() < 1 || content.height() < 1)
        content.setSize({ std::max(1.0, content.width()), std::max(1.0, content.height()) });

    layout.content = content;
    layout.maxRows = std::max(1, int(content.height() / (QFontMetricsF(font).height() * kMinRowLines)));
    layout.fit();
    // Rows are at most HeapLayout::kMaxRowHeight high: center the ones in use.
    const double used = layout.rows * layout.rowHeight();
    if (used < content.height()) {
        layout.content.moveTop(content.top() + (content.height() - used) / 2);
        layout.content.setHeight(used);
    }
    return layout;
}

void HeapExport::paint(QPainter &painter) const
{
    painter.save();
    const QSizeF canvas = canvasSize();
    painter.setViewport(0, 0, m_size.width(), m_size.height());
    painter.setWindow(QRectF(QPointF(0, 0), canvas).toRect());
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), canvas), m_palette.background);
    const HeapRenderer renderer(m_heap, m_palette, labelFont(), m_labeler);
    renderer.renderAll(painter, layout());
    paintCaption(painter);
    if (m_legend)
        HeapLegend(m_palette, labelFont()).paint(painter, legendCanvasRect().topLeft());
    painter.restore();
}

QRectF HeapExport::legendCanvasRect() const
{
    if (!m_legend)
        return {};
    const QSizeF size = HeapLegend(m_palette, labelFont()).size();
    const QSizeF canvas = canvasSize();
    const double inset = padding() / 2;
    return { QPointF(canvas.width() - inset - size.width(), canvas.height() - inset - size.height()), size };
}

QRectF HeapExport::legendRect() const
{
    const QRectF r = legendCanvasRect();
    return { r.topLeft() * scale(), r.size() * scale() };
}

void HeapExport::paintCaption(QPainter &painter) const
{
    const double width = canvasSize().width() - 2 * padding();
    double y = padding();
    for (qsizetype i = 0; i < m_caption.size(); ++i) {
        const QFont font = i == 0 ? titleFont() : captionFont();
        const QFontMetricsF fm(font);
        const QRectF rect(padding(), y, width,
                          fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, m_caption[i]).height());
        painter.setFont(font);
        painter.setPen(m_palette.text);
        painter.drawText(rect, m_caption[i], wrapping());
        y = rect.bottom();
    }
}

QImage HeapExport::toImage() const
{
    return PictureFile::toImage(m_size, m_palette.background, [this](QPainter &p) { paint(p); });
}

std::optional<HeapExport::Format> HeapExport::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

bool HeapExport::isValidSize(QSize pixels, QString *error)
{
    QString why;
    if (pixels.width() < kMinSide || pixels.height() < kMinSide || pixels.width() > kMaxSide
        || pixels.height() > kMaxSide)
        why = QCoreApplication::translate("HeapExport", "each side must be %1 to %2 pixels")
                  .arg(kMinSide)
                  .arg(kMaxSide);
    else if (qint64(pixels.width()) * pixels.height() > kMaxPixels)
        why = QCoreApplication::translate("HeapExport", "at most %1 megapixels").arg(kMaxPixels / 1000000);
    if (why.isEmpty())
        return true;
    if (error)
        *error = why;
    return false;
}

bool HeapExport::save(const QString &path, QString *error) const
{
    return PictureFile::save(
        path, m_size, m_palette.background, m_caption.value(0), [this](QPainter &p) { paint(p); }, error);
}
