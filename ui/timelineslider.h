// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSlider>

class QPainter;

// The player's timeline: a horizontal slider over the steps, with one step
// marked (a trace's peak of live bytes) by a triangle under the groove, and
// any number of steps (the compare view's divergences) by ticks above it.
class TimelineSlider : public QSlider
{
    Q_OBJECT
public:
    explicit TimelineSlider(QWidget *parent = nullptr);

    // -1: no marker.
    void setMarker(int step, const QString &what);
    int marker() const { return m_marker; }
    // Steps in increasing order; empty: no ticks.
    void setTicks(const QList<int> &steps, const QString &what);
    const QList<int> &ticks() const { return m_ticks; }
    // The x of a step's tick or marker.
    int xOf(int step) const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Track {
        int left; // x of the minimum
        int span; // pixels from the minimum to the maximum
    };
    Track track() const;
    void drawTicks(QPainter &painter) const;

    QList<int> m_ticks;
    int m_marker = -1;
    QString m_what;
};
