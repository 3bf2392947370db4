// SPDX-License-Identifier: MIT
#pragma once

#include <QSlider>

// The player's timeline: a horizontal slider over the steps, with one step
// marked (a trace's peak of live bytes) by a triangle under the groove.
class TimelineSlider : public QSlider
{
    Q_OBJECT
public:
    explicit TimelineSlider(QWidget *parent = nullptr);

    // -1: no marker.
    void setMarker(int step, const QString &what);
    int marker() const { return m_marker; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_marker = -1;
    QString m_what;
};
