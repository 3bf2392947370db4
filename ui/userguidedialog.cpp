// SPDX-License-Identifier: MIT
#include "userguidedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : HelpDialog(tr("Heapboard User Guide"), parent)
{
    QPushButton *contents = buttons()->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
    contents->setObjectName(QStringLiteral("contents"));
    contents->setToolTip(tr("Back to the list of sections (Alt+Up)"));
    connect(contents, &QPushButton::clicked, this, &UserGuideDialog::showContents);
    if (isGuideBuiltIn()) {
        browser()->setSource(guideUrl());
    } else {
        browser()->setHtml(tr("<p>This build of Heapboard has no user guide. The README and "
                              "<code>man heapboard</code> describe the program.</p>"));
    }
}

QUrl UserGuideDialog::guideUrl()
{
    return QUrl(QStringLiteral("qrc:/guide/guide.html"));
}

bool UserGuideDialog::isGuideBuiltIn()
{
    return QFile::exists(QStringLiteral(":/guide/guide.html"));
}

QStringList UserGuideDialog::sections()
{
    return { QStringLiteral("first-steps"), QStringLiteral("heap-picture"), QStringLiteral("player"),
             QStringLiteral("scenarios"),   QStringLiteral("lessons"),      QStringLiteral("presenting"),
             QStringLiteral("traces"),      QStringLiteral("cli") };
}

void UserGuideDialog::showSection(const QString &anchor)
{
    browser()->scrollToAnchor(anchor);
}

void UserGuideDialog::showContents()
{
    browser()->verticalScrollBar()->setValue(0);
}
