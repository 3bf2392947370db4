// SPDX-License-Identifier: MIT
// MainWindow: files (open, import, save, recent, drag and drop) and lessons.
#include "exportdialog.h"
#include "heapmodel.h"
#include "heapsettingsdialog.h"
#include "heapview.h"
#include "lessons.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "scenario.h"
#include "startpage.h"
#include "timelineeditor.h"
#include "timelineslider.h"
#include "trace.h"
#include "tracerunner.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QSettings>
#include <QStackedWidget>
#include <QUndoStack>

using namespace heapboard;

namespace {

constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("files/recent");

bool isTracePath(const QString &path)
{
    return path.endsWith(QLatin1String(".rep"), Qt::CaseInsensitive);
}

bool isLessonPath(const QString &path)
{
    return path.startsWith(QLatin1String(":/"));
}

} // namespace

void MainWindow::createFileActions()
{
    m_newAction = makeAction(tr("&New Heap"), { QKeySequence::New }, &MainWindow::newHeap);
    m_openAction = makeAction(tr("&Open…"), { QKeySequence::Open }, &MainWindow::openDialog);
    m_openAction->setToolTip(tr("Open a scenario (.heap) or import a malloclab trace (.rep)"));
    m_importAction
        = makeAction(tr("&Import Trace…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O) }, [this] {
              const QString path = QFileDialog::getOpenFileName(
                  this, tr("Import Trace"), QString(), tr("malloclab traces (*.rep);;All files (*)"));
              if (!path.isEmpty() && maybeSave())
                  openTrace(path, true);
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
                                       tr("Scenarios and traces (*.heap *.rep);;Scenarios "
                                          "(*.heap);;malloclab traces (*.rep);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path, bool askForTrace)
{
    if (!maybeSave())
        return false;
    if (isTracePath(path))
        return openTrace(path, askForTrace);
    QByteArray text;
    if (!readFile(path, text))
        return false;
    Scenario scenario;
    ParseError error;
    if (!parseScenario(std::string_view(text.constData(), std::size_t(text.size())), scenario, error)) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                QStringLiteral("%1:%2:%3: %4")
                                    .arg(path)
                                    .arg(error.line)
                                    .arg(error.column)
                                    .arg(QString::fromStdString(error.message)));
        showHeapPage();
        return false;
    }
    setPlaying(false);
    m_model->loadScenario(scenario);
    m_editor->clear();
    const QString title
        = scenario.title.empty() ? QFileInfo(path).fileName() : QString::fromStdString(scenario.title);
    setDocument(isLessonPath(path) ? QString() : path, title);
    if (!isLessonPath(path))
        addRecentFile(QFileInfo(path).absoluteFilePath());
    m_messages->showMessage(MessageBar::Kind::Information,
                            tr("%1 steps. Page Down or Right steps forward, Page Up or Left back, P plays.")
                                .arg(m_model->stepCount()));
    showHeapPage();
    return true;
}

bool MainWindow::readFile(const QString &path, QByteArray &text)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("%1: cannot open: %2").arg(path, file.errorString()));
        showHeapPage();
        return false;
    }
    text = file.readAll();
    return true;
}

bool MainWindow::openTrace(const QString &path, bool ask)
{
    QByteArray text;
    if (!readFile(path, text))
        return false;
    Trace trace;
    ParseError error;
    if (!parseTrace(std::string_view(text.constData(), std::size_t(text.size())), trace, error)) {
        m_messages->showMessage(
            MessageBar::Kind::Error,
            QStringLiteral("%1:%2: %3").arg(path).arg(error.line).arg(QString::fromStdString(error.message)));
        showHeapPage();
        return false;
    }
    Size size = suggestedHeapSize(trace);
    Policy policy = m_model->heap().policy();
    if (ask) {
        HeapSettingsDialog dialog(tr("Import Trace"),
                                  tr("%1 has %2 operations. Replay them on a heap of:")
                                      .arg(QFileInfo(path).fileName())
                                      .arg(trace.ops.size()),
                                  size, policy, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        size = dialog.heapSize();
        policy = dialog.policy();
    }
    setPlaying(false);
    m_model->loadTrace(trace, size, policy);
    m_editor->clear();
    // Where the trace holds the most: most traces end on an empty heap.
    m_model->jumpTo(m_model->history().peakLiveStep());
    m_timeline->setMarker(int(m_model->position()), tr("peak live bytes"));
    // Imported, not opened: Save writes a new scenario.
    setDocument({}, QFileInfo(path).fileName());
    addRecentFile(QFileInfo(path).absoluteFilePath());
    m_messages->showMessage(
        MessageBar::Kind::Information,
        tr("Replayed %1 operations of %2. Drag the timeline or press Page Up/Down to step through them.")
            .arg(trace.ops.size())
            .arg(QFileInfo(path).fileName()));
    showHeapPage();
    return true;
}

void MainWindow::setDocument(const QString &path, const QString &name)
{
    m_filePath = path;
    setWindowTitle(tr("%1[*] — Heapboard").arg(name));
    setWindowModified(false);
}

bool MainWindow::saveTo(const QString &path)
{
    QSaveFile file(path);
    const std::string text = formatScenario(m_model->scenario());
    if (!file.open(QIODevice::WriteOnly)
        || file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit()) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("%1: cannot save: %2").arg(path, file.errorString()));
        return false;
    }
    m_editor->undoStack()->setClean();
    setDocument(path, m_model->title().isEmpty() ? QFileInfo(path).fileName() : m_model->title());
    addRecentFile(QFileInfo(path).absoluteFilePath());
    m_messages->showMessage(
        MessageBar::Kind::Information,
        tr("Saved %1 steps to %2.").arg(m_model->stepCount()).arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::save()
{
    if (m_filePath.isEmpty())
        saveAs();
    else
        saveTo(m_filePath);
}

void MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Scenario"), m_filePath,
                                                tr("Heapboard scenarios (*.heap)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".heap");
    saveTo(path);
}

bool MainWindow::maybeSave()
{
    if (!isWindowModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Steps"),
        tr("The current session has steps that are not saved. Save them as a scenario first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        save();
        return !isWindowModified();
    }
    return answer == QMessageBox::Discard;
}

void MainWindow::newHeap()
{
    if (!maybeSave())
        return;
    setPlaying(false);
    m_model->reset(1024, m_model->heap().policy());
    m_editor->clear();
    setDocument({}, tr("Untitled"));
    m_messages->hide();
    showHeapPage();
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    const QStringList files = recentFiles();
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
