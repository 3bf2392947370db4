// SPDX-License-Identifier: MIT
#include "heapsettingsdialog.h"

#include "apptheme.h"
#include "heapsettingsform.h"
#include "trace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

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
    m_policy->setCurrentIndex(m_policy->findData(int(policy)));
    m_sizeEdit->setToolTip(sizeToolTip());
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

QString HeapSettingsDialog::sizeToolTip()
{
    return tr("Bytes, 1 to 2^62; K, M and G multiply by 1024, 1024² and 1024³");
}

Policy HeapSettingsDialog::policy() const
{
    return Policy(m_policy->currentData().toInt());
}

void HeapSettingsDialog::offerAsRecorded()
{
    m_policy->addItem(QString::fromLatin1(policyName(Policy::AsRecorded).data()), int(Policy::AsRecorded));
    m_policy->setItemData(m_policy->count() - 1,
                          tr("The blocks at the addresses the real allocator returned"), Qt::ToolTipRole);
    const auto follow = [this] {
        const bool recorded = policy() == Policy::AsRecorded;
        m_sizeEdit->setEnabled(!recorded);
        m_sizeEdit->setToolTip(recorded ? tr("As recorded, the heap is the recording's own address space")
                                        : sizeToolTip());
    };
    connect(m_policy, &QComboBox::currentIndexChanged, this, follow);
    m_policy->setCurrentIndex(m_policy->count() - 1);
    follow();
}

void HeapSettingsDialog::showAllocatorSettings(const HeapSettings &settings)
{
    if (m_form)
        return;
    auto *box = new QGroupBox(tr("Allocator"), this);
    auto *boxLayout = new QVBoxLayout(box);
    m_form = new HeapSettingsForm(box);
    boxLayout->addWidget(m_form);
    m_form->setSettings(settings);
    // Above the problem line, which stays next to the buttons.
    auto *form = static_cast<QFormLayout *>(layout());
    int row = form->rowCount();
    form->getWidgetPosition(m_problem, &row, nullptr);
    form->insertRow(row, box);
    connect(m_form, &HeapSettingsForm::edited, this, &HeapSettingsDialog::validate);
    validate();
}

void HeapSettingsDialog::validate()
{
    const QString text = m_sizeEdit->text().trimmed();
    bool ok = parseSize(text.toStdString(), m_size) && m_size > 0;
    QString problem
        = ok ? QString() : tr("'%1' is not a heap size: use 1 to 2^62 bytes, e.g. 4096 or 64K").arg(text);
    HeapSettings settings;
    if (ok && m_form) {
        ok = m_form->settings(settings, problem);
        const std::string wrong = ok ? settingsProblem(settings, m_size) : std::string();
        if (!wrong.empty()) {
            ok = false;
            problem = QString::fromStdString(wrong);
            problem[0] = problem[0].toUpper();
        }
    }
    if (ok)
        m_settings = settings;
    m_problem->setText(problem);
    m_problem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}
