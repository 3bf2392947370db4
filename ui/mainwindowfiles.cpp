// SPDX-License-Identifier: MIT
// MainWindow: files (open, import, save, recent, drag and drop) and lessons.
#include "document.h"
#include "exportdialog.h"
#include "heapmodel.h"
#include "heapsettingsdialog.h"
#include "heapview.h"
#include "lessons.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "recentfiles.h"
#include "startpage.h"
#include "statstext.h"
#include "timelineeditor.h"
#include "timelineslider.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>

using namespace heapboard;

namespace {

// Restore or Discard a crash's autosave; Keep when the box went away
// unanswered, so that nothing is deleted unless the user said so.
Document::RecoveryAnswer askRecovery(QWidget *parent, const Autosave::Leftover &leftover)
{
    QMessageBox box(QMessageBox::Warning, MainWindow::tr("Recover Unsaved Steps"),
                    MainWindow::tr("Heapboard ended without saving “%1”: %n step(s), autosaved %2.", nullptr,
                                   int(leftover.header.steps))
                        .arg(leftover.header.name, QLocale().toString(leftover.saved, QLocale::ShortFormat)),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("recoveryBox"));
    box.setInformativeText(
        MainWindow::tr("Restore opens them as an unsaved document; Discard deletes them for good."));
    QPushButton *restore = box.addButton(MainWindow::tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(QMessageBox::Discard);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == restore ? Document::RecoveryAnswer::Restore
        : box.clickedButton() == discard  ? Document::RecoveryAnswer::Discard
                                          : Document::RecoveryAnswer::Keep;
}

} // namespace

void MainWindow::createFileActions()
{
    m_newAction = makeAction(tr("&New Heap"), { QKeySequence::New }, &MainWindow::newHeap);
    m_ostepAction = makeAction(tr("New OSTEP &Workload…"), {}, &MainWindow::newOstepWorkload);
    m_ostepAction->setObjectName(QStringLiteral("ostepAction"));
    m_ostepAction->setToolTip(
        tr("Open a workload of OSTEP's malloc.py homework; without computed answers in quiz mode"));
    m_openAction = makeAction(tr("&Open…"), { QKeySequence::Open }, &MainWindow::openDialog);
    m_openAction->setToolTip(tr("Open a scenario (.heap) or import a malloclab trace (.rep)"));
    m_importAction
        = makeAction(tr("&Import Trace…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O) }, [this] {
              const QString path = QFileDialog::getOpenFileName(
                  this, tr("Import Trace"), QString(),
                  tr("Traces and recordings (*.rep *.hrec);;malloclab traces (*.rep);;heapboard-record "
                     "recordings (*.hrec);;All files (*)"));
              if (!path.isEmpty() && maybeSave())
                  openTrace(path, true); // Document::load() leaves asking to its caller
          });
    m_saveAction = makeAction(tr("&Save"), { QKeySequence::Save }, &MainWindow::save);
    m_saveAsAction = makeAction(tr("Save &As…"), { QKeySequence::SaveAs }, &MainWindow::saveAs);
    m_exportAction
        = makeAction(tr("&Export View…"), { QKeySequence(Qt::CTRL | Qt::Key_E) }, &MainWindow::exportView);
    m_startAction = makeAction(tr("S&tart Page"), {}, &MainWindow::showStartPage);
    m_narrateAction = makeAction(tr("&Narrate Step…"), { QKeySequence(Qt::CTRL | Qt::Key_T) },
                                 &MainWindow::editNarration);
    m_narrateAction->setToolTip(tr(
        "Write the sentence shown under the heap for the current step (before the first step: the title)"));
}

void MainWindow::createLessonsMenu()
{
    m_lessonsMenu = menuBar()->addMenu(tr("&Lessons"));
    int number = 1;
    for (const Lesson &lesson : bundledLessons()) {
        QAction *a = m_lessonsMenu->addAction(tr("&%1. %2").arg(number++).arg(lesson.title));
        connect(a, &QAction::triggered, this, [this, path = lesson.path] { openFile(path); });
    }
}

void MainWindow::openDialog()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open"), QString(),
                                       tr("Scenarios, traces and recordings (*.heap *.rep *.hrec);;Scenarios "
                                          "(*.heap);;malloclab traces (*.rep);;heapboard-record recordings "
                                          "(*.hrec);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

QString MainWindow::filePath() const
{
    return m_document->path();
}

bool MainWindow::openFile(const QString &path, bool askForTrace)
{
    if (openComparison(path))
        return true;
    return m_document->open(path, askForTrace);
}

bool MainWindow::openTrace(const QString &path, bool ask)
{
    return m_document->load(path, ask);
}

bool MainWindow::saveTo(const QString &path)
{
    return m_document->saveTo(path);
}

void MainWindow::save()
{
    m_document->save();
}

void MainWindow::saveAs()
{
    m_document->saveAs();
}

bool MainWindow::maybeSave()
{
    return m_document->maybeSave();
}

void MainWindow::newHeap()
{
    m_document->newHeap();
}

bool MainWindow::offerRecovery()
{
    return m_document->offerRecovery();
}

void MainWindow::connectDocument()
{
    askDocumentQuestions();
    connect(m_document, &Document::aboutToLoad, this, [this] { setPlaying(false); });
    connect(m_document, &Document::loaded, this, [this](Document::Source s) { documentLoaded(int(s)); });
    connect(m_document, &Document::fileChanged, this, [this](const QString &, const QString &name) {
        setWindowTitle(tr("%1[*] — Heapboard").arg(name));
    });
    connect(m_document, &Document::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &Document::saved, this, [this](const QString &path) {
        m_messages->showMessage(
            MessageBar::Kind::Information,
            tr("Saved %1 steps to %2.").arg(m_model->stepCount()).arg(QFileInfo(path).fileName()));
    });
    connect(m_document, &Document::failed, this, [this](const QString &message) {
        m_messages->showMessage(MessageBar::Kind::Error, message);
        showHeapPage(); // where the message bar is
    });
    connect(m_document, &Document::loadStarted, this, &MainWindow::showLoadProgress);
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::updateRecentMenu);
    updateRecentMenu(m_recent->files());
}

void MainWindow::showLoadProgress(const QString &path)
{
    // A large document builds on a worker thread; the window stays
    // responsive and shows how far it is after half a second, with Cancel,
    // which leaves the open document as it was.
    auto *progress
        = new QProgressDialog(tr("Opening %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 100, this);
    progress->setObjectName(QStringLiteral("loadProgress"));
    progress->setWindowTitle(tr("Opening"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    connect(m_document, &Document::loadProgress, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, this, [this, path] {
        m_document->cancelLoad();
        m_messages->showMessage(
            MessageBar::Kind::Information,
            tr("Opening %1 was canceled; nothing changed.").arg(QFileInfo(path).fileName()));
    });
    connect(m_document, &Document::loadEnded, progress, &QObject::deleteLater);
}

void MainWindow::askDocumentQuestions()
{
    m_document->setUnsavedQuestion([this] {
        switch (QMessageBox::warning(
            this, tr("Unsaved Steps"),
            tr("The current session has steps that are not saved. Save them as a scenario first?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save)) {
        case QMessageBox::Save:
            return Document::Answer::Save;
        case QMessageBox::Discard:
            return Document::Answer::Discard;
        default:
            return Document::Answer::Cancel;
        }
    });
    m_document->setSavePathQuestion([this](const QString &current) {
        return QFileDialog::getSaveFileName(this, tr("Save Scenario"), current,
                                            tr("Heapboard scenarios (*.heap)"));
    });
    m_document->setTraceQuestion(
        [this](const QString &path, std::size_t operations, bool recording, Size &size, Policy &policy) {
            HeapSettingsDialog dialog(tr("Import Trace"),
                                      tr("%1 has %2 operations. Replay them on a heap of:")
                                          .arg(QFileInfo(path).fileName())
                                          .arg(operations),
                                      size, policy, this);
            if (recording)
                dialog.offerAsRecorded();
            if (dialog.exec() != QDialog::Accepted)
                return false;
            size = dialog.heapSize();
            policy = dialog.policy();
            return true;
        });
    m_document->setRecoveryQuestion(
        [this](const Autosave::Leftover &leftover) { return askRecovery(this, leftover); });
}

void MainWindow::documentLoaded(int source)
{
    switch (Document::Source(source)) {
    case Document::Source::Scenario:
        m_messages->showMessage(
            MessageBar::Kind::Information,
            tr("%1 steps. Page Down or Right steps forward, Page Up or Left back, P plays.")
                .arg(m_model->stepCount()));
        break;
    case Document::Source::Trace:
        m_timeline->setMarker(int(m_model->position()), tr("peak live bytes"));
        if (!m_document->readWarning().isEmpty()) {
            // A recording cut short (a program killed while recording).
            m_messages->showMessage(MessageBar::Kind::Error,
                                    tr("%1 Replayed the %2 operations before it.")
                                        .arg(m_document->readWarning())
                                        .arg(m_model->stepCount()));
            break;
        }
        m_messages->showMessage(
            MessageBar::Kind::Information,
            tr("Replayed %1 operations of %2. Drag the timeline or press Page Up/Down to step through them.")
                .arg(m_model->stepCount())
                .arg(m_document->displayName()));
        break;
    case Document::Source::New:
        m_messages->hide();
        break;
    case Document::Source::Recovered:
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("Restored %1 as it was when Heapboard ended: %2 steps, not saved yet. "
                                   "Save (Ctrl+S) keeps them.")
                                    .arg(m_document->displayName())
                                    .arg(m_model->stepCount()));
        break;
    }
    showHeapPage();
}

void MainWindow::updateRecentMenu(const QStringList &files)
{
    m_recentMenu->clear();
    for (const QString &path : files) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_startPage->setRecentFiles(files);
}

void MainWindow::editNarration()
{
    // Step 0 shows the scenario's title, so there it is the title that is
    // written; a scenario's narration and title are one line each.
    const std::size_t step = m_model->position();
    QInputDialog dialog(this);
    dialog.setWindowTitle(step == 0 ? tr("Scenario Title") : tr("Narrate Step"));
    dialog.setLabelText(step == 0 ? tr("The title, shown before the first step:")
                                  : tr("What step %1 (%2) shows:").arg(step).arg(m_model->statement(step)));
    dialog.setTextValue(step == 0 ? m_model->title() : m_model->narration(step));
    dialog.resize(fontMetrics().averageCharWidth() * 80, dialog.sizeHint().height()); // room for a sentence
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_editor->setText(step, dialog.textValue());
}

void MainWindow::exportView()
{
    QStringList caption;
    if (!m_model->title().isEmpty())
        caption << m_model->title();
    const std::size_t step = m_model->position();
    if (step > 0)
        caption << tr("Step %1 / %2: %3").arg(step).arg(m_model->stepCount()).arg(m_model->statement(step))
                << m_model->narration(step);
    caption << StatsText::figures(m_model->stats());
    QString error;
    if (ExportDialog::exportHeap(this, *m_model, m_view->heapPalette(), caption, &error))
        m_messages->showMessage(MessageBar::Kind::Information, tr("Exported the view."));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.front().toLocalFile());
    }
}

bool MainWindow::isStartPageShown() const
{
    return m_pages->currentWidget() == m_startPage;
}

void MainWindow::showStartPage()
{
    setPlaying(false);
    m_pages->setCurrentWidget(m_startPage);
}

void MainWindow::showHeapPage()
{
    m_pages->setCurrentIndex(1);
    m_view->setFocus();
}
