// SPDX-License-Identifier: MIT
// heapboard-cli: replay traces and scenarios headless. Exit status: 0 when
// the input was understood, 2 with a message on stderr when it was not.
#include "replay.h"
#include "scenariorunner.h"
#include "trace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

using namespace heapboard;

namespace {

constexpr int kBadInput = 2;
constexpr qint64 kMaxFileBytes = qint64(1) << 30;

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return kBadInput;
}

QString scenarioError(const QString &path, const ParseError &e)
{
    return QStringLiteral("%1:%2:%3: %4").arg(path).arg(e.line).arg(e.column).arg(QString::fromStdString(e.message));
}

void writeOut(std::string_view text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
}

// Reads a whole regular file; on failure returns false with a message.
bool readFile(const QString &path, QByteArray &out, QString &error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        error = QStringLiteral("%1: no such file").arg(path);
        return false;
    }
    if (!info.isFile()) {
        error = QStringLiteral("%1: not a regular file").arg(path);
        return false;
    }
    if (info.size() > kMaxFileBytes) {
        error = QStringLiteral("%1: file is larger than 1 GiB").arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    out = file.readAll();
    return true;
}

int replay(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Replay a malloclab trace (.rep) or a scenario (.heap) and print JSON Lines."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("replay"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The trace or scenario to replay."));
    const QCommandLineOption heapSize(QStringLiteral("heap-size"),
                                      QStringLiteral("Heap size in bytes, 1 to 2^62; K/M/G suffixes "
                                                     "(default 4294967296 for .rep traces)."),
                                      QStringLiteral("N"));
    const QCommandLineOption policy(QStringLiteral("policy"),
                                    QStringLiteral("Placement policy: first-fit (default), next-fit, "
                                                   "best-fit or worst-fit."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption states(QStringLiteral("states"),
                                    QStringLiteral("Print the free and used blocks after every operation."));
    parser.addOptions({heapSize, policy, states});
    if (!parser.parse(arguments))
        return fail(QStringLiteral("heapboard-cli replay: %1").arg(parser.errorText()));
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1)
        return fail(QStringLiteral("heapboard-cli replay: expected one FILE, got %1 (see --help)").arg(files.size()));

    ReplayOptions options;
    if (parser.isSet(heapSize) && !parseSize(parser.value(heapSize).toStdString(), options.heapSize))
        return fail(QStringLiteral("heapboard-cli replay: --heap-size '%1' is not a size from 1 to 2^62 bytes")
                        .arg(parser.value(heapSize)));
    if (parser.isSet(heapSize) && options.heapSize == 0)
        return fail(QStringLiteral("heapboard-cli replay: --heap-size must be at least 1 byte"));
    if (parser.isSet(policy) && !parsePolicy(parser.value(policy).toStdString(), options.policy))
        return fail(QStringLiteral("heapboard-cli replay: unknown policy '%1' (first-fit, next-fit, best-fit, "
                                   "worst-fit)")
                        .arg(parser.value(policy)));
    options.states = parser.isSet(states);

    const QString path = files.front();
    QByteArray text;
    QString error;
    if (!readFile(path, text, error))
        return fail(error);
    const std::string_view view(text.constData(), std::size_t(text.size()));
    ParseError parseError;
    // The extension decides; only a file with neither is sniffed, so a
    // damaged .rep is reported as a trace, with the trace's messages.
    const bool isScenario = path.endsWith(QLatin1String(".heap"), Qt::CaseInsensitive)
        || (!path.endsWith(QLatin1String(".rep"), Qt::CaseInsensitive) && looksLikeScenario(view));
    if (isScenario) {
        // The scenario sets its heap and policy; the options override them.
        Scenario scenario;
        if (!parseScenario(view, scenario, parseError))
            return fail(scenarioError(path, parseError));
        if (parser.isSet(heapSize))
            scenario.heapSize = options.heapSize;
        if (parser.isSet(policy))
            scenario.policy = options.policy;
        replayScenario(scenario, options.states, writeOut);
    } else if (!replayTrace(view, options, writeOut, parseError)) {
        return fail(QStringLiteral("%1:%2: %3").arg(path).arg(parseError.line).arg(QString::fromStdString(parseError.message)));
    }
    return std::fflush(stdout) == 0 ? 0 : fail(QStringLiteral("heapboard-cli: cannot write the output"));
}

// check FILE...: runs every expect line of each scenario. 0 when all hold,
// 1 naming each that fails, 2 when a file cannot be read or parsed.
int check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Run every expect line of each scenario."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("check"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Scenarios (.heap) to check."), QStringLiteral("FILE..."));
    if (!parser.parse(arguments))
        return fail(QStringLiteral("heapboard-cli check: %1").arg(parser.errorText()));
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty())
        return fail(QStringLiteral("heapboard-cli check: expected at least one FILE (see --help)"));
    int failed = 0;
    for (const QString &path : files) {
        QByteArray text;
        QString error;
        if (!readFile(path, text, error))
            return fail(error);
        Scenario scenario;
        ParseError parseError;
        if (!parseScenario(std::string_view(text.constData(), std::size_t(text.size())), scenario, parseError))
            return fail(scenarioError(path, parseError));
        const std::vector<std::string> failures = checkScenario(scenario);
        for (const std::string &f : failures)
            std::fprintf(stderr, "%s:%s\n", qPrintable(path), f.c_str());
        std::size_t expects = scenario.startExpects.size();
        for (const ScenarioStep &step : scenario.steps)
            expects += step.expects.size();
        std::printf("%s: %zu of %zu expect lines hold\n", qPrintable(path), expects - failures.size(), expects);
        failed += failures.empty() ? 0 : 1;
    }
    return failed ? 1 : 0;
}

QString usage()
{
    return QStringLiteral(
        "Usage: heapboard-cli COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  replay FILE [--heap-size N] [--policy NAME] [--states]\n"
        "      Replay a malloclab trace or a scenario and print one JSON object\n"
        "      per operation.\n"
        "  check FILE...\n"
        "      Run every expect line of each scenario (.heap); exit 1 naming\n"
        "      each one that fails.\n"
        "\n"
        "Options:\n"
        "  -h, --help     Show this help (COMMAND --help for a command's options).\n"
        "  -v, --version  Show the version.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("heapboard-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEAPBOARD_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);

    if (command == QLatin1String("replay"))
        return replay(arguments);
    if (command == QLatin1String("check"))
        return check(arguments);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        std::printf("heapboard-cli %s\n", HEAPBOARD_VERSION);
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        std::fputs(qPrintable(usage()), stdout);
        return 0;
    }
    if (command.isEmpty())
        return fail(QStringLiteral("heapboard-cli: no command given\n") + usage());
    return fail(QStringLiteral("heapboard-cli: unknown command '%1'\n").arg(command) + usage());
}
