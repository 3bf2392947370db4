// SPDX-License-Identifier: MIT
// AppTheme: the dark and high-contrast themes give the whole window their
// colors with readable text (WCAG contrast of at least 4.5:1, computed);
// light themes keep the desktop's palette. In a MainWindow, choosing Dark
// from View > Theme darkens the Blocks dock's table, the status bar and a
// message box, as drawn, and Light brings the desktop's palette back.
#include "apptheme.h"
#include "blocktableview.h"
#include "mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QHash>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

namespace {

// The color most of a widget's pixels have, as drawn: its background.
QColor background(QWidget *widget)
{
    const QImage image = widget->grab().toImage();
    QHash<QRgb, int> count;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++count[image.pixel(x, y)];
    }
    QRgb most = 0;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (it.value() > count.value(most))
            most = it.key();
    }
    return QColor(most);
}

bool isDark(const QColor &c)
{
    return HeapPalette::contrast(c, Qt::white) > HeapPalette::contrast(c, Qt::black);
}

void chooseTheme(MainWindow &window, const QString &id)
{
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
        for (QAction *action : menu->actions()) {
            if (action->isCheckable() && action->actionGroup() && action->data().toString() == id) {
                action->trigger();
                return;
            }
        }
    }
    QFAIL("no such theme in the menus");
}

} // namespace

class TestAppTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void textIsReadable_data();
    void textIsReadable();
    void lightThemesKeepTheDesktop();
    void darkReachesTheWholeWindow();
    void problemTextReadsOnEveryTheme_data();
    void problemTextReadsOnEveryTheme();
};

void TestAppTheme::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeapboardAppThemeTest"));
    QSettings().clear();
}

void TestAppTheme::textIsReadable_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<bool>("dark");
    QTest::newRow("dark") << QStringLiteral("dark") << true;
    QTest::newRow("high-contrast") << QStringLiteral("high-contrast") << false;
}

void TestAppTheme::textIsReadable()
{
    QFETCH(QString, theme);
    QFETCH(bool, dark);
    const HeapPalette &heap = HeapPalette::byId(theme);
    QVERIFY(heap.wholeWindow);
    const QPalette p = AppTheme::palette(heap, QPalette(Qt::gray));
    QCOMPARE(isDark(p.color(QPalette::Window)), dark);
    QCOMPARE(isDark(p.color(QPalette::Base)), dark);
    const QList<QPair<QPalette::ColorRole, QPalette::ColorRole>> pairs {
        { QPalette::Window, QPalette::WindowText },         { QPalette::Base, QPalette::Text },
        { QPalette::AlternateBase, QPalette::Text },        { QPalette::Button, QPalette::ButtonText },
        { QPalette::Highlight, QPalette::HighlightedText }, { QPalette::ToolTipBase, QPalette::ToolTipText },
    };
    for (const auto &[back, text] : pairs) {
        const double ratio = HeapPalette::contrast(p.color(back), p.color(text));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("roles %1/%2: %3").arg(back).arg(text).arg(ratio)));
    }
    QVERIFY(HeapPalette::contrast(p.color(QPalette::Base), p.color(QPalette::Link)) >= 4.5);
    // Disabled text is dimmer than enabled text, and still readable.
    const double disabled
        = HeapPalette::contrast(p.color(QPalette::Window), p.color(QPalette::Disabled, QPalette::WindowText));
    QVERIFY(disabled < HeapPalette::contrast(p.color(QPalette::Window), p.color(QPalette::WindowText)));
    QVERIFY2(disabled >= 3, qPrintable(QString::number(disabled)));
}

void TestAppTheme::lightThemesKeepTheDesktop()
{
    const QPalette desktop(QColor(0x12, 0x34, 0x56));
    for (const QString &id : HeapPalette::ids()) {
        const HeapPalette &heap = HeapPalette::byId(id);
        if (!heap.wholeWindow)
            QCOMPARE(AppTheme::palette(heap, desktop), desktop);
        else
            QVERIFY(AppTheme::palette(heap, desktop) != desktop);
    }
}

void TestAppTheme::darkReachesTheWholeWindow()
{
    const QPalette desktop = QApplication::palette();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(QStringLiteral(":/lessons/01-reference-demo.heap")));
    auto *table = window.findChild<BlockTableView *>();
    QVERIFY(table && table->isVisible());
    QVERIFY(!isDark(background(table->viewport())));

    chooseTheme(window, QStringLiteral("dark"));
    QCoreApplication::processEvents(); // widgets hear of the palette from the event loop
    QMessageBox box(QMessageBox::Information, QStringLiteral("Heapboard"),
                    QStringLiteral("The heap is locked while presenting."), QMessageBox::Ok, &window);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    struct Part {
        const char *what;
        QWidget *widget;
        QPalette::ColorRole text;
    };
    const QList<Part> parts {
        { "blocks table", table->viewport(), QPalette::Text },
        { "status bar", window.statusBar(), QPalette::WindowText },
        { "menu bar", window.menuBar(), QPalette::WindowText },
        { "message box", &box, QPalette::WindowText },
    };
    for (const auto &[what, widget, role] : parts) {
        const QColor back = background(widget);
        QVERIFY2(isDark(back), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), back.name())));
        const QColor text = widget->palette().color(role);
        const double ratio = HeapPalette::contrast(back, text);
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("%1: %2 on %3, %4:1")
                                .arg(QLatin1String(what), text.name(), back.name())
                                .arg(ratio)));
    }
    // The player's icons: the style's dark glyphs, redrawn light.
    const QColor back = window.palette().color(QPalette::Window);
    for (const char *name : { "playAction", "stepForwardAction", "stepBackAction" }) {
        const QImage glyph
            = window.findChild<QAction *>(QLatin1String(name))->icon().pixmap(16, 16).toImage();
        double best = 1;
        for (int y = 0; y < glyph.height(); ++y) {
            for (int x = 0; x < glyph.width(); ++x) {
                if (glyph.pixelColor(x, y).alpha() > 200)
                    best = std::max(best, HeapPalette::contrast(glyph.pixelColor(x, y), back));
            }
        }
        QVERIFY2(best >= 4.5, name);
    }
    // The table's rows as well, not only its empty part.
    QVERIFY(
        HeapPalette::contrast(table->palette().color(QPalette::Base), table->palette().color(QPalette::Text))
        >= 4.5);
    chooseTheme(window, QStringLiteral("light"));
    QCOMPARE(QApplication::palette(), desktop);
    QTRY_VERIFY(!isDark(background(table->viewport())));
}

void TestAppTheme::problemTextReadsOnEveryTheme_data()
{
    QTest::addColumn<QString>("theme");
    for (const QString &id : HeapPalette::ids())
        QTest::newRow(qPrintable(id)) << id;
}

// A dialog's problem line (Export, Reset Heap, the operation prompts) is red
// that reads on the theme's window, and goes back to the text color.
void TestAppTheme::problemTextReadsOnEveryTheme()
{
    QFETCH(QString, theme);
    const QPalette desktop = QApplication::palette();
    QLabel label;
    label.setPalette(AppTheme::palette(HeapPalette::byId(theme), desktop));
    AppTheme::markProblem(&label, true);
    const QColor red = label.palette().color(QPalette::WindowText);
    QVERIFY(red.red() > red.green() + 40 && red.red() > red.blue() + 40);
    const double ratio = HeapPalette::contrast(red, label.palette().color(QPalette::Window));
    QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
    AppTheme::markProblem(&label, false);
    QVERIFY(label.palette().color(QPalette::WindowText) != red);
}

QTEST_MAIN(TestAppTheme)
#include "tst_apptheme.moc"
