// SPDX-License-Identifier: MIT
// CompareSummaryModel and TableText: one row per pane with summarize()'s
// numbers, a SortRole that orders by value, and the table as aligned text
// and as CSV in the order a sort proxy shows it.
#include "comparesession.h"
#include "comparesummarymodel.h"
#include "comparetestdata.h"
#include "tabletext.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>

using namespace heapboard;

class TestCompareSummaryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsArePanes();
    void sortsByValue();
    void alignedText();
    void csvQuotes();
};

namespace {

std::unique_ptr<CompareSession> session()
{
    const QByteArray text = test::divergingScenario().toUtf8();
    return std::make_unique<CompareSession>(
        CompareWorkload::fromScenario(test::parsed(text.toStdString()), QStringLiteral("d")),
        CompareSession::allPolicies());
}

} // namespace

void TestCompareSummaryModel::rowsArePanes()
{
    const auto s = session();
    CompareSummaryModel model(s.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(CompareSummaryModel::ColumnCount));
    for (int row = 0; row < 4; ++row) {
        const PaneSummary &p = s->summary(row);
        QCOMPARE(model.index(row, CompareSummaryModel::PaneColumn).data().toString(), s->paneName(row));
        QCOMPARE(model.index(row, CompareSummaryModel::FailedColumn)
                     .data(CompareSummaryModel::SortRole)
                     .toULongLong(),
                 quint64(p.failedAllocations));
        QCOMPARE(model.index(row, CompareSummaryModel::PeakFragmentationColumn)
                     .data(CompareSummaryModel::SortRole)
                     .toDouble(),
                 double(p.peakFragmentation));
        QCOMPARE(model.index(row, CompareSummaryModel::StepsColumn)
                     .data(CompareSummaryModel::SortRole)
                     .toULongLong(),
                 quint64(p.steps));
    }
    QCOMPARE(model.headerData(CompareSummaryModel::MeanSearchedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Mean searched"));
}

void TestCompareSummaryModel::sortsByValue()
{
    const auto s = session();
    CompareSummaryModel model(s.get());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(CompareSummaryModel::SortRole);
    for (int column = 0; column < CompareSummaryModel::ColumnCount; ++column) {
        proxy.sort(column, Qt::AscendingOrder);
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const QVariant a = proxy.index(row - 1, column).data(CompareSummaryModel::SortRole);
            const QVariant b = proxy.index(row, column).data(CompareSummaryModel::SortRole);
            QVERIFY2(QVariant::compare(a, b) != QPartialOrdering::Greater,
                     qPrintable(QStringLiteral("column %1 row %2").arg(column).arg(row)));
        }
    }
}

void TestCompareSummaryModel::alignedText()
{
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({ QStringLiteral("Name"), QStringLiteral("Size") });
    model.setItem(0, 0, new QStandardItem(QStringLiteral("first fit")));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("7")));
    model.setItem(1, 0, new QStandardItem(QStringLiteral("x")));
    model.setItem(1, 1, new QStandardItem(QStringLiteral("1024")));
    for (int row = 0; row < 2; ++row)
        model.item(row, 1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(TableText::aligned(model),
             QStringLiteral("Name       Size\n"
                            "first fit     7\n"
                            "x          1024\n"));
}

void TestCompareSummaryModel::csvQuotes()
{
    QStandardItemModel model(1, 2);
    model.setHorizontalHeaderLabels({ QStringLiteral("Pane"), QStringLiteral("Note") });
    model.setItem(0, 0, new QStandardItem(QStringLiteral("best fit, header 8")));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("say \"hi\"")));
    QCOMPARE(TableText::csv(model),
             QStringLiteral("Pane,Note\r\n\"best fit, header 8\",\"say \"\"hi\"\"\"\r\n"));
}

QTEST_MAIN(TestCompareSummaryModel)
#include "tst_comparesummarymodel.moc"
