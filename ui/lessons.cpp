// SPDX-License-Identifier: MIT
#include "lessons.h"

#include <QDir>
#include <QFile>

QList<Lesson> bundledLessons()
{
    QList<Lesson> lessons;
    const QDir dir(QStringLiteral(":/lessons"));
    for (const QString &name : dir.entryList({ QStringLiteral("*.heap") }, QDir::Files, QDir::Name)) {
        Lesson lesson { dir.filePath(name), name };
        QFile file(lesson.path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // The title line is enough here; opening a lesson parses it whole.
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.startsWith(QLatin1String("title "))) {
                lesson.title = line.mid(6).trimmed();
                break;
            }
        }
        lessons.append(lesson);
    }
    return lessons;
}
