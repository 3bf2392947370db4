// SPDX-License-Identifier: MIT
// CompareWindow: the panes stay at one step through play, jump, the keys
// and the slider; divergence marks (headers, outlines, slider ticks) stand
// exactly at divergentSteps(); D and Shift+D go to the next and previous
// one; the summary shows summarize()'s numbers, copies and exports; the
// window presents; `heapboard --compare` opens it.
#include "comparechartdock.h"
#include "comparepane.h"
#include "comparesummarymodel.h"
#include "comparetestdata.h"
#include "comparewindow.h"
#include "heapchart.h"
#include "heapmodel.h"
#include "heapview.h"
#include "numberformat.h"
#include "player.h"
#include "presentation.h"
#include "shortcutsdialog.h"
#include "timelineslider.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace heapboard;

namespace {

std::unique_ptr<CompareWindow> makeWindow(std::vector<PaneConfig> configs = CompareSession::allPolicies())
{
    const QByteArray text = test::divergingScenario().toUtf8();
    const CompareWorkload w
        = CompareWorkload::fromScenario(test::parsed(text.toStdString()), QStringLiteral("d"));
    auto window = std::make_unique<CompareWindow>(w, configs);
    window->resize(1280, 800);
    window->show();
    window->activateWindow(); // shortcuts go to the active window only
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the compare window did not become active");
    return window;
}

// Every pane's model and header at the window's one step.
void verifyInStep(const CompareWindow &window, std::size_t step)
{
    QCOMPARE(window.session()->position(), step);
    QCOMPARE(window.timeline()->value(), int(step));
    for (ComparePane *pane : window.panes()) {
        const HeapModel *model = window.session()->model(pane->index());
        QCOMPARE(model->position(), step);
        QCOMPARE(pane->view()->model(), model);
        QVERIFY(pane->figuresText().contains(NumberFormat::size(model->stats().liveBytes)));
    }
}

} // namespace

class TestCompareWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void panesAndHeaders();
    void twoAndThreePanes();
    void inStepThroughPlay();
    void inStepThroughJumpAndKeys();
    void divergenceMarks();
    void divergenceKeys();
    void ticksAreDrawn();
    void outcomeInTheHeader();
    void chartHasACurvePerPane();
    void chartClickMovesThePanes();
    void summaryShowsSummarize();
    void summarySortsAndCopies();
    void summaryExports();
    void presenting();
    void shortcutsListed();
    void openFile();
    void commandLineBadFile();
};

void TestCompareWindow::panesAndHeaders()
{
    auto window = makeWindow();
    QCOMPARE(window->panes().size(), 4);
    QVERIFY(window->windowTitle().contains(QStringLiteral("d")));
    window->session()->jumpTo(window->session()->stepCount());
    for (ComparePane *pane : window->panes()) {
        const HeapStats s = window->session()->model(pane->index())->stats();
        const QString figures = pane->figuresText();
        QVERIFY2(figures.contains(NumberFormat::size(s.freeBytes)), qPrintable(figures));
        QVERIFY(figures.contains(NumberFormat::size(s.largestFree)));
        QVERIFY(figures.contains(QString::number(s.fragmentation() * 100, 'f', 1) + QLatin1Char('%')));
        const std::size_t failures
            = window->session()->failuresUpTo(pane->index(), window->session()->position());
        QVERIFY(figures.endsWith(QStringLiteral("failures %1").arg(failures)));
        QVERIFY(pane->titleText().startsWith(window->session()->paneName(pane->index())));
        QVERIFY(!pane->view()->accessibleName().isEmpty());
    }
}

void TestCompareWindow::twoAndThreePanes()
{
    for (int count : { 2, 3 }) {
        std::vector<PaneConfig> configs = CompareSession::allPolicies();
        configs.resize(std::size_t(count));
        auto window = makeWindow(configs);
        QCOMPARE(window->panes().size(), count);
        // Side by side: one row.
        QCOMPARE(window->panes().first()->y(), window->panes().last()->y());
        QCOMPARE(window->summaryModel()->rowCount(), count);
    }
}

void TestCompareWindow::inStepThroughPlay()
{
    auto window = makeWindow();
    Player *player = window->player();
    player->setPlaying(true);
    for (std::size_t step = 1; step <= window->session()->stepCount(); ++step) {
        player->tick(); // what the timer calls; never waited for
        verifyInStep(*window, step);
    }
    QVERIFY(!player->isPlaying()); // stopped at the end
}

void TestCompareWindow::inStepThroughJumpAndKeys()
{
    auto window = makeWindow();
    const std::size_t count = window->session()->stepCount();
    window->timeline()->setValue(7); // a drag of the slider
    verifyInStep(*window, 7);
    QTest::keyClick(window.get(), Qt::Key_PageUp); // step back
    verifyInStep(*window, 6);
    QTest::keyClick(window.get(), Qt::Key_PageDown);
    QTest::keyClick(window.get(), Qt::Key_PageDown);
    verifyInStep(*window, 8);
    QTest::keyClick(window.get(), Qt::Key_End, Qt::ControlModifier);
    verifyInStep(*window, count);
    QTest::keyClick(window.get(), Qt::Key_Home, Qt::ControlModifier);
    verifyInStep(*window, 0);
    // The clicker's keys on the page.
    window->panes().first()->view()->setFocus();
    QTest::keyClick(window->panes().first()->view(), Qt::Key_Space);
    verifyInStep(*window, 1);
    window->player()->jumpTo(4);
    verifyInStep(*window, 4);
}

void TestCompareWindow::divergenceMarks()
{
    auto window = makeWindow();
    CompareSession *session = window->session();
    const std::vector<std::size_t> &d = session->divergences();
    QVERIFY(!d.empty());
    QList<int> ticks;
    for (std::size_t step : d)
        ticks.append(int(step));
    QCOMPARE(window->timeline()->ticks(), ticks);
    for (std::size_t step = 0; step <= session->stepCount(); ++step) {
        session->jumpTo(step);
        const bool divergent = std::find(d.begin(), d.end(), step) != d.end();
        QCOMPARE(window->stepLine()->text().contains(QStringLiteral("differ")), divergent);
        for (ComparePane *pane : window->panes()) {
            QCOMPARE(pane->isMarkedDivergent(), divergent);
            QCOMPARE(pane->titleText().contains(QStringLiteral("≠")), divergent);
            if (divergent)
                QVERIFY2(pane->titleText().endsWith(pane->outcomeText()), qPrintable(pane->titleText()));
            QCOMPARE(pane->outlinedSpan(),
                     divergent ? session->outcomeSpan(pane->index(), step) : std::nullopt);
        }
    }
}

void TestCompareWindow::outcomeInTheHeader()
{
    auto window = makeWindow();
    CompareSession *session = window->session();
    bool sawFailure = false;
    for (std::size_t step = 1; step <= session->stepCount(); ++step) {
        session->jumpTo(step);
        for (ComparePane *pane : window->panes()) {
            const StepInfo info = session->model(pane->index())->history().info(step);
            if (info.error != ErrorCode::None) {
                QCOMPARE(pane->outcomeText(), QStringLiteral("failed"));
                sawFailure = true;
            } else if (info.hasPtr) {
                QCOMPARE(pane->outcomeText(),
                         QStringLiteral("at ") + NumberFormat::address(double(info.ptr)));
            }
        }
    }
    QVERIFY(sawFailure);
}

void TestCompareWindow::ticksAreDrawn()
{
    // A tick in the highlight color at the top of each divergent step's
    // column, and none half-way between two steps that have none.
    auto window = makeWindow();
    TimelineSlider *slider = window->timeline();
    const QImage image = slider->grab().toImage();
    const QColor tick = slider->palette().color(QPalette::Highlight);
    const auto isTick
        = [&](int x) { return image.pixelColor(x * image.width() / slider->width(), 1) == tick; };
    std::vector<bool> divergent(window->session()->stepCount() + 1, false);
    for (std::size_t step : window->session()->divergences()) {
        divergent[step] = true;
        QVERIFY2(isTick(slider->xOf(int(step))), qPrintable(QString::number(step)));
    }
    int checked = 0;
    for (std::size_t step = 1; step + 1 < divergent.size(); ++step) {
        if (!divergent[step - 1] && !divergent[step] && !divergent[step + 1]) {
            QVERIFY2(!isTick(slider->xOf(int(step))), qPrintable(QString::number(step)));
            ++checked;
        }
    }
    QVERIFY(checked > 0);
}

void TestCompareWindow::divergenceKeys()
{
    auto window = makeWindow();
    const std::vector<std::size_t> &d = window->session()->divergences();
    QVERIFY(d.size() >= 2);
    for (std::size_t step : d) {
        QTest::keyClick(window.get(), Qt::Key_D);
        verifyInStep(*window, step);
    }
    QVERIFY(!window->nextDivergenceAction()->isEnabled()); // none after the last
    for (auto it = d.rbegin() + 1; it != d.rend(); ++it) {
        QTest::keyClick(window.get(), Qt::Key_D, Qt::ShiftModifier);
        verifyInStep(*window, *it);
    }
    QVERIFY(!window->previousDivergenceAction()->isEnabled());
    // From between two divergences: the next one after, the last one before.
    window->session()->jumpTo(d[0] + 1 < d[1] ? d[0] + 1 : d[0]);
    QTest::keyClick(window.get(), Qt::Key_D);
    verifyInStep(*window, d[1]);
}

void TestCompareWindow::chartHasACurvePerPane()
{
    auto window = makeWindow();
    CompareChartDock *dock = window->chartDock();
    QTRY_VERIFY(!dock->isComputing());
    HeapChart *chart = dock->chart();
    CompareSession *session = window->session();
    QCOMPARE(chart->series().size(), session->paneCount());
    for (int pane = 0; pane < session->paneCount(); ++pane) {
        const ChartSeries &series = chart->series()[pane];
        QCOMPARE(series.name, session->paneName(pane));
        QCOMPARE(series.data->size(), session->stepCount() + 1);
        // The curve is this pane's own heap after each step.
        for (std::size_t step = 0; step <= session->stepCount(); ++step) {
            session->jumpTo(step);
            const HeapStats stats = session->model(pane)->stats();
            QCOMPARE(series.data->at(step).largestFree, stats.largestFree);
            QCOMPARE(series.data->at(step).freeBytes, stats.freeBytes);
        }
    }
    // The panes' colors differ, and the legend names them.
    QVERIFY(chart->series()[0].color != chart->series()[1].color);
}

void TestCompareWindow::chartClickMovesThePanes()
{
    auto window = makeWindow();
    HeapChart *chart = window->chartDock()->chart();
    QTRY_VERIFY(!window->chartDock()->isComputing());
    for (std::size_t step : { std::size_t(9), std::size_t(2), window->session()->stepCount() }) {
        const QPoint at(int(chart->xOf(step)), int(chart->plotRect().center().y()));
        QTest::mouseClick(chart, Qt::LeftButton, {}, at);
        verifyInStep(*window, step);
        QCOMPARE(chart->position(), step);
    }
    window->player()->stepBack();
    QCOMPARE(chart->position(), window->session()->position());
}

void TestCompareWindow::summaryShowsSummarize()
{
    auto window = makeWindow();
    const CompareSummaryModel *model = window->summaryModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const PaneSummary s = summarize(test::separateRun(window->session()->config(row).policy)->history());
        const auto cell = [&](int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(cell(CompareSummaryModel::PaneColumn), window->session()->paneName(row));
        QCOMPARE(cell(CompareSummaryModel::FailedColumn), NumberFormat::number(s.failedAllocations));
        QCOMPARE(cell(CompareSummaryModel::PeakFragmentationColumn),
                 QStringLiteral("%1%").arg(s.peakFragmentation * 100, 0, 'f', 1));
        QCOMPARE(cell(CompareSummaryModel::FinalFragmentationColumn),
                 QStringLiteral("%1%").arg(s.finalFragmentation * 100, 0, 'f', 1));
        QCOMPARE(cell(CompareSummaryModel::LargestFreeColumn), NumberFormat::size(Size(s.largestFreeAtEnd)));
        QCOMPARE(cell(CompareSummaryModel::HighWaterColumn), NumberFormat::size(Size(s.highWater)));
        QCOMPARE(cell(CompareSummaryModel::MeanSearchedColumn),
                 QString::number(double(s.meanSearched), 'f', 1));
        QCOMPARE(cell(CompareSummaryModel::StepsColumn), NumberFormat::number(s.steps));
    }
}

void TestCompareWindow::summarySortsAndCopies()
{
    auto window = makeWindow();
    QTableView *table = window->summaryTable();
    table->sortByColumn(CompareSummaryModel::FailedColumn, Qt::DescendingOrder);
    QAbstractItemModel *shown = table->model();
    for (int row = 1; row < shown->rowCount(); ++row) {
        QVERIFY(shown->index(row - 1, CompareSummaryModel::FailedColumn)
                    .data(CompareSummaryModel::SortRole)
                    .toULongLong()
                >= shown->index(row, CompareSummaryModel::FailedColumn)
                       .data(CompareSummaryModel::SortRole)
                       .toULongLong());
    }
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines
        = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + shown->rowCount());
    QVERIFY(lines.first().startsWith(QStringLiteral("Pane")));
    // In the order shown, each row's pane first.
    for (int row = 0; row < shown->rowCount(); ++row)
        QVERIFY(lines[row + 1].startsWith(shown->index(row, 0).data().toString()));
    QCOMPARE(QGuiApplication::clipboard()->text(), window->summaryText());
}

void TestCompareWindow::summaryExports()
{
    auto window = makeWindow();
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("summary.csv"));
    QVERIFY(window->exportSummary(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines[0].startsWith(QStringLiteral("Pane,Failed allocations,")));
    QCOMPARE(lines[1].count(QLatin1Char(',')), CompareSummaryModel::ColumnCount - 1);
    const QString txt = dir.filePath(QStringLiteral("summary.txt"));
    QVERIFY(window->exportSummary(txt));
    QFile text(txt);
    QVERIFY(text.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(text.readAll()), window->summaryText());
    QString error;
    QVERIFY(!window->exportSummary(dir.filePath(QStringLiteral("no/such/dir.csv")), &error));
    QVERIFY(!error.isEmpty());
}

void TestCompareWindow::presenting()
{
    auto window = makeWindow();
    const double before = window->font().pointSizeF();
    QTest::keyClick(window.get(), Qt::Key_F5);
    QVERIFY(window->presentation()->isPresenting());
    QVERIFY(window->menuBar()->isHidden());
    for (ComparePane *pane : window->panes())
        QVERIFY(pane->isVisible());
    QVERIFY(window->stepLine()->isVisible());
    QTRY_VERIFY(window->font().pointSizeF() > before);
    // The keys still step while the menu bar is hidden.
    QTest::keyClick(window.get(), Qt::Key_D);
    verifyInStep(*window, window->session()->divergences().front());
    QTest::keyClick(window.get(), Qt::Key_Escape);
    QVERIFY(!window->presentation()->isPresenting());
    QVERIFY(!window->menuBar()->isHidden());
}

void TestCompareWindow::shortcutsListed()
{
    // Help > Keyboard Shortcuts of this window lists the divergence keys,
    // and no key of the window does two things.
    auto window = makeWindow();
    QHash<QString, QKeySequence> keyOf;
    QSet<QKeySequence> seen;
    for (const ShortcutsDialog::Group &group : ShortcutsDialog::groupsOf(window.get())) {
        for (const ShortcutsDialog::Entry &entry : group.entries) {
            for (const QKeySequence &key : entry.keys) {
                QVERIFY2(!seen.contains(key), qPrintable(key.toString()));
                seen.insert(key);
            }
            keyOf.insert(entry.text, entry.keys.value(0));
        }
    }
    QCOMPARE(keyOf.value(QStringLiteral("Next Divergence")), QKeySequence(Qt::Key_D));
    QCOMPARE(keyOf.value(QStringLiteral("Previous Divergence")), QKeySequence(Qt::SHIFT | Qt::Key_D));
    QCOMPARE(keyOf.value(QStringLiteral("Present")), QKeySequence(Qt::Key_F5));
}

void TestCompareWindow::openFile()
{
    const QString path = qEnvironmentVariable("HEAPBOARD_TEST_DATA") + QStringLiteral("/short1-bal.rep");
    QString error;
    std::unique_ptr<CompareWindow> window(CompareWindow::openFile(path, error));
    QVERIFY2(window, qPrintable(error));
    QCOMPARE(window->panes().size(), 4);
    for (int pane = 0; pane < 4; ++pane)
        QCOMPARE(window->session()->config(pane).policy,
                 CompareSession::allPolicies()[std::size_t(pane)].policy);
    QVERIFY(!CompareWindow::openFile(QStringLiteral("/nonexistent.rep"), error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent.rep")));
}

void TestCompareWindow::commandLineBadFile()
{
    // A bad file stops before any window opens, with exit status 2.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HEAPBOARD_GUI),
            { QStringLiteral("--compare"), QStringLiteral("/nonexistent.rep") });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("/nonexistent.rep")));
}

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
