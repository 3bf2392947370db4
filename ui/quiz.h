// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <cstddef>

class HeapModel;

// Quiz mode of the open document: a step that came from the opened file
// first shows a question; the next step key reveals the result. When the
// file marks questions (`? TEXT`, docs/scenarios.md) only those steps ask,
// with the file's words, and the others play through; a file with none
// asks before each of its steps a question that fits the operation. Steps
// the user makes are never hidden. It belongs to the document: loading
// another one (or a new heap) turns it off.
class Quiz : public QObject
{
    Q_OBJECT
public:
    explicit Quiz(const HeapModel *model, QObject *parent = nullptr);

    bool isOn() const { return m_on; }
    void setOn(bool on);

    // Step k's result is still hidden: quiz on, a loaded step that asks (a
    // marked one, when the file marks any), not revealed.
    bool isHidden(std::size_t step) const;
    bool isRevealed(std::size_t step) const { return m_revealed.contains(step); }
    void reveal(std::size_t step);

    // The question shown before step k runs: "Next: b = malloc 50 — …".
    QString question(std::size_t step) const;
    // The step whose question is on screen, or 0; any move clears it.
    std::size_t asking() const { return m_asking; }
    void ask(std::size_t step);

Q_SIGNALS:
    void toggled(bool on);
    // A step was revealed, or the quiz was turned on or off or reset.
    void revealedChanged();
    void askingChanged(std::size_t step);

private:
    const HeapModel *m_model;
    bool m_on = false;
    QSet<std::size_t> m_revealed;
    std::size_t m_asking = 0;
    bool m_marked = false; // the scenario marks its questions
};
