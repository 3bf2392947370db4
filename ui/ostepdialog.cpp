// SPDX-License-Identifier: MIT
#include "ostepdialog.h"

#include "apptheme.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

using namespace heapboard;

namespace {

const QString kGroup = QStringLiteral("ostep");

QSpinBox *spinBox(QWidget *parent, int minimum, int maximum)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    return box;
}

// A value the box can show: malloc.py's options are 64-bit, a QSpinBox's int.
void setClamped(QSpinBox *box, std::int64_t value)
{
    box->setValue(int(std::clamp<std::int64_t>(value, box->minimum(), box->maximum())));
}

void selectData(QComboBox *box, const std::string &value)
{
    const int index = box->findData(QString::fromStdString(value));
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

OstepDialog::OstepDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ostepDialog"));
    setWindowTitle(tr("New OSTEP Workload"));
    createFields();
    auto *intro = new QLabel(tr("The workload of OSTEP's free-space homework, malloc.py (chapter 17), "
                                "with its options. Without “compute answers” it opens in quiz mode: "
                                "the class predicts each answer before it is revealed."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    auto *groups = new QHBoxLayout;
    groups->addWidget(createHeapGroup());
    groups->addWidget(createWorkloadGroup());
    layout->addLayout(groups);
    layout->addWidget(m_compute);
    layout->addWidget(createCommandRow());
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    readSettings();
    connectFields();
    update();
}

void OstepDialog::createFields()
{
    m_seed = new QLineEdit(this);
    // Any length: malloc.py seeds Python's random with the whole integer.
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?[0-9]{0,60}")), m_seed));
    m_size = spinBox(this, 1, INT_MAX);
    m_base = spinBox(this, 0, INT_MAX);
    m_header = spinBox(this, 0, INT_MAX);
    m_alignment = spinBox(this, -1, INT_MAX);
    m_alignment->setSpecialValueText(tr("none")); // -1, as malloc.py spells no alignment
    m_policy = new QComboBox(this);
    m_policy->addItem(tr("BEST: the smallest block that fits"), QStringLiteral("BEST"));
    m_policy->addItem(tr("WORST: the largest block"), QStringLiteral("WORST"));
    m_policy->addItem(tr("FIRST: the first block that fits"), QStringLiteral("FIRST"));
    m_order = new QComboBox(this);
    m_order->addItem(tr("ADDRSORT: by address"), QStringLiteral("ADDRSORT"));
    m_order->addItem(tr("SIZESORT+: by size, smallest first"), QStringLiteral("SIZESORT+"));
    m_order->addItem(tr("SIZESORT-: by size, largest first"), QStringLiteral("SIZESORT-"));
    m_order->addItem(tr("INSERT-FRONT: freed blocks first"), QStringLiteral("INSERT-FRONT"));
    m_order->addItem(tr("INSERT-BACK: freed blocks last"), QStringLiteral("INSERT-BACK"));
    m_coalesce = new QCheckBox(tr("Coal&esce the free list after each free (-C)"), this);
    // Large workloads load at once (Document::loadText); malloc.py itself
    // prints every step, so homework stays far below this.
    m_numOps = spinBox(this, 0, 100000);
    m_range = spinBox(this, 0, INT_MAX);
    m_percent = spinBox(this, 1, 100);
    m_percent->setSuffix(tr(" %"));
    m_allocList = new QLineEdit(this);
    m_allocList->setPlaceholderText(tr("e.g. +10,+20,-0"));
    m_allocList->setToolTip(tr("Instead of the random workload: +Size allocates, -Index frees ptr[Index]"));
    m_allocList->setClearButtonEnabled(true);
    m_compute = new QCheckBox(tr("&Compute answers (-c): show every result at once, no quiz"), this);
    m_command = new QLineEdit(this);
    m_command->setObjectName(QStringLiteral("ostepCommand"));
    m_command->setReadOnly(true);
    m_copy = new QPushButton(tr("Cop&y"), this);
    m_copy->setToolTip(tr("Copy the command line, to hand out with the homework"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("ostepProblem"));
    m_problem->setWordWrap(true);
    AppTheme::markProblem(m_problem, true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    nameFields();
}

void OstepDialog::nameFields()
{
    // For the tests and for accessibility tools.
    const std::pair<QWidget *, const char *> names[] = {
        { m_seed, "ostepSeed" },       { m_size, "ostepSize" },           { m_base, "ostepBase" },
        { m_header, "ostepHeader" },   { m_alignment, "ostepAlignment" }, { m_policy, "ostepPolicy" },
        { m_order, "ostepOrder" },     { m_coalesce, "ostepCoalesce" },   { m_numOps, "ostepNumOps" },
        { m_range, "ostepRange" },     { m_percent, "ostepPercent" },     { m_allocList, "ostepAllocList" },
        { m_compute, "ostepCompute" }, { m_copy, "ostepCopy" },
    };
    for (const auto &[widget, name] : names)
        widget->setObjectName(QLatin1String(name));
}

QWidget *OstepDialog::createHeapGroup()
{
    auto *group = new QGroupBox(tr("Heap"), this);
    auto *form = new QFormLayout(group);
    form->addRow(tr("Heap si&ze (-S):"), m_size);
    form->addRow(tr("&Base address (-b):"), m_base);
    form->addRow(tr("&Header size (-H):"), m_header);
    form->addRow(tr("A&lignment (-a):"), m_alignment);
    form->addRow(tr("&Policy (-p):"), m_policy);
    form->addRow(tr("List o&rder (-l):"), m_order);
    form->addRow(m_coalesce);
    return group;
}

QWidget *OstepDialog::createWorkloadGroup()
{
    auto *group = new QGroupBox(tr("Workload"), this);
    auto *form = new QFormLayout(group);
    form->addRow(tr("&Seed (-s):"), m_seed);
    form->addRow(tr("&Operations (-n):"), m_numOps);
    form->addRow(tr("Lar&gest size (-r):"), m_range);
    form->addRow(tr("&Allocations (-P):"), m_percent);
    form->addRow(tr("Ops l&ist (-A):"), m_allocList);
    return group;
}

QWidget *OstepDialog::createCommandRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Comma&nd line:"), row);
    label->setBuddy(m_command);
    layout->addWidget(label);
    layout->addWidget(m_command, 1);
    layout->addWidget(m_copy);
    return row;
}

void OstepDialog::connectFields()
{
    for (QLineEdit *edit : { m_seed, m_allocList })
        connect(edit, &QLineEdit::textChanged, this, &OstepDialog::update);
    for (QSpinBox *box : { m_size, m_base, m_header, m_alignment, m_numOps, m_range, m_percent })
        connect(box, &QSpinBox::valueChanged, this, &OstepDialog::update);
    for (QComboBox *box : { m_policy, m_order })
        connect(box, &QComboBox::currentIndexChanged, this, &OstepDialog::update);
    for (QCheckBox *box : { m_coalesce, m_compute })
        connect(box, &QCheckBox::toggled, this, &OstepDialog::update);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(commandLine()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

OstepOptions OstepDialog::options() const
{
    OstepOptions o;
    o.seed = m_seed->text().toStdString();
    o.size = m_size->value();
    o.base = m_base->value();
    o.header = m_header->value();
    o.alignment = m_alignment->value();
    o.policy = m_policy->currentData().toString().toStdString();
    o.order = m_order->currentData().toString().toStdString();
    o.coalesce = m_coalesce->isChecked();
    o.numOps = m_numOps->value();
    o.range = m_range->value();
    o.percentAlloc = m_percent->value();
    o.allocList = m_allocList->text().trimmed().toStdString();
    o.compute = m_compute->isChecked();
    return o;
}

void OstepDialog::setOptions(const OstepOptions &o)
{
    m_seed->setText(QString::fromStdString(o.seed));
    setClamped(m_size, o.size);
    setClamped(m_base, o.base);
    setClamped(m_header, o.header);
    setClamped(m_alignment, o.alignment);
    selectData(m_policy, o.policy);
    selectData(m_order, o.order);
    m_coalesce->setChecked(o.coalesce);
    setClamped(m_numOps, o.numOps);
    setClamped(m_range, o.range);
    setClamped(m_percent, o.percentAlloc);
    m_allocList->setText(QString::fromStdString(o.allocList));
    m_compute->setChecked(o.compute);
}

QString OstepDialog::commandLine() const
{
    return m_command->text();
}

void OstepDialog::update()
{
    const OstepOptions fields = options();
    const bool listMode = !fields.allocList.empty();
    for (QWidget *w : std::initializer_list<QWidget *> { m_seed, m_numOps, m_range, m_percent })
        w->setEnabled(!listMode); // -A replaces the random workload
    m_command->setText(OstepWorkload::commandLine(fields));
    // The workload is the shown line's: it goes through malloc.py's parser,
    // which also says what is wrong in malloc.py's words.
    QString error;
    const bool ok = OstepWorkload::fromArguments(OstepWorkload::arguments(fields), m_workload, &error);
    m_problemText = ok ? QString() : error;
    m_problem->setText(m_problemText);
    m_problem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void OstepDialog::accept()
{
    if (!m_problemText.isEmpty())
        return; // as OK is disabled: nothing to open
    writeSettings();
    QDialog::accept();
}

void OstepDialog::readSettings()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    const OstepOptions d;
    OstepOptions o;
    o.seed = settings.value(QStringLiteral("seed"), QString::fromStdString(d.seed)).toString().toStdString();
    o.size = settings.value(QStringLiteral("size"), qint64(d.size)).toLongLong();
    o.base = settings.value(QStringLiteral("base"), qint64(d.base)).toLongLong();
    o.header = settings.value(QStringLiteral("header"), qint64(d.header)).toLongLong();
    o.alignment = settings.value(QStringLiteral("alignment"), qint64(d.alignment)).toLongLong();
    o.policy
        = settings.value(QStringLiteral("policy"), QString::fromStdString(d.policy)).toString().toStdString();
    o.order
        = settings.value(QStringLiteral("order"), QString::fromStdString(d.order)).toString().toStdString();
    o.coalesce = settings.value(QStringLiteral("coalesce"), d.coalesce).toBool();
    o.numOps = settings.value(QStringLiteral("numOps"), qint64(d.numOps)).toLongLong();
    o.range = settings.value(QStringLiteral("range"), qint64(d.range)).toLongLong();
    o.percentAlloc = settings.value(QStringLiteral("percentAlloc"), qint64(d.percentAlloc)).toLongLong();
    o.allocList = settings.value(QStringLiteral("allocList")).toString().toStdString();
    o.compute = settings.value(QStringLiteral("compute"), d.compute).toBool();
    setOptions(o);
}

void OstepDialog::writeSettings() const
{
    const OstepOptions o = options();
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("seed"), QString::fromStdString(o.seed));
    settings.setValue(QStringLiteral("size"), qint64(o.size));
    settings.setValue(QStringLiteral("base"), qint64(o.base));
    settings.setValue(QStringLiteral("header"), qint64(o.header));
    settings.setValue(QStringLiteral("alignment"), qint64(o.alignment));
    settings.setValue(QStringLiteral("policy"), QString::fromStdString(o.policy));
    settings.setValue(QStringLiteral("order"), QString::fromStdString(o.order));
    settings.setValue(QStringLiteral("coalesce"), o.coalesce);
    settings.setValue(QStringLiteral("numOps"), qint64(o.numOps));
    settings.setValue(QStringLiteral("range"), qint64(o.range));
    settings.setValue(QStringLiteral("percentAlloc"), qint64(o.percentAlloc));
    settings.setValue(QStringLiteral("allocList"), QString::fromStdString(o.allocList));
    settings.setValue(QStringLiteral("compute"), o.compute);
}
