// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QString>

// The colors the heap view draws with. Used blocks get a stable color per
// block tag; free space is told apart by a hatch pattern and an outline as
// well as by its color, so it never depends on color vision alone.
struct HeapPalette {
    QString id;
    QString name;
    QColor background;
    QColor text;
    QColor rulerText;
    QColor rulerLine;
    QColor freeFill;
    QColor freeHatch;
    QColor freeOutline;
    QColor usedOutline;
    QColor hover;
    QColor selection;
    QColor flash;
    QColor narrationBackground;
    QColor narrationText;
    QList<QColor> used;
    QColor unnamed; // used blocks without a tag (no handle, no label)

    QColor usedColor(quint32 tag) const;
    // Black or white, whichever reads better on fill (WCAG contrast).
    QColor textOn(const QColor &fill) const;

    static const HeapPalette &byId(const QString &id); // falls back to light
    static QStringList ids();
};
