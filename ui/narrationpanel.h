// SPDX-License-Identifier: MIT
#pragma once

#include "heappalette.h"

#include <QFrame>

class QLabel;

// The strip under the heap that tells the current step in words: a small
// line with the step number and its statement, and the step's narration
// set large, for the back of a lecture hall. In quiz mode the result of
// the step is held back: only the statement about to run is shown.
class NarrationPanel : public QFrame
{
    Q_OBJECT
public:
    explicit NarrationPanel(QWidget *parent = nullptr);

    // step: the position (0 = before the first step); count: the steps.
    void setStep(std::size_t step, std::size_t count, const QString &statement, const QString &narration);
    // Before a step in quiz mode: the question about what is about to run.
    void setQuestion(std::size_t step, std::size_t count, const QString &question);
    void setTheme(const HeapPalette &palette);
    // Multiplies the base text size (1 = the window's font).
    void setScale(double scale);
    double scale() const { return m_scale; }

    QString headline() const;
    QString narration() const;

private:
    void applyFonts();

    QLabel *m_headline;
    QLabel *m_narration;
    double m_scale = 1;
};
