// SPDX-License-Identifier: MIT
#include "elidedlabel.h"

#include <QEvent>
#include <QTextLayout>

ElidedLabel::ElidedLabel(int lines, QWidget *parent)
    : QLabel(parent)
    , m_lines(std::max(1, lines))
{
    setTextFormat(Qt::PlainText);
    setWordWrap(m_lines > 1);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    relayout();
}

void ElidedLabel::setFullText(const QString &text)
{
    m_full = text;
    setAccessibleDescription(text); // the whole text, also when cut on screen
    relayout();
}

QString ElidedLabel::elide(const QString &text, const QFont &font, int width, int lines)
{
    if (text.isEmpty() || width <= 0)
        return text;
    const QFontMetrics fm(font);
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QTextLayout layout(flat, font);
    layout.beginLayout();
    QStringList kept;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (kept.size() + 1 == lines) {
            // The last line holds the rest, cut to the width.
            kept << fm.elidedText(flat.mid(line.textStart()).trimmed(), Qt::ElideRight, width);
            break;
        }
        kept << flat.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return kept.join(QLatin1Char('\n'));
}

void ElidedLabel::relayout()
{
    // Room for the lines whatever the text: the label never grows or
    // shrinks with what it says.
    setFixedHeight(fontMetrics().lineSpacing() * m_lines + contentsMargins().top()
                   + contentsMargins().bottom());
    const QString shown = elide(m_full, font(), contentsRect().width(), m_lines);
    if (shown != text())
        setText(shown);
    m_elided
        = QString(shown).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified() != m_full.simplified();
    setToolTip(m_elided ? m_full : QString());
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    relayout();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        relayout();
}
