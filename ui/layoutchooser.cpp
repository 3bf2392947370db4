// SPDX-License-Identifier: MIT
#include "layoutchooser.h"

#include "heapmodel.h"
#include "heapview.h"

#include <QAction>
#include <QActionGroup>
#include <QSettings>

using heapboard::ScenarioLayout;

namespace {

QString nameOf(HeapLayout::Mode mode)
{
    return mode == HeapLayout::Mode::Strip ? QStringLiteral("strip") : QStringLiteral("rows");
}

} // namespace

LayoutChooser::LayoutChooser(HeapModel *model, HeapView *view, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_view(view)
    , m_group(new QActionGroup(this))
    , m_rows(m_group->addAction(tr("&Rows")))
    , m_strip(m_group->addAction(tr("&Strip")))
{
    m_rows->setToolTip(tr("The heap wrapped into rows, like a memory map"));
    m_strip->setToolTip(tr("The heap as one bar with the labels above and below, like a textbook figure"));
    m_rows->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_strip->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    for (QAction *a : m_group->actions())
        a->setCheckable(true);
    m_group->setExclusive(true);
    connect(m_rows, &QAction::triggered, this, [this] { choose(HeapLayout::Mode::Rows); });
    connect(m_strip, &QAction::triggered, this, [this] { choose(HeapLayout::Mode::Strip); });
    connect(m_model, &HeapModel::historyReset, this, &LayoutChooser::documentOpened);
    show(remembered());
}

QList<QAction *> LayoutChooser::actions() const
{
    return m_group->actions();
}

HeapLayout::Mode LayoutChooser::remembered() const
{
    return QSettings().value(settingsKey()).toString() == nameOf(HeapLayout::Mode::Strip)
        ? HeapLayout::Mode::Strip
        : HeapLayout::Mode::Rows;
}

void LayoutChooser::choose(HeapLayout::Mode mode)
{
    QSettings().setValue(settingsKey(), nameOf(mode));
    show(mode);
}

void LayoutChooser::documentOpened()
{
    // A new history is a document opened (or a new heap): its own layout
    // if the scenario names one, else the one the user chose.
    switch (m_model->scenario().layout) {
    case ScenarioLayout::Rows:
        show(HeapLayout::Mode::Rows);
        break;
    case ScenarioLayout::Strip:
        show(HeapLayout::Mode::Strip);
        break;
    case ScenarioLayout::Default:
        show(remembered());
        break;
    }
}

void LayoutChooser::show(HeapLayout::Mode mode)
{
    m_view->setLayoutMode(mode);
    (mode == HeapLayout::Mode::Strip ? m_strip : m_rows)->setChecked(true);
}
