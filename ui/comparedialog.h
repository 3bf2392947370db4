// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"

#include <QDialog>
#include <QList>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

// View > Compare Policies…: how many panes (2 to 4) and, for each, a policy
// and the allocator's settings (HeapSettingsForm, in a dialog of its own
// behind the pane's Settings… button). It starts with the four policies on
// the document's settings.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CompareDialog(const heapboard::HeapSettings &settings, QWidget *parent = nullptr);

    int paneCount() const;
    void setPaneCount(int count);
    std::vector<heapboard::PaneConfig> configs() const;
    void setConfig(int pane, const heapboard::PaneConfig &config);
    // For a recording: "as-recorded" in every pane's list, and two panes to
    // start with, as recorded and first fit. As recorded has no settings.
    void offerAsRecorded();

private:
    struct Row {
        QLabel *label;
        QComboBox *policy;
        QPushButton *settingsButton;
        QLabel *summary;
        heapboard::HeapSettings settings;
    };
    void addRow(int pane, const heapboard::HeapSettings &settings);
    void editSettings(int pane);
    void showRows();

    QSpinBox *m_count;
    QList<Row> m_rows;
};
