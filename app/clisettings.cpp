// SPDX-License-Identifier: MIT
#include "clisettings.h"

#include "scenariosettings.h"
#include "trace.h"

#include <QCoreApplication>

namespace heapboard {

namespace {

    // Option name and the scenario statement it stands for.
    constexpr std::pair<const char *, const char *> kOptions[] = {
        { "base", "base" },   { "header", "header" },     { "align", "align" }, { "min-block", "min-block" },
        { "order", "order" }, { "coalesce", "coalesce" }, { "grow", "grow" },   { "max-heap", "max-heap" },
    };

} // namespace

void SettingsOptions::add(QCommandLineParser &parser)
{
    parser.addOptions({
        { QStringLiteral("base"),
          QCoreApplication::translate("Cli", "Address of the heap's first byte (default 0)."),
          QStringLiteral("ADDR") },
        { QStringLiteral("header"),
          QCoreApplication::translate("Cli", "Header bytes in front of each used block (default 0)."),
          QStringLiteral("N") },
        { QStringLiteral("align"),
          QCoreApplication::translate("Cli", "Round requests up to a multiple of N (default: none)."),
          QStringLiteral("N") },
        { QStringLiteral("min-block"),
          QCoreApplication::translate("Cli",
                                      "Never split off a free block smaller than N bytes (default: none)."),
          QStringLiteral("N") },
        { QStringLiteral("order"),
          QCoreApplication::translate(
              "Cli",
              "Free-list order: address, size-ascending, size-descending, insert-front, "
              "insert-back (default: address)."),
          QStringLiteral("NAME") },
        { QStringLiteral("coalesce"),
          QCoreApplication::translate(
              "Cli",
              "When free blocks merge: neighbours, none, list-pass, deferred (default: "
              "neighbours)."),
          QStringLiteral("NAME") },
        { QStringLiteral("grow"),
          QCoreApplication::translate("Cli",
                                      "When nothing fits, grow the heap at its top by the block rounded up "
                                      "to N bytes (default: never grow; needs --max-heap)."),
          QStringLiteral("N") },
        { QStringLiteral("max-heap"),
          QCoreApplication::translate("Cli", "The largest size a growing heap reaches."),
          QStringLiteral("N") },
    });
}

QString SettingsOptions::read(const QCommandLineParser &parser)
{
    m_values.clear();
    HeapSettings probe;
    for (const auto &[option, statement] : kOptions) {
        const QString name = QLatin1String(option);
        if (!parser.isSet(name))
            continue;
        const std::string value = parser.value(name).toStdString();
        Size number = 0;
        if (settingTakesSize(statement) && !parseSize(value, number))
            return QCoreApplication::translate("Cli",
                                               "--%1 '%2' is not a size (digits with an optional K, M or G)")
                .arg(name, QString::fromStdString(value));
        const std::string problem = applySetting(statement, value, number, probe);
        if (!problem.empty())
            return QStringLiteral("--%1: %2").arg(name, QString::fromStdString(problem));
        m_values.emplace_back(statement, value);
    }
    return {};
}

HeapSettings SettingsOptions::applyTo(HeapSettings settings) const
{
    for (const auto &[statement, value] : m_values) {
        Size number = 0;
        if (settingTakesSize(statement))
            parseSize(value, number);
        applySetting(statement, value, number, settings);
    }
    return settings;
}

} // namespace heapboard
