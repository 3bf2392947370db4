// SPDX-License-Identifier: MIT
#pragma once

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QPointer>
#include <QTest>
#include <functional>
#include <type_traits>
#include <utility>

// Answers a modal dialog that the code under test is about to open, and
// fails fast instead of hanging in that dialog's exec() until ctest's
// timeout. Arm it just before the call that opens the dialog, then check it:
//
//     DialogWaiter<QMessageBox> box([](QMessageBox *b) { b->button(QMessageBox::Discard)->click(); });
//     window.close(); // opens the box; returns once it is answered
//     QVERIFY2(box.wait(), qPrintable(box.failure()));
//
// It polls QApplication::activeModalWidget() from the event loop that is
// running, the dialog's own exec() included, with posted calls rather than
// a QTimer guess at when the dialog is up. It answers the first Dialog
// (with that objectName, when one is given) that becomes the active modal
// widget, other than one already up when it was armed. The answer must
// close the dialog; one it leaves open (a QVERIFY in it failed, say) is
// rejected, and that is a failure. When no such dialog comes before the
// deadline it gives up, and rejects whatever other modal dialog is up, so
// that the test goes on to report the failure.
template<typename Dialog> class DialogWaiter : public QObject
{
    static_assert(std::is_base_of_v<QDialog, Dialog>, "DialogWaiter answers QDialogs");

public:
    explicit DialogWaiter(std::function<void(Dialog *)> answer, QString objectName = {}, int timeoutMs = 5000)
        : m_answer(std::move(answer))
        , m_name(std::move(objectName))
        , m_deadline(timeoutMs)
        , m_timeoutMs(timeoutMs)
        , m_alreadyUp(QApplication::activeModalWidget())
    {
        schedulePoll();
    }

    // True once the dialog was answered and closed; otherwise polls, at most
    // until the deadline, and false with failure() saying what went wrong.
    bool wait()
    {
        if (!QTest::qWaitFor([this] { return m_done; }, int(m_deadline.remainingTime()) + 1000))
            finish(notAppeared()); // no event loop ran the polls
        return m_failure.isEmpty();
    }

    QString failure() const { return m_failure; }
    bool answered() const { return m_answered; }

private:
    void schedulePoll() { QMetaObject::invokeMethod(this, &DialogWaiter::poll, Qt::QueuedConnection); }

    void poll()
    {
        if (m_done)
            return;
        QWidget *up = QApplication::activeModalWidget();
        if (up && up != m_alreadyUp) {
            auto *dialog = qobject_cast<Dialog *>(up);
            if (dialog && (m_name.isEmpty() || dialog->objectName() == m_name))
                return answer(dialog);
        }
        if (!m_deadline.hasExpired())
            return schedulePoll();
        auto *other = qobject_cast<QDialog *>(up);
        if (!other || other == m_alreadyUp)
            return finish(notAppeared());
        finish(notAppeared()
               + QStringLiteral("; rejected the %1 '%2' that was up instead")
                     .arg(QString::fromLatin1(other->metaObject()->className()), other->windowTitle()));
        other->reject(); // else its exec() would never return
    }

    void answer(Dialog *dialog)
    {
        m_answered = true;
        m_done = true;
        const QPointer<Dialog> guard(dialog);
        m_answer(dialog);
        if (guard && guard->isVisible()) {
            finish(QStringLiteral("the answer left the %1 open; rejected it").arg(describe()));
            guard->reject();
        }
    }

    void finish(const QString &failure)
    {
        m_done = true;
        m_failure = failure;
    }

    QString notAppeared() const
    {
        return QStringLiteral("no %1 appeared within %2 ms").arg(describe()).arg(m_timeoutMs);
    }

    QString describe() const
    {
        QString what = QString::fromLatin1(Dialog::staticMetaObject.className());
        if (!m_name.isEmpty())
            what += QStringLiteral(" '%1'").arg(m_name);
        return QStringLiteral("modal ") + what;
    }

    std::function<void(Dialog *)> m_answer;
    QString m_name;
    QDeadlineTimer m_deadline;
    int m_timeoutMs;
    QPointer<QWidget> m_alreadyUp;
    bool m_done = false;
    bool m_answered = false;
    QString m_failure;
};
