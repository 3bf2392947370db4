// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;
class QWidget;

// Help > User Guide and Help > What's New: the two actions and the one
// window each opens (a second trigger raises it instead of opening another).
class HelpActions : public QObject
{
    Q_OBJECT
public:
    explicit HelpActions(QWidget *window);

    QAction *guideAction() const { return m_guide; }
    QAction *whatsNewAction() const { return m_whatsNew; }

private:
    template<typename Dialog> void show();

    QWidget *m_window;
    QAction *m_guide;
    QAction *m_whatsNew;
};
