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
// core/scenariorunner.cpp and core/tracerunner.cpp and of the parse errors; the templates read as
// the core writes them, with the captures as %1, %2, ...
const std::vector<Rule> &rules()
{
    static const std::vector<Rule> table = [] {
        const std::pair<const char *, const char *> rows[] = {
            { R"(^malloc\(0\): a request must be at least 1 byte$)",
              QT_TRANSLATE_NOOP("CoreMessages", "malloc(0): a request must be at least 1 byte") },
            { R"(^malloc\((\d+)\): out of memory, no free block of (\d+) bytes \(largest free block (\d+) bytes, (\d+) bytes free in total\)(.*)$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "malloc(%1): out of memory, no free block of %2 bytes (largest free block %3 "
                                "bytes, %4 bytes free in total)%5") },
            // A heap that grows (core/heap.cpp, growthLimit()).
            { R"(^, and the heap cannot grow past its maximum of (\d+) bytes \(now (\d+)\)$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                ", and the heap cannot grow past its maximum of %1 bytes (now %2)") },
            { R"(^free\((\d+)\): invalid pointer: (.+)$)",
              QT_TRANSLATE_NOOP("CoreMessages", "free(%1): invalid pointer: %2") },
            { R"(^realloc\((\d+), (\d+)\): invalid pointer: (.+)$)",
              QT_TRANSLATE_NOOP("CoreMessages", "realloc(%1, %2): invalid pointer: %3") },
            { R"(^realloc\((\d+), (\d+)\): out of memory, no free block of (\d+) bytes(.*); the block stays at (\d+)$)",
              QT_TRANSLATE_NOOP(
                  "CoreMessages",
                  "realloc(%1, %2): out of memory, no free block of %3 bytes%4; the block stays "
                  "at %5") },
            { R"(^address (\d+) is outside the heap \[0, (\d+)\)$)",
              QT_TRANSLATE_NOOP("CoreMessages", "address %1 is outside the heap [0, %2)") },
            { R"(^address (\d+) is outside the heap \[([1-9]\d*), (\d+)\)$)",
              QT_TRANSLATE_NOOP("CoreMessages", "address %1 is outside the heap [%2, %3)") },
            // As recorded (core/heaprecorded.cpp, docs/hrec.md).
            { R"(^malloc\((\d+)\): as recorded, blocks go only where a recording put them, and this request has no recorded address$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "malloc(%1): as recorded, blocks go only where a recording put them, and "
                                "this request has no recorded address") },
            { R"(^malloc\((\d+)\) at its recorded address (\d+): the bytes there are not free: (.+)$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "malloc(%1) at its recorded address %2: the bytes there are not free: %3") },
            { R"(^realloc\((\d+), (\d+)\) to its recorded address (\d+): the bytes there are not free: (.+); the block stays at (\d+)$)",
              QT_TRANSLATE_NOOP(
                  "CoreMessages",
                  "realloc(%1, %2) to its recorded address %3: the bytes there are not free: %4; "
                  "the block stays at %5") },
            { R"(^address (\d+) is in a gap of the address space, not the heap's$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "address %1 is in a gap of the address space, not the heap's") },
            { R"(^the used block at (\d+) holds address (\d+)$)",
              QT_TRANSLATE_NOOP("CoreMessages", "the used block at %1 holds address %2") },
            { R"(^only (\d+) of the (\d+) bytes from (\d+) are free, up to the end of the heap at (\d+)$)",
              QT_TRANSLATE_NOOP(
                  "CoreMessages",
                  "only %1 of the %2 bytes from %3 are free, up to the end of the heap at %4") },
            { R"(^only (\d+) of the (\d+) bytes from (\d+) are free, up to a gap of the address space at (\d+)$)",
              QT_TRANSLATE_NOOP(
                  "CoreMessages",
                  "only %1 of the %2 bytes from %3 are free, up to a gap of the address space at "
                  "%4") },
            { R"(^only (\d+) of the (\d+) bytes from (\d+) are free, up to the used block at (\d+)$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "only %1 of the %2 bytes from %3 are free, up to the used block at %4") },
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
            // The parsers of scenarios (core/scenario.cpp) and traces
            // (core/trace.cpp), after the FILE:LINE[:COLUMN] prefix.
            { R"(^incomplete statement: expected (.+)$)",
              QT_TRANSLATE_NOOP("CoreMessages", "incomplete statement: expected %1") },
            { R"(^'(.*)' is not a size \(digits with an optional K, M or G, at most 2\^62\)$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "'%1' is not a size (digits with an optional K, M or G, at most 2^62)") },
            { R"(^unknown handle '(.*)': no earlier line assigns it$)",
              QT_TRANSLATE_NOOP("CoreMessages", "unknown handle '%1': no earlier line assigns it") },
            { R"(^expected a handle or an address, found '(.*)'$)",
              QT_TRANSLATE_NOOP("CoreMessages", "expected a handle or an address, found '%1'") },
            { R"(^empty narration: write the sentence after '>'$)",
              QT_TRANSLATE_NOOP("CoreMessages", "empty narration: write the sentence after '>'") },
            { R"(^a second title \(the first is '(.*)'\)$)",
              QT_TRANSLATE_NOOP("CoreMessages", "a second title (the first is '%1')") },
            { R"(^title needs a text$)", QT_TRANSLATE_NOOP("CoreMessages", "title needs a text") },
            { R"(^a second heap line: the heap size is set once$)",
              QT_TRANSLATE_NOOP("CoreMessages", "a second heap line: the heap size is set once") },
            { R"(^the heap needs at least 1 byte$)",
              QT_TRANSLATE_NOOP("CoreMessages", "the heap needs at least 1 byte") },
            { R"(^unknown policy '(.*)' \(first-fit, next-fit, best-fit, worst-fit\)$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "unknown policy '%1' (first-fit, next-fit, best-fit, worst-fit)") },
            { R"(^as-recorded needs a recording's addresses, which a scenario does not have \(open the \.hrec\)$)",
              QT_TRANSLATE_NOOP(
                  "CoreMessages",
                  "as-recorded needs a recording's addresses, which a scenario does not have (open "
                  "the .hrec)") },
            { R"(^a second starting policy$)",
              QT_TRANSLATE_NOOP("CoreMessages", "a second starting policy") },
            { R"(^'(.*)' cannot name a handle \(letters, digits and _, not a keyword\)$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "'%1' cannot name a handle (letters, digits and _, not a keyword)") },
            { R"(^expected malloc or realloc after '='$)",
              QT_TRANSLATE_NOOP("CoreMessages", "expected malloc or realloc after '='") },
            { R"(^only malloc and realloc return a block to assign, not '(.*)'$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "only malloc and realloc return a block to assign, not '%1'") },
            { R"(^unknown statement '(.*)' \(title, heap, layout, policy, compare, base, header, align, )"
              R"(min-block, order, coalesce, grow, max-heap, malloc, free, realloc, expect, group, end, >, \?\)$)",
              QT_TRANSLATE_NOOP(
                  "CoreMessages",
                  "unknown statement '%1' (title, heap, layout, policy, compare, base, header, align, "
                  "min-block, order, coalesce, grow, max-heap, malloc, free, realloc, expect, group, end, >, "
                  "?)") },
            { R"(^a second compare line: the panes are set once$)",
              QT_TRANSLATE_NOOP("CoreMessages", "a second compare line: the panes are set once") },
            { R"(^compare must come before the first operation$)",
              QT_TRANSLATE_NOOP("CoreMessages", "compare must come before the first operation") },
            { R"(^compare names '(.*)' twice$)",
              QT_TRANSLATE_NOOP("CoreMessages", "compare names '%1' twice") },
            { R"(^no heap size yet: write 'heap SIZE' before the first operation$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "no heap size yet: write 'heap SIZE' before the first operation") },
            { R"(^a second layout line: the layout is set once$)",
              QT_TRANSLATE_NOOP("CoreMessages", "a second layout line: the layout is set once") },
            { R"(^layout must come before the first operation$)",
              QT_TRANSLATE_NOOP("CoreMessages", "layout must come before the first operation") },
            { R"(^unknown layout '(.*)' \(rows, strip\)$)",
              QT_TRANSLATE_NOOP("CoreMessages", "unknown layout '%1' (rows, strip)") },
            { R"(^expect what\? \(free \.\.\., NAME at ADDR, error CODE\)$)",
              QT_TRANSLATE_NOOP("CoreMessages", "expect what? (free ..., NAME at ADDR, error CODE)") },
            { R"(^'(.*)' is not a free block START\+SIZE$)",
              QT_TRANSLATE_NOOP("CoreMessages", "'%1' is not a free block START+SIZE") },
            { R"(^free blocks must be listed in address order without overlap$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "free blocks must be listed in address order without overlap") },
            { R"(^unknown error code '(.*)' \(none, out-of-memory, invalid-pointer, double-free, invalid-size\)$)",
              QT_TRANSLATE_NOOP("CoreMessages",
                                "unknown error code '%1' (none, out-of-memory, invalid-pointer, double-free, "
                                "invalid-size)") },
            { R"(^expected 'at ADDRESS' after the handle$)",
              QT_TRANSLATE_NOOP("CoreMessages", "expected 'at ADDRESS' after the handle") },
            { R"(^narration with no step after it$)",
              QT_TRANSLATE_NOOP("CoreMessages", "narration with no step after it") },
            { R"(^no 'heap SIZE' line: a scenario needs a heap$)",
              QT_TRANSLATE_NOOP("CoreMessages", "no 'heap SIZE' line: a scenario needs a heap") },
            { R"(^a NUL byte: this is not a text file$)",
              QT_TRANSLATE_NOOP("CoreMessages", "a NUL byte: this is not a text file") },
            { R"(^expected only the (.+) on this line$)",
              QT_TRANSLATE_NOOP("CoreMessages", "expected only the %1 on this line") },
            { R"(^expected the (.+) \(a non-negative whole number\), found (.+)$)",
              QT_TRANSLATE_NOOP("CoreMessages", "expected the %1 (a non-negative whole number), found %2") },
            { R"(^unexpected (.+) after the operation$)",
              QT_TRANSLATE_NOOP("CoreMessages", "unexpected %1 after the operation") },
            { R"(^'(\S+) ID SIZE' needs an id and a size$)",
              QT_TRANSLATE_NOOP("CoreMessages", "'%1 ID SIZE' needs an id and a size") },
            { R"(^expected a size in bytes, found (.+)$)",
              QT_TRANSLATE_NOOP("CoreMessages", "expected a size in bytes, found %1") },
            { R"(^'f ID' needs an id$)", QT_TRANSLATE_NOOP("CoreMessages", "'f ID' needs an id") },
            { R"(^unexpected (.+) after 'f ID'$)",
              QT_TRANSLATE_NOOP("CoreMessages", "unexpected %1 after 'f ID'") },
            { R"(^unknown operation (.+) \(expected a, f or r\)$)",
              QT_TRANSLATE_NOOP("CoreMessages", "unknown operation %1 (expected a, f or r)") },
            { R"(^expected a block id \(a whole number\), found (.+)$)",
              QT_TRANSLATE_NOOP("CoreMessages", "expected a block id (a whole number), found %1") },
            { R"(^the header ends early: missing the (.+)$)",
              QT_TRANSLATE_NOOP("CoreMessages", "the header ends early: missing the %1") },
            { R"(^the header promises (\d+) operations but the file has (\d+)$)",
              QT_TRANSLATE_NOOP("CoreMessages", "the header promises %1 operations but the file has %2") },
            { R"(^suggested heap size$)", QT_TRANSLATE_NOOP("CoreMessages", "suggested heap size") },
            { R"(^number of ids$)", QT_TRANSLATE_NOOP("CoreMessages", "number of ids") },
            { R"(^number of operations$)", QT_TRANSLATE_NOOP("CoreMessages", "number of operations") },
            { R"(^weight$)", QT_TRANSLATE_NOOP("CoreMessages", "weight") },
            // Last: the trace's "unexpected ... after the operation" and
            // "after 'f ID'" read the same way.
            { R"(^unexpected '(.*)' after (.+)$)",
              QT_TRANSLATE_NOOP("CoreMessages", "unexpected '%1' after %2") },
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
    // A parse error: FILE:LINE[:COLUMN]: WHAT (parseErrorMessage).
    static const QRegularExpression located(QStringLiteral("^(.+?:\\d+(?::\\d+)?: )(.+)$"));
    if (const QRegularExpressionMatch m = located.match(message); m.hasMatch()) {
        const QString what = translated(m.captured(2), used);
        if (what != m.captured(2))
            return m.captured(1) + what;
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
