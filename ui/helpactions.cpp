// SPDX-License-Identifier: MIT
#include "helpactions.h"

#include "userguidedialog.h"
#include "whatsnewdialog.h"

#include <QAction>
#include <QWidget>

HelpActions::HelpActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_guide(new QAction(tr("&User Guide"), this))
    , m_whatsNew(new QAction(tr("What's &New"), this))
{
    m_guide->setObjectName(QStringLiteral("userGuideAction"));
    m_guide->setToolTip(tr("A short illustrated guide, from first steps to the command line"));
    m_whatsNew->setObjectName(QStringLiteral("whatsNewAction"));
    m_whatsNew->setToolTip(tr("What this version of Heapboard brings"));
    connect(m_guide, &QAction::triggered, this, &HelpActions::show<UserGuideDialog>);
    connect(m_whatsNew, &QAction::triggered, this, &HelpActions::show<WhatsNewDialog>);
}

template<typename Dialog> void HelpActions::show()
{
    auto *dialog = m_window->findChild<Dialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new Dialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}
