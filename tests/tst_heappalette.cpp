// SPDX-License-Identifier: MIT
// The used-block colors of every theme stay apart for color-blind viewers.
//
// Each color is passed through a simulation of protanopia, deuteranopia and
// tritanopia (Machado, Oliveira & Fernandes 2009, severity 1.0, applied in
// linear sRGB as colorspacious does), converted to CIELAB (D65) and
// compared with CIEDE2000. Every pair of used colors, the color of unnamed
// blocks included, and every used color against the free fill must be at
// least kMinDeltaE apart under normal vision and under each simulation.
//
// Why 10: a CIEDE2000 difference of 1 to 2 is just noticeable between two
// patches side by side; around 5 colors are still confused when they are not
// adjacent; from about 10 two colors are told apart at a glance, which is
// what a projected slide needs, where the projector washes contrast out.
// It is also what the best-known color-blind-safe palette reaches: the
// worst Okabe-Ito pair (orange and reddish purple under tritanopia) is 10.9.
// Free space is also hatched and outlined, so color is never its only cue.
#include "heappalette.h"

#include <QTest>
#include <array>
#include <cmath>

namespace {

constexpr double kMinDeltaE = 10;

using Matrix = std::array<std::array<double, 3>, 3>;
using Vec = std::array<double, 3>;

enum class Vision { Normal, Protanopia, Deuteranopia, Tritanopia };

const Matrix &simulation(Vision v)
{
    static const Matrix normal { { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } } };
    static const Matrix protan { { { 0.152286, 1.052583, -0.204868 },
                                   { 0.114503, 0.786281, 0.099216 },
                                   { -0.003882, -0.048116, 1.051998 } } };
    static const Matrix deutan { { { 0.367322, 0.860646, -0.227968 },
                                   { 0.280085, 0.672501, 0.047413 },
                                   { -0.011820, 0.042940, 0.968881 } } };
    static const Matrix tritan { { { 1.255528, -0.076749, -0.178779 },
                                   { -0.078411, 0.930809, 0.147602 },
                                   { 0.004733, 0.691367, 0.303900 } } };
    switch (v) {
    case Vision::Protanopia:
        return protan;
    case Vision::Deuteranopia:
        return deutan;
    case Vision::Tritanopia:
        return tritan;
    case Vision::Normal:
        break;
    }
    return normal;
}

double toLinear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

Vec multiply(const Matrix &m, const Vec &v)
{
    Vec out {};
    for (std::size_t i = 0; i < 3; ++i)
        out[i] = m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2];
    return out;
}

// CIELAB (D65) of what a viewer with this vision sees.
Vec labSeen(const QColor &color, Vision vision)
{
    Vec rgb = multiply(simulation(vision),
                       { toLinear(color.redF()), toLinear(color.greenF()), toLinear(color.blueF()) });
    for (double &c : rgb)
        c = std::clamp(c, 0.0, 1.0);
    static const Matrix toXyz { { { 0.4124564, 0.3575761, 0.1804375 },
                                  { 0.2126729, 0.7151522, 0.0721750 },
                                  { 0.0193339, 0.1191920, 0.9503041 } } };
    const Vec xyz = multiply(toXyz, rgb);
    const Vec white { 0.95047, 1.0, 1.08883 };
    const auto f
        = [](double t) { return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16) / 116; };
    const double fx = f(xyz[0] / white[0]), fy = f(xyz[1] / white[1]), fz = f(xyz[2] / white[2]);
    return { 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz) };
}

double degrees(double radians)
{
    return radians * 180 / M_PI;
}

double radians(double degrees)
{
    return degrees * M_PI / 180;
}

// CIEDE2000 (Sharma, Wu & Dalal 2005), kL = kC = kH = 1.
double deltaE2000(const Vec &lab1, const Vec &lab2)
{
    const auto pow7 = [](double x) { return std::pow(x, 7); };
    const double cBar = (std::hypot(lab1[1], lab1[2]) + std::hypot(lab2[1], lab2[2])) / 2;
    const double g = 0.5 * (1 - std::sqrt(pow7(cBar) / (pow7(cBar) + pow7(25))));
    const double a1 = (1 + g) * lab1[1], a2 = (1 + g) * lab2[1];
    const double c1 = std::hypot(a1, lab1[2]), c2 = std::hypot(a2, lab2[2]);
    const auto hue = [](double b, double a) {
        return a == 0 && b == 0 ? 0.0 : std::fmod(degrees(std::atan2(b, a)) + 360, 360);
    };
    const double h1 = hue(lab1[2], a1), h2 = hue(lab2[2], a2);
    double dh = c1 * c2 == 0 ? 0 : h2 - h1;
    dh += dh > 180 ? -360 : dh < -180 ? 360 : 0;
    const double dL = lab2[0] - lab1[0], dC = c2 - c1;
    const double dH = 2 * std::sqrt(c1 * c2) * std::sin(radians(dh / 2));
    const double lBar = (lab1[0] + lab2[0]) / 2, cBarP = (c1 + c2) / 2;
    double hBar = h1 + h2;
    if (c1 * c2 != 0)
        hBar = std::abs(h1 - h2) <= 180 ? hBar / 2 : hBar < 360 ? (hBar + 360) / 2 : (hBar - 360) / 2;
    const double t = 1 - 0.17 * std::cos(radians(hBar - 30)) + 0.24 * std::cos(radians(2 * hBar))
        + 0.32 * std::cos(radians(3 * hBar + 6)) - 0.20 * std::cos(radians(4 * hBar - 63));
    const double dTheta = 30 * std::exp(-std::pow((hBar - 275) / 25, 2));
    const double rc = 2 * std::sqrt(pow7(cBarP) / (pow7(cBarP) + pow7(25)));
    const double sl = 1 + 0.015 * std::pow(lBar - 50, 2) / std::sqrt(20 + std::pow(lBar - 50, 2));
    const double sc = 1 + 0.045 * cBarP, sh = 1 + 0.015 * cBarP * t;
    const double rt = -std::sin(radians(2 * dTheta)) * rc;
    return std::sqrt(std::pow(dL / sl, 2) + std::pow(dC / sc, 2) + std::pow(dH / sh, 2)
                     + rt * (dC / sc) * (dH / sh));
}

double deltaE(const QColor &a, const QColor &b, Vision vision)
{
    return deltaE2000(labSeen(a, vision), labSeen(b, vision));
}

struct Worst {
    double deltaE = 1e9;
    QString what;
};

// The closest pair of colors a viewer with this vision sees in a theme.
Worst worstPair(const HeapPalette &palette, Vision vision)
{
    QList<QColor> used = palette.used;
    used.append(palette.unnamed);
    Worst worst;
    const auto consider = [&](const QColor &a, const QColor &b, const QString &what) {
        const double d = deltaE(a, b, vision);
        if (d < worst.deltaE)
            worst = { d, QStringLiteral("%1 %2 vs %3").arg(what, a.name(), b.name()) };
    };
    for (qsizetype i = 0; i < used.size(); ++i) {
        for (qsizetype j = i + 1; j < used.size(); ++j)
            consider(used[i], used[j], QStringLiteral("used"));
        consider(used[i], palette.freeFill, QStringLiteral("used vs free fill"));
    }
    return worst;
}

} // namespace

class TestHeapPalette : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deltaE2000MatchesPublishedPairs_data();
    void deltaE2000MatchesPublishedPairs();
    void simulationConfusesRedAndGreen();
    void usedColorsStayApart_data();
    void usedColorsStayApart();
    void unnamedBlocksHaveTheirOwnColor();
};

void TestHeapPalette::deltaE2000MatchesPublishedPairs_data()
{
    QTest::addColumn<Vec>("lab1");
    QTest::addColumn<Vec>("lab2");
    QTest::addColumn<double>("expected");
    // Pairs 1, 7, 17, 25 and 34 of Sharma, Wu & Dalal's test data.
    QTest::newRow("1") << Vec { 50, 2.6772, -79.7751 } << Vec { 50, 0, -82.7485 } << 2.0425;
    QTest::newRow("7") << Vec { 50, 0, 0 } << Vec { 50, -1, 2 } << 2.3669;
    QTest::newRow("17") << Vec { 50, 2.5, 0 } << Vec { 73, 25, -18 } << 27.1492;
    QTest::newRow("25") << Vec { 60.2574, -34.0099, 36.2677 } << Vec { 60.4626, -34.1751, 39.4387 } << 1.2644;
    QTest::newRow("34") << Vec { 2.0776, 0.0795, -1.1350 } << Vec { 0.9033, -0.0636, -0.5514 } << 0.9082;
}

void TestHeapPalette::deltaE2000MatchesPublishedPairs()
{
    QFETCH(Vec, lab1);
    QFETCH(Vec, lab2);
    QFETCH(double, expected);
    QVERIFY2(std::abs(deltaE2000(lab1, lab2) - expected) < 1e-4,
             qPrintable(QString::number(deltaE2000(lab1, lab2))));
    QVERIFY(std::abs(deltaE2000(lab2, lab1) - expected) < 1e-4);
}

void TestHeapPalette::simulationConfusesRedAndGreen()
{
    // The simulation must do something: pure red and a matching green are
    // far apart for normal vision and close under deuteranopia.
    const QColor red(0xcc, 0x00, 0x00), green(0x00, 0x88, 0x00);
    QVERIFY(deltaE(red, green, Vision::Normal) > 40);
    QVERIFY(deltaE(red, green, Vision::Deuteranopia) < 5);
    QVERIFY(deltaE(Qt::white, QColor(0xfe, 0xfe, 0xfe), Vision::Tritanopia) < 1);
}

void TestHeapPalette::usedColorsStayApart_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<Vision>("vision");
    const std::pair<Vision, const char *> visions[] = { { Vision::Normal, "normal" },
                                                        { Vision::Protanopia, "protanopia" },
                                                        { Vision::Deuteranopia, "deuteranopia" },
                                                        { Vision::Tritanopia, "tritanopia" } };
    for (const QString &id : HeapPalette::ids()) {
        for (const auto &[vision, name] : visions)
            QTest::addRow("%s %s", qPrintable(id), name) << id << vision;
    }
}

void TestHeapPalette::usedColorsStayApart()
{
    QFETCH(QString, theme);
    QFETCH(Vision, vision);
    const HeapPalette &palette = HeapPalette::byId(theme);
    QCOMPARE(palette.id, theme);
    QVERIFY(palette.used.size() >= 6);
    const Worst worst = worstPair(palette, vision);
    qInfo("%s: worst CIEDE2000 %.2f (%s)", QTest::currentDataTag(), worst.deltaE, qPrintable(worst.what));
    QVERIFY2(worst.deltaE >= kMinDeltaE,
             qPrintable(QStringLiteral("%1: %2 is only %3 apart (at least %4 wanted)")
                            .arg(QLatin1String(QTest::currentDataTag()), worst.what)
                            .arg(worst.deltaE, 0, 'f', 2)
                            .arg(kMinDeltaE)));
}

void TestHeapPalette::unnamedBlocksHaveTheirOwnColor()
{
    for (const QString &id : HeapPalette::ids()) {
        const HeapPalette &p = HeapPalette::byId(id);
        QVERIFY(p.unnamed.isValid());
        QCOMPARE(p.usedColor(0), p.unnamed);
        QCOMPARE(p.usedColor(1), p.used.front());
        QCOMPARE(p.usedColor(quint32(p.used.size()) + 1), p.used.front());
        QVERIFY(!p.used.contains(p.unnamed));
    }
}

QTEST_APPLESS_MAIN(TestHeapPalette)
#include "tst_heappalette.moc"
