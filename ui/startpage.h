// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QListWidget;
class QVBoxLayout;

// What the window shows before anything is open: the bundled lessons, an
// empty heap to click on, a file to open and the recent files. It only says
// what the user chose; the window opens it.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);
    int lessonCount() const;

Q_SIGNALS:
    void lessonChosen(const QString &path);
    void fileChosen(const QString &path);
    void openRequested();
    void emptyHeapRequested();

private:
    QWidget *createLessons();
    QVBoxLayout *m_lessonsLayout = nullptr;
    QListWidget *m_recent;
};
