// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"

#include <QAction>
#include <QMainWindow>
#include <functional>

class BlockActions;
class BlockTableModel;
class ChartDock;
class Document;
class FreeListDock;
class HeapLegendOverlay;
class HeapModel;
class HeapPane;
class HeapView;
class HistoryListModel;
class LayoutChooser;
class MessageBar;
class NarrationPanel;
struct OstepWorkload;
class Player;
class Presentation;
class Quiz;
class RecentFiles;
class StartPage;
class TimelineEditor;
class TimelineSlider;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QListView;
class QSlider;
class QSortFilterProxyModel;
class QSpinBox;
class QStackedWidget;
class QUndoStack;

// The explorer window: the heap view in the middle, a toolbar to allocate
// and free, docks with the blocks and the history, a timeline to scrub
// through every step. It turns the view's intents into model calls and
// undo commands; it computes nothing about the heap itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    HeapModel *model() const { return m_model; }
    HeapView *view() const { return m_view; }
    LayoutChooser *layoutChooser() const { return m_layoutChooser; }
    MessageBar *messageBar() const { return m_messages; }
    QUndoStack *undoStack() const;
    TimelineEditor *editor() const { return m_editor; }
    Quiz *quiz() const { return m_quiz; }
    Player *player() const { return m_player; }
    Presentation *presentation() const { return m_presentation; }
    BlockTableModel *blockTable() const { return m_blocks; }
    BlockActions *blockActions() const { return m_blockActions; }
    FreeListDock *freeListDock() const { return m_freeListDock; }
    ChartDock *chartDock() const { return m_chartDock; }
    NarrationPanel *narrationPanel() const { return m_narration; }
    StartPage *startPage() const { return m_startPage; }
    bool isStartPageShown() const;
    Document *document() const { return m_document; }
    // The open document's file; empty: not saved yet.
    QString filePath() const;

    // Imports a file without asking about unsaved steps (the caller did):
    // what it holds decides, as in heapboard-cli; a malloclab trace, with
    // ask, after a dialog for heap size and policy. On a bad file nothing
    // changes and the message bar says FILE:LINE: what is wrong.
    bool openTrace(const QString &path, bool ask = true);
    // After the unsaved-steps question: a scenario (or a lesson's resource
    // path) at its first step, or a trace as openTrace() does. On a bad file
    // nothing changes and the message bar says FILE:LINE:COLUMN: what.
    bool openFile(const QString &path, bool askForTrace = true);
    // After the unsaved-steps question: a malloc.py workload as an untitled
    // scenario at its first step, in quiz mode unless it computes the
    // answers (-c). False when nothing was opened (mainwindowostep.cpp).
    bool openOstepWorkload(const OstepWorkload &workload);
    // Writes the session as a scenario through QSaveFile.
    bool saveTo(const QString &path);
    // True when nothing would be lost: saved, discarded, or nothing to save.
    bool maybeSave();
    // Offers the autosaves that a crash or kill left behind, one dialog
    // each; true when one was restored.
    bool offerRecovery();
    bool isPlaying() const;
    bool isPresenting() const;
    bool isBlanked() const;
    bool isQuestionShown() const;
    bool isQuizMode() const;
    double textScale() const;
    HistoryListModel *historyList() const { return m_historyModel; }

    // The size chosen in the toolbar, in bytes.
    heapboard::Size requestSize() const;
    void setRequestSize(heapboard::Size bytes);
    QString statusText() const;

public Q_SLOTS:
    void allocate();
    void freeSelected();
    void freeBlock(heapboard::Addr start);
    void resetHeap();
    // Forwarded to player() (player.h).
    void stepBack();
    void stepForward();
    void jumpTo(int step);
    void setPlaying(bool on);
    // Forwarded to presentation() (presentation.h).
    void setPresenting(bool on);
    void setBlanked(bool on);
    void setTextScale(double scale);
    // Each step shows its operation first; the next step key reveals it.
    void setQuizMode(bool on);
    void showStartPage();
    void newHeap();
    // File > New OSTEP Workload…: the dialog, then openOstepWorkload().
    void newOstepWorkload();
    void save();
    void saveAs();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // An action of the window with its keys, triggering slot (of receiver).
    template<typename Receiver, typename Slot>
    QAction *makeAction(const QString &text, const QList<QKeySequence> &keys, Receiver *receiver, Slot slot)
    {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, receiver, slot);
        return action;
    }
    template<typename Slot>
    QAction *makeAction(const QString &text, const QList<QKeySequence> &keys, Slot slot)
    {
        return makeAction(text, keys, this, slot);
    }
    void createActions();
    void addMenuActionsToWindow();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createChart(); // mainwindowchart.cpp
    void createStatusBar();
    void createFileActions();
    void createPlayerActions();
    QWidget *createHeapPage();
    QWidget *createPlayerRow();
    void createPresentation();
    // View > Compare Policies… (mainwindowcompare.cpp).
    QAction *createCompareAction();
    void comparePolicies();
    // A scenario with a `compare` line opens in a compare window instead.
    bool openComparison(const QString &path);
    void showPlaying(bool playing);
    // The player row's icons in the theme's colors (AppTheme::icon).
    void updatePlayerIcons();
    void createLessonsMenu();
    void connectDocument();
    void askDocumentQuestions();
    void documentLoaded(int source);
    void updateRecentMenu(const QStringList &files);
    void openDialog();
    void editNarration();
    void exportView();
    void updateNarration();
    QString stepHeadline(std::size_t step) const;
    void showHeapPage();
    void connectModel();
    void readSettings();
    void writeSettings() const;
    void showStepError();
    void showLoadProgress(const QString &path);
    void stepEdited(const QString &what, std::size_t replaced, std::size_t at);
    void updateStatus();
    void updateTimeline();
    void setPolicyFromCombo(int index);
    void showAbout();
    void showShortcuts();
    void setTheme(const QString &id);

    HeapModel *m_model;
    QStackedWidget *m_pages;
    StartPage *m_startPage;
    HeapPane *m_pane; // the view, its scroll bar and overview
    HeapView *m_view;
    NarrationPanel *m_narration;
    HeapLegendOverlay *m_legend = nullptr;
    QWidget *m_playerRow = nullptr;
    MessageBar *m_messages;
    TimelineEditor *m_editor;
    BlockActions *m_blockActions = nullptr;
    RecentFiles *m_recent;
    Document *m_document;
    Quiz *m_quiz;
    Player *m_player;
    Presentation *m_presentation = nullptr;
    BlockTableModel *m_blocks;
    QSortFilterProxyModel *m_blockFilter;
    HistoryListModel *m_historyModel;
    QListView *m_historyList = nullptr;
    TimelineSlider *m_timeline;
    QLabel *m_stepLabel;
    QSpinBox *m_sizeBox = nullptr;
    QComboBox *m_unitBox = nullptr;
    QComboBox *m_policyBox = nullptr;
    QLabel *m_statusLabel = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_ostepAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_narrateAction = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_quizAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_lessonsMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_mallocAction = nullptr;
    QAction *m_freeAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_animateAction = nullptr;
    QAction *m_linksAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_firstAction = nullptr;
    QAction *m_lastAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_legendAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    LayoutChooser *m_layoutChooser = nullptr;
    QDockWidget *m_blocksDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    FreeListDock *m_freeListDock = nullptr;
    ChartDock *m_chartDock = nullptr;
};
