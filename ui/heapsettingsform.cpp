// SPDX-License-Identifier: MIT
#include "heapsettingsform.h"

#include "numberformat.h"
#include "trace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace heapboard;

namespace {

constexpr ListOrder kOrders[] = { ListOrder::Address, ListOrder::SizeAscending, ListOrder::SizeDescending,
                                  ListOrder::InsertFront, ListOrder::InsertBack };
constexpr Coalescing kCoalescings[]
    = { Coalescing::Neighbours, Coalescing::None, Coalescing::ListPass, Coalescing::Deferred };

} // namespace

HeapSettingsForm::HeapSettingsForm(QWidget *parent)
    : QWidget(parent)
    , m_order(new QComboBox(this))
    , m_coalescing(new QComboBox(this))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_base = addNumber(QStringLiteral("baseEdit"), tr("The address of the heap's first byte (malloc.py -b)"));
    m_header = addNumber(QStringLiteral("headerEdit"),
                         tr("Bytes in front of each used block; the pointer a program sees is the block's "
                            "start plus the header (malloc.py -H)"));
    m_alignment = addNumber(QStringLiteral("alignmentEdit"),
                            tr("Requests round up to a multiple of this; empty or \"none\": no alignment "
                               "(malloc.py -a)"));
    m_alignment->setPlaceholderText(tr("none"));
    m_minBlock = addNumber(QStringLiteral("minBlockEdit"),
                           tr("A split never leaves a free block smaller than this: the whole block is "
                              "handed out instead, the surplus is internal fragmentation"));
    m_growStep = addNumber(QStringLiteral("growStepEdit"),
                           tr("When no free block fits, the heap grows at its top (sbrk) by the block "
                              "rounded up to this; empty or \"never\": the heap never grows"));
    m_growStep->setPlaceholderText(tr("never"));
    m_growMax = addNumber(QStringLiteral("growMaxEdit"),
                          tr("The largest size a growing heap reaches; the space above the break is "
                             "drawn dotted"));
    for (ListOrder o : kOrders)
        m_order->addItem(orderText(o), int(o));
    m_order->setObjectName(QStringLiteral("orderBox"));
    m_order->setToolTip(tr("The order of the free list, which is the order the policy scans it in "
                           "(malloc.py -l)"));
    for (Coalescing c : kCoalescings)
        m_coalescing->addItem(coalescingText(c), int(c));
    m_coalescing->setObjectName(QStringLiteral("coalescingBox"));
    m_coalescing->setToolTip(
        tr("When free blocks merge with their neighbours (malloc.py -C is the list pass)"));
    form->addRow(tr("&Base address:"), m_base);
    form->addRow(tr("&Header size:"), m_header);
    form->addRow(tr("&Alignment:"), m_alignment);
    form->addRow(tr("&Minimum block:"), m_minBlock);
    form->addRow(tr("Free-list &order:"), m_order);
    form->addRow(tr("&Coalescing:"), m_coalescing);
    form->addRow(tr("&Grow by:"), m_growStep);
    form->addRow(tr("Grow up &to:"), m_growMax);
    connect(m_order, &QComboBox::currentIndexChanged, this, &HeapSettingsForm::edited);
    connect(m_coalescing, &QComboBox::currentIndexChanged, this, &HeapSettingsForm::edited);
    setSettings({});
}

QLineEdit *HeapSettingsForm::addNumber(const QString &name, const QString &tip)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setToolTip(tip);
    connect(edit, &QLineEdit::textChanged, this, &HeapSettingsForm::edited);
    return edit;
}

void HeapSettingsForm::setSettings(const HeapSettings &s)
{
    m_base->setText(QString::number(s.base));
    m_header->setText(QString::number(s.header));
    m_alignment->setText(s.alignment > 1 ? QString::number(s.alignment) : QString());
    m_minBlock->setText(QString::number(s.minBlock));
    m_order->setCurrentIndex(m_order->findData(int(s.order)));
    m_coalescing->setCurrentIndex(m_coalescing->findData(int(s.coalescing)));
    m_growStep->setText(s.grows() ? QString::number(s.growStep) : QString());
    m_growMax->setText(s.grows() ? QString::number(s.growMax) : QString());
}

bool HeapSettingsForm::settings(HeapSettings &out, QString &problem) const
{
    HeapSettings s;
    const auto read = [&problem](const QLineEdit *edit, const QString &field, Size &value) {
        const QString text = edit->text().trimmed();
        if (parseSize(text.toStdString(), value))
            return true;
        problem
            = tr("%1: '%2' is not a number of bytes (digits, with K, M or G if you like)").arg(field, text);
        return false;
    };
    const QString align = m_alignment->text().trimmed();
    const bool noAlignment = align.isEmpty() || align.compare(tr("none"), Qt::CaseInsensitive) == 0
        || align == QLatin1String("none");
    const QString grow = m_growStep->text().trimmed();
    const bool never = grow.isEmpty() || grow.compare(tr("never"), Qt::CaseInsensitive) == 0
        || grow == QLatin1String("never");
    if (!read(m_base, tr("Base address"), s.base) || !read(m_header, tr("Header size"), s.header)
        || (!noAlignment && !read(m_alignment, tr("Alignment"), s.alignment))
        || !read(m_minBlock, tr("Minimum block"), s.minBlock)
        || (!never
            && (!read(m_growStep, tr("Grow by"), s.growStep)
                || !read(m_growMax, tr("Grow up to"), s.growMax))))
        return false;
    s.order = ListOrder(m_order->currentData().toInt());
    s.coalescing = Coalescing(m_coalescing->currentData().toInt());
    out = s;
    problem.clear();
    return true;
}

QString HeapSettingsForm::orderText(ListOrder order)
{
    switch (order) {
    case ListOrder::Address:
        return tr("address");
    case ListOrder::SizeAscending:
        return tr("size ascending");
    case ListOrder::SizeDescending:
        return tr("size descending");
    case ListOrder::InsertFront:
        return tr("insert at front (LIFO)");
    case ListOrder::InsertBack:
        return tr("insert at back (FIFO)");
    }
    return {};
}

QString HeapSettingsForm::orderShortText(ListOrder order)
{
    switch (order) {
    case ListOrder::Address:
        return tr("address order");
    case ListOrder::SizeAscending:
        return tr("size ascending");
    case ListOrder::SizeDescending:
        return tr("size descending");
    case ListOrder::InsertFront:
        return tr("LIFO");
    case ListOrder::InsertBack:
        return tr("FIFO");
    }
    return {};
}

QString HeapSettingsForm::coalescingText(Coalescing coalescing)
{
    switch (coalescing) {
    case Coalescing::Neighbours:
        return tr("neighbours (immediate)");
    case Coalescing::None:
        return tr("none");
    case Coalescing::ListPass:
        return tr("list pass (malloc.py -C)");
    case Coalescing::Deferred:
        return tr("deferred");
    }
    return {};
}

QString HeapSettingsForm::summary(const HeapSettings &s)
{
    QStringList parts;
    if (s.base != 0)
        parts << tr("base %1").arg(NumberFormat::address(double(s.base)));
    if (s.header != 0)
        parts << tr("header %1").arg(NumberFormat::size(s.header));
    if (s.alignment > 1)
        parts << tr("align %1").arg(NumberFormat::size(s.alignment));
    if (s.minBlock != 0)
        parts << tr("min block %1").arg(NumberFormat::size(s.minBlock));
    if (s.order != ListOrder::Address)
        parts << orderShortText(s.order);
    if (s.grows())
        parts
            << tr("grows by %1 up to %2").arg(NumberFormat::size(s.growStep), NumberFormat::size(s.growMax));
    switch (s.coalescing) {
    case Coalescing::Neighbours:
        break;
    case Coalescing::None:
        parts << tr("no coalescing");
        break;
    case Coalescing::ListPass:
        parts << tr("list-pass coalescing");
        break;
    case Coalescing::Deferred:
        parts << tr("deferred coalescing");
        break;
    }
    return parts.join(QStringLiteral(" · "));
}
