// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QImage>
#include <QSize>
#include <QString>
#include <functional>

class QPainter;

// Writes a picture to PNG, SVG or PDF, the format chosen by the file's
// suffix (HeapExport::formatOf()), all or nothing: a failure leaves no file
// behind. What the heap export and the chart export share; each brings a
// function that draws onto a device `size` pixels large.
namespace PictureFile {

using Paint = std::function<void(QPainter &)>;

QImage toImage(QSize size, const QColor &background, const Paint &paint);
// False with "PATH: cannot write: reason" in error. The title goes into the
// SVG's and PDF's metadata (empty: the file's base name).
bool save(const QString &path, QSize size, const QColor &background, const QString &title, const Paint &paint,
          QString *error = nullptr);

} // namespace PictureFile
