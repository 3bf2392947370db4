// SPDX-License-Identifier: MIT
#include "history.h"
#include "historylistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace heapboard;

class TestHistoryListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsFollowTheHistory();
    void describesSteps();
    void newStepAfterUndoDropsRows();
};

void TestHistoryListModel::rowsFollowTheHistory()
{
    History history(256);
    HistoryListModel model(&history);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    history.malloc(32);
    model.stepAppended();
    history.malloc(16);
    model.stepAppended();
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.index(2).data(HistoryListModel::CurrentRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(history.jumpTo(1));
    model.positionChanged();
    QCOMPARE(changed.count(), 2); // the old current row and the new one
    QVERIFY(model.index(1).data(HistoryListModel::CurrentRole).toBool());
    QVERIFY(!model.index(2).data(HistoryListModel::CurrentRole).toBool());
    QCOMPARE(model.rowCount(), 3); // redo steps stay listed until a new step

    history.reset(512, Policy::BestFit);
    model.historyReset();
    QCOMPARE(model.rowCount(), 1);
}

void TestHistoryListModel::describesSteps()
{
    History history(100);
    HistoryListModel model(&history);
    model.setLabeler([](quint32 tag) { return tag == 1 ? QStringLiteral("a") : QString(); });
    history.malloc(30, 1);
    history.malloc(500, 2);
    history.free(7);
    history.realloc(0, 40);
    history.setPolicy(Policy::NextFit);
    model.historyReset();
    QCOMPARE(model.describe(0), QStringLiteral("start: 100 bytes free"));
    QCOMPARE(model.describe(1), QStringLiteral("a = malloc(30) → 0"));
    QCOMPARE(model.describe(2), QStringLiteral("malloc(500)  ✗ out-of-memory"));
    QCOMPARE(model.describe(3), QStringLiteral("free(7)  ✗ invalid-pointer"));
    QCOMPARE(model.describe(4), QStringLiteral("realloc(0, 40) → 0"));
    QCOMPARE(model.describe(5), QStringLiteral("policy: next-fit"));
    QVERIFY(model.index(2).data(HistoryListModel::FailedRole).toBool());
    QCOMPARE(model.index(3).data(HistoryListModel::ErrorCodeRole).toString(),
             QStringLiteral("invalid-pointer"));
    QVERIFY(model.index(3).data(Qt::ToolTipRole).toString().contains(QStringLiteral("invalid pointer")));
    QVERIFY(model.index(2).data(Qt::DisplayRole).toString().startsWith(QStringLiteral("2  ")));
}

void TestHistoryListModel::newStepAfterUndoDropsRows()
{
    History history(256);
    HistoryListModel model(&history);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 4; ++i) {
        history.malloc(8);
        model.stepAppended();
    }
    history.jumpTo(1);
    model.positionChanged();
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    history.malloc(64);
    model.stepAppended();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.describe(2), QStringLiteral("malloc(64) → 8"));
    QVERIFY(model.index(2).data(HistoryListModel::CurrentRole).toBool());
}

QTEST_GUILESS_MAIN(TestHistoryListModel)
#include "tst_historylistmodel.moc"
