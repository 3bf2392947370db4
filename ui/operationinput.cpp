// SPDX-License-Identifier: MIT
#include "operationinput.h"

#include "numberformat.h"
#include "scenario.h"
#include "trace.h"

#include <QRegularExpression>

using namespace heapboard;

namespace {

bool isNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^[0-9]+[kKmMgG]?$"));
    return number.match(text).hasMatch();
}

bool isIdentifier(const QString &text)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return identifier.match(text).hasMatch();
}

// A few of the scenario's handles, for a message that says what would do.
QString someHandles(const Scenario &scenario)
{
    QStringList names;
    for (std::size_t i = 0; i < scenario.handles.size() && names.size() < 4; ++i)
        names << QString::fromStdString(scenario.handles[i]);
    if (scenario.handles.size() > 4)
        names << QStringLiteral("…");
    return names.join(QStringLiteral(", "));
}

} // namespace

QString OperationInput::size(const QString &field, const QString &text, Size unit, Size heapSize,
                             const QString &zeroHint, Size &out)
{
    if (text.isEmpty())
        return tr("%1: type a size in bytes, such as 80, or 2K for 2048.").arg(field);
    if (!isNumber(text))
        return tr("%1: '%2' is not a number; type a whole number of bytes, such as 80, or 2K for 2048.")
            .arg(field, text);
    Size value = 0;
    if (!parseSize(text.toStdString(), value) || value > heapSize / unit)
        return tr("%1: %2 is more than the whole heap (%3); no block could ever hold it.")
            .arg(field, value > 0 && value <= kMaxHeapSize / unit ? NumberFormat::size(value * unit) : text,
                 NumberFormat::size(heapSize));
    if (value == 0)
        return tr("%1: 0 bytes; %2").arg(field, zeroHint);
    out = value * unit;
    return {};
}

QString OperationInput::pointer(const QString &field, const QString &text, const Scenario &scenario,
                                Addr &address, QString &handle)
{
    handle.clear();
    if (text.isEmpty())
        return tr("%1: type an address, such as 7 or 64K, or a handle's name.").arg(field);
    if (isNumber(text)) {
        if (!parseSize(text.toStdString(), address))
            return tr("%1: %2 is past the end of any heap (addresses go up to 2^62).").arg(field, text);
        return {};
    }
    if (!isIdentifier(text))
        return tr("%1: '%2' is neither an address nor a handle's name.").arg(field, text);
    if (scenario.handleIndex(text.toStdString()) < 0) {
        if (scenario.handles.empty())
            return tr("%1: no handle is called '%2' (this scenario has none yet); type an address.")
                .arg(field, text);
        return tr("%1: no handle is called '%2'; this scenario's handles are %3.")
            .arg(field, text, someHandles(scenario));
    }
    handle = text;
    return {};
}

QString OperationInput::newName(const QString &field, const QString &text, const Scenario &scenario,
                                const QString &mayReuse)
{
    if (text.isEmpty())
        return tr("%1: type a name.").arg(field);
    if (!isIdentifier(text))
        return tr("%1: '%2' cannot name a handle; use letters, digits and _, starting with a letter or _.")
            .arg(field, text);
    if (!isHandleName(text.toStdString()))
        return tr("%1: '%2' is a word of the scenario language; choose another name.").arg(field, text);
    if (text != mayReuse && scenario.handleIndex(text.toStdString()) >= 0)
        return tr("%1: '%2' already names another handle; choose another name.").arg(field, text);
    return {};
}
