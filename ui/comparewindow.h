// SPDX-License-Identifier: MIT
#pragma once

#include "comparesession.h"

#include <QList>
#include <QMainWindow>

class CompareChartDock;
class CompareSummaryModel;
class ComparePane;
class Player;
class Presentation;
class Quiz;
class TimelineSlider;
class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

// The compare view: a top-level window of its own beside the explorer (so
// that the document open there stays as it is), with 2 to 4 panes of the
// same workload under different policies and settings, one player row that
// steps them together, divergence ticks on the timeline, a chart with a
// curve per pane (CompareChartDock) and a summary dock beside it, and
// presenting of its own (F5) as the explorer has. It only reads: nothing in
// it edits a heap.
class CompareWindow : public QMainWindow
{
    Q_OBJECT
public:
    CompareWindow(const CompareWorkload &workload, const std::vector<heapboard::PaneConfig> &configs,
                  QWidget *parent = nullptr);
    ~CompareWindow() override;

    // `heapboard --compare FILE`: the file under all four policies; null,
    // with "FILE:LINE: what" in error, when the file cannot be read.
    static CompareWindow *openFile(const QString &path, QString &error, QWidget *parent = nullptr);

    CompareSession *session() const { return m_session; }
    Player *player() const { return m_player; }
    const QList<ComparePane *> &panes() const { return m_panes; }
    TimelineSlider *timeline() const { return m_timeline; }
    QLabel *stepLine() const { return m_stepLine; }
    CompareSummaryModel *summaryModel() const { return m_summary; }
    QTableView *summaryTable() const { return m_summaryTable; }
    Presentation *presentation() const { return m_presentation; }
    CompareChartDock *chartDock() const { return m_chartDock; }
    QAction *nextDivergenceAction() const { return m_nextDivergence; }
    QAction *previousDivergenceAction() const { return m_previousDivergence; }

    // The summary in the table's current order, as aligned text.
    QString summaryText() const;
    // CSV for a path ending in .csv, aligned text otherwise; false on a
    // write error (the message bar of the dock says it).
    bool exportSummary(const QString &path, QString *error = nullptr) const;

public Q_SLOTS:
    void copySummary() const;
    void exportSummaryWithDialog();

private:
    void createActions();
    void createMenus();
    QWidget *createPanes();
    QWidget *createPlayerRow();
    void createSummaryDock();
    void addClickerKeys(QWidget *page);
    void showPosition(std::size_t step);
    void showShortcuts();

    CompareSession *m_session;
    Quiz *m_quiz; // never on: the player asks for one
    Player *m_player;
    QList<ComparePane *> m_panes;
    TimelineSlider *m_timeline = nullptr;
    QLabel *m_stepLabel = nullptr;
    QLabel *m_stepLine = nullptr;
    QWidget *m_playerRow = nullptr;
    CompareSummaryModel *m_summary = nullptr;
    QSortFilterProxyModel *m_summarySort = nullptr;
    QTableView *m_summaryTable = nullptr;
    Presentation *m_presentation = nullptr;
    CompareChartDock *m_chartDock = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_firstAction = nullptr;
    QAction *m_lastAction = nullptr;
    QAction *m_nextDivergence = nullptr;
    QAction *m_previousDivergence = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
};
