// SPDX-License-Identifier: MIT
#pragma once

#include "documentreader.h"
#include "timeline.h"

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <memory>
#include <optional>

// Opens a document file on a worker thread: reads it, tells a scenario from
// a malloclab trace by its content (heapboard::parseDocument(), as
// heapboard-cli does), and builds its heapboard::Timeline there, so that the
// window stays responsive while a large trace loads (a million operations
// take most of a second) and can offer to cancel.
//
//     auto *loader = new DocumentLoader(this);
//     connect(loader, &DocumentLoader::progress, bar, &QProgressBar::setValue);
//     connect(loader, &DocumentLoader::finished, this, [this, loader] {
//         model->load(loader->takeTimeline());
//     });
//     connect(loader, &DocumentLoader::failed, this, &Window::showError);
//     loader->load(path); // a trace: on its suggested heap size, first fit
//
// After each load() exactly one of finished(), failed() or canceled() is
// emitted, after any number of progress() signals, all on the thread the
// loader lives in (the GUI thread) and from its event loop: never from
// inside load() or cancel(), except canceled() itself. A load() while
// another runs cancels that one first (canceled() for it, at once), so
// only the latest load is ever reported.
class DocumentLoader : public QObject
{
    Q_OBJECT
public:
    // What a trace is replayed on. A heap size of 0 is the one the window
    // suggests, suggestedHeapSize(trace): the smallest power of two that
    // holds the trace under first fit (found by the same run under first
    // fit; other policies run the trace once more first). A scenario sets
    // its own heap and policy and ignores this.
    struct TraceHeap {
        heapboard::Size heapSize = 0;
        heapboard::Policy policy = heapboard::Policy::FirstFit;
        heapboard::HeapSettings settings;
    };

    explicit DocumentLoader(QObject *parent = nullptr);
    // Cancels a load in progress and waits until its thread has stopped.
    ~DocumentLoader() override;

    // Starts loading path. A scenario ends up at step 0, a trace at its
    // last step (the caller may move it to history().peakLiveStep()).
    void load(const QString &path) { load(path, TraceHeap()); }
    void load(const QString &path, TraceHeap traceHeap);
    // Stops the load in progress: canceled() is emitted at once and nothing
    // else is emitted for it. The worker notices within 8192 operations of
    // the replay (a few milliseconds); reading and parsing the file, and the
    // heap-size probe of a trace under another policy than first fit, run
    // to their end first. Does nothing when no load is in progress.
    void cancel();
    bool isLoading() const { return m_job != nullptr; }

    // After finished(): the document's timeline, taken out (a second call
    // gives an empty Timeline), its path, and whether it was a scenario or
    // a trace.
    heapboard::Timeline takeTimeline();
    QString path() const { return m_path; }
    heapboard::DocumentKind kind() const { return m_kind; }

    // What a load does first, on the calling thread: reads a regular file
    // of at most 1 GiB and parses it. False with the message to show:
    // "FILE: no such file", "FILE: cannot read: reason",
    // "FILE:LINE:COLUMN: ..." for a scenario, "FILE:LINE: ..." for a trace.
    static bool readDocument(const QString &path, heapboard::ParsedDocument &out, QString *error);
    static bool readFile(const QString &path, QByteArray &out, QString *error);

Q_SIGNALS:
    // The share of the load done, 0 to 100, rising; 100 comes just before
    // finished().
    void progress(int percent);
    // The timeline is ready: takeTimeline().
    void finished(const QString &path);
    // The file could not be read; message as readDocument() gives it.
    void failed(const QString &message);
    void canceled();

private:
    struct Job;
    struct Outcome;
    void run(const std::shared_ptr<Job> &job);
    void report(const std::shared_ptr<Job> &job, int percent);
    void deliver(const std::shared_ptr<Job> &job, const std::shared_ptr<Outcome> &outcome);

    QThreadPool m_pool; // one thread: a canceled load ends before the next starts
    std::shared_ptr<Job> m_job; // the load in progress
    std::optional<heapboard::Timeline> m_timeline;
    QString m_path;
    heapboard::DocumentKind m_kind = heapboard::DocumentKind::Scenario;
};
