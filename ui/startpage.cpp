// SPDX-License-Identifier: MIT
#include "startpage.h"

#include "focusring.h"
#include "lessons.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("startPage"));
    auto *heading
        = new QLabel(tr("<h1>Heapboard</h1><p>Watch malloc and free split and merge blocks. "
                        "Pick a lesson to step through, or start with an empty heap and click.</p>"),
                     this);
    heading->setWordWrap(true);

    auto *empty = new QPushButton(tr("&Empty Heap"), this);
    empty->setToolTip(tr("A fresh 1 KiB heap: click free space to allocate, a block to free it"));
    auto *open = new QPushButton(tr("&Open File…"), this);
    open->setToolTip(tr("A scenario (.heap) or a malloclab trace (.rep)"));
    connect(empty, &QPushButton::clicked, this, &StartPage::emptyHeapRequested);
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);

    auto *recentBox = new QGroupBox(tr("Recent files"), this);
    auto *recentLayout = new QVBoxLayout(recentBox);
    m_recent->setAccessibleName(tr("Recent files"));
    recentLayout->addWidget(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString path = item->data(Qt::UserRole).toString();
        if (!path.isEmpty())
            Q_EMIT fileChosen(path);
    });

    auto *side = new QVBoxLayout;
    side->addWidget(empty);
    side->addWidget(open);
    side->addWidget(recentBox, 1);

    auto *columns = new QHBoxLayout;
    columns->addWidget(createLessons(), 3);
    columns->addLayout(side, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(heading);
    layout->addLayout(columns, 1);
}

QWidget *StartPage::createLessons()
{
    auto *box = new QGroupBox(tr("Lessons"), this);
    auto *inner = new QWidget(box);
    m_lessonsLayout = new QVBoxLayout(inner);
    int number = 1;
    for (const Lesson &lesson : bundledLessons()) {
        // "Coalescing: free neighbours merge, ..." reads as a heading and a
        // description that wraps, so long titles never need a scroll bar.
        const qsizetype colon = lesson.title.indexOf(QLatin1Char(':'));
        const QString heading = colon < 0 ? lesson.title : lesson.title.left(colon);
        const QString description = colon < 0 ? QString() : lesson.title.mid(colon + 1).trimmed();
        auto *button = new QCommandLinkButton(tr("%1. %2").arg(number++).arg(heading), description, inner);
        button->setToolTip(lesson.title);
        button->setObjectName(QFileInfo(lesson.path).completeBaseName());
        FocusRing::install(button); // Fusion draws no focus on a command link
        connect(button, &QCommandLinkButton::clicked, this,
                [this, path = lesson.path] { Q_EMIT lessonChosen(path); });
        m_lessonsLayout->addWidget(button);
    }
    m_lessonsLayout->addStretch(1);
    auto *scroll = new QScrollArea(box);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes to the lesson buttons themselves (the area scrolls to the
    // focused one); a stop on the area would show no focus anywhere.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(scroll);
    return box;
}

int StartPage::lessonCount() const
{
    return m_lessonsLayout->count() - 1;
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_recent);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setData(Qt::UserRole, path);
    }
    if (paths.isEmpty())
        m_recent->addItem(tr("(none yet)"));
}
