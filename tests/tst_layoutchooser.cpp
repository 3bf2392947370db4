// SPDX-License-Identifier: MIT
// LayoutChooser: View > Layout is one exclusive, remembered choice, and a
// scenario that names its layout opens in it.
#include "heapmodel.h"
#include "heapview.h"
#include "layoutchooser.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace heapboard;

class TestLayoutChooser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void menuChoiceIsExclusiveAndRemembered();
    void scenarioPicksItsLayout();

private:
    static Scenario scenario(const char *text);
};

void TestLayoutChooser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("HeapboardTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_layoutchooser"));
}

void TestLayoutChooser::init()
{
    QSettings().clear();
}

Scenario TestLayoutChooser::scenario(const char *text)
{
    Scenario s;
    ParseError e;
    if (!parseScenario(text, s, e))
        qFatal("%s", e.message.c_str());
    return s;
}

void TestLayoutChooser::menuChoiceIsExclusiveAndRemembered()
{
    HeapModel model;
    model.reset(400, Policy::FirstFit);
    HeapView view(&model);
    view.resize(900, 400);
    LayoutChooser chooser(&model, &view);
    QCOMPARE(view.layoutMode(), HeapLayout::Mode::Rows);
    QVERIFY(chooser.rowsAction()->isChecked());
    QVERIFY(!chooser.rowsAction()->shortcut().isEmpty());
    QVERIFY(!chooser.stripAction()->shortcut().isEmpty());
    chooser.stripAction()->trigger();
    QCOMPARE(view.layoutMode(), HeapLayout::Mode::Strip);
    QVERIFY(chooser.stripAction()->isChecked());
    QVERIFY(!chooser.rowsAction()->isChecked());
    QCOMPARE(QSettings().value(LayoutChooser::settingsKey()).toString(), QStringLiteral("strip"));
    QCOMPARE(view.layoutState().rows, 1);
    QCOMPARE(view.layoutState().rowBytes(), 400.0);
    // A new window starts in the remembered layout.
    HeapView second(&model);
    LayoutChooser again(&model, &second);
    QCOMPARE(second.layoutMode(), HeapLayout::Mode::Strip);
    QVERIFY(again.stripAction()->isChecked());
    chooser.rowsAction()->trigger();
    QCOMPARE(view.layoutMode(), HeapLayout::Mode::Rows);
    QCOMPARE(QSettings().value(LayoutChooser::settingsKey()).toString(), QStringLiteral("rows"));
}

void TestLayoutChooser::scenarioPicksItsLayout()
{
    HeapModel model;
    HeapView view(&model);
    view.resize(900, 400);
    LayoutChooser chooser(&model, &view);
    QVERIFY(model.loadScenario(scenario("heap 400\nlayout strip\na = malloc 100\n")));
    QCOMPARE(view.layoutMode(), HeapLayout::Mode::Strip);
    QVERIFY(chooser.stripAction()->isChecked());
    // Not remembered: it is the lesson's, not the user's choice.
    QVERIFY(QSettings().value(LayoutChooser::settingsKey()).isNull());
    // A scenario without one opens in the remembered layout.
    QVERIFY(model.loadScenario(scenario("heap 400\na = malloc 100\n")));
    QCOMPARE(view.layoutMode(), HeapLayout::Mode::Rows);
    QVERIFY(chooser.rowsAction()->isChecked());
    chooser.stripAction()->trigger();
    QVERIFY(model.loadScenario(scenario("heap 400\nlayout rows\n")));
    QCOMPARE(view.layoutMode(), HeapLayout::Mode::Rows);
    QVERIFY(model.loadScenario(scenario("heap 400\n")));
    QCOMPARE(view.layoutMode(), HeapLayout::Mode::Strip);
}

QTEST_MAIN(TestLayoutChooser)
#include "tst_layoutchooser.moc"
