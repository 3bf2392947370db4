// SPDX-License-Identifier: MIT
#include "comparewindow.h"

#include "clickerkeys.h"
#include "comparechartdock.h"
#include "comparepane.h"
#include "comparesummarymodel.h"
#include "heapmodel.h"
#include "heapview.h"
#include "narrationpanel.h"
#include "numberformat.h"
#include "player.h"
#include "presentation.h"
#include "quiz.h"
#include "shortcutsdialog.h"
#include "timelineslider.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

CompareWindow::CompareWindow(const CompareWorkload &workload,
                             const std::vector<heapboard::PaneConfig> &configs, QWidget *parent)
    : QMainWindow(parent)
    , m_session(new CompareSession(workload, configs, this))
    , m_quiz(new Quiz(m_session->lead(), this))
    , m_player(new Player(m_session->lead(), m_quiz, this))
{
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("Compare Policies — %1").arg(workload.name));
    setAccessibleName(tr("Compare policies"));
    createActions();
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("comparePage"));
    auto *layout = new QVBoxLayout(central);
    m_stepLine = new QLabel(central);
    m_stepLine->setObjectName(QStringLiteral("compareStepLine"));
    m_stepLine->setAccessibleName(tr("Current step"));
    layout->addWidget(m_stepLine);
    layout->addWidget(createPanes(), 1);
    layout->addWidget(createNarration());
    layout->addWidget(createPlayerRow());
    setCentralWidget(central);
    addClickerKeys(central, m_player);
    createSummaryDock();
    // The chart beside the summary, both under the panes.
    m_chartDock = new CompareChartDock(m_session, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartDock);
    splitDockWidget(m_chartDock, findChild<QDockWidget *>(QStringLiteral("summaryDock")), Qt::Horizontal);
    m_presentation = new Presentation(this, nullptr, m_narration, { m_playerRow });
    connect(m_presentation, &Presentation::presentingChanged, this, [this] {
        for (ComparePane *pane : std::as_const(m_panes))
            pane->view()->fit();
    });
    createMenus();
    connect(m_session, &CompareSession::positionChanged, this, &CompareWindow::showPosition);
    connect(m_quiz, &Quiz::askingChanged, this, &CompareWindow::updateNarration);
    showPosition(m_session->position());
    // As large as the screen allows, up to 1280x800: on a 1280x720 projector
    // the chart and the summary stay on it.
    const QSize room = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    resize(QSize(1280, 800).boundedTo(room));
}

CompareWindow::~CompareWindow() = default;

namespace {

// A scenario's `compare` policies, or all four when it names none.
std::vector<heapboard::PaneConfig> paneConfigs(const std::vector<heapboard::Policy> &policies,
                                               const heapboard::HeapSettings &settings)
{
    if (policies.empty())
        return CompareSession::allPolicies(settings);
    std::vector<heapboard::PaneConfig> out;
    for (heapboard::Policy policy : policies)
        out.push_back(heapboard::PaneConfig { policy, settings });
    return out;
}

} // namespace

CompareWindow *CompareWindow::openFile(const QString &path, QString &error, QWidget *parent)
{
    CompareWorkload workload;
    if (!CompareWorkload::fromFile(path, workload, error))
        return nullptr;
    const heapboard::HeapSettings settings = workload.kind == CompareWorkload::Kind::Scenario
        ? workload.scenario.settings
        : heapboard::HeapSettings {};
    // A recording: what the real allocator did beside first fit.
    if (!workload.trace.calls.empty())
        return new CompareWindow(
            workload, { { heapboard::Policy::AsRecorded, {} }, { heapboard::Policy::FirstFit, {} } }, parent);
    return new CompareWindow(workload, paneConfigs(workload.scenario.compare, settings), parent);
}

CompareWindow *CompareWindow::openComparison(const QString &path, QWidget *parent)
{
    // `compare` comes before the first operation, so the file's head says
    // whether it has one: a large trace is not parsed twice to find out.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray head = file.read(64 * 1024);
    static const QRegularExpression line(QStringLiteral("(^|\\n)[ \\t]*compare[ \\t]+[a-z]"));
    if (!heapboard::looksLikeScenario(std::string_view(head.constData(), std::size_t(head.size())))
        || !line.match(QString::fromUtf8(head)).hasMatch())
        return nullptr;
    CompareWorkload workload;
    QString error;
    if (!CompareWorkload::fromFile(path, workload, error) || workload.kind != CompareWorkload::Kind::Scenario
        || workload.scenario.compare.empty())
        return nullptr;
    return new CompareWindow(workload, paneConfigs(workload.scenario.compare, workload.scenario.settings),
                             parent);
}

void CompareWindow::createActions()
{
    const auto action = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys,
                               auto *receiver, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        connect(a, &QAction::triggered, receiver, slot);
        return a;
    };
    m_playAction = action(QStringLiteral("playAction"), tr("&Play"),
                          { QKeySequence(Qt::Key_P), QKeySequence(Qt::Key_MediaTogglePlayPause) }, m_player,
                          &Player::togglePlaying);
    m_playAction->setCheckable(true);
    connect(m_player, &Player::playingChanged, this, [this](bool on) {
        const QSignalBlocker blocker(m_playAction);
        m_playAction->setChecked(on);
        m_playAction->setText(on ? tr("&Pause") : tr("&Play"));
        m_playAction->setIcon(style()->standardIcon(on ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    });
    m_backAction = action(QStringLiteral("stepBackAction"), tr("Step &Back"),
                          { QKeySequence(Qt::Key_PageUp) }, m_player, &Player::stepBack);
    m_forwardAction = action(QStringLiteral("stepForwardAction"), tr("Step &Forward"),
                             { QKeySequence(Qt::Key_PageDown) }, m_player, &Player::stepForward);
    m_firstAction = action(QStringLiteral("firstStepAction"), tr("&First Step"),
                           { QKeySequence(Qt::CTRL | Qt::Key_Home) }, m_player, &Player::first);
    m_lastAction = action(QStringLiteral("lastStepAction"), tr("&Last Step"),
                          { QKeySequence(Qt::CTRL | Qt::Key_End) }, m_player, &Player::last);
    // D for "difference": one key each way, free in both windows.
    m_nextDivergence
        = action(QStringLiteral("nextDivergenceAction"), tr("&Next Divergence"), { QKeySequence(Qt::Key_D) },
                 m_session, qOverload<>(&CompareSession::nextDivergence));
    m_nextDivergence->setToolTip(tr("Go to the next step where the panes' outcomes differ (D)"));
    m_previousDivergence = action(QStringLiteral("previousDivergenceAction"), tr("P&revious Divergence"),
                                  { QKeySequence(Qt::SHIFT | Qt::Key_D) }, m_session,
                                  qOverload<>(&CompareSession::previousDivergence));
    m_previousDivergence->setToolTip(
        tr("Go to the previous step where the panes' outcomes differ (Shift+D)"));
    m_quizAction = action(QStringLiteral("quizAction"), tr("&Quiz Mode"), { QKeySequence(Qt::Key_Q) }, m_quiz,
                          &Quiz::setOn);
    m_quizAction->setCheckable(true);
    m_quizAction->setToolTip(tr("Ask the lesson's questions before their steps (Q)"));
    m_copyAction = action(QStringLiteral("copySummaryAction"), tr("&Copy Summary"), {}, this,
                          &CompareWindow::copySummary);
    m_exportAction
        = action(QStringLiteral("exportSummaryAction"), tr("&Export Summary…"),
                 { QKeySequence(Qt::CTRL | Qt::Key_E) }, this, &CompareWindow::exportSummaryWithDialog);
    m_closeAction
        = action(QStringLiteral("closeAction"), tr("&Close"), { QKeySequence::Close }, this, &QWidget::close);
    m_shortcutsAction = action(QStringLiteral("shortcutsAction"), tr("&Keyboard Shortcuts"),
                               { QKeySequence(Qt::Key_F1) }, this, &CompareWindow::showShortcuts);
    m_firstAction->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    m_backAction->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_playAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_forwardAction->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_lastAction->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
}

void CompareWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({ m_copyAction, m_exportAction });
    file->addSeparator();
    file->addAction(m_closeAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({ m_presentation->presentAction(), m_presentation->blankAction() });
    view->addSeparator();
    view->addActions({ m_presentation->largerTextAction(), m_presentation->smallerTextAction(),
                       m_presentation->normalTextAction(), m_presentation->projectionAction() });
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    QMenu *player = menuBar()->addMenu(tr("&Player"));
    player->addActions({ m_playAction, m_backAction, m_forwardAction, m_firstAction, m_lastAction });
    player->addSeparator();
    player->addActions({ m_nextDivergence, m_previousDivergence });
    player->addSeparator();
    player->addAction(m_quizAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    // The menu bar hides while presenting; the keys must work all the same.
    for (QMenu *menu : { file, view, player, help })
        addActions(menu->actions());
}

QWidget *CompareWindow::createPanes()
{
    auto *area = new QWidget(this);
    area->setObjectName(QStringLiteral("comparePanes"));
    auto *grid = new QGridLayout(area);
    grid->setContentsMargins(0, 0, 0, 0);
    const int count = m_session->paneCount();
    // Two or three side by side; four in two rows, so each stays wide.
    const int columns = count == 4 ? 2 : count;
    for (int i = 0; i < count; ++i) {
        auto *pane = new ComparePane(m_session, i, area);
        grid->addWidget(pane, i / columns, i % columns);
        m_panes.append(pane);
    }
    return area;
}

QWidget *CompareWindow::createPlayerRow()
{
    m_playerRow = new QWidget(this);
    m_playerRow->setObjectName(QStringLiteral("playerRow"));
    auto *row = new QHBoxLayout(m_playerRow);
    row->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : { m_firstAction, m_backAction, m_playAction, m_forwardAction, m_lastAction,
                             m_previousDivergence, m_nextDivergence }) {
        auto *b = new QToolButton(m_playerRow);
        b->setDefaultAction(action);
        b->setAutoRaise(true);
        row->addWidget(b);
    }
    m_timeline = new TimelineSlider(m_playerRow);
    m_timeline->setRange(0, int(m_session->stepCount()));
    QList<int> ticks;
    for (std::size_t step : m_session->divergences())
        ticks.append(int(step));
    m_timeline->setTicks(ticks, tr("where the panes differ"));
    connect(m_timeline, &QSlider::valueChanged, m_player, &Player::jumpTo);
    row->addWidget(m_timeline, 1);
    m_stepLabel = new QLabel(m_playerRow);
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    m_stepLabel->setAccessibleName(tr("Step"));
    row->addWidget(m_stepLabel);
    return m_playerRow;
}

void CompareWindow::showPosition(std::size_t step)
{
    {
        const QSignalBlocker blocker(m_timeline);
        m_timeline->setValue(int(step));
    }
    const std::size_t count = m_session->stepCount();
    m_stepLabel->setText(tr("Step %1 of %2").arg(NumberFormat::number(step), NumberFormat::number(count)));
    const QString statement = m_session->lead()->statement(step);
    const QString where = step == 0 ? tr("Step 0: the empty heap")
                                    : tr("Step %1: %2").arg(NumberFormat::number(step), statement);
    m_stepLine->setText(m_session->isDivergent(step) ? tr("%1  —  the panes differ here").arg(where) : where);
    m_nextDivergence->setEnabled(m_session->nextDivergence(step).has_value());
    m_previousDivergence->setEnabled(m_session->previousDivergence(step).has_value());
    updateNarration();
}

NarrationPanel *CompareWindow::createNarration()
{
    m_narration = new NarrationPanel(this);
    m_narration->setTheme(m_panes.front()->view()->heapPalette());
    const heapboard::Scenario &scenario = m_session->workload().scenario;
    const bool told = !scenario.title.empty()
        || std::any_of(scenario.steps.begin(), scenario.steps.end(),
                       [](const heapboard::ScenarioStep &step) { return !step.narration().empty(); });
    m_narration->setVisible(m_session->workload().kind == CompareWorkload::Kind::Scenario && told);
    return m_narration;
}

void CompareWindow::updateNarration()
{
    const HeapModel *lead = m_session->lead();
    if (const std::size_t asking = m_quiz->asking()) {
        m_narration->setQuestion(asking, lead->stepCount(), m_quiz->question(asking));
        return;
    }
    // As in the explorer: the title before the first step, then each step's narration.
    const std::size_t step = lead->position();
    m_narration->setStep(step, lead->stepCount(), lead->statement(step), lead->text(step));
}

void CompareWindow::showShortcuts()
{
    ShortcutsDialog dialog(ShortcutsDialog::groupsOf(this), this);
    dialog.exec();
}
