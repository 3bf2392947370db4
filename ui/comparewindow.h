// SPDX-License-Identifier: MIT
#pragma once

#include "comparesession.h"

#include <QList>
#include <QMainWindow>

class CompareChartDock;
class CompareSummaryModel;
class NarrationPanel;
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

    // `heapboard --compare FILE`: the file under all four policies (a
    // scenario's `compare` line: under those); null,
    // with "FILE:LINE: what" in error, when the file cannot be read.
    static CompareWindow *openFile(const QString &path, QString &error, QWidget *parent = nullptr);
    // A scenario with a `compare` line (docs/scenarios.md): a window with
    // its panes; null for any other file, or one that does not parse (the
    // explorer then opens it and says what is wrong).
    static CompareWindow *openComparison(const QString &path, QWidget *parent = nullptr);

    CompareSession *session() const { return m_session; }
    Player *player() const { return m_player; }
    const QList<ComparePane *> &panes() const { return m_panes; }
    TimelineSlider *timeline() const { return m_timeline; }
    QLabel *stepLine() const { return m_stepLine; }
    // The scenario's title at step 0 and each step's narration; hidden for
    // a workload that has neither (a trace).
    NarrationPanel *narrationPanel() const { return m_narration; }
    CompareSummaryModel *summaryModel() const { return m_summary; }
    QTableView *summaryTable() const { return m_summaryTable; }
    Presentation *presentation() const { return m_presentation; }
    CompareChartDock *chartDock() const { return m_chartDock; }
    QAction *nextDivergenceAction() const { return m_nextDivergence; }
    QAction *previousDivergenceAction() const { return m_previousDivergence; }
    // Q, as in the explorer: a lesson's questions (`? TEXT`) come before their steps.
    QAction *quizAction() const { return m_quizAction; }

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
    void showPosition(std::size_t step);
    NarrationPanel *createNarration();
    void updateNarration();
    void showShortcuts();

    CompareSession *m_session;
    Quiz *m_quiz; // on with quizAction()
    Player *m_player;
    QList<ComparePane *> m_panes;
    TimelineSlider *m_timeline = nullptr;
    QLabel *m_stepLabel = nullptr;
    QLabel *m_stepLine = nullptr;
    NarrationPanel *m_narration = nullptr;
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
    QAction *m_quizAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
};
