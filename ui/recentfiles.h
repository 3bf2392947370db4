// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

// The files opened or saved lately, newest first, kept in QSettings so that
// every window and the next run see them. The Open Recent menu and the start
// page observe changed(); a lesson or an imported-then-unsaved document is
// never added (nothing to find again on disk under that name).
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxFiles = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    // Absolute paths, newest first, at most kMaxFiles.
    QStringList files() const;
    // Moves path (made absolute) to the front, once; the oldest beyond
    // kMaxFiles fall off.
    void add(const QString &path);

Q_SIGNALS:
    void changed(const QStringList &files);
};
