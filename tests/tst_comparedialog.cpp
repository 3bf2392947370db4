// SPDX-License-Identifier: MIT
// CompareDialog: 2 to 4 panes, each a policy and settings; it starts with
// the four policies on the settings it was given. And View > Compare
// Policies… in the explorer opens a compare window on the document.
#include "comparedialog.h"
#include "comparewindow.h"
#include "dialogwaiter.h"
#include "heapmodel.h"
#include "mainwindow.h"
#include "testscenario.h"

#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace heapboard;

class TestCompareDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void startsWithFourPolicies();
    void paneCountAndConfigs();
    void menuOpensCompareWindow();
};

void TestCompareDialog::startsWithFourPolicies()
{
    HeapSettings settings;
    settings.header = 8;
    CompareDialog dialog(settings);
    QCOMPARE(dialog.paneCount(), 4);
    const std::vector<PaneConfig> configs = dialog.configs();
    QCOMPARE(configs.size(), std::size_t(4));
    const Policy policies[] = { Policy::FirstFit, Policy::NextFit, Policy::BestFit, Policy::WorstFit };
    for (std::size_t i = 0; i < 4; ++i) {
        QCOMPARE(configs[i].policy, policies[i]);
        QCOMPARE(configs[i].settings.header, Size(8));
    }
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("paneSummary0"))->text().contains(QStringLiteral("8")));
}

void TestCompareDialog::paneCountAndConfigs()
{
    CompareDialog dialog({});
    dialog.show();
    dialog.setPaneCount(2);
    QCOMPARE(dialog.configs().size(), std::size_t(2));
    QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("panePolicy2"))->isVisible());
    dialog.findChild<QSpinBox *>(QStringLiteral("paneCount"))->setValue(1); // below the range
    QCOMPARE(dialog.paneCount(), 2);
    HeapSettings lifo;
    lifo.order = ListOrder::InsertFront;
    dialog.setConfig(1, PaneConfig { Policy::BestFit, lifo });
    dialog.findChild<QComboBox *>(QStringLiteral("panePolicy0"))->setCurrentIndex(3);
    const std::vector<PaneConfig> configs = dialog.configs();
    QCOMPARE(configs[0].policy, Policy::WorstFit);
    QCOMPARE(configs[1].policy, Policy::BestFit);
    QCOMPARE(configs[1].settings.order, ListOrder::InsertFront);
    dialog.setPaneCount(3);
    QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("panePolicy2"))->isVisible());
}

void TestCompareDialog::menuOpensCompareWindow()
{
    MainWindow window;
    window.show();
    window.model()->loadScenario(test::parsed(test::kReuseScenario));
    window.jumpTo(2);
    QAction *compare = window.findChild<QAction *>(QStringLiteral("compareAction"));
    QVERIFY(compare);
    DialogWaiter<CompareDialog> answer([](CompareDialog *d) {
        d->setPaneCount(2);
        d->accept();
    });
    compare->trigger();
    QVERIFY2(answer.wait(), qPrintable(answer.failure()));
    auto *opened = window.findChild<CompareWindow *>();
    QVERIFY(opened);
    QVERIFY(opened->isWindow());
    QCOMPARE(opened->panes().size(), 2);
    QCOMPARE(opened->session()->stepCount(), window.model()->stepCount());
    QCOMPARE(opened->session()->lead()->statement(2), window.model()->statement(2));
    // The explorer's document stays where it was.
    QCOMPARE(window.model()->position(), std::size_t(2));
    QCOMPARE(opened->session()->position(), std::size_t(0));
}

QTEST_MAIN(TestCompareDialog)
#include "tst_comparedialog.moc"
