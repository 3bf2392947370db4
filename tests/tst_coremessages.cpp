// SPDX-License-Identifier: MIT
// CoreMessages: every message the core writes for a failed step or a file it
// cannot parse, made by running the core, is shown in the window's language,
// numbers, names and the file's location kept; every shape it knows is still
// one the core writes.
#include "coremessages.h"
#include "documentreader.h"
#include "scenario.h"
#include "timeline.h"
#include "trace.h"
#include "translations.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace heapboard;

namespace {

// Every failure the heap and the scenario runner report.
constexpr const char *kScenario = R"(heap 100
a = malloc 40
b = malloc 20
malloc 0
free 50
free 80
free 200
malloc 500
free a
free a
free 0
realloc b 500
realloc 7 10
realloc a 10
d = malloc 40
free a
e = malloc 1000
free e
realloc e 5
free d
malloc 40
free d
)";

// A heap that grows says why it could not grow.
constexpr const char *kGrowing = R"(heap 64
grow 64
max-heap 192
a = malloc 100
malloc 100
realloc a 200
)";

// And the trace runner's (its lines counted from 0, the header included).
constexpr const char *kTrace = "100\n3\n7\n1\na 0 -5\nf 1\na 2 10\nf 2\nf 2\nr 2 20\nr 0 5\n";

// As recorded (core/heaprecorded.cpp): every way the bytes at a recorded
// address are not free, on a heap with a gap.
std::vector<std::string> recordedMessages()
{
    constexpr Addr base = 0x10000;
    HeapSettings sparse;
    sparse.base = base;
    sparse.gaps = { { base + 0x1000, 0x100000 } };
    const Addr end = base + 0x102000;
    Heap h(end - base, Policy::AsRecorded, sparse);
    h.mallocAt(base + 0x100, 32);
    const OpResult results[] = {
        h.malloc(8),
        h.mallocAt(base + 0x110, 8),
        h.mallocAt(base + 0x2000, 8),
        h.mallocAt(base + 0xf0, 32),
        h.mallocAt(base + 0xff8, 32),
        h.mallocAt(end - 8, 32),
        h.mallocAt(end + 8, 8),
        h.reallocAt(base + 0x100, base + 0xf8, 64),
        h.free(base + 0x1000),
    };
    std::vector<std::string> out;
    for (const OpResult &r : results)
        out.push_back(r.message);
    return out;
}

std::vector<std::string> coreMessages()
{
    std::vector<std::string> out;
    const auto collect = [&out](const Timeline &timeline) {
        for (std::size_t k = 1; k <= timeline.size(); ++k) {
            if (timeline.history().info(k).error != ErrorCode::None)
                out.push_back(timeline.history().message(k));
        }
    };
    Scenario scenario;
    ParseError error;
    if (!parseScenario(kScenario, scenario, error))
        qFatal("scenario: %s", error.message.c_str());
    Timeline fromScenario;
    if (!Timeline::fromScenario(scenario, fromScenario))
        qFatal("scenario: not replayed");
    collect(fromScenario);
    if (!parseScenario(kGrowing, scenario, error))
        qFatal("scenario: %s", error.message.c_str());
    Timeline growing;
    if (!Timeline::fromScenario(scenario, growing))
        qFatal("scenario: not replayed");
    collect(growing);
    for (std::string &m : recordedMessages())
        out.push_back(std::move(m));
    Trace trace;
    if (!parseTrace(kTrace, trace, error))
        qFatal("trace: %s", error.message.c_str());
    collect(Timeline::fromTrace(trace, 100, Policy::FirstFit));
    return out;
}

// Files the parsers refuse, one for each thing they say (the scenario's
// FILE:LINE:COLUMN, the trace's FILE:LINE).
const char *const kBadScenarios[] = {
    "heap",
    "heap 100 200",
    "heap 10X",
    "heap 100\nfree x",
    "heap 100\nfree malloc",
    "heap 100\n>",
    "title A\ntitle B\nheap 100",
    "title\nheap 100",
    "heap 100\nheap 200",
    "heap 0",
    "heap 100\npolicy foo",
    "heap 100\npolicy as-recorded",
    "policy first-fit\npolicy best-fit\nheap 100",
    "heap 100\nmalloc = malloc 5",
    "heap 100\na =",
    "heap 100\na = free 5",
    "heap 100\nfoo",
    "malloc 10",
    "heap 100\nlayout rows\nlayout strip",
    "heap 100\nmalloc 10\nlayout rows",
    "heap 100\nlayout diagonal",
    "heap 100\nmalloc 10\nexpect",
    "heap 100\nmalloc 10\nexpect free 5",
    "heap 100\nmalloc 10\nexpect free 50+10 20+10",
    "heap 100\nmalloc 10\nexpect error boom",
    "heap 100\na = malloc 10\nexpect a 0",
    "heap 100\n> dangling",
    "title x",
    "heap 100\nmalloc 10\nheap 200",
    "heap 100\ncompare first-fit best-fit\ncompare first-fit best-fit",
    "heap 100\nmalloc 10\ncompare first-fit best-fit",
    "heap 100\ncompare best-fit best-fit",
    "heap 100\ncompare first-fit",
    "heap 100\ncompare first-fit nearest-fit",
};
const char *const kBadTraces[] = {
    "100 5\n",
    "100\nx\n",
    "100\n1\n1\n1\na 0 10 5\n",
    "100\n1\n1\n1\na 0\n",
    "100\n1\n1\n1\na 0 x\n",
    "100\n1\n1\n1\nf\n",
    "100\n1\n1\n1\nf 0 1\n",
    "100\n1\n1\n1\nq 0\n",
    "100\n1\n1\n1\nf x\n",
    "100\n",
    "100\n1\n",
    "100\n1\n1\n",
    "100\n1\n2\n1\na 0 10\n",
};

std::vector<std::string> parseErrors()
{
    std::vector<std::string> out;
    const auto refuse = [&out](std::string_view text) {
        ParsedDocument document;
        std::string error;
        if (parseDocument(text, "f.heap", document, error))
            qFatal("parsed: %s", std::string(text).c_str());
        out.push_back(error);
    };
    for (const char *text : kBadScenarios)
        refuse(text);
    refuse(std::string_view("heap 100\n\0", 10)); // a NUL byte
    for (const char *text : kBadTraces)
        refuse(text);
    return out;
}

// English words of the core's messages that no German one keeps.
const QRegularExpression kEnglish(QStringLiteral(
    "invalid pointer|out of memory|double free|dangling|outside|inside|not allocated|was freed|"
    "no handle|holds no|line \\d|of id|bytes|the block|belongs"));

} // namespace

class TestCoreMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Translations::install(QLocale::c()); }

    void englishIsTheCoresText()
    {
        Translations::install(QLocale::c());
        for (const std::string &m : coreMessages())
            QCOMPARE(CoreMessages::translate(m), QString::fromStdString(m));
    }

    void germanKeepsNumbersAndNames()
    {
        QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Germany)));
        const std::vector<std::string> messages = coreMessages();
        QCOMPARE(messages.size(), std::size_t(30));
        for (const std::string &m : messages) {
            const QString english = QString::fromStdString(m);
            const QString german = CoreMessages::translate(m);
            QVERIFY2(!german.contains(kEnglish), qPrintable(english + QStringLiteral(" -> ") + german));
            // Every number and handle of the message, in the same order.
            static const QRegularExpression token(QStringLiteral("\\d+|(?<=free |realloc |, )[a-e]\\b"));
            QStringList inEnglish;
            for (const auto &match : token.globalMatch(english))
                inEnglish << match.captured();
            qsizetype from = 0;
            for (const QString &t : inEnglish) {
                from = german.indexOf(QRegularExpression(QStringLiteral("\\b%1\\b").arg(t)), from);
                QVERIFY2(from >= 0, qPrintable(t + QStringLiteral(" missing in ") + german));
                from += t.size();
            }
        }
    }

    void oneExample()
    {
        QVERIFY(Translations::install(QLocale(QLocale::German)));
        QCOMPARE(
            CoreMessages::translate(std::string("free(50): invalid pointer: address 50 is inside the used "
                                                "block at 40, not the start of a block")),
            QStringLiteral("free(50): ungültiger Zeiger: Adresse 50 liegt im belegten Block bei 40, nicht "
                           "am Anfang eines Blocks"));
        // Text of no known shape is left as it is.
        QCOMPARE(CoreMessages::translate(std::string("line 3: something new")),
                 QStringLiteral("line 3: something new"));
    }

    // A file the parsers refuse: its location as written, the rest German.
    void parseErrors()
    {
        Translations::install(QLocale::c());
        const std::vector<std::string> errors = ::parseErrors();
        for (const std::string &m : errors)
            QCOMPARE(CoreMessages::translate(m), QString::fromStdString(m));
        QVERIFY(Translations::install(QLocale(QLocale::German)));
        static const QRegularExpression location(QStringLiteral("^f\\.heap:\\d+(:\\d+)?: "));
        static const QRegularExpression english(QStringLiteral(
            "expected|unexpected|unknown|needs|missing|header|must|second|narration|found|after"));
        // A parenthesized list of the file's own words, "(title, heap, header, ...)",
        // stays as written: those are keywords, not English.
        static const QRegularExpression keywords(QStringLiteral("\\((?:[a-z0-9?>+-]+(?:, )?)+\\)"));
        for (const std::string &m : errors) {
            const QString german = CoreMessages::translate(m);
            const QString where = location.match(QString::fromStdString(m)).captured();
            QVERIFY2(!where.isEmpty() && german.startsWith(where), qPrintable(german));
            QVERIFY2(!german.mid(where.size()).remove(keywords).contains(english), qPrintable(german));
        }
        QCOMPARE(CoreMessages::translate(std::string("f.heap:3:7: unknown layout 'x' (rows, strip)")),
                 QStringLiteral("f.heap:3:7: unbekannte Darstellung 'x' (rows, strip)"));
    }

    // If the core changes a message, its shape here no longer matches and
    // the window would show it in English: every shape must be in use.
    void everyShapeIsTheCores()
    {
        QSet<int> used;
        std::vector<std::string> messages = coreMessages();
        for (const std::string &m : ::parseErrors())
            messages.push_back(m);
        for (const std::string &m : messages) {
            for (const int rule : CoreMessages::rulesUsed(QString::fromStdString(m)))
                used.insert(rule);
        }
        for (int rule = 0; rule < CoreMessages::ruleCount(); ++rule)
            QVERIFY2(used.contains(rule), qPrintable(QString::number(rule)));
    }
};

QTEST_GUILESS_MAIN(TestCoreMessages)
#include "tst_coremessages.moc"
