// SPDX-License-Identifier: MIT
#include "heappalette.h"

#include <QCoreApplication>
#include <QtMath>

namespace {

double linear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QList<QColor> colors(std::initializer_list<const char *> names)
{
    QList<QColor> out;
    for (const char *n : names)
        out.append(QColor(QLatin1String(n)));
    return out;
}

HeapPalette light()
{
    HeapPalette p;
    p.id = QStringLiteral("light");
    p.name = QStringLiteral(QT_TRANSLATE_NOOP("HeapPalette", "Light"));
    p.background = QColor(0xfa, 0xfa, 0xfa);
    p.text = QColor(0x20, 0x20, 0x20);
    p.rulerText = QColor(0x50, 0x50, 0x50);
    p.rulerLine = QColor(0xc8, 0xc8, 0xc8);
    p.freeFill = QColor(0xee, 0xee, 0xee);
    p.freeHatch = QColor(0xb0, 0xb0, 0xb0);
    p.freeOutline = QColor(0x90, 0x90, 0x90);
    p.usedOutline = QColor(0x30, 0x30, 0x30);
    p.hover = QColor(0x10, 0x10, 0x10);
    p.selection = QColor(0x00, 0x5f, 0xcc);
    p.flash = QColor(0xff, 0xff, 0xff);
    p.narrationBackground = QColor(0xff, 0xf8, 0xdc);
    p.narrationText = QColor(0x20, 0x20, 0x20);
    // Paul Tol's "muted" scheme: nine colors that stay apart under every
    // simulated dichromacy (tests/tst_heappalette.cpp), and a dark gray for
    // blocks without a name.
    p.used = colors({ "#332288", "#88ccee", "#44aa99", "#117733", "#999933", "#ddcc77", "#cc6677", "#882255",
                      "#aa4499" });
    p.unnamed = QColor(0x30, 0x30, 0x30);
    return p;
}

HeapPalette dark()
{
    HeapPalette p = light();
    p.id = QStringLiteral("dark");
    p.name = QStringLiteral(QT_TRANSLATE_NOOP("HeapPalette", "Dark"));
    p.background = QColor(0x1e, 0x1f, 0x22);
    p.text = QColor(0xee, 0xee, 0xee);
    p.rulerText = QColor(0xb8, 0xb8, 0xb8);
    p.rulerLine = QColor(0x48, 0x48, 0x4c);
    p.freeFill = QColor(0x2c, 0x2d, 0x31);
    p.freeHatch = QColor(0x5a, 0x5b, 0x60);
    p.freeOutline = QColor(0x78, 0x78, 0x7c);
    p.usedOutline = QColor(0x0a, 0x0a, 0x0a);
    p.hover = QColor(0xff, 0xff, 0xff);
    p.selection = QColor(0x6a, 0xb0, 0xff);
    p.narrationBackground = QColor(0x2a, 0x2b, 0x30);
    p.narrationText = QColor(0xf0, 0xf0, 0xf0);
    p.unnamed = QColor(0xe0, 0xe0, 0xe0);
    p.wholeWindow = true;
    return p;
}

HeapPalette highContrast()
{
    HeapPalette p = light();
    p.id = QStringLiteral("high-contrast");
    p.name = QStringLiteral(QT_TRANSLATE_NOOP("HeapPalette", "High contrast"));
    p.background = Qt::white;
    p.text = Qt::black;
    p.rulerText = Qt::black;
    p.rulerLine = Qt::black;
    p.freeFill = Qt::white;
    p.freeHatch = QColor(0x60, 0x60, 0x60);
    p.freeOutline = Qt::black;
    p.usedOutline = Qt::black;
    p.hover = QColor(0xff, 0x00, 0xff);
    p.selection = QColor(0x00, 0x00, 0xff);
    p.narrationBackground = Qt::black;
    p.narrationText = Qt::white;
    // Saturated colors picked so that no two meet under simulated
    // protanopia, deuteranopia or tritanopia (red and green would).
    p.used
        = colors({ "#0000cc", "#00cc99", "#ff6633", "#cc0000", "#ffdd00", "#9966cc", "#ff99ff", "#000000" });
    p.unnamed = QColor(0x66, 0x66, 0x66);
    p.wholeWindow = true;
    return p;
}

HeapPalette colorBlind()
{
    HeapPalette p = light();
    p.id = QStringLiteral("color-blind");
    p.name = QStringLiteral(QT_TRANSLATE_NOOP("HeapPalette", "Color-blind safe"));
    // Okabe & Ito, "Color Universal Design" (2008), without black.
    p.used = colors({ "#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7" });
    p.unnamed = QColor(0x40, 0x40, 0x40);
    return p;
}

const QList<HeapPalette> &all()
{
    static const QList<HeapPalette> palettes { light(), dark(), highContrast(), colorBlind() };
    return palettes;
}

} // namespace

QString HeapPalette::displayName() const
{
    return QCoreApplication::translate("HeapPalette", name.toUtf8().constData());
}

QColor HeapPalette::usedColor(quint32 tag) const
{
    if (tag == 0)
        return unnamed;
    return used.at(int((tag - 1) % quint32(used.size())));
}

QColor HeapPalette::textOn(const QColor &fill) const
{
    return contrast(fill, Qt::black) >= contrast(fill, Qt::white) ? QColor(Qt::black) : QColor(Qt::white);
}

QColor HeapPalette::mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

double HeapPalette::contrast(const QColor &a, const QColor &b)
{
    return ::contrast(a, b);
}

const HeapPalette &HeapPalette::byId(const QString &id)
{
    for (const HeapPalette &p : all()) {
        if (p.id == id)
            return p;
    }
    return all().front();
}

QStringList HeapPalette::ids()
{
    QStringList out;
    for (const HeapPalette &p : all())
        out.append(p.id);
    return out;
}
