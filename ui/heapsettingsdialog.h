// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for a heap size (with K/M/G suffixes) and a placement policy: for
// resetting the heap and for importing a trace.
class HeapSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    HeapSettingsDialog(const QString &title, const QString &explanation, heapboard::Size size,
                       heapboard::Policy policy, QWidget *parent = nullptr);

    heapboard::Size heapSize() const { return m_size; }
    heapboard::Policy policy() const;

private:
    void validate();

    QLineEdit *m_sizeEdit;
    QComboBox *m_policy;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    heapboard::Size m_size = 0;
};
