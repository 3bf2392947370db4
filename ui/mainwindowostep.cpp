// SPDX-License-Identifier: MIT
// MainWindow: OSTEP's malloc.py workloads (docs/ostep.md), from the command
// line (heapboard --ostep) and from File > New OSTEP Workload….
#include "document.h"
#include "mainwindow.h"
#include "ostepdialog.h"
#include "ostepworkload.h"

void MainWindow::newOstepWorkload()
{
    OstepDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openOstepWorkload(dialog.workload());
}

bool MainWindow::openOstepWorkload(const OstepWorkload &workload)
{
    if (!m_document->maybeSave() || !m_document->loadText(tr("OSTEP workload"), workload.scenario))
        return false;
    // Loading turned the quiz off (it belongs to the document); without -c
    // the class predicts every answer first, as with malloc.py itself.
    if (workload.isQuiz())
        setQuizMode(true);
    return true;
}
