// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"

#include <QDialog>
#include <QList>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// A small modal question for one operation (Realloc…, Malloc Here…, Free
// Address…, Rename Handle…): an explanation, one or two typed fields (a size
// with a B/KiB/MiB unit box like the toolbar's) and a status line: what OK
// will do, or, in red, what is wrong. The check runs on every edit; while
// it reports a problem, OK is disabled, so a bad input can never reach the
// heap. The problem names the field it is about. The status line keeps its
// room, so the dialog does not jump while one types.
class PromptDialog : public QDialog
{
    Q_OBJECT
public:
    // The problem with the fields as typed, or empty when OK may be pressed.
    using Check = std::function<QString()>;
    // A line that says what OK would do (e.g. where the policy puts a block).
    using Preview = std::function<QString()>;

    PromptDialog(const QString &title, const QString &explanation, QWidget *parent = nullptr);

    // Adds a row; its line edit is called `name` (for tests and
    // accessibility), and with a unit box `name` + "Unit". Returns its index.
    int addField(const QString &name, const QString &label, const QString &text, bool withUnit = false);
    void setCheck(Check check);
    void setPreview(Preview preview);

    QString text(int field) const;
    // The unit chosen beside a size field: 1, 1024 or 1024².
    heapboard::Size unit(int field) const;
    QString problem() const;
    // The status line as shown: the problem, or else the preview.
    QString status() const;

private:
    void refresh();

    struct Field {
        QLineEdit *edit = nullptr;
        QComboBox *unit = nullptr;
    };
    QList<Field> m_fields;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    Check m_check;
    Preview m_previewText;
};
