// SPDX-License-Identifier: MIT
#include "numberformat.h"

using heapboard::Size;

QString NumberFormat::address(double address)
{
    const auto a = quint64(address);
    static const char *units[] = { "", "K", "M", "G", "T", "P", "E" };
    int unit = 0;
    quint64 v = a;
    while (v >= 1024 && v % 1024 == 0 && unit < 6) {
        v /= 1024;
        ++unit;
    }
    if (unit == 0 && a >= 10 * 1024 * 1024)
        return QString::number(double(a) / (1024.0 * 1024.0), 'f', 1) + QLatin1Char('M');
    return QString::number(v) + QLatin1String(units[unit]);
}

QString NumberFormat::size(heapboard::Size size)
{
    if (size < 10 * 1024)
        return QStringLiteral("%1 B").arg(size);
    if (size < 10 * 1024 * 1024)
        return QStringLiteral("%1 KiB").arg(double(size) / 1024.0, 0, 'f', size % 1024 ? 1 : 0);
    if (size < Size(10) << 30)
        return QStringLiteral("%1 MiB").arg(double(size) / 1048576.0, 0, 'f', 1);
    return QStringLiteral("%1 GiB").arg(double(size) / 1073741824.0, 0, 'f', 1);
}
