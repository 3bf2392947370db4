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
    QString name; // English; displayName() in the window's language
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
    // The theme colors the whole window (AppTheme), not only the heap; light
    // themes leave the desktop's palette alone.
    bool wholeWindow = false;

    QString displayName() const;
    QColor usedColor(quint32 tag) const;
    // Black or white, whichever reads better on fill (WCAG contrast).
    QColor textOn(const QColor &fill) const;

    // a + (b - a) * t, channel by channel (t in [0, 1]).
    static QColor mix(const QColor &a, const QColor &b, double t);
    // WCAG 2 contrast ratio of two colors, from 1 (the same) to 21.
    static double contrast(const QColor &a, const QColor &b);

    static const HeapPalette &byId(const QString &id); // falls back to light
    static QStringList ids();
};
