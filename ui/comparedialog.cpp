// SPDX-License-Identifier: MIT
#include "comparedialog.h"

#include "comparesession.h"
#include "heapsettingsform.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using heapboard::PaneConfig;
using heapboard::Policy;

namespace {

// In the order of the enum: a row's index is its policy.
constexpr Policy kPolicies[]
    = { Policy::FirstFit, Policy::NextFit, Policy::BestFit, Policy::WorstFit, Policy::AsRecorded };

QString settingsText(const heapboard::HeapSettings &settings)
{
    const QString summary = HeapSettingsForm::summary(settings);
    return summary.isEmpty() ? CompareDialog::tr("default settings") : summary;
}

} // namespace

CompareDialog::CompareDialog(const heapboard::HeapSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_count(new QSpinBox(this))
{
    setWindowTitle(tr("Compare Policies"));
    m_count->setObjectName(QStringLiteral("paneCount"));
    m_count->setRange(CompareSession::kMinPanes, CompareSession::kMaxPanes);
    m_count->setValue(CompareSession::kMaxPanes);
    m_count->setAccessibleName(tr("Number of panes"));
    auto *top = new QFormLayout;
    top->addRow(tr("&Panes:"), m_count);
    auto *grid = new QGridLayout;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The document's steps run once per pane, each under its own policy "
                                    "and settings; the panes step together."),
                                 this));
    layout->addLayout(top);
    layout->addLayout(grid);
    for (int pane = 0; pane < CompareSession::kMaxPanes; ++pane) {
        addRow(pane, settings);
        const Row &row = m_rows.back();
        grid->addWidget(row.label, pane, 0);
        grid->addWidget(row.policy, pane, 1);
        grid->addWidget(row.settingsButton, pane, 2);
        grid->addWidget(row.summary, pane, 3);
        row.policy->setCurrentIndex(pane);
    }
    grid->setColumnStretch(3, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_count, &QSpinBox::valueChanged, this, &CompareDialog::showRows);
    showRows();
}

void CompareDialog::addRow(int pane, const heapboard::HeapSettings &settings)
{
    Row row { new QLabel(tr("Pane %1:").arg(pane + 1), this), new QComboBox(this),
              new QPushButton(tr("Settings…"), this), new QLabel(this), settings };
    row.policy->setObjectName(QStringLiteral("panePolicy%1").arg(pane));
    row.policy->setAccessibleName(tr("Policy of pane %1").arg(pane + 1));
    for (Policy policy : kPolicies) {
        if (policy != Policy::AsRecorded) // offerAsRecorded()
            row.policy->addItem(QString::fromLatin1(heapboard::policyName(policy).data()));
    }
    row.label->setBuddy(row.policy);
    row.settingsButton->setObjectName(QStringLiteral("paneSettings%1").arg(pane));
    row.settingsButton->setAccessibleName(tr("Settings of pane %1").arg(pane + 1));
    row.summary->setObjectName(QStringLiteral("paneSummary%1").arg(pane));
    row.summary->setText(settingsText(settings));
    connect(row.settingsButton, &QPushButton::clicked, this, [this, pane] { editSettings(pane); });
    m_rows.append(row);
}

void CompareDialog::editSettings(int pane)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Settings of Pane %1").arg(pane + 1));
    auto *form = new HeapSettingsForm(&dialog);
    form->setSettings(m_rows[pane].settings);
    auto *problem = new QLabel(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    heapboard::HeapSettings settings;
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QString why;
        if (form->settings(settings, why))
            dialog.accept();
        else
            problem->setText(why);
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_rows[pane].settings = settings;
    m_rows[pane].summary->setText(settingsText(settings));
}

void CompareDialog::offerAsRecorded()
{
    for (int pane = 0; pane < m_rows.size(); ++pane) {
        m_rows[pane].policy->addItem(QString::fromLatin1(heapboard::policyName(Policy::AsRecorded).data()));
        const auto follow = [this, pane] {
            const Row &row = m_rows[pane];
            const bool recorded = Policy(row.policy->currentIndex()) == Policy::AsRecorded;
            row.settingsButton->setEnabled(!recorded);
            row.summary->setText(recorded ? tr("the recording's own address space")
                                          : settingsText(row.settings));
        };
        connect(m_rows[pane].policy, &QComboBox::currentIndexChanged, this, follow);
    }
    m_rows[0].policy->setCurrentIndex(int(Policy::AsRecorded));
    m_rows[1].policy->setCurrentIndex(int(Policy::FirstFit));
    setPaneCount(2);
}

void CompareDialog::showRows()
{
    for (int pane = 0; pane < m_rows.size(); ++pane) {
        const bool shown = pane < paneCount();
        const Row &row = m_rows[pane];
        for (QWidget *w : { static_cast<QWidget *>(row.label), static_cast<QWidget *>(row.policy),
                            static_cast<QWidget *>(row.settingsButton), static_cast<QWidget *>(row.summary) })
            w->setVisible(shown);
    }
}

int CompareDialog::paneCount() const
{
    return m_count->value();
}

void CompareDialog::setPaneCount(int count)
{
    m_count->setValue(count);
}

std::vector<PaneConfig> CompareDialog::configs() const
{
    std::vector<PaneConfig> out;
    for (int pane = 0; pane < paneCount(); ++pane)
        out.push_back(PaneConfig { kPolicies[m_rows[pane].policy->currentIndex()], m_rows[pane].settings });
    return out;
}

void CompareDialog::setConfig(int pane, const PaneConfig &config)
{
    Row &row = m_rows[pane];
    row.policy->setCurrentIndex(
        int(std::find(std::begin(kPolicies), std::end(kPolicies), config.policy) - std::begin(kPolicies)));
    row.settings = config.settings;
    row.summary->setText(settingsText(config.settings));
}
