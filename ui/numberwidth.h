// SPDX-License-Identifier: MIT
#pragma once

#include <QFontMetricsF>
#include <QString>
#include <QStringList>
#include <algorithm>

// How wide the widest of texts (NumberFormat's widest numbers of a kind,
// e.g. NumberFormat::widestAddresses) may be written in fm, every digit
// counted as the font's widest: in a proportional font "0x7ffff7d00000" is
// far narrower than "0x55b100fe5000", so room measured on the one cut the
// other. The letters of a hexadecimal address are digits too.
inline double widestNumberWidth(const QFontMetricsF &fm, const QStringList &texts)
{
    const auto widestOf = [&fm](QLatin1StringView digits) {
        QChar best = digits.front();
        for (const QChar c : digits) {
            if (fm.horizontalAdvance(c) > fm.horizontalAdvance(best))
                best = c;
        }
        return best;
    };
    const QChar decimal = widestOf(QLatin1StringView("0123456789"));
    const QChar hex = widestOf(QLatin1StringView("0123456789abcdef"));
    double width = 0;
    for (QString t : texts) {
        const bool isHex = t.startsWith(QLatin1StringView("0x"));
        for (qsizetype i = isHex ? 2 : 0; i < t.size(); ++i) {
            if (t[i].isDigit() || (isHex && t[i] >= u'a' && t[i] <= u'f'))
                t[i] = isHex ? hex : decimal;
        }
        width = std::max(width, fm.horizontalAdvance(t));
    }
    return width;
}
