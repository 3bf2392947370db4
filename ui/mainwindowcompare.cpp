// SPDX-License-Identifier: MIT
// MainWindow: View > Compare Policies… opens the compare view (a window of
// its own) on the open document's steps, and a lesson that is a comparison
// (a `compare` line, docs/scenarios.md) opens in one.
#include "comparedialog.h"
#include "comparewindow.h"
#include "document.h"
#include "heapmodel.h"
#include "mainwindow.h"

QAction *MainWindow::createCompareAction()
{
    QAction *action = makeAction(tr("&Compare Policies…"), {}, &MainWindow::comparePolicies);
    action->setObjectName(QStringLiteral("compareAction"));
    action->setToolTip(tr("Run the document's steps under several policies side by side"));
    return action;
}

void MainWindow::comparePolicies()
{
    // A recording as it was read can run as recorded too: from its file,
    // whose calls have the addresses (the statements have none).
    CompareWorkload workload;
    QString error;
    const bool recording = m_model->timeline().recordedCall(1)
        && m_model->stepCount() == m_model->timeline().loadedSteps()
        && CompareWorkload::fromFile(m_document->sourcePath(), workload, error);
    CompareDialog dialog(recording ? heapboard::HeapSettings {} : m_model->heap().settings(), this);
    if (recording)
        dialog.offerAsRecorded();
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Else the scenario as it stands, edits included: what the window shows.
    if (!recording)
        workload = CompareWorkload::fromScenario(m_model->scenario(), m_document->displayName());
    auto *window = new CompareWindow(workload, dialog.configs(), this);
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
}

bool MainWindow::openComparison(const QString &path)
{
    CompareWindow *window = CompareWindow::openComparison(path, this);
    if (!window)
        return false;
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return true;
}
