// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"
#include "heapsettings.h"

#include <QDialog>

class HeapSettingsForm;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for a heap size (with K/M/G suffixes) and a placement policy: for
// resetting the heap and for importing a trace. With the allocator's
// settings (HeapSettingsForm) when asked to show them.
class HeapSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    HeapSettingsDialog(const QString &title, const QString &explanation, heapboard::Size size,
                       heapboard::Policy policy, QWidget *parent = nullptr);

    heapboard::Size heapSize() const { return m_size; }
    heapboard::Policy policy() const;
    // Adds the allocator's settings, starting from `settings`; OK stays off
    // while they do not parse or do not fit the heap (settingsProblem()).
    void showAllocatorSettings(const heapboard::HeapSettings &settings);
    // For a recording: the policy "as-recorded" too, chosen, which needs no
    // heap size (the recording's address space is the heap).
    void offerAsRecorded();
    heapboard::HeapSettings settings() const { return m_settings; }

private:
    void validate();
    static QString sizeToolTip();

    QLineEdit *m_sizeEdit;
    QComboBox *m_policy;
    QLabel *m_problem;
    HeapSettingsForm *m_form = nullptr;
    heapboard::HeapSettings m_settings;
    QDialogButtonBox *m_buttons;
    heapboard::Size m_size = 0;
};
