// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "blocktablemodel.h"
#include "heapmodel.h"
#include "heappalette.h"
#include "heaprenderer.h"
#include "heapsettingsdialog.h"
#include "heapview.h"
#include "historylistmodel.h"
#include "messagebar.h"
#include "narrationpanel.h"
#include "startpage.h"
#include "stepcommand.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace heapboard;

namespace {

constexpr Size kUnits[] = { 1, 1024, 1024 * 1024 };

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new HeapModel(this))
    , m_pages(new QStackedWidget(this))
    , m_startPage(new StartPage(this))
    , m_view(new HeapView(m_model, this))
    , m_narration(new NarrationPanel(this))
    , m_playTimer(new QTimer(this))
    , m_messages(new MessageBar(this))
    , m_undo(new QUndoStack(this))
    , m_blocks(new BlockTableModel(m_model, this))
    , m_blockFilter(new QSortFilterProxyModel(this))
    , m_historyModel(new HistoryListModel(&m_model->history(), this))
    , m_timeline(new QSlider(Qt::Horizontal, this))
    , m_stepLabel(new QLabel(this))
{
    setWindowTitle(tr("Heapboard"));
    setAcceptDrops(true);
    m_historyModel->setLabeler([this](quint32 tag) { return m_model->labelFor(tag); });
    createActions();
    createFileActions();
    createPlayerActions();
    createPresentationActions();
    m_pages->addWidget(m_startPage);
    m_pages->addWidget(createHeapPage());
    setCentralWidget(m_pages);
    createMenus();
    createToolBar();
    createDocks();
    createStatusBar();
    connectModel();
    readSettings();
    updateStatus();
    updateTimeline();
    showStartPage();
}

QWidget *MainWindow::createHeapPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setToolTip(tr("Drag to move through every step of the history"));
    layout->addWidget(m_messages);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_narration);
    layout->addWidget(createPlayerRow());
    addClickerKeys(page);
    return page;
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_quitAction = makeAction(tr("&Quit"), { QKeySequence::Quit }, &QWidget::close);
    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_mallocAction = makeAction(tr("&Malloc"), { QKeySequence(Qt::CTRL | Qt::Key_M) }, &MainWindow::allocate);
    m_mallocAction->setToolTip(tr("Allocate the size chosen in the toolbar (Insert or Enter in the heap)"));
    m_freeAction
        = makeAction(tr("&Free Selected"), { QKeySequence(Qt::CTRL | Qt::Key_D) }, &MainWindow::freeSelected);
    m_freeAction->setToolTip(tr("Free the selected block (Delete in the heap, or click a used block)"));
    m_resetAction = makeAction(tr("&Reset Heap…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) },
                               &MainWindow::resetHeap);
    // Ctrl+Plus/Minus/0 scale the text (presentation); the heap zooms with
    // the wheel and with these plain keys.
    m_zoomInAction
        = makeAction(tr("Zoom Heap &In"), { QKeySequence(Qt::Key_Plus) }, [this] { m_view->zoomIn(); });
    m_zoomInAction->setShortcuts({ QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal) });
    m_zoomOutAction
        = makeAction(tr("Zoom Heap &Out"), { QKeySequence(Qt::Key_Minus) }, [this] { m_view->zoomOut(); });
    m_fitAction = makeAction(tr("&Fit Heap"), { QKeySequence(Qt::Key_F) }, [this] { m_view->fit(); });
    m_animateAction
        = makeAction(tr("&Animate Changes"), {}, [this](bool on) { m_view->setAnimationsEnabled(on); });
    m_animateAction->setCheckable(true);
    m_animateAction->setChecked(true);
    m_backAction = makeAction(tr("Step &Back"), { QKeySequence(Qt::Key_PageUp) }, &MainWindow::stepBack);
    m_forwardAction
        = makeAction(tr("Step &Forward"), { QKeySequence(Qt::Key_PageDown) }, &MainWindow::stepForward);
    m_firstAction
        = makeAction(tr("&First Step"), { QKeySequence(Qt::CTRL | Qt::Key_Home) }, [this] { jumpTo(0); });
    m_lastAction = makeAction(tr("&Last Step"), { QKeySequence(Qt::CTRL | Qt::Key_End) },
                              [this] { jumpTo(int(m_model->stepCount())); });
    m_aboutAction = makeAction(tr("&About Heapboard"), {}, &MainWindow::showAbout);
    m_themeGroup = new QActionGroup(this);
    for (const QString &id : HeapPalette::ids()) {
        QAction *a = m_themeGroup->addAction(HeapPalette::byId(id).name);
        a->setCheckable(true);
        a->setData(id);
        connect(a, &QAction::triggered, this, [this, id] { setTheme(id); });
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({ m_newAction, m_openAction });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_importAction);
    file->addSeparator();
    file->addActions({ m_saveAction, m_saveAsAction, m_exportAction });
    file->addSeparator();
    file->addAction(m_startAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({ m_undoAction, m_redoAction });
    edit->addSeparator();
    edit->addActions({ m_mallocAction, m_freeAction, m_resetAction });
    edit->addSeparator();
    edit->addAction(m_narrateAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({ m_zoomInAction, m_zoomOutAction, m_fitAction });
    view->addSeparator();
    view->addActions({ m_textBiggerAction, m_textSmallerAction, m_textResetAction, m_projectionAction });
    view->addSeparator();
    view->addAction(m_animateAction);
    view->addMenu(tr("&Theme"))->addActions(m_themeGroup->actions());
    view->addSeparator();
    view->addActions({ m_presentAction, m_quizAction, m_blankAction });
    view->setObjectName(QStringLiteral("viewMenu"));
    QMenu *history = menuBar()->addMenu(tr("&Player"));
    history->addActions({ m_playAction, m_backAction, m_forwardAction, m_firstAction, m_lastAction });
    createLessonsMenu();
    menuBar()->addMenu(tr("&Help"))->addAction(m_aboutAction);
    updateRecentMenu();
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Heap"));
    bar->setObjectName(QStringLiteral("heapToolBar"));
    m_sizeBox = new QSpinBox(bar);
    m_sizeBox->setRange(1, 1 << 30);
    m_sizeBox->setValue(32);
    m_sizeBox->setAccessibleName(tr("Request size"));
    m_sizeBox->setToolTip(tr("Size of the next malloc"));
    m_unitBox = new QComboBox(bar);
    m_unitBox->addItems({ tr("B"), tr("KiB"), tr("MiB") });
    m_unitBox->setAccessibleName(tr("Request size unit"));
    m_policyBox = new QComboBox(bar);
    for (Policy p : { Policy::FirstFit, Policy::NextFit, Policy::BestFit, Policy::WorstFit })
        m_policyBox->addItem(QString::fromLatin1(policyName(p).data()));
    m_policyBox->setAccessibleName(tr("Placement policy"));
    m_policyBox->setToolTip(tr("Where malloc places a block"));
    bar->addWidget(new QLabel(tr(" Size "), bar));
    bar->addWidget(m_sizeBox);
    bar->addWidget(m_unitBox);
    bar->addAction(m_mallocAction);
    bar->addAction(m_freeAction);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Policy "), bar));
    bar->addWidget(m_policyBox);
    bar->addSeparator();
    bar->addAction(m_resetAction);
    bar->addSeparator();
    bar->addActions({ m_undoAction, m_redoAction });
    connect(m_policyBox, &QComboBox::activated, this, &MainWindow::setPolicyFromCombo);
}

void MainWindow::createDocks()
{
    auto *blocksPane = new QWidget(this);
    auto *blocksLayout = new QVBoxLayout(blocksPane);
    auto *filter = new QLineEdit(blocksPane);
    filter->setPlaceholderText(tr("Filter (label, state, address)…"));
    filter->setClearButtonEnabled(true);
    auto *table = new QTableView(blocksPane);
    m_blockFilter->setSourceModel(m_blocks);
    m_blockFilter->setSortRole(BlockTableModel::SortRole);
    m_blockFilter->setFilterKeyColumn(-1);
    m_blockFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    table->setModel(m_blockFilter);
    table->setSortingEnabled(true);
    table->sortByColumn(BlockTableModel::Start, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    // Fixed widths from the font: sizing to contents would read every row.
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    for (const int column : { BlockTableModel::Start, BlockTableModel::End, BlockTableModel::Size })
        table->setColumnWidth(column, digit * 12);
    table->setColumnWidth(BlockTableModel::State, digit * 6);
    blocksLayout->setContentsMargins(0, 0, 0, 0);
    blocksLayout->addWidget(filter);
    blocksLayout->addWidget(table);
    connect(filter, &QLineEdit::textChanged, m_blockFilter, &QSortFilterProxyModel::setFilterFixedString);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &i) {
                if (i.isValid())
                    m_view->selectBlock(Addr(i.data(BlockTableModel::AddressRole).toULongLong()));
            });
    m_blocksDock = new QDockWidget(tr("Blocks"), this);
    m_blocksDock->setObjectName(QStringLiteral("blocksDock"));
    m_blocksDock->setWidget(blocksPane);
    addDockWidget(Qt::RightDockWidgetArea, m_blocksDock);

    m_historyList = new QListView(this);
    m_historyList->setModel(m_historyModel);
    m_historyList->setUniformItemSizes(true);
    connect(m_historyList, &QListView::clicked, this, [this](const QModelIndex &i) { jumpTo(i.row()); });
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_historyList);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    if (QMenu *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        view->addSeparator();
        view->addActions({ m_blocksDock->toggleViewAction(), m_historyDock->toggleViewAction() });
    }
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel, 1);
}

void MainWindow::connectModel()
{
    connect(m_model, &HeapModel::stepAdded, this, [this] {
        setWindowModified(true);
        if (isStartPageShown())
            showHeapPage(); // Ctrl+M from the start page: show what it did
    });
    connect(m_model, &HeapModel::scenarioEdited, this, [this] {
        setWindowModified(true);
        updateNarration();
    });
    connect(m_model, &HeapModel::positionChanged, this, &MainWindow::updateNarration);
    connect(m_model, &HeapModel::historyReset, this, &MainWindow::updateNarration);
    connect(m_startPage, &StartPage::lessonChosen, this, [this](const QString &path) { openFile(path); });
    connect(m_startPage, &StartPage::fileChosen, this, [this](const QString &path) { openFile(path); });
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openDialog);
    connect(m_startPage, &StartPage::emptyHeapRequested, this, &MainWindow::newHeap);
    connect(m_model, &HeapModel::changed, this, &MainWindow::updateStatus);
    connect(m_model, &HeapModel::stepAdded, m_historyModel, &HistoryListModel::stepAppended);
    connect(m_model, &HeapModel::positionChanged, m_historyModel, &HistoryListModel::positionChanged);
    connect(m_model, &HeapModel::historyReset, m_historyModel, &HistoryListModel::historyReset);
    connect(m_model, &HeapModel::positionChanged, this, &MainWindow::updateTimeline);
    connect(m_model, &HeapModel::failed, this, [this](const QString &, const QString &message) {
        m_messages->showMessage(MessageBar::Kind::Error, message);
    });
    connect(m_view, &HeapView::freeRequested, this, &MainWindow::freeBlock);
    connect(m_view, &HeapView::allocateRequested, this, [this] { allocate(); });
    connect(m_timeline, &QSlider::valueChanged, this, [this](int v) {
        if (!m_syncing)
            jumpTo(v);
    });
}

Size MainWindow::requestSize() const
{
    return Size(m_sizeBox->value()) * kUnits[std::max(0, m_unitBox->currentIndex())];
}

void MainWindow::setRequestSize(Size bytes)
{
    m_unitBox->setCurrentIndex(0);
    m_sizeBox->setValue(int(std::min<Size>(bytes, Size(m_sizeBox->maximum()))));
}

void MainWindow::perform(const QString &text, const std::function<OpResult()> &operation)
{
    const std::size_t from = m_model->position();
    const std::size_t dropped = m_model->stepCount() - from;
    // Acting before the last step drops the steps after it (as any redo
    // does); the command keeps them, so that Undo brings them back.
    std::shared_ptr<const Scenario> before;
    if (dropped > 0)
        before = std::make_shared<const Scenario>(m_model->scenario());
    const OpResult r = operation();
    auto *command = new StepCommand(m_model, &m_syncing, from, m_model->position(), text);
    if (before)
        command->setRestore(std::move(before), std::make_shared<const Scenario>(m_model->scenario()));
    m_undo->push(command);
    if (r.ok() && dropped > 0)
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("%1 dropped the %2 steps after step %3. Undo (Ctrl+Z) brings them back.")
                                    .arg(text)
                                    .arg(dropped)
                                    .arg(from));
    else if (r.ok())
        m_messages->hide();
}

void MainWindow::allocate()
{
    const Size n = requestSize();
    perform(tr("malloc(%1)").arg(n), [this, n] { return m_model->allocate(n); });
}

void MainWindow::freeBlock(Addr start)
{
    perform(tr("free(%1)").arg(start), [this, start] { return m_model->freeBlock(start); });
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
    HeapSettingsDialog dialog(tr("Reset Heap"), tr("Start over with an empty heap. The history is cleared."),
                              m_model->heap().heapSize(), m_model->heap().policy(), this);
    if (!maybeSave() || dialog.exec() != QDialog::Accepted)
        return;
    m_model->reset(dialog.heapSize(), dialog.policy());
    m_undo->clear();
    setDocument({}, tr("Untitled"));
    showHeapPage();
    m_policyBox->setCurrentIndex(int(dialog.policy()));
    m_messages->hide();
}

void MainWindow::setPolicyFromCombo(int index)
{
    if (Policy(index) == m_model->heap().policy())
        return;
    perform(tr("policy %1").arg(m_policyBox->itemText(index)),
            [this, index] { return m_model->setPolicy(Policy(index)); });
}

void MainWindow::jumpTo(int step)
{
    if (step < 0 || std::size_t(step) > m_model->stepCount())
        return;
    m_model->jumpTo(std::size_t(step));
    syncUndoIndex();
}

void MainWindow::syncUndoIndex()
{
    // The undo stack follows the history: its index is the number of
    // commands that end at or before the current step. An undone command
    // that put dropped steps back stays undone: the steps after it are the
    // old ones now, not what it did.
    int index = 0;
    while (index < m_undo->count()) {
        const auto *command = static_cast<const StepCommand *>(m_undo->command(index));
        if (command->to() > m_model->position() || (command->reloads() && index >= m_undo->index()))
            break;
        ++index;
    }
    m_syncing = true;
    m_undo->setIndex(index);
    m_syncing = false;
}

void MainWindow::updateTimeline()
{
    m_syncing = true;
    m_timeline->setRange(0, int(m_model->stepCount()));
    m_timeline->setValue(int(m_model->position()));
    m_syncing = false;
    m_stepLabel->setText(tr("%1 / %2").arg(m_model->position()).arg(m_model->stepCount()));
    m_policyBox->setCurrentIndex(int(m_model->heap().policy()));
    if (m_historyList)
        m_historyList->scrollTo(m_historyModel->index(int(m_model->position())));
}

QString MainWindow::statusText() const
{
    const HeapStats s = m_model->stats();
    return tr("Live %1  ·  Free %2  ·  Blocks %3 used, %4 free  ·  Largest free %5  ·  Fragmentation %6%")
        .arg(HeapRenderer::formatSize(s.liveBytes), HeapRenderer::formatSize(s.freeBytes))
        .arg(s.usedBlocks)
        .arg(s.freeBlocks)
        .arg(HeapRenderer::formatSize(s.largestFree))
        .arg(s.fragmentation() * 100, 0, 'f', 1);
}

void MainWindow::updateStatus()
{
    m_statusLabel->setText(statusText());
}

void MainWindow::setTheme(const QString &id)
{
    m_view->setPalette(HeapPalette::byId(id));
    m_narration->setTheme(HeapPalette::byId(id));
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toString() == id);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Heapboard"),
                       tr("<h3>Heapboard %1</h3><p>A visual heap explorer: watch malloc and free split and "
                          "merge blocks, step through scenarios, and see where a trace's fragmentation "
                          "comes from.</p><p>The default mode reproduces a first-fit allocator with an "
                          "address-ordered free list, pointer for pointer.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        resizeDocks({ m_blocksDock }, { fontMetrics().horizontalAdvance(QLatin1Char('0')) * 52 },
                    Qt::Horizontal);
    setTheme(settings.value(QStringLiteral("view/theme"), QStringLiteral("light")).toString());
    m_animateAction->setChecked(settings.value(QStringLiteral("view/animate"), true).toBool());
    m_view->setAnimationsEnabled(m_animateAction->isChecked());
    setTextScale(settings.value(QStringLiteral("view/textScale"), 1.0).toDouble());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/theme"), m_view->heapPalette().id);
    settings.setValue(QStringLiteral("view/animate"), m_animateAction->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    setPlaying(false);
    writeSettings();
    event->accept();
}
