// SPDX-License-Identifier: MIT
#pragma once

#include "helpdialog.h"

#include <QUrl>

// Help > User Guide: the short illustrated guide built into the program's
// resources (resources/guide: guide.html and pictures that heapboard-cli
// render draws at build time), from first steps to the command line.
// A build without those resources says so instead of showing a blank page.
class UserGuideDialog : public HelpDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    // qrc:/guide/guide.html, or its translation for the default QLocale's
    // languages (guide_de.html) when the resources hold one.
    static QUrl guideUrl();
    static bool isGuideBuiltIn();
    // The anchors of the guide's sections, in order ("first-steps", …).
    static QStringList sections();

public Q_SLOTS:
    // Scrolls to a section of sections().
    void showSection(const QString &anchor);
    // Back to the top, where the contents list the sections.
    void showContents();
};
