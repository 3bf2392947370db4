// SPDX-License-Identifier: MIT
#include "heapsettingsdialog.h"

#include "apptheme.h"
#include "trace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace heapboard;

HeapSettingsDialog::HeapSettingsDialog(const QString &title, const QString &explanation, Size size,
                                       Policy policy, QWidget *parent)
    : QDialog(parent)
    , m_sizeEdit(new QLineEdit(QString::number(size), this))
    , m_policy(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    for (Policy p : { Policy::FirstFit, Policy::NextFit, Policy::BestFit, Policy::WorstFit })
        m_policy->addItem(QString::fromLatin1(policyName(p).data()), int(p));
    m_policy->setCurrentIndex(int(policy));
    m_sizeEdit->setToolTip(tr("Bytes, 1 to 2^62; K, M and G multiply by 1024, 1024² and 1024³"));
    AppTheme::markProblem(m_problem, true);
    auto *form = new QFormLayout(this);
    if (!explanation.isEmpty()) {
        auto *text = new QLabel(explanation, this);
        text->setWordWrap(true);
        form->addRow(text);
    }
    form->addRow(tr("Heap &size:"), m_sizeEdit);
    form->addRow(tr("&Policy:"), m_policy);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_sizeEdit, &QLineEdit::textChanged, this, &HeapSettingsDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

Policy HeapSettingsDialog::policy() const
{
    return Policy(m_policy->currentData().toInt());
}

void HeapSettingsDialog::validate()
{
    const QString text = m_sizeEdit->text().trimmed();
    const bool ok = parseSize(text.toStdString(), m_size) && m_size > 0;
    m_problem->setText(ok ? QString()
                          : tr("'%1' is not a heap size: use 1 to 2^62 bytes, e.g. 4096 or 64K").arg(text));
    m_problem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}
