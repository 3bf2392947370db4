// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class ElidedLabel;
class QLabel;
class QToolButton;

// A non-modal strip above the heap that says what went wrong (or right),
// until the user closes it or the next message replaces it.
//
// It keeps its place while hidden and is kLines lines of its font high
// whatever it says (longer text is cut with an ellipsis and told in full in
// the tooltip), so the heap under it never moves when a message appears,
// goes or wraps. Its colors follow the window's palette (light or dark).
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Information };
    static constexpr int kLines = 2;

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();
    void updateIcons();

    QLabel *m_icon;
    ElidedLabel *m_text;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
    QColor m_windowBehind; // the parent's background the tint was mixed with
};
