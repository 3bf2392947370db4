// SPDX-License-Identifier: MIT
// The Chart dock and its actions (issue 14): built and wired here so that
// mainwindow.cpp only calls createChart().
#include "chartdock.h"
#include "chartexport.h"
#include "exportdialog.h"
#include "freelistdock.h"
#include "heapchart.h"
#include "heapmodel.h"
#include "heappalette.h"
#include "heapview.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "player.h"

#include <QActionGroup>
#include <QCheckBox>
#include <QMenu>
#include <QMenuBar>

namespace {

// The menu of the menu bar that holds `action`.
QMenu *menuHolding(QMenuBar *bar, QAction *action)
{
    for (QAction *a : bar->actions()) {
        if (a->menu() && a->menu()->actions().contains(action))
            return a->menu();
    }
    return nullptr;
}

// File > Export Chart…: the export dialog (file, size, theme, caption) over
// a ChartExport of what the chart shows now.
bool exportChart(QWidget *parent, const HeapChart &chart, const QStringList &caption)
{
    const QList<ChartSeries> series = chart.series();
    std::vector<HeapChart::Measure> shown;
    for (int m = 0; m < ChartRenderer::kMeasureCount; ++m) {
        if (chart.isMeasureVisible(HeapChart::Measure(m)))
            shown.push_back(HeapChart::Measure(m));
    }
    const std::size_t position = chart.position();
    ExportDialog dialog(
        [&](const QString &path, QSize size, const HeapPalette &theme, const QStringList &lines, bool,
            QString *error) {
            ChartExport picture(theme);
            picture.setSize(size);
            picture.setCaption(lines);
            picture.renderer().setSeries(series);
            for (int m = 0; m < ChartRenderer::kMeasureCount; ++m)
                picture.renderer().setMeasureVisible(
                    HeapChart::Measure(m),
                    std::find(shown.begin(), shown.end(), HeapChart::Measure(m)) != shown.end());
            picture.renderer().setPosition(position);
            return picture.save(path, error);
        },
        chart.heapPalette(), caption, parent);
    dialog.setWindowTitle(MainWindow::tr("Export Chart"));
    dialog.setLegendOptional(false);
    if (auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("includeCaption")))
        box->setText(MainWindow::tr("Title and step above the chart"));
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

void MainWindow::createChart()
{
    m_chartDock = new ChartDock(m_model, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartDock);
    // Under the heap, above the free list: both span the heap's width.
    splitDockWidget(m_chartDock, m_freeListDock, Qt::Vertical);
    // Hidden on a first start: the fresh 1280x800 window (or a 720-line
    // projector) keeps its room for the heap; C shows it, and the window's
    // saved state remembers that.
    m_chartDock->hide();
    HeapChart *chart = m_chartDock->chart();
    chart->setHeapPalette(m_view->heapPalette());
    connect(chart, &HeapChart::stepRequested, m_player,
            [this](std::size_t step) { m_player->jumpTo(int(step)); });
    // The theme actions are checked by the menu and by setTheme() alike.
    for (QAction *theme : m_themeGroup->actions()) {
        connect(theme, &QAction::toggled, chart, [chart, theme](bool on) {
            if (on)
                chart->setHeapPalette(HeapPalette::byId(theme->data().toString()));
        });
    }
    // Shown, it gets the height it asks for: the heap page would squeeze
    // it to its minimum.
    connect(m_chartDock->toggleViewAction(), &QAction::triggered, this, [this](bool on) {
        if (on)
            resizeDocks({ m_chartDock }, { m_chartDock->sizeHint().height() }, Qt::Vertical);
    });
    if (QMenu *view = menuHolding(menuBar(), m_freeListDock->toggleViewAction()))
        view->addAction(m_chartDock->toggleViewAction());
    addAction(m_chartDock->toggleViewAction());

    auto *exportAction = new QAction(tr("Export &Chart…"), this);
    exportAction->setObjectName(QStringLiteral("exportChartAction"));
    exportAction->setToolTip(tr("Save the chart over time as PNG, SVG or PDF"));
    connect(exportAction, &QAction::triggered, this, [this] {
        QStringList caption;
        caption << (m_model->title().isEmpty() ? tr("Heap over time") : m_model->title())
                << tr("Step %1 / %2").arg(m_model->position()).arg(m_model->stepCount());
        if (exportChart(this, *m_chartDock->chart(), caption))
            m_messages->showMessage(MessageBar::Kind::Information, tr("Exported the chart."));
    });
    if (QMenu *file = menuHolding(menuBar(), m_exportAction)) {
        const QList<QAction *> actions = file->actions();
        const qsizetype at = actions.indexOf(m_exportAction);
        file->insertAction(actions.value(at + 1), exportAction);
    }
}
