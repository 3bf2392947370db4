// SPDX-License-Identifier: MIT
// Every control has an accessible name, and the keyboard reaches it (issue
// 16): the main window (start page and heap page, tool bar, docks, player
// row) and each dialog are walked through the QAccessible API as a screen
// reader walks them; an interactive control without a name fails, and so
// does one that Tab does not reach (unless it is a tool bar button whose
// action is in a menu, which the keyboard reaches through the menu bar), and
// one that looks the same with the focus as without.
#include "comparedialog.h"
#include "comparewindow.h"
#include "exportdialog.h"
#include "heapmodel.h"
#include "heapsettingsdialog.h"
#include "heapview.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "promptdialog.h"
#include "shortcutsdialog.h"
#include "userguidedialog.h"
#include "whatsnewdialog.h"

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <memory>

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ScrollBar:
    case QAccessible::Dial:
    case QAccessible::EditableText:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::HotkeyField:
        return true;
    default:
        return false;
    }
}

// A scroll area's own scroll bars are part of the area, which has the name
// (screen readers announce them as that area's scroll bars).
bool isScrollAreaPart(const QWidget *widget)
{
    const auto *bar = qobject_cast<const QScrollBar *>(widget);
    for (const QWidget *p = bar ? bar->parentWidget() : nullptr; p; p = p->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(p))
            return area->horizontalScrollBar() == bar || area->verticalScrollBar() == bar;
    }
    return false;
}

QString describe(const QWidget *widget)
{
    QString path;
    for (const QObject *o = widget; o; o = o->parent()) {
        QString step = QLatin1String(o->metaObject()->className());
        if (!o->objectName().isEmpty())
            step += QLatin1Char('#') + o->objectName();
        path.prepend(path.isEmpty() ? step : step + QLatin1Char('/'));
    }
    return path;
}

// The visible interactive controls under iface, walked as a screen reader
// walks them; those without a name are added to unnamed.
void walk(QAccessibleInterface *iface, QList<QWidget *> &controls, QStringList &unnamed, int depth = 0)
{
    if (!iface || depth > 40 || iface->state().invisible)
        return;
    auto *widget = qobject_cast<QWidget *>(iface->object());
    if (widget && isInteractive(iface->role()) && widget->isVisible() && !isScrollAreaPart(widget)) {
        if (!controls.contains(widget))
            controls.append(widget);
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(widget);
    }
    // Items of lists and tables are the view's content, named by their text.
    if (iface->role() == QAccessible::List || iface->role() == QAccessible::Table
        || iface->role() == QAccessible::Tree)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), controls, unnamed, depth + 1);
}

// The widgets that hold the focus while Tab is pressed round the window.
QList<QWidget *> tabRound(QWidget *window)
{
    QList<QWidget *> seen;
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return seen;
    if (!QApplication::focusWidget())
        QTest::keyClick(window, Qt::Key_Tab);
    // Round the window until Tab finds nothing new for a while (a text
    // browser's links or a list's items may hold it for some presses).
    for (int quiet = 0, i = 0; quiet < 40 && i < 600; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        if (!seen.contains(focus)) {
            seen.append(focus);
            quiet = 0;
        } else {
            ++quiet;
        }
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return seen;
}

bool reached(const QWidget *control, const QList<QWidget *> &focused)
{
    return std::any_of(focused.begin(), focused.end(), [control](const QWidget *w) {
        return w == control || control->isAncestorOf(w) || control->focusProxy() == w;
    });
}

// A tool bar's buttons take no focus; their actions are in the menus.
bool inAMenu(const QWidget *control, const QMainWindow *window)
{
    const auto *button = qobject_cast<const QToolButton *>(control);
    if (!button || !button->defaultAction() || !window)
        return false;
    for (const QMenu *menu : window->menuBar()->findChildren<QMenu *>()) {
        if (menu->actions().contains(button->defaultAction()))
            return true;
    }
    return false;
}

// Qt's own float and close buttons on a dock's title bar take no focus;
// the View menu shows and hides each dock from the keyboard.
bool isDockTitleButton(const QWidget *control)
{
    return qstrcmp(control->metaObject()->className(), "QDockWidgetTitleButton") == 0;
}

// What the user sees of a focused widget: a spin box draws the frame of the
// line edit that holds its focus.
QWidget *shownFor(QWidget *focus)
{
    QWidget *shown = focus;
    while (shown->parentWidget() && shown->parentWidget()->focusProxy() == shown)
        shown = shown->parentWidget();
    return shown;
}

// The widgets among focused that look the same with the focus as after Tab
// moved it on (in a dialog, the focused button is also the default one, so
// it is compared with how it looks once another has the focus).
QStringList focusNotShown(const QList<QWidget *> &focused)
{
    QStringList out;
    for (qsizetype i = 0; i < focused.size(); ++i) {
        QWidget *w = focused[i];
        w->setFocus(Qt::TabFocusReason);
        if (!w->hasFocus())
            continue;
        const QImage with = shownFor(w)->grab().toImage();
        if (focused.size() > 1)
            focused[(i + 1) % focused.size()]->setFocus(Qt::TabFocusReason);
        else
            w->clearFocus();
        const QImage without = shownFor(w)->grab().toImage();
        if (with == without)
            out << describe(w);
    }
    return out;
}

// The heap's scroll bar takes no focus: the keyboard pans the heap in the
// view itself (the arrows move the selection and keep it in view; +, - and
// F zoom), which the scroll bar only follows.
bool isHeapScrollBar(const QWidget *control)
{
    return qobject_cast<const QScrollBar *>(control) && control->parentWidget()
        && qstrcmp(control->parentWidget()->metaObject()->className(), "HeapPane") == 0;
}

// Fails (with the list) on unnamed controls and on controls that the
// keyboard cannot reach.
void check(QWidget *window)
{
    QList<QWidget *> controls;
    QStringList unnamed;
    walk(QAccessible::queryAccessibleInterface(window), controls, unnamed);
    QVERIFY2(!controls.isEmpty(), "the walk found no controls");
    QVERIFY2(
        unnamed.isEmpty(),
        qPrintable(QStringLiteral("without an accessible name:\n  ") + unnamed.join(QStringLiteral("\n  "))));
    const QList<QWidget *> focused = tabRound(window);
    QStringList missed;
    for (QWidget *control : std::as_const(controls)) {
        if (!control->isEnabled() || reached(control, focused)
            || inAMenu(control, qobject_cast<QMainWindow *>(window)) || isDockTitleButton(control)
            || isHeapScrollBar(control))
            continue;
        missed << describe(control);
    }
    QVERIFY2(missed.isEmpty(),
             qPrintable(QStringLiteral("not reached by Tab:\n  ") + missed.join(QStringLiteral("\n  "))));
    const QStringList hidden = focusNotShown(focused);
    QVERIFY2(hidden.isEmpty(),
             qPrintable(QStringLiteral("no visible focus:\n  ") + hidden.join(QStringLiteral("\n  "))));
}

} // namespace

class TestAccessibleNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startPage();
    void heapPage();
    void heapPageZoomedWithAMessage();
    void shortcutsDialog();
    void userGuideDialog();
    void whatsNewDialog();
    void exportDialog();
    void heapSettingsDialog();
    void promptDialog();
    void compareWindow();
    void compareDialog();
    void unnamedControlIsFound();

private:
    void checkDialog(QDialog *dialog);
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibleNames::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeapboardTest"));
}

void TestAccessibleNames::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccessibleNames::cleanup()
{
    m_window.reset();
}

void TestAccessibleNames::startPage()
{
    QVERIFY(m_window->isStartPageShown());
    check(m_window.get());
}

void TestAccessibleNames::heapPage()
{
    m_window->newHeap();
    m_window->allocate();
    QVERIFY(!m_window->isStartPageShown());
    check(m_window.get());
}

// The overview strip, the heap's scroll bar and the message's close button
// show only when zoomed in and with a message.
void TestAccessibleNames::heapPageZoomedWithAMessage()
{
    m_window->newHeap();
    for (int i = 0; i < 6; ++i)
        m_window->view()->zoomIn();
    m_window->messageBar()->showMessage(MessageBar::Kind::Information, QStringLiteral("A message"));
    check(m_window.get());
}

void TestAccessibleNames::checkDialog(QDialog *dialog)
{
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    check(dialog);
}

void TestAccessibleNames::shortcutsDialog()
{
    ShortcutsDialog dialog(ShortcutsDialog::groupsOf(m_window.get()));
    checkDialog(&dialog);
}

void TestAccessibleNames::userGuideDialog()
{
    UserGuideDialog dialog;
    checkDialog(&dialog);
}

void TestAccessibleNames::whatsNewDialog()
{
    WhatsNewDialog dialog;
    checkDialog(&dialog);
}

void TestAccessibleNames::exportDialog()
{
    ExportDialog dialog(m_window->model()->heap(), {}, HeapPalette::byId(QStringLiteral("light")), {});
    checkDialog(&dialog);
}

void TestAccessibleNames::heapSettingsDialog()
{
    HeapSettingsDialog dialog(QStringLiteral("Reset Heap"), QStringLiteral("Start over."), 1024,
                              heapboard::Policy::FirstFit);
    checkDialog(&dialog);
}

void TestAccessibleNames::promptDialog()
{
    PromptDialog dialog(QStringLiteral("Realloc"), QStringLiteral("New size of b."));
    dialog.addField(QStringLiteral("size"), QStringLiteral("&Size:"), QStringLiteral("32"), true);
    dialog.addField(QStringLiteral("handle"), QStringLiteral("&Returns:"), QStringLiteral("c"));
    checkDialog(&dialog);
}

void TestAccessibleNames::compareWindow()
{
    const QString path = qEnvironmentVariable("HEAPBOARD_TEST_DATA") + QStringLiteral("/short1-bal.rep");
    QString error;
    std::unique_ptr<CompareWindow> window(CompareWindow::openFile(path, error));
    QVERIFY2(window, qPrintable(error));
    window->resize(1280, 720);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    check(window.get());
}

void TestAccessibleNames::compareDialog()
{
    CompareDialog dialog({});
    checkDialog(&dialog);
}

// The check is not blind: a button without text or name is found.
void TestAccessibleNames::unnamedControlIsFound()
{
    QWidget window;
    auto *button = new QToolButton(&window);
    button->setObjectName(QStringLiteral("nameless"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QList<QWidget *> controls;
    QStringList unnamed;
    walk(QAccessible::queryAccessibleInterface(&window), controls, unnamed);
    QCOMPARE(controls, QList<QWidget *>({ button }));
    QCOMPARE(unnamed.size(), 1);
    QVERIFY(unnamed.front().endsWith(QStringLiteral("QToolButton#nameless")));
    button->setAccessibleName(QStringLiteral("Named"));
    unnamed.clear();
    walk(QAccessible::queryAccessibleInterface(&window), controls, unnamed);
    QVERIFY(unnamed.isEmpty());
}

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
