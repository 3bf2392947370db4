// SPDX-License-Identifier: MIT
#pragma once

#include "heapsettings.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

// The allocator's settings of a new heap (docs/settings.md): base address,
// header, alignment, minimum block, free-list order and coalescing. Fields
// in a form; settings() reads them back or says what does not parse, and
// summary() names the settings that differ from the defaults.
class HeapSettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit HeapSettingsForm(QWidget *parent = nullptr);

    void setSettings(const heapboard::HeapSettings &settings);
    // The settings the fields hold; false, with a sentence in problem, when a
    // field does not parse. Whether they fit a heap is settingsProblem()'s.
    bool settings(heapboard::HeapSettings &out, QString &problem) const;

    // "header 8 · align 16 · LIFO · no coalescing"; empty for the defaults.
    static QString summary(const heapboard::HeapSettings &settings);
    static QString orderText(heapboard::ListOrder order);
    // "address order", "size ascending", "size descending", "LIFO", "FIFO".
    static QString orderShortText(heapboard::ListOrder order);
    static QString coalescingText(heapboard::Coalescing coalescing);

Q_SIGNALS:
    void edited();

private:
    QLineEdit *addNumber(const QString &name, const QString &tip);

    QLineEdit *m_base;
    QLineEdit *m_header;
    QLineEdit *m_alignment;
    QLineEdit *m_minBlock;
    QLineEdit *m_growStep;
    QLineEdit *m_growMax;
    QComboBox *m_order;
    QComboBox *m_coalescing;
};
