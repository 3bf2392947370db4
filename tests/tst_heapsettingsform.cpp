// SPDX-License-Identifier: MIT
// HeapSettingsForm and the Reset Heap dialog's allocator settings: the
// fields read back as HeapSettings, bad numbers and settings that do not fit
// the heap (settingsProblem()) keep OK off with the problem shown, and the
// summary names only what differs from the defaults.
#include "heapsettingsdialog.h"
#include "heapsettingsform.h"
#include "trace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

Q_DECLARE_METATYPE(heapboard::HeapSettings)

using namespace heapboard;

class TestHeapSettingsForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsReadBack();
    void fieldsReadBack_data();
    void fieldsReadBack();
    void badNumberIsAProblem();
    void summaryNamesWhatDiffers_data();
    void summaryNamesWhatDiffers();
    void dialogRefusesWhatDoesNotFit();
    void dialogWithoutSettingsIsAsBefore();
};

namespace {

QLineEdit *edit(QWidget *w, const char *name)
{
    return w->findChild<QLineEdit *>(QLatin1String(name));
}

QComboBox *combo(QWidget *w, const char *name)
{
    return w->findChild<QComboBox *>(QLatin1String(name));
}

} // namespace

void TestHeapSettingsForm::defaultsReadBack()
{
    HeapSettingsForm form;
    HeapSettings s;
    s.header = 99;
    QString problem = QStringLiteral("x");
    QVERIFY(form.settings(s, problem));
    QVERIFY(problem.isEmpty());
    QVERIFY(s.isDefault());
    QCOMPARE(edit(&form, "alignmentEdit")->text(), QString()); // "none"
}

void TestHeapSettingsForm::fieldsReadBack_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("alignment");
    QTest::addColumn<QString>("minBlock");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("coalescing");
    QTest::newRow("ostep") << "1000"
                           << "4"
                           << "none"
                           << "0" << int(ListOrder::InsertFront) << int(Coalescing::ListPass);
    QTest::newRow("csapp") << "64K"
                           << "8"
                           << "16"
                           << "32" << int(ListOrder::SizeDescending) << int(Coalescing::Deferred);
    QTest::newRow("spaces") << " 12 "
                            << " 0"
                            << " "
                            << "1" << int(ListOrder::InsertBack) << int(Coalescing::None);
}

void TestHeapSettingsForm::fieldsReadBack()
{
    QFETCH(QString, base);
    QFETCH(QString, header);
    QFETCH(QString, alignment);
    QFETCH(QString, minBlock);
    QFETCH(int, order);
    QFETCH(int, coalescing);
    HeapSettingsForm form;
    edit(&form, "baseEdit")->setText(base);
    edit(&form, "headerEdit")->setText(header);
    edit(&form, "alignmentEdit")->setText(alignment);
    edit(&form, "minBlockEdit")->setText(minBlock);
    combo(&form, "orderBox")->setCurrentIndex(combo(&form, "orderBox")->findData(order));
    combo(&form, "coalescingBox")->setCurrentIndex(combo(&form, "coalescingBox")->findData(coalescing));
    HeapSettings s;
    QString problem;
    QVERIFY2(form.settings(s, problem), qPrintable(problem));
    Size value = 0;
    QVERIFY(parseSize(base.trimmed().toStdString(), value));
    QCOMPARE(s.base, value);
    QVERIFY(parseSize(header.trimmed().toStdString(), value));
    QCOMPARE(s.header, value);
    const QString a = alignment.trimmed();
    QCOMPARE(s.alignment, a.isEmpty() || a == QLatin1String("none") ? Size(0) : a.toULongLong());
    QCOMPARE(s.minBlock, minBlock.toULongLong());
    QCOMPARE(int(s.order), order);
    QCOMPARE(int(s.coalescing), coalescing);
    // And back into a new form.
    HeapSettingsForm again;
    again.setSettings(s);
    HeapSettings t;
    QVERIFY(again.settings(t, problem));
    QCOMPARE(t, s);
}

void TestHeapSettingsForm::badNumberIsAProblem()
{
    HeapSettingsForm form;
    edit(&form, "headerEdit")->setText(QStringLiteral("eight"));
    HeapSettings s;
    s.header = 5;
    QString problem;
    QVERIFY(!form.settings(s, problem));
    QVERIFY(problem.contains(QStringLiteral("eight")));
    QCOMPARE(s.header, Size(5)); // untouched
    edit(&form, "headerEdit")->setText(QStringLiteral("8"));
    edit(&form, "alignmentEdit")->setText(QStringLiteral("-1"));
    QVERIFY(!form.settings(s, problem));
    QVERIFY(problem.contains(QStringLiteral("-1")));
}

void TestHeapSettingsForm::summaryNamesWhatDiffers_data()
{
    QTest::addColumn<HeapSettings>("settings");
    QTest::addColumn<QString>("summary");
    QTest::newRow("defaults") << HeapSettings {} << QString();
    HeapSettings s;
    s.header = 8;
    s.alignment = 16;
    s.order = ListOrder::InsertFront;
    s.coalescing = Coalescing::None;
    QTest::newRow("lifo") << s << QStringLiteral("header 8 B · align 16 B · LIFO · no coalescing");
    HeapSettings t;
    t.base = 1000;
    t.minBlock = 24;
    t.alignment = 1; // 1 is no alignment
    t.order = ListOrder::SizeAscending;
    t.coalescing = Coalescing::Deferred;
    QTest::newRow("base") << t
                          << QStringLiteral(
                                 "base 1000 · min block 24 B · size ascending · deferred coalescing");
}

void TestHeapSettingsForm::summaryNamesWhatDiffers()
{
    QFETCH(HeapSettings, settings);
    QFETCH(QString, summary);
    QCOMPARE(HeapSettingsForm::summary(settings), summary);
}

void TestHeapSettingsForm::dialogRefusesWhatDoesNotFit()
{
    HeapSettings start;
    start.header = 4;
    start.order = ListOrder::InsertBack;
    HeapSettingsDialog dialog(QStringLiteral("Reset Heap"), QString(), 1024, Policy::BestFit);
    dialog.showAllocatorSettings(start);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.settings(), start);
    QCOMPARE(edit(&dialog, "headerEdit")->text(), QStringLiteral("4"));
    // A header beyond the core's limit: settingsProblem's sentence, OK off.
    edit(&dialog, "headerEdit")->setText(QStringLiteral("2G"));
    QVERIFY(!ok->isEnabled());
    QLabel *problem = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("header size must be")))
            problem = label;
    }
    QVERIFY(problem);
    QVERIFY(!problem->isHidden());
    QCOMPARE(dialog.settings(), start); // nothing taken from the bad fields
    // A base that puts the end beyond 2^62.
    edit(&dialog, "headerEdit")->setText(QStringLiteral("8"));
    QVERIFY(ok->isEnabled());
    edit(&dialog, "baseEdit")->setText(QString::number(kMaxHeapSize - 512));
    QVERIFY(!ok->isEnabled());
    QVERIFY(problem->text().contains(QStringLiteral("base address")));
    edit(&dialog, "baseEdit")->setText(QStringLiteral("1000"));
    edit(&dialog, "alignmentEdit")->setText(QStringLiteral("16"));
    QVERIFY(ok->isEnabled());
    QVERIFY(problem->isHidden());
    HeapSettings want = start;
    want.header = 8;
    want.base = 1000;
    want.alignment = 16;
    QCOMPARE(dialog.settings(), want);
    QCOMPARE(dialog.heapSize(), Size(1024));
    QCOMPARE(dialog.policy(), Policy::BestFit);
}

void TestHeapSettingsForm::dialogWithoutSettingsIsAsBefore()
{
    // Importing a trace asks for a size and a policy only.
    HeapSettingsDialog dialog(QStringLiteral("Import Trace"), QString(), 4096, Policy::FirstFit);
    QVERIFY(!dialog.findChild<HeapSettingsForm *>());
    QVERIFY(dialog.settings().isDefault());
}

QTEST_MAIN(TestHeapSettingsForm)
#include "tst_heapsettingsform.moc"
