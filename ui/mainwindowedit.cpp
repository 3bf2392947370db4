// SPDX-License-Identifier: MIT
// MainWindow: the edits a click or a menu asks for (malloc, free, reset, a
// policy), handed to the TimelineEditor, and what the message bar says
// about them.
#include "heapmodel.h"
#include "heapsettingsdialog.h"
#include "heapview.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "numberformat.h"
#include "timelineeditor.h"

#include <QComboBox>
#include <QSpinBox>

using namespace heapboard;

void MainWindow::showStepError()
{
    // The bar tells the error of the step the position stands on, and goes
    // away on any other step.
    const QString error = m_model->errorMessage(m_model->position());
    if (!error.isEmpty())
        m_messages->showMessage(MessageBar::Kind::Error, error);
    else
        m_messages->hide();
}

void MainWindow::stepEdited(const QString &what, std::size_t replaced, std::size_t at)
{
    if (isStartPageShown())
        showHeapPage(); // Ctrl+M from the start page: show what it did
    if (replaced > 0 && m_model->errorMessage(m_model->position()).isEmpty()) {
        const QString steps = replaced == 1 ? tr("the step") : tr("the %1 steps").arg(replaced);
        m_messages->showMessage(
            MessageBar::Kind::Information,
            tr("%1 replaced %2 after step %3. Undo (Ctrl+Z) brings them back.").arg(what, steps).arg(at));
    }
}

Size MainWindow::requestSize() const
{
    return Size(m_sizeBox->value()) * NumberFormat::kSizeUnits[std::max(0, m_unitBox->currentIndex())];
}

void MainWindow::setRequestSize(Size bytes)
{
    m_unitBox->setCurrentIndex(0);
    m_sizeBox->setValue(int(std::min<Size>(bytes, Size(m_sizeBox->maximum()))));
}

void MainWindow::allocate()
{
    // As recorded, a block goes only where the recording put it: a request
    // of the user's own has no address (docs/hrec.md, "As recorded").
    if (m_model->heap().policy() == heapboard::Policy::AsRecorded) {
        m_messages->showMessage(
            MessageBar::Kind::Information,
            tr("As recorded, blocks go only where the recording put them. To add requests "
               "of your own, choose a policy in the Policy box first."));
        return;
    }
    m_editor->allocate(requestSize());
}

void MainWindow::freeBlock(Addr start)
{
    // The view names a block by its start; free takes the program's
    // pointer, past the header (Heap::pointerOf).
    m_editor->freeBlock(start + m_model->heap().settings().header);
}

void MainWindow::freeSelected()
{
    if (!m_view->selectedBlock()) {
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("Select a used block first: click it, or move to it with Up and Down."));
        return;
    }
    freeBlock(*m_view->selectedBlock());
}

void MainWindow::resetHeap()
{
    HeapSettingsDialog dialog(
        tr("Reset Heap"), tr("Start over with an empty heap. Undo (Ctrl+Z) brings the current steps back."),
        m_model->history().startSize(), m_model->heap().policy(), this);
    dialog.showAllocatorSettings(m_model->heap().settings());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_editor->reset(dialog.heapSize(), dialog.policy(), dialog.settings());
    showHeapPage();
}

void MainWindow::setPolicyFromCombo(int index)
{
    if (!m_editor->setPolicy(Policy(index)))
        m_policyBox->setCurrentIndex(int(m_model->heap().policy()));
}
