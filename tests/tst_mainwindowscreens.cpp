// SPDX-License-Identifier: MIT
// MainWindow on the screens of a lecture hall: two offscreen screens, a
// 1280x720 projector (the primary one) and a 1920x1080 one, configured
// through the offscreen platform's configfile option. Presenting sets every
// piece of text on screen (heap labels and rulers, the step line, the
// narration, the message bar, the docks) at least 32 px high at 1080 lines
// and 22 px at 720; a fresh start on the 1280x720 screen shows the whole
// window; the Blocks table fits its columns and follows the text size.
#include "blocktableview.h"
#include "elidedlabel.h"
#include "heapmodel.h"
#include "heapview.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "narrationpanel.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QMenuBar>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

namespace {

QScreen *screenOfSize(QSize size)
{
    for (QScreen *s : QGuiApplication::screens()) {
        if (s->geometry().size() == size)
            return s;
    }
    return nullptr;
}

int pixels(const QFont &font)
{
    return QFontInfo(font).pixelSize();
}

} // namespace

class TestMainWindowScreens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void presentingTextFitsTheScreen_data();
    void presentingTextFitsTheScreen();
    void freshStartFitsA720Screen();
    void blockTableFitsItsColumns();
    void heapStaysPutForMessagesAndNarration();

private:
    // The window on a screen: where a fresh start puts it (the primary
    // screen), moved onto another screen, or filling it.
    enum class Place { FreshStart, Moved, Filling };
    MainWindow *windowOn(QScreen *screen, Place place);
    QList<QPair<QString, QFont>> textOnScreen(MainWindow *w) const;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowScreens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeapboardScreensTest"));
    QSettings().clear();
    QVERIFY2(screenOfSize({ 1920, 1080 }) && screenOfSize({ 1280, 720 }),
             "the offscreen platform did not take the screens of main()");
    QCOMPARE(QGuiApplication::primaryScreen()->size(), QSize(1280, 720));
}

void TestMainWindowScreens::cleanup()
{
    m_window.reset();
    QSettings().clear();
}

MainWindow *TestMainWindowScreens::windowOn(QScreen *screen, Place place)
{
    m_window = std::make_unique<MainWindow>();
    m_window->setScreen(screen);
    // A window's place decides its screen.
    if (place == Place::Moved)
        m_window->move(screen->availableGeometry().topLeft() + QPoint(20, 20));
    else if (place == Place::Filling)
        m_window->setGeometry(screen->availableGeometry());
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    m_window->view()->setAnimationsEnabled(false);
    if (!m_window->openFile(QStringLiteral(":/lessons/01-reference-demo.heap")))
        return nullptr;
    return m_window.get();
}

// Every font that draws text the room reads while presenting, by name.
QList<QPair<QString, QFont>> TestMainWindowScreens::textOnScreen(MainWindow *w) const
{
    QList<QPair<QString, QFont>> fonts;
    // HeapRenderer draws block labels and rulers in the view's font.
    fonts.append({ QStringLiteral("heap labels and rulers"), w->view()->font() });
    for (ElidedLabel *label : w->narrationPanel()->findChildren<ElidedLabel *>())
        fonts.append({ label->lines() == 1 ? QStringLiteral("step line") : QStringLiteral("narration"),
                       label->font() });
    for (QLabel *label : w->messageBar()->findChildren<QLabel *>())
        fonts.append({ QStringLiteral("message bar"), label->font() });
    fonts.append(
        { QStringLiteral("step label"), w->findChild<QLabel *>(QStringLiteral("stepLabel"))->font() });
    // Docks may be shown while presenting (the free list): their widgets
    // get the size through the window's font.
    for (QDockWidget *dock : w->findChildren<QDockWidget *>()) {
        fonts.append({ dock->objectName(), dock->widget()->font() });
        for (QWidget *child : dock->widget()->findChildren<QWidget *>())
            fonts.append(
                { dock->objectName() + QLatin1Char('/') + child->metaObject()->className(), child->font() });
    }
    return fonts;
}

void TestMainWindowScreens::presentingTextFitsTheScreen_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<int>("smallest");
    QTest::newRow("1920x1080") << QSize(1920, 1080) << 32;
    QTest::newRow("1280x720") << QSize(1280, 720) << 22;
}

void TestMainWindowScreens::presentingTextFitsTheScreen()
{
    QFETCH(QSize, screen);
    QFETCH(int, smallest);
    MainWindow *w = windowOn(screenOfSize(screen), Place::Moved);
    QCOMPARE(w->screen(), screenOfSize(screen));
    QVERIFY(w);
    w->stepForward();
    w->setPresenting(true);
    QTRY_COMPARE(w->size(), screen);
    // A message while presenting (an edit refused): as large as the rest.
    w->messageBar()->showMessage(MessageBar::Kind::Information, QStringLiteral("The heap is locked"));
    const auto fonts = textOnScreen(w);
    QVERIFY(fonts.size() > 6);
    for (const auto &[what, font] : fonts)
        QVERIFY2(pixels(font) >= smallest,
                 qPrintable(QStringLiteral("%1: %2 px, want %3").arg(what).arg(pixels(font)).arg(smallest)));
    // The message's icon grows with its text.
    const auto *icon = w->messageBar()->findChild<QLabel *>(QStringLiteral("messageIcon"));
    QVERIFY(icon && !icon->pixmap().isNull());
    QVERIFY2(icon->pixmap().height() >= smallest, qPrintable(QString::number(icon->pixmap().height())));
    // The narration is larger than the smallest text.
    const QList<ElidedLabel *> narration = w->narrationPanel()->findChildren<ElidedLabel *>();
    QCOMPARE(narration.size(), 2);
    QVERIFY(pixels(narration.at(1)->font()) > pixels(narration.at(0)->font()));
    // Leaving gives the desktop's size back; the user's text scale on top.
    const int presented = pixels(w->view()->font());
    w->setPresenting(false);
    QVERIFY(pixels(w->view()->font()) < presented);
    w->setPresenting(true);
    w->setTextScale(1.25);
    QTRY_COMPARE(w->size(), screen);
    QVERIFY(pixels(w->view()->font()) > presented);
}

void TestMainWindowScreens::freshStartFitsA720Screen()
{
    QScreen *screen = QGuiApplication::primaryScreen();
    MainWindow *w = windowOn(screen, Place::FreshStart);
    QVERIFY(w);
    const QRect available = screen->availableGeometry();
    QVERIFY2(available.contains(w->frameGeometry()),
             qPrintable(QStringLiteral("window %1,%2 %3x%4")
                            .arg(w->frameGeometry().x())
                            .arg(w->frameGeometry().y())
                            .arg(w->frameGeometry().width())
                            .arg(w->frameGeometry().height())));
    QVERIFY(w->minimumSizeHint().height() <= available.height());
    // Every part inside the window, none squeezed below what it needs.
    QList<QWidget *> parts { w->menuBar(), w->statusBar(), w->centralWidget(), w->view(),
                             w->narrationPanel() };
    for (QToolBar *bar : w->findChildren<QToolBar *>())
        parts << bar;
    for (QDockWidget *dock : w->findChildren<QDockWidget *>()) {
        // The chart starts hidden, leaving its room to the heap (C shows it).
        if (dock->objectName() == QLatin1String("chartDock"))
            QVERIFY(dock->isHidden());
        else
            parts << dock;
    }
    for (QWidget *part : parts) {
        QVERIFY2(part->isVisible(), qPrintable(part->objectName()));
        const QRect inWindow(part->mapTo(w, QPoint()), part->size());
        QVERIFY2(w->rect().contains(inWindow), qPrintable(part->objectName()));
        QVERIFY2(part->height() >= part->minimumSizeHint().height(), qPrintable(part->objectName()));
    }
    // No tool bar hides actions behind its extension button.
    for (QToolBar *bar : w->findChildren<QToolBar *>()) {
        for (QToolButton *button : bar->findChildren<QToolButton *>()) {
            if (button->objectName() == QLatin1String("qt_toolbar_ext_button"))
                QVERIFY(!button->isVisible());
        }
    }
    QVERIFY(w->view()->height() >= 200); // the heap has room to be read
}

void TestMainWindowScreens::blockTableFitsItsColumns()
{
    MainWindow *w = windowOn(screenOfSize({ 1920, 1080 }), Place::Filling);
    QVERIFY(w);
    w->jumpTo(4); // three blocks: free, used, free
    auto *table = w->findChild<BlockTableView *>();
    QVERIFY(table && table->isVisible());
    QVERIFY(table->model()->rowCount() >= 3);
    const auto fits = [table] {
        QCoreApplication::processEvents();
        if (table->horizontalScrollBar()->isVisible()) {
            qWarning() << "scroll bar:" << table->horizontalHeader()->length() << table->viewport()->width();
            return false;
        }
        const QFontMetrics fm(table->font());
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            for (int column = 0; column < table->model()->columnCount(); ++column) {
                const QString text = table->model()->index(row, column).data().toString();
                if (fm.horizontalAdvance(text) + 2 * fm.horizontalAdvance(QLatin1Char(' '))
                    > table->columnWidth(column)) {
                    qWarning() << "cut:" << text << table->columnWidth(column);
                    return false;
                }
            }
        }
        if (table->rowHeight(0) < fm.height())
            qWarning() << "rows:" << table->rowHeight(0) << fm.height();
        return table->rowHeight(0) >= fm.height();
    };
    QVERIFY(fits());
    const int before = pixels(table->font());
    const int rowBefore = table->rowHeight(0);
    w->setTextScale(1.25);
    QVERIFY(pixels(table->font()) > before);
    QVERIFY(table->rowHeight(0) > rowBefore);
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    QVERIFY(table->horizontalHeader()->length() <= table->viewport()->width());
}

void TestMainWindowScreens::heapStaysPutForMessagesAndNarration()
{
    MainWindow *w = windowOn(QGuiApplication::primaryScreen(), Place::FreshStart);
    QVERIFY(w);
    QTRY_VERIFY(w->view()->isVisible());
    QCoreApplication::processEvents();
    const QRect heap = w->view()->geometry();
    const auto heapStays = [w, heap](const char *what) {
        QCoreApplication::processEvents();
        if (w->view()->geometry() != heap)
            qWarning("%s: the heap moved", what);
        return w->view()->geometry() == heap;
    };
    MessageBar *bar = w->messageBar();
    const QString word = QStringLiteral("fragmentation ");
    bar->showMessage(MessageBar::Kind::Error, QStringLiteral("out of memory"));
    QVERIFY(bar->isVisible());
    QVERIFY(heapStays("a message appears"));
    bar->showMessage(MessageBar::Kind::Information, word.repeated(30)); // two lines and more
    QVERIFY(heapStays("a message wraps"));
    QCOMPARE(bar->text(), word.repeated(30));
    bar->hide();
    QVERIFY(heapStays("the message goes"));

    NarrationPanel *panel = w->narrationPanel();
    ElidedLabel *narration = panel->findChildren<ElidedLabel *>().at(1);
    panel->setStep(1, 5, QStringLiteral("a = malloc 32"), QString());
    QVERIFY(heapStays("no narration"));
    // Three lines: as many words as fill the label's width three times.
    const int perLine = narration->width() / narration->fontMetrics().horizontalAdvance(word);
    const QString threeLines = word.repeated(perLine * 3 - 1).trimmed();
    panel->setStep(2, 5, QStringLiteral("b = malloc 64"), threeLines);
    QVERIFY(heapStays("three lines of narration"));
    QCOMPARE(narration->text().count(QLatin1Char('\n')), 2);
    QVERIFY(!narration->isElided());
    panel->setStep(3, 5, QStringLiteral("free a"), word.repeated(perLine * 6));
    QVERIFY(heapStays("six lines of narration"));
    QVERIFY(narration->isElided());
    QCOMPARE(panel->narration(), word.repeated(perLine * 6)); // told in full in the tooltip
    QCOMPARE(narration->toolTip(), word.repeated(perLine * 6));
}

int main(int argc, char **argv)
{
    // Two screens side by side, 96 dpi, as a lecture hall's projectors.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    // The primary screen comes first by name: Hall720.
    file.write(R"({ "screens": [
        { "name": "Wide1080", "x": 1280, "y": 0, "width": 1920, "height": 1080,
          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1 },
        { "name": "Hall720", "x": 0, "y": 0, "width": 1280, "height": 720,
          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1 } ] })");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    TestMainWindowScreens test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindowscreens.moc"
