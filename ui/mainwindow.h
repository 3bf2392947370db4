// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"

#include <QMainWindow>

class BlockTableModel;
class HeapModel;
class HeapView;
class HistoryListModel;
class MessageBar;
class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QListView;
class QSlider;
class QSortFilterProxyModel;
class QSpinBox;
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
    MessageBar *messageBar() const { return m_messages; }
    QUndoStack *undoStack() const { return m_undo; }
    BlockTableModel *blockTable() const { return m_blocks; }

    // Opens a malloclab trace; with ask, a dialog asks for heap size and
    // policy first. On a bad file nothing changes and the message bar says
    // FILE:LINE: what is wrong.
    bool openTrace(const QString &path, bool ask = true);

    // The size chosen in the toolbar, in bytes.
    heapboard::Size requestSize() const;
    void setRequestSize(heapboard::Size bytes);
    QString statusText() const;

public Q_SLOTS:
    void allocate();
    void freeSelected();
    void freeBlock(heapboard::Addr start);
    void resetHeap();
    void stepBack();
    void stepForward();
    void jumpTo(int step);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createStatusBar();
    void connectModel();
    void readSettings();
    void writeSettings() const;
    void record(const QString &text, std::size_t from);
    void syncUndoIndex();
    void updateStatus();
    void updateTimeline();
    void setPolicyFromCombo(int index);
    void showAbout();
    void openTraceDialog();
    void setTheme(const QString &id);

    HeapModel *m_model;
    HeapView *m_view;
    MessageBar *m_messages;
    QUndoStack *m_undo;
    BlockTableModel *m_blocks;
    QSortFilterProxyModel *m_blockFilter;
    HistoryListModel *m_historyModel;
    QListView *m_historyList = nullptr;
    QSlider *m_timeline;
    QLabel *m_stepLabel;
    QSpinBox *m_sizeBox = nullptr;
    QComboBox *m_unitBox = nullptr;
    QComboBox *m_policyBox = nullptr;
    QLabel *m_statusLabel = nullptr;
    bool m_syncing = false;

    QAction *m_openAction = nullptr;
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
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_firstAction = nullptr;
    QAction *m_lastAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QDockWidget *m_blocksDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
};
