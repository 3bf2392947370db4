// SPDX-License-Identifier: MIT
// heapboard-cli: replay, check and render traces and scenarios headless.
// Exit status: 0 when the input was understood, 2 with a message on stderr
// when it was not.
#include "chartexport.h"
#include "clicommon.h"
#include "clicompare.h"
#include "cliconvert.h"
#include "cliostep.h"
#include "clisettings.h"
#include "clistats.h"
#include "documentloader.h"
#include "documentreader.h"
#include "heapexport.h"
#include "heappalette.h"
#include "recordedspace.h"
#include "replay.h"
#include "replaysnapshot.h"
#include "scenariorunner.h"
#include "trace.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <cstdio>
#include <memory>
#include <optional>

using namespace heapboard;

namespace {

void writeOut(std::string_view text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
}

// Parses a command's arguments: an exit status when that is all there is
// to do (2 for a bad option, 0 after --help), nothing when the command runs.
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments))
        return fail(QStringLiteral("heapboard-cli %1: %2").arg(arguments.value(1), parser.errorText()));
    if (!parser.isSet(QStringLiteral("help")))
        return std::nullopt;
    std::fputs(qPrintable(parser.helpText()), stdout);
    return 0;
}

// --heap-size and --policy, which replay and render share.
struct HeapArguments {
    std::optional<Size> heapSize;
    std::optional<Policy> policy;
    SettingsOptions settings;
};

void addHeapOptions(QCommandLineParser &parser, const QString &defaultSize, const QString &defaultPolicy)
{
    parser.addOptions({
        { QStringLiteral("heap-size"),
          Cli::tr("Heap size in bytes, 1 to 2^62; K/M/G suffixes (default: %1).").arg(defaultSize),
          QStringLiteral("N") },
        { QStringLiteral("policy"),
          Cli::tr("Placement policy: first-fit, next-fit, best-fit, worst-fit or as-recorded (a "
                  "recording's own addresses) (default: %1).")
              .arg(defaultPolicy),
          QStringLiteral("NAME") },
    });
    SettingsOptions::add(parser);
}

// The values of --heap-size and --policy: an empty string, or what is wrong.
QString readHeapArguments(const QCommandLineParser &parser, HeapArguments &out)
{
    if (parser.isSet(QStringLiteral("heap-size"))) {
        const QString text = parser.value(QStringLiteral("heap-size"));
        Size n = 0;
        if (!parseSize(text.toStdString(), n))
            return Cli::tr("--heap-size '%1' is not a size from 1 to 2^62 bytes").arg(text);
        if (n == 0)
            return Cli::tr("--heap-size must be at least 1 byte");
        out.heapSize = n;
    }
    if (parser.isSet(QStringLiteral("policy"))) {
        const QString text = parser.value(QStringLiteral("policy"));
        Policy policy = Policy::FirstFit;
        if (!parsePolicy(text.toStdString(), policy))
            return Cli::tr("unknown policy '%1' (first-fit, next-fit, best-fit, worst-fit, as-recorded)")
                .arg(text);
        out.policy = policy;
    }
    return out.settings.read(parser);
}

// --policy as-recorded on a document that is no recording.
int notARecording(const QString &command, const QString &path)
{
    return fail(Cli::tr("heapboard-cli %1: %2: as-recorded needs a recording (.hrec) with some block in it")
                    .arg(command, path));
}

// Prints the JSON Lines of a trace or scenario file: its content decides.
int replayFile(const QString &path, const HeapArguments &heap, bool states)
{
    ParsedDocument document;
    QString error;
    if (!DocumentLoader::readDocument(path, document, &error))
        return fail(error);
    if (!document.warning.empty())
        std::fprintf(stderr, "%s\n", document.warning.c_str());
    if (document.kind == DocumentKind::Scenario) {
        // The scenario sets its heap and policy; the options override them.
        Scenario &scenario = document.scenario;
        scenario.heapSize = heap.heapSize.value_or(scenario.heapSize);
        scenario.policy = heap.policy.value_or(scenario.policy);
        scenario.settings = heap.settings.applyTo(scenario.settings);
        if (scenario.policy == Policy::AsRecorded)
            return notARecording(QStringLiteral("replay"), path);
        if (const std::string problem = settingsProblem(scenario.settings, scenario.heapSize);
            !problem.empty())
            return fail(QStringLiteral("heapboard-cli replay: ") + QString::fromStdString(problem));
        replayScenario(scenario, states, writeOut);
    } else {
        ReplayOptions options;
        options.heapSize = heap.heapSize.value_or(options.heapSize);
        options.policy = heap.policy.value_or(options.policy);
        options.settings = heap.settings.applyTo(options.settings);
        // As recorded, the recording sets the heap: its own address space.
        RecordedSpace space;
        if (options.policy == Policy::AsRecorded && !recordedSpace(document.trace, space))
            return notARecording(QStringLiteral("replay"), path);
        if (options.policy == Policy::AsRecorded) {
            options.heapSize = space.heapSize;
            options.settings = space.settings;
        }
        if (const std::string problem = settingsProblem(options.settings, options.heapSize); !problem.empty())
            return fail(QStringLiteral("heapboard-cli replay: ") + QString::fromStdString(problem));
        options.states = states;
        replayTrace(document.trace, options, writeOut);
    }
    return std::fflush(stdout) == 0 ? 0 : fail(Cli::tr("heapboard-cli: cannot write the output"));
}

int replay(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Replay a malloclab trace (.rep) or a scenario (.heap) and print JSON Lines."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("replay"), Cli::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The trace or scenario to replay."));
    addHeapOptions(parser, Cli::tr("4294967296 for a trace, a scenario's own"),
                   Cli::tr("first-fit, or a scenario's own"));
    const QCommandLineOption states(QStringLiteral("states"),
                                    Cli::tr("Print the free and used blocks after every operation."));
    parser.addOption(states);
    if (const std::optional<int> done = parseCommand(parser, arguments))
        return *done;
    const QString prefix = QStringLiteral("heapboard-cli replay: ");
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1)
        return fail(prefix + Cli::tr("expected one FILE, got %1 (see --help)").arg(files.size()));
    HeapArguments heap;
    if (const QString error = readHeapArguments(parser, heap); !error.isEmpty())
        return fail(prefix + error);
    return replayFile(files.front(), heap, parser.isSet(states));
}

// check FILE...: runs every expect line of each scenario. 0 when all hold,
// 1 naming each that fails, 2 when a file cannot be read or parsed.
int check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Run every expect line of each scenario."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("check"), Cli::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("Scenarios (.heap) to check."),
                                 QStringLiteral("FILE..."));
    if (const std::optional<int> done = parseCommand(parser, arguments))
        return *done;
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty())
        return fail(Cli::tr("heapboard-cli check: expected at least one FILE (see --help)"));
    int failed = 0;
    for (const QString &path : files) {
        ParsedDocument document;
        QString error;
        if (!DocumentLoader::readDocument(path, document, &error))
            return fail(error);
        if (document.kind == DocumentKind::Trace)
            return fail(Cli::tr("%1: a malloclab trace, not a scenario: it has no expect lines").arg(path));
        const Scenario &scenario = document.scenario;
        const std::vector<std::string> failures = checkScenario(scenario);
        for (const std::string &f : failures)
            std::fprintf(stderr, "%s:%s\n", qPrintable(path), f.c_str());
        std::size_t expects = scenario.startExpects.size();
        for (const ScenarioStep &step : scenario.steps)
            expects += step.expects().size();
        const QString summary
            = Cli::tr("%1: %2 of %3 expect lines hold").arg(path).arg(expects - failures.size()).arg(expects);
        std::printf("%s\n", qPrintable(summary));
        failed += failures.empty() ? 0 : 1;
    }
    return failed ? 1 : 0;
}

struct RenderOptions {
    QString file;
    QString output;
    std::optional<std::size_t> step; // default: the last
    QSize size { 1920, 1080 };
    QString theme = QStringLiteral("light");
    HeapArguments heap;
    bool caption = true;
    bool legend = false;
    bool chart = false;
};

void addRenderOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        Cli::tr("Draw a trace (.rep) or scenario (.heap) after one of its steps\n"
                "to a PNG, SVG or PDF file, without a display."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("render"), Cli::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The trace or scenario to draw."));
    parser.addOptions({
        { { QStringLiteral("o"), QStringLiteral("output") },
          Cli::tr("The file to write: .png, .svg or .pdf."),
          QStringLiteral("OUT") },
        { QStringLiteral("step"), Cli::tr("Draw the heap after N operations (0: empty; default: all)."),
          QStringLiteral("N") },
        { QStringLiteral("size"), Cli::tr("Picture size in pixels (default 1920x1080)."),
          QStringLiteral("WxH") },
        { QStringLiteral("theme"), Cli::tr("Colors: %1 (default light).").arg(HeapPalette::ids().join(u", ")),
          QStringLiteral("NAME") },
        { QStringLiteral("no-caption"), Cli::tr("Leave out the title, step, narration and figures.") },
        { QStringLiteral("legend"),
          Cli::tr("Put the legend (free, used, changed) in the bottom right corner.") },
        { QStringLiteral("chart"),
          Cli::tr("Draw the chart over time (live and free bytes, largest free block,\n"
                  "fragmentation, free blocks after every step) instead of the heap;\n"
                  "--step marks a step on it.") },
    });
    addHeapOptions(parser, Cli::tr("a scenario's own; for a trace the smallest power of two that holds it"),
                   Cli::tr("first-fit, or a scenario's own"));
}

// The checks of each option's value: an empty string when it is good.
QString readStep(const QString &text, RenderOptions &options)
{
    bool ok = false;
    const qulonglong n = text.toULongLong(&ok);
    if (!ok || !text.front().isDigit())
        return Cli::tr("--step '%1' is not a step number (0, 1, 2, ...)").arg(text);
    options.step = std::size_t(n);
    return {};
}

QString readPictureSize(const QString &text, RenderOptions &options)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})[xX](\\d{1,9})$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return Cli::tr("--size '%1' is not WIDTHxHEIGHT, for example 1920x1080").arg(text);
    options.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    QString why;
    return HeapExport::isValidSize(options.size, &why) ? QString()
                                                       : QStringLiteral("--size %1: %2").arg(text, why);
}

QString readTheme(const QString &text, RenderOptions &options)
{
    options.theme = text;
    if (HeapPalette::ids().contains(text))
        return {};
    return Cli::tr("unknown theme '%1' (%2)").arg(text, HeapPalette::ids().join(u", "));
}

QString readOutput(const QString &text, RenderOptions &options)
{
    options.output = text;
    if (text.isEmpty())
        return Cli::tr("missing -o OUT.png|OUT.svg|OUT.pdf");
    if (!HeapExport::formatOf(text))
        return Cli::tr("%1: unknown output type '.%2' (use .png, .svg or .pdf)")
            .arg(text, QFileInfo(text).suffix());
    return {};
}

// Fills options from the parsed command line: an empty string, or what is
// wrong.
QString readRenderOptions(const QCommandLineParser &parser, RenderOptions &options)
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1)
        return Cli::tr("expected one FILE, got %1 (see --help)").arg(files.size());
    options.file = files.front();
    options.caption = !parser.isSet(QStringLiteral("no-caption"));
    options.legend = parser.isSet(QStringLiteral("legend"));
    options.chart = parser.isSet(QStringLiteral("chart"));
    using Reader = QString (*)(const QString &, RenderOptions &);
    const std::pair<const char *, Reader> readers[] = {
        { "output", readOutput }, { "step", readStep }, { "size", readPictureSize }, { "theme", readTheme }
    };
    for (const auto &[name, read] : readers) {
        const QString option = QLatin1String(name);
        if (!parser.isSet(option) && option != QLatin1String("output"))
            continue;
        if (const QString error = read(parser.value(option), options); !error.isEmpty())
            return error;
    }
    return readHeapArguments(parser, options.heap);
}

// render --chart: the statistics of every step, drawn by the window's chart.
int renderChart(ReplaySnapshot &snapshot, const RenderOptions &options, std::size_t step)
{
    StepSeries series;
    snapshot.replayTo(snapshot.stepCount(), &series);
    ChartExport picture(HeapPalette::byId(options.theme));
    picture.setSize(options.size);
    picture.renderer().setSeries({ ChartSeries { {}, {}, &series } });
    picture.renderer().setPosition(step);
    if (options.caption)
        picture.setCaption({ snapshot.caption().value(0) });
    QString error;
    if (!picture.save(options.output, &error))
        return fail(error);
    return 0;
}

// render FILE -o OUT: the heap after a step, drawn to a picture.
int render(const QStringList &arguments)
{
    QCommandLineParser parser;
    addRenderOptions(parser);
    if (const std::optional<int> done = parseCommand(parser, arguments))
        return *done;
    RenderOptions options;
    QString error = readRenderOptions(parser, options);
    if (!error.isEmpty())
        return fail(QStringLiteral("heapboard-cli render: ") + error);
    QByteArray text;
    if (!DocumentLoader::readFile(options.file, text, &error))
        return fail(error);
    ReplaySnapshot snapshot;
    snapshot.setHeapSize(options.heap.heapSize);
    snapshot.setPolicy(options.heap.policy);
    snapshot.setSettings([&options](const HeapSettings &s) { return options.heap.settings.applyTo(s); });
    if (!snapshot.load(options.file, text, &error))
        return fail(error);
    if (options.heap.policy == Policy::AsRecorded && !snapshot.hasRecordedSpace())
        return notARecording(QStringLiteral("render"), options.file);
    if (!snapshot.warning().empty())
        std::fprintf(stderr, "%s\n", snapshot.warning().c_str());
    const std::size_t steps = snapshot.stepCount();
    const std::size_t step = options.step.value_or(steps);
    if (!snapshot.replayTo(step))
        return fail(
            Cli::tr("heapboard-cli render: --step %1: %2 has %n step(s) (0 to %3)", nullptr, int(steps))
                .arg(step)
                .arg(options.file)
                .arg(steps));
    if (options.chart)
        return renderChart(snapshot, options, step);
    HeapExport picture(snapshot.heap(), HeapPalette::byId(options.theme),
                       [&snapshot](quint32 tag) { return snapshot.labelFor(tag); });
    picture.setSize(options.size);
    if (options.caption)
        picture.setCaption(snapshot.caption());
    picture.setLegend(options.legend);
    if (!picture.save(options.output, &error))
        return fail(error);
    return 0;
}

QtMessageHandler defaultMessageHandler = nullptr;

// The offscreen platform asks for a runtime directory it has no use for;
// a headless render should not warn about it on every run.
void renderMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    defaultMessageHandler(type, context, message);
}

QString usage()
{
    return Cli::tr("Usage: heapboard-cli COMMAND [options]\n"
                   "\n"
                   "Commands:\n"
                   "  replay FILE [--heap-size N] [--policy NAME] [SETTINGS] [--states]\n"
                   "      Replay a malloclab trace or a scenario and print one JSON object\n"
                   "      per operation.\n"
                   "  check FILE...\n"
                   "      Run every expect line of each scenario (.heap); exit 1 naming\n"
                   "      each one that fails.\n"
                   "  render FILE [--step N] [--size WxH] [--theme NAME] -o OUT.png|.svg|.pdf\n"
                   "      Draw the heap of a trace or scenario after step N (default: the\n"
                   "      last; 0: the empty heap), 1920x1080 by default, without a display.\n"
                   "      --no-caption leaves out the title, step, narration and figures;\n"
                   "      --chart draws the chart over time instead, with step N marked;\n"
                   "      --heap-size, --policy and SETTINGS work as for replay.\n"
                   "  ostep [malloc.py options] [--scenario OUT.heap]\n"
                   "      Print exactly what OSTEP's free-space homework, malloc.py, prints\n"
                   "      for the same options (-s, -S, -b, -H, -a, -p, -l, -C, -n, -r, -P,\n"
                   "      -A, -c); --scenario also writes the workload as a scenario.\n"
                   "  compare FILE [--policies LIST] [--heap-size N] [SETTINGS] [--json]\n"
                   "      Run a trace or scenario under each policy (default: all four) and\n"
                   "      print one summary row each: failed allocations, peak and final\n"
                   "      fragmentation, largest free block, high-water mark, mean blocks\n"
                   "      searched per malloc, steps.\n"
                   "  stats FILE [--policy NAME] [--every N] [--csv] [--heap-size N] [SETTINGS]\n"
                   "      Print live bytes, free bytes, largest free block, fragmentation,\n"
                   "      free blocks and heap size after every N-th step and the last.\n"
                   "  convert FILE.hrec -o OUT.rep\n"
                   "      Turn a heapboard-record recording into a malloclab trace; replay,\n"
                   "      render and the window open recordings directly.\n"
                   "\n"
                   "SETTINGS (docs/settings.md): --base ADDR, --header N, --align N,\n"
                   "  --min-block N, --order NAME, --coalesce NAME, --grow N, --max-heap N.\n"
                   "\n"
                   "Options:\n"
                   "  -h, --help     Show this help (COMMAND --help for a command's options).\n"
                   "  -v, --version  Show the version.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    // Only render draws, with QtGui: headless unless a platform is asked for,
    // so it works without a display. replay and check stay QtCore only.
    const bool drawing = argc > 1 && qstrcmp(argv[1], "render") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (drawing)
        defaultMessageHandler = qInstallMessageHandler(renderMessageHandler);
    const std::unique_ptr<QCoreApplication> app = drawing ? std::make_unique<QGuiApplication>(argc, argv)
                                                          : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("heapboard-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEAPBOARD_VERSION));
    // Messages in the system's language; what it writes (JSON Lines, the
    // numbers of a rendered picture) in the C locale, the same everywhere.
    Translations::install();
    QLocale::setDefault(QLocale::c());
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);

    if (command == QLatin1String("replay"))
        return replay(arguments);
    if (command == QLatin1String("check"))
        return check(arguments);
    if (command == QLatin1String("render"))
        return render(arguments);
    if (command == QLatin1String("ostep"))
        return ostepCommand(arguments);
    if (command == QLatin1String("compare"))
        return compareCommand(arguments);
    if (command == QLatin1String("stats"))
        return statsCommand(arguments);
    if (command == QLatin1String("convert"))
        return convertCommand(arguments);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        std::printf("heapboard-cli %s\n", HEAPBOARD_VERSION);
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        std::fputs(qPrintable(usage()), stdout);
        return 0;
    }
    if (command.isEmpty())
        return fail(Cli::tr("heapboard-cli: no command given\n") + usage());
    return fail(Cli::tr("heapboard-cli: unknown command '%1'\n").arg(command) + usage());
}
