// SPDX-License-Identifier: MIT
#include "ostepworkload.h"

#include "ostepscenario.h"

#include <QProcess>
#include <QRegularExpression>

using namespace heapboard;

bool OstepWorkload::fromOptions(const OstepOptions &options, OstepWorkload &out, QString *error)
{
    OstepRun run;
    std::string message;
    if (!runOstep(options, run, message)) {
        if (error)
            *error = QString::fromStdString(message);
        return false;
    }
    out.options = options;
    out.scenario = ostepScenario(options, run);
    return true;
}

bool OstepWorkload::fromCommandLine(const QString &arguments, OstepWorkload &out, QString *error)
{
    return fromArguments(QProcess::splitCommand(arguments), out, error);
}

bool OstepWorkload::fromArguments(const QStringList &arguments, OstepWorkload &out, QString *error)
{
    std::vector<std::string> args;
    for (const QString &arg : arguments)
        args.push_back(arg.toStdString());
    OstepOptions options;
    std::string message;
    if (!parseOstepOptions(args, options, message)) {
        if (error)
            *error = QString::fromStdString(message);
        return false;
    }
    if (options.help || !options.scenario.empty()) {
        if (error)
            *error = tr("-h and --scenario belong to heapboard-cli ostep; the window opens the workload");
        return false;
    }
    return fromOptions(options, out, error);
}

QStringList OstepWorkload::arguments(const OstepOptions &o)
{
    QStringList args;
    for (const std::string &arg : ostepArguments(o))
        args << QString::fromStdString(arg);
    return args;
}

QString OstepWorkload::commandLine(const OstepOptions &options)
{
    // Double quotes, the one quoting both a POSIX shell and
    // QProcess::splitCommand() read (for --ostep); nothing a list needs
    // is special inside them.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9+,._=/:-]+$"));
    QStringList words { QStringLiteral("malloc.py") };
    for (QString arg : arguments(options)) {
        if (!plain.match(arg).hasMatch())
            arg = u'"' + arg.replace(u'"', QStringLiteral("\"\"\"")) + u'"';
        words << arg;
    }
    return words.join(u' ');
}
