// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>

class HeapModel;
class Quiz;

// The steps of the open timeline as a list: row 0 is the starting heap, row
// k the state after step k. It follows the heap model: replaced steps
// become row removals and inserts, a move of the position two changed rows.
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
    // quiz may be null: nothing is hidden.
    explicit HistoryListModel(const HeapModel *model, const Quiz *quiz = nullptr, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Text for step k, e.g. "malloc(32) → 64" or "free(7) ✗ invalid-pointer".
    QString describe(int step) const;

private:
    void stepsReplaced(std::size_t from);
    void positionChanged();
    void reset();
    bool isRevealed(int step) const;

    const HeapModel *m_model;
    const Quiz *m_quiz;
    int m_rows = 1;
    int m_current = 0;
};
