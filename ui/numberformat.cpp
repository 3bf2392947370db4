// SPDX-License-Identifier: MIT
#include "numberformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <vector>

namespace {

// Below this every number is written out in full: lesson heaps are small
// and their numbers (100, 300, 1024, 4096) must read exactly.
constexpr quint64 kUnitsFrom = 10 * 1024;
// Numbers that are not a whole multiple of a unit are written out in full
// up to six digits, and rounded above.
constexpr quint64 kRoundFrom = 1000 * 1000;
// Addresses from 1 TiB on are a real program's (a recording's, docs/hrec.md):
// written exactly, in hexadecimal, as a debugger or printf("%p") does.
constexpr quint64 kHexFrom = quint64(1) << 40;

// The window's locale (Translations::install sets the default; the command
// line keeps C): its digits and decimal separator ("12,3M" in German), but
// no group separators, so that a number keeps the length the rule gives it
// and an address reads as one token.
QLocale numberLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}

struct Parts {
    QString digits;
    int unit = 0; // 0: none, 1: Ki, 2: Mi, ...
};

Parts split(quint64 value)
{
    const QLocale locale = numberLocale();
    if (value < kUnitsFrom)
        return { locale.toString(value), 0 };
    // A whole multiple of a unit reads exactly in that unit: 64K, 3M.
    int unit = 0;
    quint64 whole = value;
    while (whole % 1024 == 0 && unit < 4) {
        whole /= 1024;
        ++unit;
    }
    if (unit > 0)
        return { locale.toString(whole), unit };
    if (value < kRoundFrom)
        return { locale.toString(value), 0 };
    // Rounded to a tenth of the largest unit that keeps at least 1.0; a
    // value that rounds up to 1024.0 of a unit moves to the next one.
    unit = 1;
    double scaled = double(value) / 1024.0;
    while (unit < 4 && std::round(scaled * 10) / 10 >= 1024.0) {
        scaled /= 1024.0;
        ++unit;
    }
    return { locale.toString(std::round(scaled * 10) / 10, 'f', 1), unit };
}

// The largest value up to limit of each form split() writes; within one
// form (and unit) the text only grows with the value, so these are the
// longest texts of values up to limit.
std::vector<quint64> longestOfEachForm(quint64 limit)
{
    std::vector<quint64> values;
    // Plain digits: below kUnitsFrom, or below kRoundFrom and no multiple of 1024.
    quint64 plain = std::min(limit, kRoundFrom - 1);
    if (plain >= kUnitsFrom && plain % 1024 == 0)
        --plain;
    values.push_back(plain);
    quint64 unitBytes = 1;
    for (int unit = 1; unit <= 4; ++unit) {
        unitBytes *= 1024;
        // A whole number of the unit, not of the next one (T is the last).
        quint64 whole = limit / unitBytes;
        if (unit < 4 && whole % 1024 == 0 && whole > 0)
            --whole;
        if (whole > 0)
            values.push_back(whole * unitBytes);
        // Rounded in this unit: below 1023.95 units, where it would round
        // to 1024.0 and move on (T has no next unit).
        quint64 rounded = unit < 4 ? std::min(limit, (20479 * unitBytes - 1) / 20) : limit;
        if (rounded % 1024 == 0 && rounded > 0)
            --rounded;
        values.push_back(rounded);
    }
    return values;
}

} // namespace

QStringList NumberFormat::widestAddresses(heapboard::Size heapSize)
{
    QStringList texts;
    for (const quint64 v : longestOfEachForm(heapSize))
        texts.append(address(double(v)));
    if (heapSize >= kHexFrom)
        texts.append(address(double(heapSize))); // the longest hexadecimal
    return texts;
}

QStringList NumberFormat::widestSizes(heapboard::Size heapSize)
{
    QStringList texts;
    for (const quint64 v : longestOfEachForm(heapSize))
        texts.append(size(std::max<quint64>(v, 1)));
    return texts;
}

QString NumberFormat::number(quint64 value)
{
    static const char *letters[] = { "", "K", "M", "G", "T" };
    const Parts p = split(value);
    return p.digits + QLatin1String(letters[p.unit]);
}

QString NumberFormat::address(double address)
{
    const quint64 value = address <= 0 ? 0 : quint64(address);
    return value >= kHexFrom ? exactAddress(value) : number(value);
}

QString NumberFormat::exactAddress(quint64 address)
{
    return address >= kHexFrom ? QStringLiteral("0x") + QString::number(address, 16)
                               : numberLocale().toString(address);
}

namespace {
const char *const kSizeUnitNames[]
    = { QT_TRANSLATE_NOOP("NumberFormat", "B"), QT_TRANSLATE_NOOP("NumberFormat", "KiB"),
        QT_TRANSLATE_NOOP("NumberFormat", "MiB"), QT_TRANSLATE_NOOP("NumberFormat", "GiB"),
        QT_TRANSLATE_NOOP("NumberFormat", "TiB") };
} // namespace

QString NumberFormat::size(heapboard::Size size)
{
    const Parts p = split(size);
    return p.digits + u' ' + QCoreApplication::translate("NumberFormat", kSizeUnitNames[p.unit]);
}

QString NumberFormat::roughSize(heapboard::Size size)
{
    int unit = 0;
    quint64 unitBytes = 1;
    while (unit < 4 && size >= unitBytes * 1024) {
        unitBytes *= 1024;
        ++unit;
    }
    // A value that rounds up to 1024.0 of its unit moves to the next one.
    double scaled = std::round(double(size) / double(unitBytes) * 10) / 10;
    if (unit < 4 && scaled >= 1024.0) {
        unitBytes *= 1024;
        ++unit;
        scaled = std::round(double(size) / double(unitBytes) * 10) / 10;
    }
    const QLocale locale = numberLocale();
    const QString digits
        = size % unitBytes == 0 ? locale.toString(size / unitBytes) : locale.toString(scaled, 'f', 1);
    return digits + u' ' + QCoreApplication::translate("NumberFormat", kSizeUnitNames[unit]);
}

QStringList NumberFormat::sizeUnitNames()
{
    return { QCoreApplication::translate("NumberFormat", "B"),
             QCoreApplication::translate("NumberFormat", "KiB"),
             QCoreApplication::translate("NumberFormat", "MiB") };
}
