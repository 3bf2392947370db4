// SPDX-License-Identifier: MIT
#include "userguidedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
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
    // A translation of the guide lies beside it as guide_de.html or
    // guide_pt_BR.html; the first language the user reads that has one wins.
    for (QString language : QLocale().uiLanguages()) {
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        for (const QString &name : { language, language.section(QLatin1Char('_'), 0, 0) }) {
            const QString path = QStringLiteral(":/guide/guide_%1.html").arg(name);
            if (QFile::exists(path))
                return QUrl(QStringLiteral("qrc") + path);
        }
    }
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
             QStringLiteral("traces"),      QStringLiteral("cli"),          QStringLiteral("compare") };
}

void UserGuideDialog::showSection(const QString &anchor)
{
    browser()->scrollToAnchor(anchor);
}

void UserGuideDialog::showContents()
{
    browser()->verticalScrollBar()->setValue(0);
}
