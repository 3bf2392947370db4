// SPDX-License-Identifier: MIT
#include "promptdialog.h"

#include "apptheme.h"
#include "numberformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace heapboard;

PromptDialog::PromptDialog(const QString &title, const QString &explanation, QWidget *parent)
    : QDialog(parent)
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setAttribute(Qt::WA_WindowPropagation); // the window's text scale
    // Wide enough that a sentence wraps to a few lines, not a column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto *form = new QFormLayout(this);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    form->addRow(text);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    form->addRow(m_status);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty()) // Enter in a field while OK is disabled
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

int PromptDialog::addField(const QString &name, const QString &label, const QString &text, bool withUnit)
{
    Field field;
    field.edit = new QLineEdit(text, this);
    field.edit->setObjectName(name);
    field.edit->selectAll(); // typing replaces the suggestion
    auto *row = new QHBoxLayout;
    row->addWidget(field.edit, 1);
    if (withUnit) {
        field.unit = new QComboBox(this);
        field.unit->setObjectName(name + QStringLiteral("Unit"));
        field.unit->addItems(NumberFormat::sizeUnitNames());
        field.unit->setAccessibleName(tr("Unit"));
        row->addWidget(field.unit);
        connect(field.unit, &QComboBox::currentIndexChanged, this, &PromptDialog::refresh);
    }
    auto *form = static_cast<QFormLayout *>(layout());
    // Fields go after the explanation, before the status line.
    form->insertRow(1 + int(m_fields.size()), label, row);
    if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(row)))
        buddy->setBuddy(field.edit);
    connect(field.edit, &QLineEdit::textChanged, this, &PromptDialog::refresh);
    m_fields.append(field);
    if (m_fields.size() == 1)
        field.edit->setFocus();
    refresh();
    return int(m_fields.size()) - 1;
}

void PromptDialog::setCheck(Check check)
{
    m_check = std::move(check);
    refresh();
}

void PromptDialog::setPreview(Preview preview)
{
    m_previewText = std::move(preview);
    refresh();
}

QString PromptDialog::text(int field) const
{
    return m_fields.value(field).edit ? m_fields.value(field).edit->text().trimmed() : QString();
}

Size PromptDialog::unit(int field) const
{
    const QComboBox *box = m_fields.value(field).unit;
    return box ? NumberFormat::kSizeUnits[std::clamp(box->currentIndex(), 0,
                                                     int(std::size(NumberFormat::kSizeUnits)) - 1)]
               : 1;
}

QString PromptDialog::problem() const
{
    return m_check ? m_check() : QString();
}

QString PromptDialog::status() const
{
    return m_status->text();
}

void PromptDialog::refresh()
{
    const QString wrong = problem();
    m_status->setText(!wrong.isEmpty() ? wrong : m_previewText ? m_previewText() : QString());
    // The same red as HeapSettingsDialog's problem line.
    AppTheme::markProblem(m_status, !wrong.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(wrong.isEmpty());
}
