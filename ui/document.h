// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"

#include <QObject>
#include <QString>
#include <functional>

namespace heapboard {
struct Scenario;
}

class HeapModel;
class RecentFiles;
class QUndoStack;
class TimelineEditor;

// The open document's file facts: where it lives (empty: not saved yet — a
// new heap, an imported trace, a bundled lesson), the name shown for it,
// whether it has unsaved changes (the editor's undo stack is not clean; that
// one fact, observed), opening, saving through QSaveFile, and the question
// before unsaved steps are lost. The window answers the questions (unsaved
// steps, where to save, trace settings) through callbacks, so this runs and
// is tested without dialogs; an unanswered question is Cancel.
class Document : public QObject
{
    Q_OBJECT
public:
    enum class Source { Scenario, Trace, New };
    enum class Answer { Save, Discard, Cancel };
    Q_ENUM(Source)
    Q_ENUM(Answer)

    using UnsavedQuestion = std::function<Answer()>;
    // The path to save to, given the current one; empty: cancelled.
    using SavePathQuestion = std::function<QString(const QString &current)>;
    // Heap size and policy for a trace of that many operations, suggested
    // in size and policy; false: cancelled.
    using TraceQuestion = std::function<bool(const QString &path, std::size_t operations,
                                             heapboard::Size &size, heapboard::Policy &policy)>;

    Document(HeapModel *model, TimelineEditor *editor, RecentFiles *recent, QObject *parent = nullptr);

    QString path() const { return m_path; }
    QString displayName() const { return m_name; }
    bool isModified() const;

    void setUnsavedQuestion(UnsavedQuestion question) { m_unsavedQuestion = std::move(question); }
    void setSavePathQuestion(SavePathQuestion question) { m_savePathQuestion = std::move(question); }
    void setTraceQuestion(TraceQuestion question) { m_traceQuestion = std::move(question); }

    // After maybeSave(): a scenario (.heap, or a lesson's resource path) at
    // its first step, or a trace (.rep) as openTrace(). On a bad file
    // nothing changes and failed() says FILE:LINE:COLUMN: what (traces:
    // FILE:LINE: what; unreadable: FILE: cannot open: why).
    bool open(const QString &path, bool askForTrace = true);
    // A malloclab trace at its peak live bytes, unsaved (Save writes a new
    // scenario); with ask, the trace question first. It does not ask about
    // unsaved steps: the caller did.
    bool openTrace(const QString &path, bool ask = true);
    // After maybeSave(): an empty 1 KiB heap with the current policy.
    bool newHeap();
    bool saveTo(const QString &path);
    // To path(), or where the save path question says.
    bool save();
    bool saveAs();
    // True when nothing would be lost: saved, discarded, or nothing to save.
    bool maybeSave();

Q_SIGNALS:
    // Before the model gets a new document (the window stops playing).
    void aboutToLoad();
    void loaded(Document::Source source);
    void fileChanged(const QString &path, const QString &name);
    void modifiedChanged(bool modified);
    void saved(const QString &path);
    void failed(const QString &message);

private:
    bool readFile(const QString &path, QByteArray &text);
    bool parseScenarioFile(const QString &path, heapboard::Scenario &scenario);
    void setFile(const QString &path, const QString &name);
    void cleanChanged(bool clean);

    HeapModel *m_model;
    TimelineEditor *m_editor;
    QUndoStack *m_undo;
    RecentFiles *m_recent;
    QString m_path;
    QString m_name;
    UnsavedQuestion m_unsavedQuestion;
    SavePathQuestion m_savePathQuestion;
    TraceQuestion m_traceQuestion;
};
