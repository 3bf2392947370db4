// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

// A word-wrapped label of a fixed number of lines: it is exactly that high
// for its font whatever its text (so nothing around it moves when the text
// appears, changes or wraps), and text that needs more lines is cut at the
// last one with an ellipsis; the tooltip then holds all of it.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(int lines, QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    int lines() const { return m_lines; }
    // Whether the text was cut (text() has line breaks where it wraps).
    bool isElided() const { return m_elided; }

    // text cut to at most lines lines of width pixels in font.
    static QString elide(const QString &text, const QFont &font, int width, int lines);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout();

    QString m_full;
    int m_lines;
    bool m_elided = false;
};
