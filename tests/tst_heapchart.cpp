// SPDX-License-Identifier: MIT
// The chart over time: its pixels (the current step's line, a curve at known
// steps, a measure toggled off), what a click, a drag and hovering do, and
// the series builder following the model through loads, appended steps,
// truncations and undo.
#include "chartdock.h"
#include "chartexport.h"
#include "chartrenderer.h"
#include "exportdialog.h"
#include "heapchart.h"
#include "heapmodel.h"
#include "mainwindow.h"
#include "numberformat.h"
#include "stepseriesbuilder.h"
#include "timelineeditor.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <random>

using namespace heapboard;
using Measure = StepSeries::Measure;

namespace {

// A series whose live bytes climb by 100 a step and fall back every 10.
StepSeries sawtooth(std::size_t steps)
{
    StepSeries s;
    for (std::size_t k = 0; k < steps; ++k) {
        HeapStats st;
        st.heapSize = 4096;
        st.liveBytes = 100 * (k % 10);
        st.freeBytes = st.heapSize - st.liveBytes;
        st.largestFree = st.freeBytes / 2;
        st.freeBlocks = 1 + k % 3;
        st.usedBlocks = k % 10;
        s.append(st);
    }
    return s;
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 40;
}

// Whether a pixel within `slack` rows of (x, y) has the color.
bool colorNear(const QImage &image, int x, double y, const QColor &color, int slack = 2)
{
    for (int dy = -slack; dy <= slack; ++dy) {
        const int row = int(std::round(y)) + dy;
        if (row >= 0 && row < image.height() && near(image.pixelColor(x, row), color))
            return true;
    }
    return false;
}

void onlyMeasure(HeapChart &chart, Measure keep)
{
    for (int m = 0; m < StepSeries::kMeasureCount; ++m)
        chart.setMeasureVisible(Measure(m), Measure(m) == keep);
}

} // namespace

class TestHeapChart : public QObject
{
    Q_OBJECT

private:
    // The builder's series against the model's own jumps, step by step.
    static void compareWithModel(const StepSeriesBuilder &builder, HeapModel &model)
    {
        const std::size_t position = model.position();
        QCOMPARE(builder.series().size(), model.stepCount() + 1);
        for (std::size_t k = 0; k <= model.stepCount(); ++k) {
            model.jumpTo(k);
            QCOMPARE(builder.series().at(k).liveBytes, model.stats().liveBytes);
            QCOMPARE(builder.series().at(k).largestFree, model.stats().largestFree);
            QCOMPARE(builder.series().at(k).freeBlocks, model.stats().freeBlocks);
        }
        model.jumpTo(position);
    }

    static void loadRandom(HeapModel &model, std::uint64_t seed, int steps)
    {
        std::mt19937_64 rng(seed);
        model.reset(1 << 16, Policy::FirstFit);
        std::vector<Addr> live;
        for (int i = 0; i < steps; ++i) {
            if (live.empty() || rng() % 100 < 55) {
                const OpResult r = model.allocate(1 + rng() % 700);
                if (r.hasPtr)
                    live.push_back(r.ptr);
            } else {
                const std::size_t at = rng() % live.size();
                model.freeBlock(live[at]);
                live.erase(live.begin() + std::ptrdiff_t(at));
            }
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HeapboardChartTest"));
        QSettings().clear();
    }

    void markerIsAtTheCurrentStep()
    {
        const StepSeries data = sawtooth(50);
        HeapChart chart;
        chart.resize(600, 240);
        chart.setSeries({ ChartSeries { QStringLiteral("a"), Qt::black, &data } });
        const QColor marker = chart.heapPalette().selection;
        for (std::size_t step : { std::size_t(0), std::size_t(17), std::size_t(49) }) {
            chart.setPosition(step);
            const QImage image = chart.grab().toImage();
            const QRectF plot = chart.plotRect();
            const int x = int(std::round(chart.xOf(step)));
            const int y = int(plot.center().y());
            QVERIFY2(near(image.pixelColor(x, y), marker) || near(image.pixelColor(x - 1, y), marker),
                     qPrintable(QStringLiteral("step %1 at x %2").arg(step).arg(x)));
            // Nowhere else on that row, away from the line.
            const int other = int(std::round(chart.xOf((step + 25) % 50)));
            QVERIFY(!near(image.pixelColor(other, y), marker));
        }
    }

    void curvePassesThroughItsValuesAndGoesWhenToggledOff()
    {
        const StepSeries data = sawtooth(40);
        HeapChart chart;
        chart.resize(800, 300);
        chart.setSeries({ ChartSeries { QStringLiteral("a"), Qt::black, &data } });
        onlyMeasure(chart, Measure::LiveBytes);
        const QColor color = chart.renderer().curveColor(0, Measure::LiveBytes);
        const QRectF plot = chart.plotRect();
        QImage image = chart.grab().toImage();
        for (std::size_t k : { 3, 9, 20, 35 }) {
            const int x = int(chart.xOf(k));
            const double y
                = chart.renderer().yOf(Measure::LiveBytes, data.value(Measure::LiveBytes, k), plot);
            QVERIFY2(colorNear(image, x, y, color), qPrintable(QString::number(k)));
        }
        QAction *live = chart.measureAction(Measure::LiveBytes);
        QVERIFY(live->isCheckable() && live->isChecked());
        live->trigger();
        QVERIFY(!chart.isMeasureVisible(Measure::LiveBytes));
        image = chart.grab().toImage();
        for (std::size_t k : { 3, 9, 20, 35 }) {
            const int x = int(chart.xOf(k));
            const double y
                = chart.renderer().yOf(Measure::LiveBytes, data.value(Measure::LiveBytes, k), plot);
            QVERIFY(!colorNear(image, x, y, color));
        }
    }

    // More steps than pixels: each column spans its steps' min and max.
    void columnsDrawMinAndMax()
    {
        const StepSeries data = sawtooth(100000);
        HeapChart chart;
        chart.resize(700, 300);
        chart.setSeries({ ChartSeries { QStringLiteral("a"), Qt::black, &data } });
        onlyMeasure(chart, Measure::LiveBytes);
        const QColor color = chart.renderer().curveColor(0, Measure::LiveBytes);
        const QRectF plot = chart.plotRect();
        const QImage image = chart.grab().toImage();
        const double top = chart.renderer().yOf(Measure::LiveBytes, 900, plot);
        const double bottom = chart.renderer().yOf(Measure::LiveBytes, 0, plot);
        for (int c : { 10, 200, 400 }) {
            const int x = int(plot.left()) + c;
            QVERIFY(colorNear(image, x, top, color));
            QVERIFY(colorNear(image, x, bottom, color));
            QVERIFY(colorNear(image, x, (top + bottom) / 2, color, 0));
        }
    }

    void clickAndDragRequestSteps()
    {
        const StepSeries data = sawtooth(60);
        HeapChart chart;
        chart.resize(600, 240);
        chart.setSeries({ ChartSeries { QStringLiteral("a"), Qt::black, &data } });
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QSignalSpy spy(&chart, &HeapChart::stepRequested);
        const int y = int(chart.plotRect().center().y());
        QTest::mouseClick(&chart, Qt::LeftButton, {}, QPoint(int(chart.xOf(12)), y));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).value<std::size_t>(), std::size_t(12));

        QTest::mousePress(&chart, Qt::LeftButton, {}, QPoint(int(chart.xOf(30)), y));
        QTest::mouseMove(&chart, QPoint(int(chart.xOf(41)), y));
        QTest::mouseRelease(&chart, Qt::LeftButton, {}, QPoint(int(chart.xOf(41)), y));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).value<std::size_t>(), std::size_t(30));
        QCOMPARE(spy.at(1).at(0).value<std::size_t>(), std::size_t(41));
        // Left of the plot clamps to the first step.
        QTest::mouseClick(&chart, Qt::LeftButton, {}, QPoint(1, y));
        QCOMPARE(spy.last().at(0).value<std::size_t>(), std::size_t(0));
    }

    void hoverShowsTheStatsAtThatStep()
    {
        const StepSeries data = sawtooth(60);
        HeapChart chart;
        chart.resize(600, 240);
        chart.setSeries({ ChartSeries { QStringLiteral("a"), Qt::black, &data } });
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVERIFY(chart.hoverText().isEmpty());
        for (std::size_t k : { 7, 23 }) {
            QTest::mouseMove(&chart, QPoint(int(chart.xOf(k)), int(chart.plotRect().center().y())));
            const HeapStats s = data.at(k);
            const QString want
                = QStringLiteral("Step %1: live %2 · free %3 · largest free %4 · fragmentation %5% · "
                                 "%6 free blocks")
                      .arg(k)
                      .arg(NumberFormat::size(s.liveBytes), NumberFormat::size(s.freeBytes),
                           NumberFormat::size(s.largestFree))
                      .arg(s.fragmentation() * 100, 0, 'f', 1)
                      .arg(s.freeBlocks);
            QCOMPARE(chart.hoverText(), want);
        }
    }

    void severalSeriesEachHaveTheirLine()
    {
        const StepSeries a = sawtooth(30);
        const StepSeries b = sawtooth(30);
        HeapChart chart;
        chart.resize(600, 240);
        chart.setSeries({ ChartSeries { QStringLiteral("first fit"), QColor(Qt::red), &a },
                          ChartSeries { QStringLiteral("best fit"), QColor(Qt::blue), &b } });
        QCOMPARE(chart.series().size(), 2);
        QVERIFY(chart.renderer().curveColor(0, Measure::LiveBytes)
                != chart.renderer().curveColor(1, Measure::LiveBytes));
        QTest::mouseMove(&chart, QPoint(int(chart.xOf(4)), int(chart.plotRect().center().y())));
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QTest::mouseMove(&chart, QPoint(int(chart.xOf(4)), int(chart.plotRect().center().y())));
        const QStringList lines = chart.hoverText().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(QStringLiteral("first fit: Step 4:")));
        QVERIFY(lines[1].startsWith(QStringLiteral("best fit: Step 4:")));
    }

    void hasAnAccessibleNameAndDescription()
    {
        HeapChart chart;
        QVERIFY(!chart.accessibleName().isEmpty());
        QVERIFY(chart.accessibleDescription().contains(QStringLiteral("Live bytes")));
        chart.setMeasureVisible(Measure::LiveBytes, false);
        QVERIFY(!chart.accessibleDescription().contains(QStringLiteral("Live bytes")));
    }

    void axisTopsAreRound()
    {
        QCOMPARE(ChartRenderer::bytesTop(1000), 1024.0);
        QCOMPARE(ChartRenderer::bytesTop(3 << 20), double(4 << 20));
        QCOMPARE(ChartRenderer::countTop(3), 4.0);
        QCOMPARE(ChartRenderer::countTop(150), 200.0);
        QCOMPARE(ChartRenderer::countTop(0), 4.0);
    }

    void builderComputesOffTheGuiThreadAndFollowsEdits()
    {
        HeapModel model;
        loadRandom(model, 5, 300);
        StepSeriesBuilder builder(&model);
        QTRY_VERIFY(!builder.isComputing());
        compareWithModel(builder, model);

        // An appended step: at once, without the worker.
        QSignalSpy computing(&builder, &StepSeriesBuilder::computingChanged);
        model.allocate(40);
        QVERIFY(!builder.isComputing());
        QCOMPARE(computing.count(), 0);
        compareWithModel(builder, model);

        // An edit in the middle takes the later steps out.
        TimelineEditor editor(&model);
        model.jumpTo(100);
        QVERIFY(editor.allocate(24));
        QCOMPARE(model.stepCount(), std::size_t(101));
        QVERIFY(!builder.isComputing());
        compareWithModel(builder, model);

        // Its undo puts them back: computed again on the worker.
        editor.undoStack()->undo();
        QCOMPARE(model.stepCount(), std::size_t(301));
        QTRY_VERIFY(!builder.isComputing());
        compareWithModel(builder, model);
        editor.undoStack()->redo();
        QTRY_VERIFY(!builder.isComputing());
        compareWithModel(builder, model);
    }

    // Loading another document while the worker runs stops it (the worker
    // is still running: its result is delivered through the event loop,
    // which has not run yet), and only the new document's steps arrive.
    void aLoadDuringComputingRestarts()
    {
        HeapModel model;
        Timeline big(Size(1) << 24, Policy::FirstFit);
        for (int i = 0; i < 3000; ++i)
            big.malloc(Size(8 + i % 64), "b" + std::to_string(i));
        model.load(std::move(big));
        StepSeriesBuilder builder(&model);
        QVERIFY(builder.isComputing());
        loadRandom(model, 3, 120);
        QTRY_VERIFY(!builder.isComputing());
        compareWithModel(builder, model);
    }

    // In the window: View > Chart (C) shows the dock, a click moves the
    // player, the chart follows the position and remembers its measures.
    void windowChartMovesThePlayer()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ChartDock *dock = w.chartDock();
        QVERIFY(dock->isHidden());
        QAction *toggle = dock->toggleViewAction();
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::Key_C));
        QVERIFY(w.actions().contains(toggle));
        QVERIFY(w.findChild<QAction *>(QStringLiteral("exportChartAction")));
        toggle->trigger();
        QVERIFY(dock->isVisible());
        for (int i = 0; i < 8; ++i)
            w.model()->allocate(16 + 8 * i);
        HeapChart *chart = dock->chart();
        QTRY_COMPARE(chart->renderer().stepCount(), std::size_t(9));
        QCOMPARE(chart->position(), std::size_t(8));
        QTest::mouseClick(chart, Qt::LeftButton, {},
                          QPoint(int(chart->xOf(3)), int(chart->plotRect().center().y())));
        QCOMPARE(w.model()->position(), std::size_t(3));
        QCOMPARE(chart->position(), std::size_t(3));
        chart->measureAction(Measure::FreeBlocks)->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("chart/show/freeBlocks")).toBool(), false);
        ChartDock again(w.model());
        QVERIFY(!again.chart()->isMeasureVisible(Measure::FreeBlocks));
        QVERIFY(again.chart()->isMeasureVisible(Measure::LiveBytes));
    }

    // File > Export Chart…'s dialog writes what its writer draws: here a
    // ChartExport, in the theme and at the size chosen.
    void exportDialogWritesTheChart()
    {
        const StepSeries data = sawtooth(200);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.png"));
        QSize written;
        ExportDialog dialog(
            [&](const QString &target, QSize size, const HeapPalette &theme, const QStringList &caption, bool,
                QString *error) {
                ChartExport picture(theme);
                picture.setSize(size);
                picture.setCaption(caption);
                picture.renderer().setSeries({ ChartSeries { {}, {}, &data } });
                written = size;
                return picture.save(target, error);
            },
            HeapPalette::byId(QStringLiteral("dark")), { QStringLiteral("Title") });
        dialog.setPath(path);
        dialog.setPixelSize(QSize(800, 400));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(written, QSize(800, 400));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(800, 400));
        QCOMPARE(image.pixelColor(2, 398), HeapPalette::byId(QStringLiteral("dark")).background);
    }

    void destroyingTheModelStopsTheWorker()
    {
        auto model = std::make_unique<HeapModel>();
        loadRandom(*model, 4, 200);
        StepSeriesBuilder builder(model.get());
        model.reset();
        QVERIFY(!builder.isComputing());
    }
};

QTEST_MAIN(TestHeapChart)
#include "tst_heapchart.moc"
