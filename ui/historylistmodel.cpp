// SPDX-License-Identifier: MIT
#include "historylistmodel.h"

#include "history.h"

#include <QFont>

using namespace heapboard;

HistoryListModel::HistoryListModel(const History *history, QObject *parent)
    : QAbstractListModel(parent)
    , m_history(history)
    , m_rows(int(history->size()) + 1)
    , m_current(int(history->position()))
{ }

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

QString HistoryListModel::sizeText(quint64 bytes) const
{
    return QString::number(bytes);
}

QString HistoryListModel::describe(int step) const
{
    if (step == 0)
        return tr("start: %1 bytes free").arg(sizeText(m_history->heap().heapSize()));
    const StepInfo &info = m_history->info(std::size_t(step));
    const QString label = m_labeler && info.tag ? m_labeler(info.tag) : QString();
    QString text;
    switch (info.kind) {
    case StepKind::Malloc:
        text = QStringLiteral("malloc(%1)").arg(sizeText(info.size));
        if (!label.isEmpty())
            text = label + QStringLiteral(" = ") + text;
        break;
    case StepKind::Free: {
        // The label of the block it freed, from what the step replaced.
        QString freedLabel;
        if (m_labeler && info.error == ErrorCode::None) {
            for (const BlockInfo &b : m_history->delta(std::size_t(step)).removed) {
                if (b.used && b.start == info.arg)
                    freedLabel = m_labeler(b.tag);
            }
        }
        text = freedLabel.isEmpty() ? QStringLiteral("free(%1)").arg(info.arg)
                                    : QStringLiteral("free(%1 at %2)").arg(freedLabel).arg(info.arg);
        break;
    }
    case StepKind::Realloc:
        text = QStringLiteral("realloc(%1, %2)").arg(info.arg).arg(sizeText(info.size));
        break;
    case StepKind::Reject:
        text = QString::fromStdString(m_history->message(std::size_t(step)));
        break;
    case StepKind::SetPolicy:
        return tr("policy: %1").arg(QLatin1String(policyName(info.policy).data()));
    }
    if (info.error != ErrorCode::None && info.kind != StepKind::Reject)
        return text + QStringLiteral("  ✗ ") + QLatin1String(errorCodeName(info.error).data());
    if (info.error != ErrorCode::None)
        return QStringLiteral("✗ ") + text;
    if (info.hasPtr)
        return text + QStringLiteral(" → ") + QString::number(info.ptr);
    return text;
}

QVariant HistoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int step = index.row();
    const bool failed = step > 0 && m_history->info(std::size_t(step)).error != ErrorCode::None;
    switch (role) {
    case Qt::DisplayRole:
        if (m_quiz && step > 0)
            return isRevealed(step) ? QStringLiteral("%1  ✓ %2").arg(step).arg(describe(step))
                                    : QStringLiteral("%1  ?").arg(step);
        return QStringLiteral("%1  %2").arg(step).arg(describe(step));
    case RevealedRole:
        return isRevealed(step);
    case Qt::ToolTipRole:
        if (m_quiz && !isRevealed(step))
            return tr("Not revealed yet");
        return failed ? QString::fromStdString(m_history->message(std::size_t(step))) : describe(step);
    case StepRole:
        return step;
    case CurrentRole:
        return step == m_current;
    case FailedRole:
        return failed;
    case ErrorCodeRole:
        return failed ? QString::fromLatin1(errorCodeName(m_history->info(std::size_t(step)).error).data())
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

void HistoryListModel::stepAppended()
{
    const int rows = int(m_history->size()) + 1;
    // A step run after an undo dropped the redo steps: those rows go first.
    const int kept = rows - 1;
    if (m_rows > kept) {
        beginRemoveRows({}, kept, m_rows - 1);
        m_rows = kept;
        endRemoveRows();
    }
    beginInsertRows({}, m_rows, rows - 1);
    m_rows = rows;
    endInsertRows();
    positionChanged();
}

void HistoryListModel::positionChanged()
{
    const int previous = m_current;
    m_current = int(m_history->position());
    if (previous == m_current)
        return;
    const QList<int> roles { CurrentRole, Qt::FontRole };
    if (previous < m_rows)
        Q_EMIT dataChanged(index(previous), index(previous), roles);
    Q_EMIT dataChanged(index(m_current), index(m_current), roles);
}

void HistoryListModel::historyReset()
{
    beginResetModel();
    m_rows = int(m_history->size()) + 1;
    m_current = int(m_history->position());
    m_revealed.clear();
    endResetModel();
}

void HistoryListModel::setQuizMode(bool on)
{
    if (on == m_quiz)
        return;
    beginResetModel();
    m_quiz = on;
    m_revealed.clear();
    endResetModel();
}

void HistoryListModel::reveal(int step)
{
    if (!m_quiz || isRevealed(step) || step >= m_rows)
        return;
    m_revealed.insert(step);
    const QModelIndex i = index(step);
    Q_EMIT dataChanged(i, i, { Qt::DisplayRole, Qt::ToolTipRole, RevealedRole });
}
