// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "apptheme.h"
#include "blockactions.h"
#include "blocktablemodel.h"
#include "blocktableview.h"
#include "clickerkeys.h"
#include "document.h"
#include "focusring.h"
#include "freelistdock.h"
#include "freelistview.h"
#include "heaplegendoverlay.h"
#include "heapmodel.h"
#include "heappalette.h"
#include "heappane.h"
#include "heaprenderer.h"
#include "heapsettingsdialog.h"
#include "heapsettingsform.h"
#include "heapview.h"
#include "helpactions.h"
#include "historylistmodel.h"
#include "layoutchooser.h"
#include "messagebar.h"
#include "narrationpanel.h"
#include "numberformat.h"
#include "player.h"
#include "presentation.h"
#include "quiz.h"
#include "recentfiles.h"
#include "shortcutsdialog.h"
#include "startpage.h"
#include "timelineeditor.h"
#include "timelineslider.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace heapboard;

namespace { } // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new HeapModel(this))
    , m_pages(new QStackedWidget(this))
    , m_startPage(new StartPage(this))
    , m_pane(new HeapPane(m_model, this))
    , m_view(m_pane->view())
    , m_narration(new NarrationPanel(this))
    , m_messages(new MessageBar(this))
    , m_editor(new TimelineEditor(m_model, this))
    , m_recent(new RecentFiles(this))
    , m_document(new Document(m_model, m_editor, m_recent, this))
    , m_quiz(new Quiz(m_model, this))
    , m_player(new Player(m_model, m_quiz, this))
    , m_blocks(new BlockTableModel(m_model, this))
    , m_blockFilter(new QSortFilterProxyModel(this))
    , m_historyModel(new HistoryListModel(m_model, m_quiz, this))
    , m_timeline(new TimelineSlider(this))
    , m_stepLabel(new QLabel(this))
{
    setWindowTitle(tr("Heapboard"));
    setAcceptDrops(true);
    createActions();
    createFileActions();
    createPlayerActions();
    m_pages->addWidget(m_startPage);
    m_pages->addWidget(createHeapPage());
    setCentralWidget(m_pages);
    createPresentation();
    createDocks();
    createMenus();
    createChart();
    createToolBar();
    createStatusBar();
    addMenuActionsToWindow();
    connectModel();
    connectDocument();
    readSettings();
    updateStatus();
    updateTimeline();
    showStartPage();
}

QWidget *MainWindow::createHeapPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_messages);
    layout->addWidget(m_pane, 1);
    layout->addWidget(m_narration);
    layout->addWidget(createPlayerRow());
    addClickerKeys(page, m_player);
    FocusRing::install(m_view);
    return page;
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_quitAction = makeAction(tr("&Quit"), { QKeySequence::Quit }, &QWidget::close);
    m_undoAction = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, whatever the platform's binding adds.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_redoAction->setShortcuts(redoKeys);
    m_mallocAction = makeAction(tr("&Malloc"), { QKeySequence(Qt::CTRL | Qt::Key_M) }, &MainWindow::allocate);
    m_mallocAction->setToolTip(tr("Allocate the size chosen in the toolbar (Insert or Enter in the heap)"));
    m_freeAction
        = makeAction(tr("&Free Selected"), { QKeySequence(Qt::CTRL | Qt::Key_D) }, &MainWindow::freeSelected);
    m_freeAction->setToolTip(tr("Free the selected block (Delete in the heap, or click a used block)"));
    m_blockActions = new BlockActions(m_model, m_editor, m_view, this);
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
    m_linksAction
        = makeAction(tr("Free List &Links"), {}, [this](bool on) { m_view->setFreeListLinksVisible(on); });
    m_linksAction->setObjectName(QStringLiteral("freeListLinksAction"));
    m_linksAction->setCheckable(true);
    m_linksAction->setToolTip(tr("Arrows from each free block to the next in the free list"));
    m_aboutAction = makeAction(tr("&About Heapboard"), {}, &MainWindow::showAbout);
    m_legend = new HeapLegendOverlay(m_view); // over the heap: toggling it moves nothing
    m_legend->hide();
    m_legendAction = makeAction(tr("&Legend"), {}, [this](bool on) { m_legend->setVisible(on); });
    m_legendAction->setObjectName(QStringLiteral("legendAction"));
    m_legendAction->setCheckable(true);
    m_legendAction->setToolTip(tr("What free, used and changed blocks look like"));
    m_shortcutsAction
        = makeAction(tr("&Keyboard Shortcuts"), { QKeySequence(Qt::Key_F1) }, &MainWindow::showShortcuts);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_themeGroup = new QActionGroup(this);
    for (const QString &id : HeapPalette::ids()) {
        QAction *a = m_themeGroup->addAction(HeapPalette::byId(id).displayName());
        a->setCheckable(true);
        a->setData(id);
        connect(a, &QAction::triggered, this, [this, id] { setTheme(id); });
    }
    m_layoutChooser = new LayoutChooser(m_model, m_view, this);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({ m_newAction, m_ostepAction, m_openAction });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
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
    edit->addActions({ m_mallocAction, m_freeAction, m_blockActions->reallocAction(),
                       m_blockActions->freeAddressAction(), m_resetAction });
    edit->addSeparator();
    edit->addAction(m_narrateAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({ m_zoomInAction, m_zoomOutAction, m_fitAction });
    view->addSeparator();
    view->addActions({ m_presentation->largerTextAction(), m_presentation->smallerTextAction(),
                       m_presentation->normalTextAction(), m_presentation->projectionAction() });
    view->addSeparator();
    view->addAction(m_animateAction);
    view->addAction(m_legendAction);
    view->addAction(m_linksAction);
    view->addMenu(tr("&Theme"))->addActions(m_themeGroup->actions());
    view->addMenu(tr("&Layout"))->addActions(m_layoutChooser->actions());
    view->addSeparator();
    view->addActions({ m_presentation->presentAction(), m_presentation->unlockAction(), m_quizAction,
                       m_presentation->blankAction() });
    view->addAction(createCompareAction());
    view->addSeparator();
    view->addActions({ m_blocksDock->toggleViewAction(), m_historyDock->toggleViewAction(),
                       m_freeListDock->toggleViewAction() });
    QMenu *history = menuBar()->addMenu(tr("&Player"));
    history->addActions({ m_playAction, m_backAction, m_forwardAction, m_firstAction, m_lastAction });
    createLessonsMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *helpActions = new HelpActions(this);
    help->addActions({ helpActions->guideAction(), m_shortcutsAction, helpActions->whatsNewAction() });
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::addMenuActionsToWindow()
{
    // On the window itself, every action's keys work with the menu bar
    // hidden (presenting).
    for (const QMenu *menu : menuBar()->findChildren<QMenu *>()) {
        for (QAction *a : menu->actions()) {
            if (!a->shortcuts().isEmpty())
                addAction(a);
        }
    }
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Heap"));
    bar->setObjectName(QStringLiteral("heapToolBar"));
    m_sizeBox = new QSpinBox(bar);
    m_sizeBox->setRange(1, 1 << 30);
    m_sizeBox->setValue(32);
    m_sizeBox->setObjectName(QStringLiteral("sizeBox"));
    m_sizeBox->setAccessibleName(tr("Request size"));
    m_sizeBox->setToolTip(tr("Size of the next malloc"));
    m_unitBox = new QComboBox(bar);
    m_unitBox->setObjectName(QStringLiteral("unitBox"));
    m_unitBox->addItems(NumberFormat::sizeUnitNames());
    m_unitBox->setAccessibleName(tr("Request size unit"));
    m_policyBox = new QComboBox(bar);
    m_policyBox->setObjectName(QStringLiteral("policyBox"));
    for (Policy p :
         { Policy::FirstFit, Policy::NextFit, Policy::BestFit, Policy::WorstFit, Policy::AsRecorded })
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
    // The heap's hover ghost shows where a malloc of this size would land.
    const auto showRequest = [this] { m_view->setRequestSize(requestSize()); };
    connect(m_sizeBox, &QSpinBox::valueChanged, this, showRequest);
    connect(m_unitBox, &QComboBox::currentIndexChanged, this, showRequest);
    showRequest();
    // Enter in the size box allocates: type a size, press Enter, watch.
    if (auto *edit = m_sizeBox->findChild<QLineEdit *>())
        connect(edit, &QLineEdit::returnPressed, this, &MainWindow::allocate);
}

void MainWindow::createDocks()
{
    auto *blocksPane = new QWidget(this);
    auto *blocksLayout = new QVBoxLayout(blocksPane);
    auto *filter = new QLineEdit(blocksPane);
    filter->setPlaceholderText(tr("Filter (label, state, address)…"));
    filter->setClearButtonEnabled(true);
    filter->setAccessibleName(tr("Filter blocks"));
    auto *table = new BlockTableView(blocksPane);
    table->setAccessibleName(tr("Blocks"));
    m_blockFilter->setSourceModel(m_blocks);
    m_blockFilter->setSortRole(BlockTableModel::SortRole);
    m_blockFilter->setFilterKeyColumn(-1);
    m_blockFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    table->setModel(m_blockFilter);
    table->sortByColumn(BlockTableModel::Start, Qt::AscendingOrder);
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
    m_historyList->setObjectName(QStringLiteral("historyList"));
    m_historyList->setAccessibleName(tr("History"));
    m_historyList->setModel(m_historyModel);
    m_historyList->setUniformItemSizes(true);
    connect(m_historyList, &QListView::clicked, m_player,
            [this](const QModelIndex &i) { m_player->jumpTo(i.row()); });
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_historyList);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);

    // Under the heap: the chain of free cells wraps to the window's width.
    m_freeListDock = new FreeListDock(m_model, m_view, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_freeListDock);
    FocusRing::install(m_freeListDock->view());
    connect(m_presentation, &Presentation::presentingChanged, m_freeListDock, &FreeListDock::setPresenting);
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel, 1);
}

void MainWindow::connectModel()
{
    connect(m_editor, &TimelineEditor::stepEdited, this, &MainWindow::stepEdited);
    connect(m_editor, &TimelineEditor::lockedChanged, this,
            [this](bool locked) { m_view->setEditable(!locked); });
    connect(m_editor, &TimelineEditor::refused, this, [this] {
        m_messages->showMessage(
            MessageBar::Kind::Information,
            tr("The heap is locked while presenting: %1 allows edits.")
                .arg(m_presentation->unlockAction()->shortcut().toString(QKeySequence::NativeText)));
    });
    connect(m_model, &HeapModel::textChanged, this, &MainWindow::updateNarration);
    connect(m_model, &HeapModel::positionChanged, this, &MainWindow::updateNarration);
    connect(m_model, &HeapModel::historyReset, this, &MainWindow::updateNarration);
    connect(m_model, &HeapModel::handleRenamed, this, &MainWindow::updateNarration); // the step line
    connect(m_quiz, &Quiz::askingChanged, this, &MainWindow::updateNarration);
    connect(m_startPage, &StartPage::lessonChosen, this, [this](const QString &path) { openFile(path); });
    connect(m_startPage, &StartPage::fileChosen, this, [this](const QString &path) { openFile(path); });
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openDialog);
    connect(m_startPage, &StartPage::emptyHeapRequested, this, &MainWindow::newHeap);
    connect(m_model, &HeapModel::changed, this, &MainWindow::updateStatus);
    connect(m_model, &HeapModel::positionChanged, this, &MainWindow::updateTimeline);
    connect(m_model, &HeapModel::stepsReplaced, this, &MainWindow::updateTimeline);
    connect(m_model, &HeapModel::historyReset, this, &MainWindow::updateTimeline);
    connect(m_model, &HeapModel::positionChanged, this, &MainWindow::showStepError);
    connect(m_model, &HeapModel::historyReset, this, &MainWindow::showStepError);
    connect(m_view, &HeapView::freeRequested, this, &MainWindow::freeBlock);
    connect(m_view, &HeapView::allocateRequested, this, [this] { allocate(); });
    connect(m_view, &HeapView::contextMenuRequested, m_blockActions, &BlockActions::popupMenu);
    connect(m_blockActions, &BlockActions::information, m_messages,
            [this](const QString &text) { m_messages->showMessage(MessageBar::Kind::Information, text); });
    m_blockActions->setRequestSize([this] { return requestSize(); });
    m_blockActions->setLockedReason(
        tr("Locked while presenting: %1 allows edits")
            .arg(m_presentation->unlockAction()->shortcut().toString(QKeySequence::NativeText)));
    connect(m_timeline, &QSlider::valueChanged, m_player, &Player::jumpTo);
}

void MainWindow::updateTimeline()
{
    {
        const QSignalBlocker blocker(m_timeline);
        m_timeline->setRange(0, int(m_model->stepCount()));
        if (m_timeline->marker() > int(m_model->stepCount()))
            m_timeline->setMarker(-1, {});
        m_timeline->setValue(int(m_model->position()));
    }
    m_stepLabel->setText(tr("%1 / %2").arg(m_model->position()).arg(m_model->stepCount()));
    m_policyBox->setCurrentIndex(int(m_model->heap().policy()));
    // As recorded places only a recording's own calls: a heap can be left
    // for a policy, but not entered.
    if (auto *items = qobject_cast<QStandardItemModel *>(m_policyBox->model()))
        items->item(int(Policy::AsRecorded))->setEnabled(m_model->heap().policy() == Policy::AsRecorded);
    if (m_historyList) {
        // One current row: the selection follows the position.
        const QModelIndex current = m_historyModel->index(int(m_model->position()));
        m_historyList->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect);
        m_historyList->scrollTo(current);
    }
}

QUndoStack *MainWindow::undoStack() const
{
    return m_editor->undoStack();
}

void MainWindow::setTheme(const QString &id)
{
    AppTheme::apply(HeapPalette::byId(id)); // menus, docks, tables, dialogs
    m_pane->setHeapPalette(HeapPalette::byId(id));
    m_narration->setTheme(HeapPalette::byId(id));
    updatePlayerIcons();
    m_freeListDock->view()->viewport()->update(); // it draws with the heap view's palette
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toString() == id);
    m_legend->setHeapPalette(HeapPalette::byId(id));
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

void MainWindow::showShortcuts()
{
    // One window at a time: F1 again brings it to the front.
    auto *dialog = findChild<ShortcutsDialog *>();
    if (!dialog) {
        dialog = new ShortcutsDialog(ShortcutsDialog::groupsOf(this), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // A first start: 1280x800, or what the screen holds (a 1280x720
        // projector), frame included, in the middle of the screen.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        const QSize frame(16, 48); // a title bar and borders, before any is known
        resize(std::min(1280, available.width() - frame.width()),
               std::min(800, available.height() - frame.height()));
        move(available.left() + (available.width() - width() - frame.width()) / 2,
             available.top() + (available.height() - height() - frame.height()) / 2);
    }
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        resizeDocks({ m_blocksDock }, { fontMetrics().horizontalAdvance(QLatin1Char('0')) * 52 },
                    Qt::Horizontal);
    m_freeListDock->restoreVisibility();
    setTheme(settings.value(QStringLiteral("view/theme"), QStringLiteral("light")).toString());
    m_animateAction->setChecked(settings.value(QStringLiteral("view/animate"), true).toBool());
    m_view->setAnimationsEnabled(m_animateAction->isChecked());
    m_legendAction->setChecked(settings.value(QStringLiteral("view/legend"), false).toBool());
    m_legend->setVisible(m_legendAction->isChecked());
    m_linksAction->setChecked(settings.value(QStringLiteral("view/freeListLinks"), false).toBool());
    m_view->setFreeListLinksVisible(m_linksAction->isChecked());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/theme"), m_view->heapPalette().id);
    settings.setValue(QStringLiteral("view/animate"), m_animateAction->isChecked());
    settings.setValue(QStringLiteral("view/legend"), m_legendAction->isChecked());
    settings.setValue(QStringLiteral("view/freeListLinks"), m_linksAction->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    setPlaying(false);
    writeSettings();
    m_document->discardAutosave(); // a clean close
    event->accept();
}
