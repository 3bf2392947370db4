// SPDX-License-Identifier: MIT
#include "document.h"

#include "coremessages.h"
#include "documentreader.h"
#include "heapmodel.h"
#include "recentfiles.h"
#include "scenario.h"
#include "timelineeditor.h"
#include "trace.h"
#include "tracerunner.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>
#include <QUndoStack>

using namespace heapboard;

namespace {

bool isLessonPath(const QString &path)
{
    return path.startsWith(QLatin1String(":/"));
}

// Documents with more steps than this are built on a worker thread, with
// progress and Cancel: above it building may take longer than half a second.
constexpr std::size_t kBackgroundSteps = 100000;

} // namespace

Document::Document(HeapModel *model, TimelineEditor *editor, RecentFiles *recent, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_editor(editor)
    , m_undo(editor->undoStack())
    , m_recent(recent)
    , m_autosaveTimer(new QTimer(this))
    , m_loader(new DocumentLoader(this))
{
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(kAutosaveDelayMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &Document::autosaveNow);
    connect(m_undo, &QUndoStack::cleanChanged, this, &Document::cleanChanged);
    // Every edit, undo and redo moves the index; a change back to the
    // saved state makes the stack clean, which removes the autosave.
    connect(m_undo, &QUndoStack::indexChanged, this, &Document::scheduleAutosave);
    // A window deletes the editor first; its stack's last clear() is not a
    // change of this document.
    connect(m_editor, &QObject::destroyed, this, [this] { m_undo->disconnect(this); });
    connect(m_loader, &DocumentLoader::progress, this, &Document::loadProgress);
    connect(m_loader, &DocumentLoader::canceled, this, &Document::loadEnded);
    connect(m_loader, &DocumentLoader::failed, this, [this](const QString &message) {
        Q_EMIT loadEnded();
        Q_EMIT failed(message);
    });
    connect(m_loader, &DocumentLoader::finished, this, [this](const QString &path) {
        Q_EMIT loadEnded();
        install(path, m_loader->kind(), m_loader->takeTimeline());
    });
}

Document::~Document()
{
    discardAutosave();
}

bool Document::isModified() const
{
    return !m_undo->isClean();
}

bool Document::readDocument(const QString &path, ParsedDocument &document)
{
    QString error;
    if (DocumentLoader::readDocument(path, document, &error))
        return true;
    Q_EMIT failed(error);
    return false;
}

bool Document::open(const QString &path, bool askForTrace)
{
    return maybeSave() && load(path, askForTrace);
}

bool Document::load(const QString &path, bool ask)
{
    // The content decides what the file is, as for heapboard-cli.
    ParsedDocument document;
    if (!readDocument(path, document))
        return false;
    m_readWarning = document.warning.empty() ? QString() : CoreMessages::translate(document.warning);
    // A trace runs under the heap's current policy and settings.
    DocumentLoader::TraceHeap heap { 0, m_model->heap().policy(), m_model->heap().settings() };
    if (document.kind == DocumentKind::Trace && !traceHeapFor(path, document.trace, ask, heap))
        return false;
    const std::size_t steps
        = document.kind == DocumentKind::Trace ? document.trace.ops.size() : document.scenario.steps.size();
    if (steps > kBackgroundSteps) {
        m_loader->load(path, heap);
        Q_EMIT loadStarted(path);
        return true;
    }
    Timeline timeline;
    if (document.kind == DocumentKind::Trace)
        timeline = Timeline::fromTrace(document.trace, heap.heapSize, heap.policy, heap.settings);
    else if (!Timeline::fromScenario(document.scenario, timeline)) {
        Q_EMIT failed(tr("%1: cannot open: the heap size cannot be used").arg(path));
        return false;
    }
    install(path, document.kind, std::move(timeline));
    return true;
}

bool Document::loadText(const QString &name, std::string_view text)
{
    ParsedDocument document;
    std::string error;
    Timeline timeline;
    if (!parseDocument(text, name.toStdString(), document, error))
        Q_EMIT failed(QString::fromStdString(error));
    else if (document.kind != DocumentKind::Scenario)
        Q_EMIT failed(tr("%1: not a scenario").arg(name));
    else if (!Timeline::fromScenario(document.scenario, timeline))
        Q_EMIT failed(tr("%1: cannot open: the heap size cannot be used").arg(name));
    else {
        install({}, DocumentKind::Scenario, std::move(timeline));
        return true;
    }
    return false;
}

bool Document::traceHeapFor(const QString &path, const Trace &trace, bool ask,
                            DocumentLoader::TraceHeap &heap)
{
    // A recording opens as recorded: the blocks where the real allocator
    // put them, on its own address space (docs/hrec.md).
    const bool recording = !trace.calls.empty();
    if (recording)
        heap = { 0, Policy::AsRecorded, {} };
    if (!ask)
        return true; // 0: the suggested size, found in the same run
    Size size = suggestedHeapSize(trace);
    Policy policy = heap.policy;
    if (!(m_traceQuestion && m_traceQuestion(path, trace.ops.size(), recording, size, policy)))
        return false;
    if (policy == Policy::AsRecorded) {
        heap = { 0, policy, {} };
        return true;
    }
    if (size == 0 || size > kMaxHeapSize) {
        Q_EMIT failed(tr("%1: cannot replay on a heap of %2 bytes").arg(path).arg(size));
        return false;
    }
    heap = { size, policy, heap.settings };
    return true;
}

void Document::install(const QString &path, DocumentKind kind, Timeline timeline)
{
    Q_EMIT aboutToLoad();
    const QString title = QString::fromStdString(timeline.scenario().title);
    m_model->load(std::move(timeline));
    m_editor->clear();
    m_source = path;
    if (kind == DocumentKind::Trace) {
        // Where the trace holds the most: most traces end on an empty heap.
        m_model->jumpTo(m_model->history().peakLiveStep());
        setFile({}, QFileInfo(path).fileName()); // imported: Save writes a new scenario
        m_recent->add(path);
    } else if (isLessonPath(path) || path.isEmpty()) {
        // A lesson (Save must not write into the resources) or a text.
        setFile({}, title.isEmpty() ? tr("Untitled") : title);
    } else {
        setFile(QFileInfo(path).absoluteFilePath(), title.isEmpty() ? QFileInfo(path).fileName() : title);
        m_recent->add(path);
    }
    Q_EMIT loaded(kind == DocumentKind::Trace ? Source::Trace : Source::Scenario);
}

void Document::cancelLoad()
{
    m_loader->cancel();
}

bool Document::isLoading() const
{
    return m_loader->isLoading();
}

bool Document::newHeap()
{
    if (!maybeSave())
        return false;
    Q_EMIT aboutToLoad();
    m_model->reset(1024, m_model->heap().policy());
    m_editor->clear();
    setFile({}, tr("Untitled"));
    Q_EMIT loaded(Source::New);
    return true;
}

void Document::setFile(const QString &path, const QString &name)
{
    m_path = path;
    m_name = name;
    Q_EMIT fileChanged(m_path, m_name);
}

bool Document::saveTo(const QString &path)
{
    // A scenario has no addresses: a recording shown as recorded would not
    // read back (docs/hrec.md, "As recorded"). Its .hrec keeps it.
    if (m_model->scenario().policy == Policy::AsRecorded) {
        Q_EMIT failed(tr("%1: cannot save: a recording shown as recorded has no scenario (a scenario has no "
                         "addresses). Its recording keeps it; to save its requests as a scenario, import it "
                         "again under a policy (File > Import Trace…).")
                          .arg(path));
        return false;
    }
    QSaveFile file(path);
    const std::string text = formatScenario(m_model->scenario());
    if (!file.open(QIODevice::WriteOnly)
        || file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit()) {
        Q_EMIT failed(tr("%1: cannot save: %2").arg(path, file.errorString()));
        return false;
    }
    m_undo->setClean(); // removes the autosave
    setFile(QFileInfo(path).absoluteFilePath(),
            m_model->title().isEmpty() ? QFileInfo(path).fileName() : m_model->title());
    m_recent->add(path);
    Q_EMIT saved(m_path);
    return true;
}

bool Document::save()
{
    return m_path.isEmpty() ? saveAs() : saveTo(m_path);
}

bool Document::saveAs()
{
    QString path = m_savePathQuestion ? m_savePathQuestion(m_path) : QString();
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".heap");
    return saveTo(path);
}

bool Document::maybeSave()
{
    if (!isModified())
        return true;
    switch (m_unsavedQuestion ? m_unsavedQuestion() : Answer::Cancel) {
    case Answer::Save:
        return save() && !isModified();
    case Answer::Discard:
        return true;
    case Answer::Cancel:
        break;
    }
    return false;
}

void Document::cleanChanged(bool clean)
{
    if (clean)
        discardAutosave(); // what is on disk (or nothing) is all there is
    else
        scheduleAutosave();
    Q_EMIT modifiedChanged(!clean);
}

void Document::setAutosaveDirectory(const QString &directory)
{
    m_autosave.remove();
    m_autosave.setDirectory(directory);
    scheduleAutosave();
}

int Document::autosaveDelay() const
{
    return m_autosaveTimer->interval();
}

void Document::setAutosaveDelay(int ms)
{
    m_autosaveTimer->setInterval(ms);
}

bool Document::isAutosavePending() const
{
    return m_autosaveTimer->isActive();
}

void Document::scheduleAutosave()
{
    // Started by the first change and not restarted by later ones: a steady
    // stream of edits is still written every autosaveDelay().
    if (isModified() && !m_autosaveTimer->isActive())
        m_autosaveTimer->start();
}

bool Document::autosaveNow()
{
    m_autosaveTimer->stop();
    // As for saveTo(): its recording keeps a document shown as recorded.
    if (!isModified() || m_model->scenario().policy == Policy::AsRecorded) {
        m_autosave.remove();
        return false;
    }
    Autosave::Header header;
    header.path = m_path;
    header.name = m_name;
    header.position = m_model->position();
    header.steps = m_model->stepCount();
    QString error;
    if (!m_autosave.write(header, formatScenario(m_model->scenario()), &error)) {
        const QString message = tr("%1: cannot autosave: %2").arg(m_autosave.filePath(), error);
        if (message != m_autosaveError)
            Q_EMIT failed(message); // once, not every few seconds
        m_autosaveError = message;
        return false;
    }
    m_autosaveError.clear();
    Q_EMIT autosaved(m_autosave.filePath());
    return true;
}

void Document::discardAutosave()
{
    m_autosaveTimer->stop();
    m_autosave.remove();
}

bool Document::restore(const Autosave::Leftover &leftover)
{
    ParsedDocument document;
    if (!readDocument(leftover.file, document))
        return false;
    if (document.kind != DocumentKind::Scenario) {
        Q_EMIT failed(tr("%1: not a scenario").arg(leftover.file));
        return false;
    }
    const Scenario &scenario = document.scenario;
    Timeline timeline;
    const std::size_t position = std::min(leftover.header.position, scenario.steps.size());
    if (!Timeline::fromScenario(scenario, timeline, position)) {
        Q_EMIT failed(tr("%1: cannot open: heap size %2").arg(leftover.file).arg(scenario.heapSize));
        return false;
    }
    Q_EMIT aboutToLoad();
    m_model->load(std::move(timeline));
    m_editor->clear();
    const QString name = !leftover.header.name.isEmpty() ? leftover.header.name
        : !leftover.header.path.isEmpty()                ? QFileInfo(leftover.header.path).fileName()
                                                         : tr("Recovered");
    setFile(leftover.header.path, name);
    // Unsaved: no state of the undo stack is the saved one.
    m_undo->resetClean();
    // Kept until this document's own autosave holds it.
    if (autosaveNow())
        QFile::remove(leftover.file);
    Q_EMIT loaded(Source::Recovered);
    return true;
}

bool Document::offerRecovery()
{
    if (!m_recoveryQuestion)
        return false;
    for (const Autosave::Leftover &leftover : leftovers()) {
        switch (m_recoveryQuestion(leftover)) {
        case RecoveryAnswer::Restore:
            if (maybeSave() && restore(leftover))
                return true;
            break;
        case RecoveryAnswer::Discard:
            QFile::remove(leftover.file);
            break;
        case RecoveryAnswer::Keep:
            break;
        }
    }
    return false;
}
