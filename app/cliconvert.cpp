// SPDX-License-Identifier: MIT
#include "cliconvert.h"

#include "clicommon.h"
#include "documentloader.h"
#include "hrec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <cstdio>

namespace heapboard {

namespace {

    void addConvertOptions(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(
            Cli::tr("Turn a heapboard-record recording (.hrec) into a malloclab trace (.rep)."));
        parser.addHelpOption();
        parser.addPositionalArgument(QStringLiteral("convert"), Cli::tr("The command."));
        parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The recording to convert."));
        parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
                           Cli::tr("The trace to write."),
                           QStringLiteral("OUT") });
    }

    int writeTrace(const QString &path, const std::string &text)
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit())
            return fail(Cli::tr("heapboard-cli convert: cannot write %1: %2").arg(path, file.errorString()));
        return 0;
    }

} // namespace

int convertCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addConvertOptions(parser);
    if (!parser.parse(arguments))
        return fail(QStringLiteral("heapboard-cli convert: ") + parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const QString prefix = QStringLiteral("heapboard-cli convert: ");
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1)
        return fail(prefix + Cli::tr("expected one FILE, got %1 (see --help)").arg(files.size()));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(prefix + Cli::tr("missing -o OUT.rep"));
    QByteArray data;
    QString error;
    if (!DocumentLoader::readFile(files.front(), data, &error))
        return fail(error);
    const std::string_view view(data.constData(), std::size_t(data.size()));
    if (!isHrec(view))
        return fail(Cli::tr("%1: not a heapboard-record recording (.hrec)").arg(files.front()));
    HrecLog log;
    std::string message;
    if (!readHrec(view, log, message))
        return fail(files.front() + QStringLiteral(": ") + QString::fromStdString(message));
    if (!log.warning.empty())
        std::fprintf(stderr, "%s: %s\n", qPrintable(files.front()), log.warning.c_str());
    return writeTrace(output, formatTrace(traceFromHrec(log)));
}

} // namespace heapboard
