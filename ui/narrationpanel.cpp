// SPDX-License-Identifier: MIT
#include "narrationpanel.h"

#include "elidedlabel.h"

#include <QVBoxLayout>

NarrationPanel::NarrationPanel(QWidget *parent)
    : QFrame(parent)
    , m_headline(new ElidedLabel(1, this))
    , m_narration(new ElidedLabel(kNarrationLines, this))
{
    setObjectName(QStringLiteral("narrationPanel"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_narration->setAccessibleName(tr("Narration"));
    m_headline->setAccessibleName(tr("Current step"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_headline);
    layout->addWidget(m_narration);
    applyFonts();
}

void NarrationPanel::setStep(std::size_t step, std::size_t count, const QString &statement,
                             const QString &narration)
{
    if (step == 0)
        m_headline->setFullText(tr("Start · %1 steps").arg(count));
    else
        m_headline->setFullText(tr("Step %1 / %2 · %3").arg(step).arg(count).arg(statement));
    m_narration->setFullText(narration);
}

void NarrationPanel::setQuestion(std::size_t step, std::size_t count, const QString &question)
{
    m_headline->setFullText(tr("Step %1 / %2 · quiz").arg(step).arg(count));
    m_narration->setFullText(question);
}

void NarrationPanel::setTheme(const HeapPalette &palette)
{
    QPalette p = this->palette();
    p.setColor(QPalette::Window, palette.narrationBackground);
    p.setColor(QPalette::WindowText, palette.narrationText);
    setPalette(p);
}

void NarrationPanel::setScale(double scale)
{
    m_scale = scale;
    applyFonts();
}

void NarrationPanel::applyFonts()
{
    QFont base = font();
    const double points = QFont().pointSizeF() > 0 ? QFont().pointSizeF() : 10;
    QFont small = base;
    small.setPointSizeF(points * m_scale);
    m_headline->setFont(small);
    QFont large = base;
    large.setPointSizeF(points * 1.6 * m_scale);
    m_narration->setFont(large);
}

QString NarrationPanel::headline() const
{
    return m_headline->fullText();
}

QString NarrationPanel::narration() const
{
    return m_narration->fullText();
}
