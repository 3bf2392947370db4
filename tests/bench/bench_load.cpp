// SPDX-License-Identifier: MIT
// Load figures (the timeline issue, "Scale"): opening a 1,000,000-operation
// trace with about 100,000 live blocks, from the file to a painted heap view,
// in a process of its own so that its peak resident size is the load's.
#include "bench.h"
#include "documentloader.h"
#include "heapmodel.h"
#include "heapview.h"
#include "timeline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <map>
#include <string>
#include <sys/resource.h>
#include <vector>

using namespace heapboard;

namespace {

constexpr int kLive = 100000;
constexpr int kOperations = 1000000;

// A line of /proc/self/status in MiB ("VmHWM", "VmRSS").
double statusMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').front().toDouble() / 1024.0;
    }
    return 0;
}

double heapMiB()
{
    const struct mallinfo2 m = mallinfo2();
    return double(m.uordblks + m.hblkhd) / 1048576.0;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time, since the machine the figures come from is shared: wall time
// there measures the neighbours too.
double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double childrenCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// Times one part of the load in wall-clock and CPU time.
class PartTimer
{
public:
    PartTimer() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = cpuMs();
    }
    void report(const char *name)
    {
        reportFigure(name, msSince(m_wall), "ms");
        reportFigure((std::string(name) + "_cpu").c_str(), cpuMs() - m_cpu, "ms");
        restart();
    }

private:
    QElapsedTimer m_wall;
    double m_cpu = 0;
};

// Figures a child printed, by name: every run's value, and the unit.
struct Figures {
    std::map<std::string, std::vector<double>> values;
    std::map<std::string, std::string> units;

    void read(const QByteArray &output, const char *prefix)
    {
        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() == 3 && f[0].startsWith(prefix)) {
                values[f[0].toStdString()].push_back(f[1].toDouble());
                units[f[0].toStdString()] = f[2].toStdString();
            }
        }
    }
};

// Runs a load child; false (with its stderr shown) when it failed.
bool runChild(const QStringList &arguments, QByteArray &output)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                QStringList { QStringLiteral("load-child") } + arguments);
    if (!child.waitForFinished(300000) || child.exitCode() != 0) {
        std::fprintf(stderr, "heapboard-bench: the load child failed: %s\n",
                     child.readAllStandardError().constData());
        return false;
    }
    output = child.readAllStandardOutput();
    return true;
}

// Jumps to 200 random steps of the loaded trace: what the snapshot budget
// costs the user.
void reportJumps(HeapModel &model)
{
    std::vector<double> times;
    QRandomGenerator rng(7);
    for (int i = 0; i < 200; ++i) {
        const std::size_t k = rng.bounded(quint32(model.stepCount() + 1));
        QElapsedTimer timer;
        timer.start();
        model.jumpTo(k);
        times.push_back(msSince(timer));
    }
    reportFigure("load_jump_median", median(times), "ms");
    reportFigure("load_jump_max", *std::max_element(times.begin(), times.end()), "ms");
}

} // namespace

// The parent: writes the trace once, runs the child a few times and
// reports the medians of what the child measured.
void runLoadBench()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("load.rep"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(makeChurnTrace(20260611, kLive, kOperations)) < 0) {
            std::fprintf(stderr, "heapboard-bench: cannot write %s\n", qPrintable(path));
            return;
        }
    }
    Figures figures;
    std::vector<double> process;
    std::vector<double> processCpu;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = childrenCpuMs();
        QByteArray output;
        if (!runChild({ path }, output))
            return;
        process.push_back(msSince(timer));
        processCpu.push_back(childrenCpuMs() - cpuBefore);
        figures.read(output, "load_");
    }
    // Jumps after the load, in a run of their own: they are not part of it.
    QByteArray output;
    if (runChild({ path, QStringLiteral("jumps") }, output))
        figures.read(output, "load_jump");
    for (const auto &[name, values] : figures.values)
        reportFigure(name.c_str(), median(values), figures.units[name].c_str());
    reportFigure("load_process_to_painted_view", median(process), "ms");
    reportFigure("load_process_to_painted_view_cpu", median(processCpu), "ms");
    reportFigure("load_trace_operations", kOperations, "ops");
}

// The child: what the window does to open a trace, each part timed.
int runLoadChild(const QString &path, bool jumps)
{
    const double rssBefore = statusMiB("VmRSS");
    PartTimer total;
    PartTimer part;
    const double heapAtStart = heapMiB();
    // What DocumentLoader does on its worker thread, step by step.
    ParsedDocument document;
    if (!DocumentLoader::readDocument(path, document, nullptr) || document.kind != DocumentKind::Trace)
        return 1;
    part.report("load_read_and_parse");
    reportFigure("load_peak_rss_after_parse", statusMiB("VmHWM"), "MiB");
    reportFigure("load_trace_memory", heapMiB() - heapAtStart, "MiB");

    // The heap size the window suggests (heap size 0): found by the same
    // run; with a progress callback, as the loader's.
    const double heapBefore = heapMiB();
    Timeline timeline;
    Timeline::fromTrace(document.trace, 0, Policy::FirstFit, {}, timeline, [](double) { return true; });
    part.report("load_build_timeline");
    reportFigure("load_peak_rss_after_timeline", statusMiB("VmHWM"), "MiB");
    // The whole document: heap, history and scenario statements.
    reportFigure("load_timeline_memory", heapMiB() - heapBefore, "MiB");

    document = ParsedDocument(); // the window keeps only the timeline
    HeapModel model;
    model.load(std::move(timeline));
    model.jumpTo(model.history().peakLiveStep());
    HeapView view(&model);
    view.setAnimationsEnabled(false);
    view.resize(1920, 1080);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return 1;
    view.grab();
    part.report("load_model_and_painted_view");
    total.report("load_to_painted_view");
    reportFigure("load_peak_rss", statusMiB("VmHWM"), "MiB");
    reportFigure("load_rss_before", rssBefore, "MiB");
    reportFigure("load_history_memory", double(model.history().memoryBytes()) / 1048576.0, "MiB");
    reportFigure("load_live_blocks", double(model.stats().usedBlocks), "blocks");
    if (jumps)
        reportJumps(model);
    return 0;
}
