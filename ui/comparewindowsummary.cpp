// SPDX-License-Identifier: MIT
// CompareWindow: the summary dock (summarize() per pane), its copy and export.
#include "comparesummarymodel.h"
#include "comparewindow.h"
#include "tabletext.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

void CompareWindow::createSummaryDock()
{
    m_summary = new CompareSummaryModel(m_session, this);
    m_summarySort = new QSortFilterProxyModel(this);
    m_summarySort->setSourceModel(m_summary);
    m_summarySort->setSortRole(CompareSummaryModel::SortRole);
    auto *dock = new QDockWidget(tr("Summary"), this);
    dock->setObjectName(QStringLiteral("summaryDock"));
    auto *panel = new QWidget(dock);
    m_summaryTable = new QTableView(panel);
    m_summaryTable->setObjectName(QStringLiteral("summaryTable"));
    m_summaryTable->setAccessibleName(tr("Summary of the panes"));
    m_summaryTable->setModel(m_summarySort);
    m_summaryTable->setSortingEnabled(true);
    m_summaryTable->sortByColumn(-1, Qt::AscendingOrder); // the panes' order until a header is clicked
    m_summaryTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summaryTable->verticalHeader()->hide();
    m_summaryTable->setTabKeyNavigation(false); // Tab leaves the table for its buttons
    m_summaryTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // As tall as its rows: the panes keep the room.
    m_summaryTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_summaryTable->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Ctrl+C in the table copies the whole summary, not one cell.
    auto *copyKey = new QAction(m_summaryTable);
    copyKey->setShortcuts(QKeySequence::Copy);
    copyKey->setShortcutContext(Qt::WidgetShortcut);
    connect(copyKey, &QAction::triggered, this, &CompareWindow::copySummary);
    m_summaryTable->addAction(copyKey);
    auto *copy = new QPushButton(tr("Copy"), panel);
    copy->setObjectName(QStringLiteral("copySummary"));
    copy->setToolTip(tr("Copy the summary as aligned text"));
    connect(copy, &QPushButton::clicked, this, &CompareWindow::copySummary);
    auto *save = new QPushButton(tr("Export…"), panel);
    save->setObjectName(QStringLiteral("exportSummary"));
    save->setToolTip(tr("Save the summary as CSV or text"));
    connect(save, &QPushButton::clicked, this, &CompareWindow::exportSummaryWithDialog);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(copy);
    buttons->addWidget(save);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(panel);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_summaryTable);
    layout->addLayout(buttons);
    layout->addStretch(1);
    dock->setWidget(panel);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // Room for the table and the dock's title bar.
    resizeDocks({ dock }, { m_summaryTable->sizeHint().height() + 2 * fontMetrics().height() }, Qt::Vertical);
}

QString CompareWindow::summaryText() const
{
    return TableText::aligned(*m_summarySort);
}

void CompareWindow::copySummary() const
{
    QGuiApplication::clipboard()->setText(summaryText());
}

bool CompareWindow::exportSummary(const QString &path, QString *error) const
{
    const bool csv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write((csv ? TableText::csv(*m_summarySort) : summaryText()).toUtf8());
        if (file.commit())
            return true;
    }
    if (error)
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
    return false;
}

void CompareWindow::exportSummaryWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Summary"), QString(),
                                                      tr("CSV (*.csv);;Text (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportSummary(path, &error))
        QMessageBox::warning(this, tr("Export Summary"), error);
}
