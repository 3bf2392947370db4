// SPDX-License-Identifier: MIT
#include "promptdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace heapboard;

namespace {

// The toolbar's size units (MainWindow's size box), in the same order.
constexpr Size kUnits[] = { 1, 1024, 1024 * 1024 };

} // namespace

PromptDialog::PromptDialog(const QString &title, const QString &explanation, QWidget *parent)
    : QDialog(parent)
    , m_preview(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *form = new QFormLayout(this);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    form->addRow(text);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    // The same red as HeapSettingsDialog's problem line.
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    form->addRow(m_preview);
    form->addRow(m_problem);
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
        field.unit->addItems({ tr("B"), tr("KiB"), tr("MiB") });
        field.unit->setAccessibleName(tr("Unit"));
        row->addWidget(field.unit);
        connect(field.unit, &QComboBox::currentIndexChanged, this, &PromptDialog::refresh);
    }
    auto *form = static_cast<QFormLayout *>(layout());
    // Fields go after the explanation, before the preview and the problem.
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
    return box ? kUnits[std::clamp(box->currentIndex(), 0, 2)] : 1;
}

QString PromptDialog::problem() const
{
    return m_check ? m_check() : QString();
}

void PromptDialog::refresh()
{
    const QString wrong = problem();
    m_problem->setText(wrong);
    m_problem->setVisible(!wrong.isEmpty());
    const QString what = wrong.isEmpty() && m_previewText ? m_previewText() : QString();
    m_preview->setText(what);
    m_preview->setVisible(!what.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(wrong.isEmpty());
}
