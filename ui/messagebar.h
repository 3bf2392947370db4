// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A non-modal strip above the heap that says what went wrong (or right),
// until the user closes it or the next message replaces it.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Information };
    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
};
