// SPDX-License-Identifier: MIT
#pragma once

#include "ostepworkload.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// File > New OSTEP Workload…: malloc.py's options as fields (docs/ostep.md),
// with malloc.py's defaults, the equivalent `malloc.py ...` line shown as
// the fields change (with Copy, so a teacher can hand it out), and
// malloc.py's error when the workload cannot run, OK disabled then. The
// last accepted values are remembered (QSettings, group "ostep").
class OstepDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OstepDialog(QWidget *parent = nullptr);

    heapboard::OstepOptions options() const;
    void setOptions(const heapboard::OstepOptions &options);
    // The shown command line, "malloc.py -s 0 -n 10".
    QString commandLine() const;
    // Empty when the workload runs; else what is wrong, as shown.
    QString problem() const { return m_problemText; }
    // The workload of the fields, once they are valid.
    const OstepWorkload &workload() const { return m_workload; }

    // Remembers the values for the next dialog.
    void accept() override;

private:
    void createFields();
    void nameFields();
    QWidget *createHeapGroup();
    QWidget *createWorkloadGroup();
    QWidget *createCommandRow();
    void connectFields();
    void update();
    void readSettings();
    void writeSettings() const;

    QLineEdit *m_seed = nullptr;
    QSpinBox *m_size = nullptr;
    QSpinBox *m_base = nullptr;
    QSpinBox *m_header = nullptr;
    QSpinBox *m_alignment = nullptr;
    QComboBox *m_policy = nullptr;
    QComboBox *m_order = nullptr;
    QCheckBox *m_coalesce = nullptr;
    QSpinBox *m_numOps = nullptr;
    QSpinBox *m_range = nullptr;
    QSpinBox *m_percent = nullptr;
    QLineEdit *m_allocList = nullptr;
    QCheckBox *m_compute = nullptr;
    QLineEdit *m_command = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_problemText;
    OstepWorkload m_workload;
};
