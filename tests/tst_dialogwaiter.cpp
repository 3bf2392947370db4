// SPDX-License-Identifier: MIT
// DialogWaiter: answers the dialog that exec() puts up, and when something
// goes wrong (no dialog, another dialog, an answer that leaves it open)
// returns from exec() and says so within its deadline instead of hanging.
#include "dialogwaiter.h"

#include <QAbstractButton>
#include <QInputDialog>
#include <QMessageBox>
#include <QTest>

class TestDialogWaiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersTheDialogThatExecOpens();
    void matchesTheObjectName();
    void reportsADialogThatNeverCame();
    void rejectsAnotherDialogAtTheDeadline();
    void rejectsADialogTheAnswerLeftOpen();
    void leavesTheDialogThatWasAlreadyUp();
};

namespace {

// Short deadlines for the failures below: they are waited out in full.
constexpr int kShort = 300;

} // namespace

void TestDialogWaiter::answersTheDialogThatExecOpens()
{
    QInputDialog dialog;
    DialogWaiter<QInputDialog> waiter([](QInputDialog *d) {
        d->setTextValue(QStringLiteral("typed"));
        d->accept();
    });
    QCOMPARE(dialog.exec(), int(QDialog::Accepted));
    QVERIFY2(waiter.wait(), qPrintable(waiter.failure()));
    QVERIFY(waiter.answered());
    QCOMPARE(dialog.textValue(), QStringLiteral("typed"));
}

void TestDialogWaiter::matchesTheObjectName()
{
    QMessageBox first(QMessageBox::Question, QStringLiteral("First"), QStringLiteral("?"),
                      QMessageBox::Yes | QMessageBox::No);
    first.setObjectName(QStringLiteral("first"));
    QMessageBox second(QMessageBox::Question, QStringLiteral("Second"), QStringLiteral("?"),
                       QMessageBox::Yes | QMessageBox::No);
    second.setObjectName(QStringLiteral("second"));
    int secondResult = -1;
    DialogWaiter<QMessageBox> answerSecond([](QMessageBox *b) { b->button(QMessageBox::No)->click(); },
                                           QStringLiteral("second"));
    DialogWaiter<QMessageBox> answerFirst(
        [&](QMessageBox *b) {
            secondResult = second.exec(); // a dialog that opens another
            b->button(QMessageBox::Yes)->click();
        },
        QStringLiteral("first"));
    QCOMPARE(first.exec(), int(QMessageBox::Yes));
    QVERIFY2(answerFirst.wait(), qPrintable(answerFirst.failure()));
    QVERIFY2(answerSecond.wait(), qPrintable(answerSecond.failure()));
    QCOMPARE(secondResult, int(QMessageBox::No));
}

void TestDialogWaiter::reportsADialogThatNeverCame()
{
    DialogWaiter<QInputDialog> waiter([](QInputDialog *d) { d->accept(); }, {}, kShort);
    QVERIFY(!waiter.wait());
    QVERIFY(!waiter.answered());
    QCOMPARE(waiter.failure(), QStringLiteral("no modal QInputDialog appeared within 300 ms"));
}

void TestDialogWaiter::rejectsAnotherDialogAtTheDeadline()
{
    QMessageBox box(QMessageBox::Warning, QStringLiteral("Surprise"), QStringLiteral("!"), QMessageBox::Ok);
    DialogWaiter<QInputDialog> waiter([](QInputDialog *d) { d->accept(); }, {}, kShort);
    QCOMPARE(box.exec(), int(QDialog::Rejected)); // returns instead of hanging
    QVERIFY(!waiter.wait());
    QCOMPARE(waiter.failure(),
             QStringLiteral("no modal QInputDialog appeared within 300 ms; rejected the "
                            "QMessageBox 'Surprise' that was up instead"));
}

void TestDialogWaiter::rejectsADialogTheAnswerLeftOpen()
{
    QInputDialog dialog;
    DialogWaiter<QInputDialog> waiter([](QInputDialog *) { /* forgets to close it */ });
    QCOMPARE(dialog.exec(), int(QDialog::Rejected));
    QVERIFY(!waiter.wait());
    QVERIFY(waiter.answered());
    QCOMPARE(waiter.failure(), QStringLiteral("the answer left the modal QInputDialog open; rejected it"));
}

void TestDialogWaiter::leavesTheDialogThatWasAlreadyUp()
{
    QInputDialog outer;
    outer.setModal(true);
    outer.show();
    QCOMPARE(QApplication::activeModalWidget(), &outer);
    DialogWaiter<QInputDialog> waiter([](QInputDialog *d) { d->accept(); }, {}, kShort);
    QVERIFY(!waiter.wait());
    QVERIFY(outer.isVisible()); // neither answered nor rejected
    QVERIFY(!waiter.answered());
    outer.hide();
}

QTEST_MAIN(TestDialogWaiter)
#include "tst_dialogwaiter.moc"
