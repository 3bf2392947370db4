// SPDX-License-Identifier: MIT
#include "cliworkload.h"

#include "comparisonrun.h"
#include "documentloader.h"
#include "trace.h"

#include <QCoreApplication>
#include <cstdio>

namespace heapboard {

namespace {

    int printError(const QString &message)
    {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 2;
    }

} // namespace

void CliWorkload::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("heap-size"),
                       Cli::tr("Heap size in bytes, 1 to 2^62; K/M/G suffixes (default: "
                               "a scenario's own; for a trace the smallest power of "
                               "two that holds it under first fit)."),
                       QStringLiteral("N") });
    SettingsOptions::add(parser);
}

std::optional<int> CliWorkload::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1)
        return fail(Cli::tr("expected one FILE, got %1 (see --help)").arg(files.size()));
    file = files.front();
    if (parser.isSet(QStringLiteral("heap-size"))) {
        const QString text = parser.value(QStringLiteral("heap-size"));
        if (!parseSize(text.toStdString(), heapSize) || heapSize == 0)
            return fail(Cli::tr("--heap-size '%1' is not a size from 1 to 2^62 bytes").arg(text));
    }
    if (const QString error = settings.read(parser); !error.isEmpty())
        return fail(error);
    return std::nullopt;
}

std::optional<int> CliWorkload::load()
{
    QString error;
    if (!DocumentLoader::readDocument(file, document, &error))
        return printError(error); // names the file and the line
    return std::nullopt;
}

PaneConfig CliWorkload::pane(Policy policy) const
{
    return { policy, settings.applyTo(documentSettings(document)) };
}

int CliWorkload::fail(const QString &message) const
{
    return printError(QStringLiteral("heapboard-cli %1: %2").arg(command, message));
}

int writeOutput(const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    if (std::fflush(stdout) == 0)
        return 0;
    return printError(Cli::tr("heapboard-cli: cannot write the output"));
}

} // namespace heapboard
