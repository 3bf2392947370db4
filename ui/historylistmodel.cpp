// SPDX-License-Identifier: MIT
#include "historylistmodel.h"

#include "coremessages.h"
#include "heapmodel.h"
#include "numberformat.h"
#include "quiz.h"

#include <QFont>

using namespace heapboard;

HistoryListModel::HistoryListModel(const HeapModel *model, const Quiz *quiz, QObject *parent)
    : QAbstractListModel(parent)
    , m_model(model)
    , m_quiz(quiz)
    , m_rows(int(model->stepCount()) + 1)
    , m_current(int(model->position()))
{
    connect(model, &HeapModel::stepsReplaced, this, &HistoryListModel::stepsReplaced);
    connect(model, &HeapModel::positionChanged, this, &HistoryListModel::positionChanged);
    connect(model, &HeapModel::historyReset, this, &HistoryListModel::reset);
    connect(model, &HeapModel::handleRenamed, this, [this] {
        Q_EMIT dataChanged(index(0), index(m_rows - 1), { Qt::DisplayRole, Qt::ToolTipRole });
    });
    if (quiz)
        connect(quiz, &Quiz::revealedChanged, this, [this] {
            if (m_rows > 1)
                Q_EMIT dataChanged(index(1), index(m_rows - 1),
                                   { Qt::DisplayRole, Qt::ToolTipRole, RevealedRole });
        });
}

bool HistoryListModel::isRevealed(int step) const
{
    return m_quiz && m_quiz->isRevealed(std::size_t(step));
}

int HistoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QHash<int, QByteArray> HistoryListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StepRole, "step");
    names.insert(CurrentRole, "current");
    names.insert(FailedRole, "failed");
    names.insert(ErrorCodeRole, "errorCode");
    return names;
}

QString HistoryListModel::describe(int step) const
{
    if (step == 0) {
        // A sparse heap's gaps (docs/hrec.md, "As recorded") are not free.
        Size free = m_model->history().startSize();
        for (const Span &gap : m_model->heap().settings().gaps)
            free -= gap.size;
        return tr("start: %1 bytes free").arg(free);
    }
    const History &history = m_model->history();
    const StepInfo &info = history.info(std::size_t(step));
    const QString label = m_model->labelFor(info.tag);
    QString text;
    switch (info.kind) {
    case StepKind::Malloc:
        text = QStringLiteral("malloc(%1)").arg(info.size);
        if (!label.isEmpty())
            text = label + QStringLiteral(" = ") + text;
        break;
    case StepKind::Free: {
        // The label of the block it freed, from what the step replaced.
        QString freedLabel;
        if (info.error == ErrorCode::None) {
            for (const BlockInfo &b : history.delta(std::size_t(step)).removed) {
                if (b.used && b.start == info.arg)
                    freedLabel = m_model->labelFor(b.tag);
            }
        }
        text = freedLabel.isEmpty()
            ? QStringLiteral("free(%1)").arg(NumberFormat::exactAddress(info.arg))
            : tr("free(%1 at %2)").arg(freedLabel, NumberFormat::exactAddress(info.arg));
        break;
    }
    case StepKind::Realloc:
        text = QStringLiteral("realloc(%1, %2)").arg(NumberFormat::exactAddress(info.arg)).arg(info.size);
        if (!label.isEmpty()) // the handle it returns to: c = realloc(32, 80)
            text = label + QStringLiteral(" = ") + text;
        break;
    case StepKind::Reject:
        text = CoreMessages::translate(m_model->history().message(std::size_t(step)));
        break;
    case StepKind::SetPolicy:
        return tr("policy: %1").arg(QLatin1String(policyName(info.policy).data()));
    }
    if (info.error != ErrorCode::None && info.kind != StepKind::Reject)
        return text + QStringLiteral("  ✗ ") + QLatin1String(errorCodeName(info.error).data());
    if (info.error != ErrorCode::None)
        return QStringLiteral("✗ ") + text;
    if (info.hasPtr)
        return text + QStringLiteral(" → ") + NumberFormat::exactAddress(info.ptr);
    return text;
}

QVariant HistoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int step = index.row();
    const History &history = m_model->history();
    const bool failed = step > 0 && history.info(std::size_t(step)).error != ErrorCode::None;
    const bool hidden = m_quiz && m_quiz->isHidden(std::size_t(step));
    switch (role) {
    case Qt::DisplayRole:
        if (hidden)
            return QStringLiteral("%1  ?").arg(step);
        if (isRevealed(step))
            return QStringLiteral("%1  ✓ %2").arg(step).arg(describe(step));
        return QStringLiteral("%1  %2").arg(step).arg(describe(step));
    case RevealedRole:
        return isRevealed(step);
    case Qt::ToolTipRole:
        if (hidden)
            return tr("Not revealed yet");
        return failed ? CoreMessages::translate(m_model->history().message(std::size_t(step)))
                      : describe(step);
    case StepRole:
        return step;
    case CurrentRole:
        return step == m_current;
    case FailedRole:
        return failed;
    case ErrorCodeRole:
        return failed ? QString::fromLatin1(errorCodeName(history.info(std::size_t(step)).error).data())
                      : QString();
    case Qt::FontRole:
        if (step == m_current) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

void HistoryListModel::stepsReplaced(std::size_t from)
{
    // Rows after `from` go, then the timeline's rows after it come.
    const int kept = int(from) + 1;
    if (m_rows > kept) {
        beginRemoveRows({}, kept, m_rows - 1);
        m_rows = kept;
        endRemoveRows();
    }
    const int rows = int(m_model->stepCount()) + 1;
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    }
    positionChanged();
}

void HistoryListModel::positionChanged()
{
    const int previous = m_current;
    m_current = int(m_model->position());
    if (previous == m_current)
        return;
    const QList<int> roles { CurrentRole, Qt::FontRole };
    if (previous < m_rows)
        Q_EMIT dataChanged(index(previous), index(previous), roles);
    Q_EMIT dataChanged(index(m_current), index(m_current), roles);
}

void HistoryListModel::reset()
{
    beginResetModel();
    m_rows = int(m_model->stepCount()) + 1;
    m_current = int(m_model->position());
    endResetModel();
}
