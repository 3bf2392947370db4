// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QSet>
#include <functional>

namespace heapboard {
class History;
}

// The steps of a heapboard::History as a list: row 0 is the starting heap,
// row k the state after step k. The owner of the history tells the model
// what happened (a step appended, the position moved, everything reset), so
// that the list changes by single rows when it can.
class HistoryListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        StepRole = Qt::UserRole + 1, // int: the step this row shows
        CurrentRole, // bool: the heap is at this step now
        FailedRole, // bool: the step's operation failed
        ErrorCodeRole, // QString: kebab-case error code, empty if none
        RevealedRole, // bool: in quiz mode, the class has seen this step's result
    };
    using Labeler = std::function<QString(quint32 tag)>;

    explicit HistoryListModel(const heapboard::History *history, QObject *parent = nullptr);

    void setLabeler(Labeler labeler) { m_labeler = std::move(labeler); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Text for step k, e.g. "malloc(32) → 64" or "free(7) ✗ invalid-pointer".
    QString describe(int step) const;

    // Call after the history ran a new step (any redo steps it dropped go
    // away as rows first), after it moved, and after a reset or a reload.
    void stepAppended();
    void positionChanged();
    void historyReset();

    // Quiz mode: a step's result stays hidden ("?") until it is revealed;
    // revealed steps are marked with a check.
    void setQuizMode(bool on);
    bool quizMode() const { return m_quiz; }
    void reveal(int step);
    bool isRevealed(int step) const { return step == 0 || m_revealed.contains(step); }

private:
    QString sizeText(quint64 bytes) const;

    const heapboard::History *m_history;
    Labeler m_labeler;
    int m_rows = 1;
    int m_current = 0;
    bool m_quiz = false;
    QSet<int> m_revealed;
};
