// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

// The lessons compiled into Heapboard (resources/lessons/*.heap), in order.
struct Lesson {
    QString path; // a resource path, ":/lessons/01-reference-demo.heap"
    QString title;
};

QList<Lesson> bundledLessons();
