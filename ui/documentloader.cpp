// SPDX-License-Identifier: MIT
#include "documentloader.h"

#include "coremessages.h"

#include <QFile>
#include <QFileInfo>
#include <atomic>

using namespace heapboard;

namespace {

constexpr qint64 kMaxFileBytes = qint64(1) << 30;
// Reading and parsing take this share of a load; building the timeline the rest.
constexpr int kParsedPercent = 5;

} // namespace

// One load: what the worker reads, and the flag that stops it.
struct DocumentLoader::Job {
    QString path;
    TraceHeap traceHeap;
    std::atomic_bool canceled { false };
    int percent = -1; // the last reported; the worker's own
};

// What the worker hands back to the GUI thread.
struct DocumentLoader::Outcome {
    QString error; // empty on success
    DocumentKind kind = DocumentKind::Scenario;
    std::optional<Timeline> timeline;
};

DocumentLoader::DocumentLoader(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

DocumentLoader::~DocumentLoader()
{
    if (m_job)
        m_job->canceled = true;
    m_pool.waitForDone();
}

void DocumentLoader::load(const QString &path, TraceHeap traceHeap)
{
    cancel();
    m_timeline.reset();
    auto job = std::make_shared<Job>();
    job->path = path;
    job->traceHeap = traceHeap;
    m_job = job;
    m_pool.start([this, job] { run(job); });
}

void DocumentLoader::cancel()
{
    if (!m_job)
        return;
    m_job->canceled = true;
    m_job.reset();
    Q_EMIT canceled();
}

Timeline DocumentLoader::takeTimeline()
{
    Timeline t;
    if (m_timeline) {
        t = std::move(*m_timeline);
        m_timeline.reset();
    }
    return t;
}

bool DocumentLoader::readFile(const QString &path, QByteArray &out, QString *error)
{
    const QFileInfo info(path);
    QString why;
    if (!info.exists())
        why = tr("%1: no such file").arg(path);
    else if (!info.isFile())
        why = tr("%1: not a regular file").arg(path);
    else if (info.size() > kMaxFileBytes)
        why = tr("%1: file is larger than 1 GiB").arg(path);
    QFile file(path);
    if (why.isEmpty() && !file.open(QIODevice::ReadOnly))
        why = tr("%1: cannot read: %2").arg(path, file.errorString());
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    out = file.readAll();
    return true;
}

bool DocumentLoader::readDocument(const QString &path, ParsedDocument &out, QString *error)
{
    QByteArray text;
    if (!readFile(path, text, error))
        return false;
    std::string message;
    if (parseDocument(std::string_view(text.constData(), std::size_t(text.size())), path.toStdString(), out,
                      message))
        return true;
    if (error)
        *error = CoreMessages::translate(message); // the window's (or the CLI's) language
    return false;
}

void DocumentLoader::run(const std::shared_ptr<Job> &job)
{
    // On the worker thread: only the job and the thread-safe parts of the
    // loader (report(), deliver(), which post to the GUI thread) are used.
    auto outcome = std::make_shared<Outcome>();
    ParsedDocument document;
    if (job->canceled)
        return;
    if (!readDocument(job->path, document, &outcome->error)) {
        deliver(job, outcome);
        return;
    }
    report(job, kParsedPercent);
    outcome->kind = document.kind;
    const Timeline::Progress onProgress = [this, &job](double done) {
        report(job, kParsedPercent + int(done * (100 - kParsedPercent)));
        return !job->canceled;
    };
    Timeline timeline;
    const bool built = document.kind == DocumentKind::Scenario
        ? Timeline::fromScenario(document.scenario, timeline, 0, onProgress)
        : Timeline::fromTrace(document.trace, job->traceHeap.heapSize, job->traceHeap.policy,
                              job->traceHeap.settings, timeline, onProgress);
    if (!built && !job->canceled) {
        // fromScenario() refuses only a heap size the parser already refuses.
        outcome->error = DocumentLoader::tr("%1: the heap size cannot be used").arg(job->path);
    }
    if (job->canceled)
        return;
    if (built)
        outcome->timeline = std::move(timeline);
    deliver(job, outcome);
}

void DocumentLoader::report(const std::shared_ptr<Job> &job, int percent)
{
    if (percent <= job->percent)
        return;
    job->percent = percent;
    QMetaObject::invokeMethod(
        this,
        [this, job, percent] {
            if (job == m_job)
                Q_EMIT progress(percent);
        },
        Qt::QueuedConnection);
}

void DocumentLoader::deliver(const std::shared_ptr<Job> &job, const std::shared_ptr<Outcome> &outcome)
{
    QMetaObject::invokeMethod(
        this,
        [this, job, outcome] {
            if (job != m_job)
                return; // canceled, or replaced by a later load
            m_job.reset();
            if (!outcome->timeline) {
                Q_EMIT failed(outcome->error);
                return;
            }
            m_timeline = std::move(outcome->timeline);
            m_path = job->path;
            m_kind = outcome->kind;
            Q_EMIT finished(m_path);
        },
        Qt::QueuedConnection);
}
