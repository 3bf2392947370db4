// SPDX-License-Identifier: MIT
#pragma once

#include "heaplayout.h"

#include <QObject>

class QAction;
class QActionGroup;
class HeapModel;
class HeapView;

// View > Layout: Rows or Strip (HeapLayout), one exclusive choice that is
// remembered (QSettings "view/layout": "rows" or "strip"). A scenario that
// names its layout (`layout strip`, docs/scenarios.md) is shown in it when
// it opens; one that does not is shown in the remembered choice.
class LayoutChooser : public QObject
{
    Q_OBJECT
public:
    LayoutChooser(HeapModel *model, HeapView *view, QObject *parent = nullptr);

    QList<QAction *> actions() const;
    QAction *rowsAction() const { return m_rows; }
    QAction *stripAction() const { return m_strip; }
    // The layout chosen in the menu, remembered across starts.
    HeapLayout::Mode remembered() const;

    static QString settingsKey() { return QStringLiteral("view/layout"); }

private:
    void choose(HeapLayout::Mode mode);
    void documentOpened();
    void show(HeapLayout::Mode mode);

    HeapModel *m_model;
    HeapView *m_view;
    QActionGroup *m_group;
    QAction *m_rows;
    QAction *m_strip;
};
