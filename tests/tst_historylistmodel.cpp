// SPDX-License-Identifier: MIT
#include "heapmodel.h"
#include "historylistmodel.h"
#include "quiz.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace heapboard;

class TestHistoryListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsFollowTheTimeline();
    void describesSteps();
    void editAfterGoingBackReplacesRows();
    void quizHidesOnlyLoadedSteps();
};

void TestHistoryListModel::rowsFollowTheTimeline()
{
    HeapModel heap;
    heap.reset(256, Policy::FirstFit);
    HistoryListModel model(&heap);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    heap.allocate(32);
    heap.allocate(16);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.index(2).data(HistoryListModel::CurrentRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(heap.jumpTo(1));
    QCOMPARE(changed.count(), 2); // the old current row and the new one
    QVERIFY(model.index(1).data(HistoryListModel::CurrentRole).toBool());
    QVERIFY(!model.index(2).data(HistoryListModel::CurrentRole).toBool());
    QCOMPARE(model.rowCount(), 3); // navigation changes no step

    heap.reset(512, Policy::BestFit);
    QCOMPARE(model.rowCount(), 1);
}

void TestHistoryListModel::describesSteps()
{
    HeapModel heap;
    heap.reset(100, Policy::FirstFit);
    HistoryListModel model(&heap);
    heap.allocate(30, QStringLiteral("a"));
    heap.allocate(500, QStringLiteral("b"));
    heap.freeBlock(7);
    heap.reallocBlock(0, 40);
    heap.setPolicy(Policy::NextFit);
    QCOMPARE(model.describe(0), QStringLiteral("start: 100 bytes free"));
    QCOMPARE(model.describe(1), QStringLiteral("a = malloc(30) → 0"));
    QCOMPARE(model.describe(2), QStringLiteral("b = malloc(500)  ✗ out-of-memory"));
    QCOMPARE(model.describe(3), QStringLiteral("free(7)  ✗ invalid-pointer"));
    QCOMPARE(model.describe(4), QStringLiteral("a = realloc(0, 40) → 0"));
    QCOMPARE(model.describe(5), QStringLiteral("policy: next-fit"));
    QVERIFY(model.index(2).data(HistoryListModel::FailedRole).toBool());
    QCOMPARE(model.index(3).data(HistoryListModel::ErrorCodeRole).toString(),
             QStringLiteral("invalid-pointer"));
    QVERIFY(model.index(3).data(Qt::ToolTipRole).toString().contains(QStringLiteral("invalid pointer")));
    QVERIFY(model.index(2).data(Qt::DisplayRole).toString().startsWith(QStringLiteral("2  ")));
}

void TestHistoryListModel::editAfterGoingBackReplacesRows()
{
    HeapModel heap;
    heap.reset(256, Policy::FirstFit);
    HistoryListModel model(&heap);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 4; ++i)
        heap.allocate(8);
    heap.jumpTo(1);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    heap.allocate(64);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.describe(2).endsWith(QStringLiteral("malloc(64) → 8")));
    QVERIFY(model.index(2).data(HistoryListModel::CurrentRole).toBool());
}

void TestHistoryListModel::quizHidesOnlyLoadedSteps()
{
    HeapModel heap;
    Scenario scenario;
    ParseError error;
    QVERIFY(parseScenario("heap 64\na = malloc 8\nb = malloc 8\n", scenario, error));
    QVERIFY(heap.loadScenario(scenario));
    Quiz quiz(&heap);
    HistoryListModel model(&heap, &quiz);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    quiz.setOn(true);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("1  ?"));
    quiz.reveal(1);
    QVERIFY(model.index(1).data().toString().startsWith(QStringLiteral("1  ✓ a = malloc(8)")));
    heap.jumpTo(2);
    heap.allocate(4); // the user's own step is never hidden
    QVERIFY(model.index(3).data().toString().contains(QStringLiteral("malloc(4)")));
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("2  ?"));
    heap.reset(64, Policy::FirstFit); // another document: the quiz is off
    QVERIFY(!quiz.isOn());
}

QTEST_GUILESS_MAIN(TestHistoryListModel)
#include "tst_historylistmodel.moc"
