// SPDX-License-Identifier: MIT
#pragma once

#include "heappalette.h"

#include <QFrame>

class ElidedLabel;

// The strip under the heap that tells the current step in words: a small
// line with the step number and its statement, and the step's narration
// set large, for the back of a lecture hall. In quiz mode the result of
// the step is held back: only the statement about to run is shown.
// Its height is fixed by its fonts (one headline, kNarrationLines of
// narration, longer narration cut with an ellipsis), so the heap above it
// never moves when a step's narration appears, changes or wraps.
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

    static constexpr int kNarrationLines = 3;

    QString headline() const;
    QString narration() const;

private:
    void applyFonts();

    ElidedLabel *m_headline;
    ElidedLabel *m_narration;
    double m_scale = 1;
};
