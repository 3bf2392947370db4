// SPDX-License-Identifier: MIT
#pragma once

#include <QFocusFrame>

// A visible keyboard focus for widgets whose own painting shows none (the
// heap view, the free list, the start page's lesson buttons and the help
// text under the Fusion style): a ring in the highlight color just inside
// the widget's edge while it has the focus, once the keyboard moved the
// focus in its window (as the style's own focus rectangles). It is a child drawn over the
// widget and lets every mouse event through, so the widget's own painting
// and input stay as they are. A QFocusFrame by type only (it is given no
// widget to wrap): screen readers skip focus frames, so the ring adds
// nothing to the accessible tree.
class FocusRing : public QFocusFrame
{
    Q_OBJECT
public:
    // Gives target a ring (owned by target).
    static FocusRing *install(QWidget *target);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    explicit FocusRing(QWidget *target);
    void follow();

    QWidget *m_target;
};
