// SPDX-License-Identifier: MIT
#include "coremessages.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <vector>

namespace {

struct Rule {
    QRegularExpression pattern;
    const char *text; // the translatable template: capture k is %k
};

// One rule per shape of the failed steps of core/heap.cpp,
// core/scenariorunner.cpp and core/tracerunner.cpp; the templates read as
// the core writes them, with the captures as %1, %2, ...
const std::vector<Rule> &rules()
{
    static const std::vector<Rule> table = [] {
        const std::pair<const char *, const char *> rows[] = {
            { R"(^malloc\(0\): a request must be at least 1 byte$)",
              QT_TRANSLATE_NOOP("CoreMessages", "malloc(0): a request must be at least 1 byte") },
            { R"(^malloc\((\d+)\): out of memory, no free block of (\d+) bytes \(largest free block (\d+) bytes, (\d+) bytes free in total\)$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "malloc(%1): out of memory, no free block of %2 bytes (largest free block %3 "
                                "bytes, %4 bytes free in total)") },
            { R"(^free\((\d+)\): invalid pointer: (.+)$)",
              QT_TRANSLATE_NOOP("CoreMessages", "free(%1): invalid pointer: %2") },
            { R"(^realloc\((\d+), (\d+)\): invalid pointer: (.+)$)",
              QT_TRANSLATE_NOOP("CoreMessages", "realloc(%1, %2): invalid pointer: %3") },
            { R"(^realloc\((\d+), (\d+)\): out of memory, no free block of (\d+) bytes; the block stays at (\d+)$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "realloc(%1, %2): out of memory, no free block of %3 bytes; the block stays "
                                "at %4") },
            { R"(^address (\d+) is outside the heap \[0, (\d+)\)$)",
              QT_TRANSLATE_NOOP("CoreMessages", "address %1 is outside the heap [0, %2)") },
            { R"(^address (\d+) is inside the used block at (\d+), not the start of a block$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "address %1 is inside the used block at %2, not the start of a block") },
            { R"(^address (\d+) is inside the free block at (\d+), not the start of a block$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "address %1 is inside the free block at %2, not the start of a block") },
            { R"(^the block at (\d+) is free, not allocated$)",
              QT_TRANSLATE_NOOP("CoreMessages", "the block at %1 is free, not allocated") },
            { R"(^(free|realloc) (\S+): invalid pointer: (\S+) holds no block \(its allocation failed\)$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "%1 %2: invalid pointer: %3 holds no block (its allocation failed)") },
            { R"(^free (\S+): double free: (\S+)'s block at (\d+) was freed by step (\d+)(.*)$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "free %1: double free: %2's block at %3 was freed by step %4%5") },
            { R"(^realloc (\S+): dangling pointer: (\S+)'s block at (\d+) was freed by step (\d+)(.*)$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "realloc %1: dangling pointer: %2's block at %3 was freed by step %4%5") },
            { R"(^; address (\d+) now belongs to another block, (\S+), which is left alone$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "; address %1 now belongs to another block, %2, which is left alone") },
            { R"(^; address (\d+) now belongs to another block, which is left alone$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "; address %1 now belongs to another block, which is left alone") },
            { R"(^line (\d+): (malloc|realloc) of id (\S+): size (\S+) is not a usable size \(1 to 2\^62 bytes\)$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "line %1: %2 of id %3: size %4 is not a usable size (1 to 2^62 bytes)") },
            { R"(^line (\d+): free of id (\S+): no block was ever allocated for this id$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "line %1: free of id %2: no block was ever allocated for this id") },
            { R"(^line (\d+): (free|realloc) of id (\S+): its block at (\d+) was already freed at step (\d+) \(double free\)$)",
              QT_TRANSLATE_NOOP(
                  "CoreMessages",
                  "line %1: %2 of id %3: its block at %4 was already freed at step %5 (double free)") },
            { R"(^line (\d+): (free|realloc) of id (\S+): its block at (\d+) was already freed at step (\d+) \(dangling pointer\)$)",
              QT_TRANSLATE_NOOP(
                  "CoreMessages",
                  "line %1: %2 of id %3: its block at %4 was already freed at step %5 (dangling "
                  "pointer)") },
        };
        std::vector<Rule> out;
        for (const auto &[pattern, text] : rows)
            out.push_back({ QRegularExpression(QString::fromUtf8(pattern)), text });
        return out;
    }();
    return table;
}

} // namespace

namespace {

QString translated(const QString &message, QList<int> *used)
{
    const std::vector<Rule> &table = rules();
    for (std::size_t r = 0; r < table.size(); ++r) {
        const QRegularExpressionMatch m = table[r].pattern.match(message);
        if (!m.hasMatch())
            continue;
        if (used)
            used->append(int(r));
        // Filled in one pass (a name may hold a '%'), each capture itself
        // translated when it is a clause of a known shape.
        QStringList args;
        for (int k = 1; k <= m.lastCapturedIndex(); ++k)
            args.append(translated(m.captured(k), used));
        const QString text = QCoreApplication::translate("CoreMessages", table[r].text);
        QString out;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const int k = i + 1 < text.size() ? text.at(i + 1).digitValue() : -1;
            if (text.at(i) == u'%' && k >= 1 && k <= args.size()) {
                out += args.at(k - 1);
                ++i;
            } else {
                out += text.at(i);
            }
        }
        return out;
    }
    return message;
}

} // namespace

QString CoreMessages::translate(const QString &message)
{
    return translated(message, nullptr);
}

QList<int> CoreMessages::rulesUsed(const QString &message)
{
    QList<int> used;
    translated(message, &used);
    return used;
}

int CoreMessages::ruleCount()
{
    return int(rules().size());
}
