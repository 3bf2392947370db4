// SPDX-License-Identifier: MIT
#pragma once

#include "autosave.h"
#include "documentloader.h"
#include "events.h"

#include <QObject>
#include <QString>
#include <functional>
#include <string_view>

namespace heapboard {
struct Scenario;
}

class HeapModel;
class RecentFiles;
class QTimer;
class QUndoStack;
class TimelineEditor;

// The open document's file facts: where it lives (empty: not saved yet — a
// new heap, an imported trace, a bundled lesson), the name shown for it,
// whether it has unsaved changes (the editor's undo stack is not clean; that
// one fact, observed), opening, saving through QSaveFile, and the question
// before unsaved steps are lost. The window answers the questions (unsaved
// steps, where to save, trace settings, recovery) through callbacks, so this
// runs and is tested without dialogs; an unanswered question is Cancel.
//
// Autosave: within autosaveDelay() of the first change that is not saved
// (an edit, undo, redo, narration), the whole timeline is written as a
// scenario to this window's autosave file (autosave.h); it is removed when
// the document is clean again (saved, undone back to the file, another
// document opened) and on a clean close. Leftovers of a crash or kill are
// offered by offerRecovery().
class Document : public QObject
{
    Q_OBJECT
public:
    enum class Source { Scenario, Trace, New, Recovered };
    enum class Answer { Save, Discard, Cancel };
    // Keep: neither (the dialog went away unanswered); it is offered again
    // on the next start.
    enum class RecoveryAnswer { Restore, Discard, Keep };
    Q_ENUM(Source)
    Q_ENUM(Answer)
    Q_ENUM(RecoveryAnswer)
    static constexpr int kAutosaveDelayMs = 2000;

    using UnsavedQuestion = std::function<Answer()>;
    // The path to save to, given the current one; empty: cancelled.
    using SavePathQuestion = std::function<QString(const QString &current)>;
    // Heap size and policy for a trace of that many operations, suggested
    // in size and policy; false: cancelled. A recording (docs/hrec.md) may
    // also run as recorded, which it suggests.
    using TraceQuestion = std::function<bool(const QString &path, std::size_t operations, bool recording,
                                             heapboard::Size &size, heapboard::Policy &policy)>;
    using RecoveryQuestion = std::function<RecoveryAnswer(const Autosave::Leftover &leftover)>;

    Document(HeapModel *model, TimelineEditor *editor, RecentFiles *recent, QObject *parent = nullptr);
    // Not a crash: the autosave goes.
    ~Document() override;

    QString path() const { return m_path; }
    QString displayName() const { return m_name; }
    // The file the steps were read from, a trace's too (which Save does not
    // write to); empty for a new heap or a text.
    QString sourcePath() const { return m_source; }
    // "FILE: offset N: ..." when the recording read last was cut short and
    // read up to its last whole event (docs/hrec.md); empty otherwise.
    QString readWarning() const { return m_readWarning; }
    bool isModified() const;

    void setUnsavedQuestion(UnsavedQuestion question) { m_unsavedQuestion = std::move(question); }
    void setSavePathQuestion(SavePathQuestion question) { m_savePathQuestion = std::move(question); }
    void setTraceQuestion(TraceQuestion question) { m_traceQuestion = std::move(question); }
    void setRecoveryQuestion(RecoveryQuestion question) { m_recoveryQuestion = std::move(question); }

    // After maybeSave(): the file as its content says (parseDocument(), as
    // heapboard-cli): a scenario (or a lesson's resource path) at its first
    // step, or a malloclab trace as load(). On a bad file nothing
    // changes and failed() says FILE:LINE:COLUMN: what (traces: FILE:LINE:
    // what; unreadable: FILE: no such file, cannot read: why).
    bool open(const QString &path, bool askForTrace = true);
    // The same without asking about unsaved steps (the caller did). A trace
    // opens at its peak live bytes, unsaved (Save writes a new scenario);
    // with ask, the trace question first. A document of more than 100,000
    // steps is built on a worker thread: true then means it started
    // (loadStarted(), loadProgress(), then loaded() or failed(), or nothing
    // after cancelLoad(): the open document stays as it was).
    bool load(const QString &path, bool ask = true);
    // A scenario given as text, not read from a file (a generated OSTEP
    // workload), without asking about unsaved steps: at its first step, as
    // an untitled document named by its title (Save asks where). On a bad
    // text nothing changes and failed() says "name:LINE:COLUMN: what".
    bool loadText(const QString &name, std::string_view text);
    void cancelLoad();
    bool isLoading() const;
    // After maybeSave(): an empty 1 KiB heap with the current policy.
    bool newHeap();
    bool saveTo(const QString &path);
    // To path(), or where the save path question says.
    bool save();
    bool saveAs();
    // True when nothing would be lost: saved, discarded, or nothing to save.
    bool maybeSave();

    QString autosaveDirectory() const { return m_autosave.directory(); }
    void setAutosaveDirectory(const QString &directory);
    QString autosavePath() const { return m_autosave.filePath(); }
    int autosaveDelay() const;
    void setAutosaveDelay(int ms);
    bool isAutosavePending() const;
    // Writes the autosave at once; false when there is nothing unsaved or
    // it could not be written.
    bool autosaveNow();
    // A clean close: the autosave file goes.
    void discardAutosave();

    // Autosaves left by a crash or kill, newest first.
    QList<Autosave::Leftover> leftovers() const { return m_autosave.leftovers(); }
    // The leftover's timeline at its position, unsaved, with its path and
    // name; written to this document's autosave, then the leftover goes.
    bool restore(const Autosave::Leftover &leftover);
    // Asks the recovery question for each leftover, newest first: Discard
    // deletes it, Keep leaves it, Restore restores it and ends the offer
    // (any others wait for the next start). True when one was restored.
    bool offerRecovery();

Q_SIGNALS:
    // Before the model gets a new document (the window stops playing).
    void aboutToLoad();
    void loaded(Document::Source source);
    void fileChanged(const QString &path, const QString &name);
    void modifiedChanged(bool modified);
    void saved(const QString &path);
    void failed(const QString &message);
    void autosaved(const QString &file);
    // A background load (see load()): started, how far (0 to 100), ended
    // (finished, failed or canceled).
    void loadStarted(const QString &path);
    void loadProgress(int percent);
    void loadEnded();

private:
    bool readDocument(const QString &path, heapboard::ParsedDocument &document);
    bool traceHeapFor(const QString &path, const heapboard::Trace &trace, bool ask,
                      DocumentLoader::TraceHeap &heap);
    void install(const QString &path, heapboard::DocumentKind kind, heapboard::Timeline timeline);
    void setFile(const QString &path, const QString &name);
    void cleanChanged(bool clean);
    void scheduleAutosave();

    HeapModel *m_model;
    TimelineEditor *m_editor;
    QUndoStack *m_undo;
    RecentFiles *m_recent;
    QString m_path;
    QString m_name;
    UnsavedQuestion m_unsavedQuestion;
    SavePathQuestion m_savePathQuestion;
    TraceQuestion m_traceQuestion;
    QString m_source;
    QString m_readWarning;
    RecoveryQuestion m_recoveryQuestion;
    Autosave m_autosave;
    QTimer *m_autosaveTimer;
    QString m_autosaveError; // the last one reported, to say it once
    DocumentLoader *m_loader;
};
