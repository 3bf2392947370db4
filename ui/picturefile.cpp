// SPDX-License-Identifier: MIT
#include "picturefile.h"

#include "heapexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

namespace PictureFile {

namespace {

    // QPdfWriter and QSvgGenerator place pixels at this resolution.
    constexpr int kVectorDpi = 96;

    struct Picture {
        QSize size;
        QColor background;
        QString title;
        const Paint &paint;
    };

    bool writeImage(QIODevice &device, const Picture &picture)
    {
        return toImage(picture.size, picture.background, picture.paint).save(&device, "PNG");
    }

    bool writeSvg(QIODevice &device, const Picture &picture)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(picture.size);
        generator.setViewBox(QRect(QPoint(0, 0), picture.size));
        generator.setResolution(kVectorDpi);
        generator.setTitle(picture.title);
        generator.setDescription(QStringLiteral("Heapboard"));
        QPainter painter;
        if (!painter.begin(&generator))
            return false;
        picture.paint(painter);
        if (!painter.end())
            return false;
        // QSvgGenerator gives the size in millimetres, which readers turn back
        // into pixels at their own resolution (Qt's at 90 dpi): state pixels.
        QByteArray svg = buffer.buffer();
        static const QRegularExpression size(QStringLiteral("<svg width=\"[^\"]*\" height=\"[^\"]*\""));
        const QRegularExpressionMatch m = size.match(QString::fromLatin1(svg.left(512)));
        if (m.hasMatch())
            svg.replace(m.capturedStart(), m.capturedLength(),
                        QStringLiteral("<svg width=\"%1\" height=\"%2\"")
                            .arg(picture.size.width())
                            .arg(picture.size.height())
                            .toLatin1());
        return device.write(svg) == svg.size();
    }

    bool writePdf(QIODevice &device, const Picture &picture)
    {
        QPdfWriter writer(&device);
        writer.setCreator(QStringLiteral("Heapboard"));
        writer.setTitle(picture.title);
        writer.setResolution(kVectorDpi);
        // One page exactly the picture's size, a pixel being 1/96 inch.
        const QSizeF points = QSizeF(picture.size) * 72.0 / kVectorDpi;
        writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&writer))
            return false;
        picture.paint(painter);
        return painter.end();
    }

} // namespace

QImage toImage(QSize size, const QColor &background, const Paint &paint)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(background);
    QPainter painter(&image);
    paint(painter);
    return image;
}

bool save(const QString &path, QSize size, const QColor &background, const QString &title, const Paint &paint,
          QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("HeapExport", "%1: cannot write: %2").arg(path, why);
        return false;
    };
    const std::optional<HeapExport::Format> format = HeapExport::formatOf(path);
    if (!format)
        return fail(
            QCoreApplication::translate("HeapExport", "unknown file type '.%1' (use .png, .svg or .pdf)")
                .arg(QFileInfo(path).suffix()));
    const Picture picture { size, background, title.isEmpty() ? QFileInfo(path).completeBaseName() : title,
                            paint };
    QString sizeError;
    if (!HeapExport::isValidSize(size, &sizeError))
        return fail(QCoreApplication::translate("HeapExport", "size %1x%2: %3")
                        .arg(picture.size.width())
                        .arg(picture.size.height())
                        .arg(sizeError));
    // Written to a temporary file next to the target and renamed over it
    // only once complete: a failure leaves no half-written file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    bool written = false;
    switch (*format) {
    case HeapExport::Format::Png:
        written = writeImage(file, picture);
        break;
    case HeapExport::Format::Svg:
        written = writeSvg(file, picture);
        break;
    case HeapExport::Format::Pdf:
        written = writePdf(file, picture);
        break;
    }
    if (!written || file.error() != QFileDevice::NoError) {
        const QString why = file.error() != QFileDevice::NoError
            ? file.errorString()
            : QCoreApplication::translate("HeapExport", "drawing failed");
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace PictureFile
