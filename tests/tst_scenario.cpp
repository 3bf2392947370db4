// SPDX-License-Identifier: MIT
// Scenarios: the parser on good and malformed input, the round trip, the
// handle rules of the runner, and heapboard-cli check.
#include "clirun.h"
#include "scenariorunner.h"
#include "testfiles.h"
#include "testscenario.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace heapboard;
using heapboard::test::CliRun;
using heapboard::test::lessonFiles;
using heapboard::test::parsed;
using heapboard::test::readFile;
using heapboard::test::runCli;
using heapboard::test::writeFile;

namespace {

const char *const kExample = R"(title First fit splits and merges
heap 256
policy first-fit
> One free block spans the whole heap.
a = malloc 32
> The front 32 bytes go to a; the rest stays free.
expect free 32+224
b = malloc 64
free a
expect free 0+32 96+160
c = realloc b 80
expect c at 32
free 7
expect error invalid-pointer
)";

} // namespace

class TestScenario : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesTheExample();
    void malformed_data();
    void malformed();
    void roundTrip();
    void compareLine();
    void stepsAreCompact();
    void exampleExpectsHold();
    void doubleFreeNeverFreesAnotherBlock();
    void failedExpectNamesItsLine();
    void cliCheck();
    void cliReplay();
    void bundledLessons_data();
    void bundledLessons();
    void cliChecksEveryLesson();
};

void TestScenario::parsesTheExample()
{
    const Scenario s = parsed(kExample);
    QCOMPARE(QString::fromStdString(s.title), QStringLiteral("First fit splits and merges"));
    QCOMPARE(s.heapSize, Size(256));
    QCOMPARE(s.policy, Policy::FirstFit);
    QCOMPARE(s.steps.size(), std::size_t(5));
    QCOMPARE(s.handles.size(), std::size_t(3));
    QCOMPARE(QString::fromStdString(s.steps[0].narration()),
             QStringLiteral("One free block spans the whole heap."));
    QCOMPARE(QString::fromStdString(s.steps[1].narration()),
             QStringLiteral("The front 32 bytes go to a; the rest stays free."));
    QCOMPARE(s.steps[0].expects().size(), std::size_t(1));
    QCOMPARE(s.steps[3].kind, ScenarioStep::Kind::Realloc);
    QCOMPARE(s.steps[3].operand, 1);
    QCOMPARE(s.steps[3].result, 2);
    QCOMPARE(s.steps[4].operand, -1);
    QCOMPARE(s.steps[4].address(), Addr(7));
    QCOMPARE(s.steps[4].line, 13);
    // Suffixes, CRLF and comments.
    const Scenario k = parsed("heap 2K\r\n# a comment\r\nx = malloc 1K   # trailing comment\r\n");
    QCOMPARE(k.heapSize, Size(2048));
    QCOMPARE(k.steps.size(), std::size_t(1));
    QCOMPARE(k.steps[0].size, Size(1024));
    QCOMPARE(QString::fromStdString(formatStatement(k, k.steps[0])), QStringLiteral("x = malloc 1024"));
}

void TestScenario::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const char *text, int line, int column, const char *message) {
        QTest::newRow(name) << QByteArray(text) << line << column << QString::fromLatin1(message);
    };
    row("empty file", "", 0, 1, "no 'heap SIZE' line");
    row("only comments", "# nothing\n", 1, 1, "no 'heap SIZE' line");
    row("operation before heap", "a = malloc 3\n", 1, 1, "no heap size yet");
    row("heap without size", "heap\n", 1, 5, "incomplete statement");
    row("heap not a number", "heap lots\n", 1, 6, "'lots' is not a size");
    row("heap zero", "heap 0\n", 1, 6, "at least 1 byte");
    row("heap too large", "heap 99999999999999999999\n", 1, 6, "is not a size");
    row("heap bad suffix", "heap 12Q\n", 1, 6, "is not a size");
    row("heap negative", "heap -5\n", 1, 6, "is not a size");
    row("heap twice", "heap 10\nheap 20\n", 2, 1, "a second heap line");
    row("heap after operation", "heap 10\nmalloc 1\nheap 20\n", 3, 1, "a second heap line");
    row("heap extra word", "heap 10 20\n", 1, 9, "unexpected '20'");
    row("unknown policy", "heap 10\npolicy fastest-fit\n", 2, 8, "unknown policy 'fastest-fit'");
    row("policy without name", "heap 10\npolicy\n", 2, 7, "incomplete statement");
    row("starting policy twice", "policy best-fit\npolicy first-fit\nheap 8\n", 2, 1,
        "a second starting policy");
    row("title twice", "title A\ntitle B\nheap 8\n", 2, 1, "a second title");
    row("unknown layout", "heap 8\nlayout spiral\n", 2, 8, "unknown layout 'spiral' (rows, strip)");
    row("layout without name", "heap 8\nlayout\n", 2, 7, "incomplete statement");
    row("layout twice", "layout rows\nlayout strip\nheap 8\n", 2, 1, "a second layout line");
    row("layout after operation", "heap 8\nmalloc 1\nlayout strip\n", 3, 1, "layout must come before");
    row("layout as handle", "heap 8\nlayout = malloc 3\n", 2, 1, "cannot name a handle");
    row("title without text", "title\nheap 8\n", 1, 6, "title needs a text");
    row("unknown statement", "heap 8\nallocate 3\n", 2, 1, "unknown statement 'allocate'");
    row("misspelled malloc", "heap 8\nb = mallok 3\n", 2, 5, "only malloc and realloc");
    row("assign free", "heap 8\nb = free 3\n", 2, 5, "only malloc and realloc");
    row("nothing after =", "heap 8\nb =\n", 2, 4, "expected malloc or realloc");
    row("keyword as handle", "heap 8\nfree = malloc 3\n", 2, 1, "cannot name a handle");
    row("number as handle", "heap 8\n3x = malloc 3\n", 2, 1, "cannot name a handle");
    row("malloc without size", "heap 8\nmalloc\n", 2, 7, "incomplete statement");
    row("malloc bad size", "heap 8\na = malloc 3.5\n", 2, 12, "'3.5' is not a size");
    row("malloc extra word", "heap 8\na = malloc 3 4\n", 2, 14, "unexpected '4'");
    row("free unknown handle", "heap 8\nfree q\n", 2, 6, "unknown handle 'q'");
    row("free nothing", "heap 8\nfree\n", 2, 5, "incomplete statement");
    row("free bad address", "heap 8\nfree 12x\n", 2, 6, "'12x' is not a size");
    row("free keyword", "heap 8\nfree malloc\n", 2, 6, "expected a handle or an address");
    row("realloc without size", "heap 8\na = malloc 2\nrealloc a\n", 3, 10, "incomplete statement");
    row("realloc unknown handle", "heap 8\nrealloc z 3\n", 2, 9, "unknown handle 'z'");
    row("realloc of the handle it assigns", "heap 8\nb = realloc b 3\n", 2, 13, "unknown handle 'b'");
    row("expect nothing", "heap 8\nexpect\n", 2, 7, "expect what?");
    row("expect free bad span", "heap 8\nexpect free 0-8\n", 2, 13, "'0-8' is not a free block");
    row("expect free empty span", "heap 8\nexpect free 0+0\n", 2, 13, "is not a free block");
    row("expect free out of order", "heap 16\nexpect free 8+2 0+2\n", 2, 17, "address order");
    row("expect unknown error", "heap 8\nexpect error segfault\n", 2, 14, "unknown error code 'segfault'");
    row("expect error without code", "heap 8\nexpect error\n", 2, 13, "incomplete statement");
    row("expect handle without at", "heap 8\na = malloc 1\nexpect a 0\n", 3, 10, "expected 'at ADDRESS'");
    row("expect unknown handle", "heap 8\nexpect b at 0\n", 2, 8, "unknown handle 'b'");
    row("expect at without address", "heap 8\na = malloc 1\nexpect a at\n", 3, 12, "incomplete statement");
    row("empty narration", "heap 8\n>\nmalloc 1\n", 2, 1, "empty narration");
    row("compare one policy", "heap 8\ncompare best-fit\n", 2, 17, "incomplete statement: expected compare");
    row("compare five policies", "heap 8\ncompare first-fit best-fit next-fit worst-fit best-fit\n", 2, 47,
        "unexpected 'best-fit' after compare");
    row("compare unknown policy", "heap 8\ncompare first-fit good-fit\n", 2, 19, "unknown policy 'good-fit'");
    row("compare a policy twice", "heap 8\ncompare best-fit first-fit best-fit\n", 2, 28,
        "compare names 'best-fit' twice");
    row("compare twice", "heap 8\ncompare first-fit best-fit\ncompare first-fit best-fit\n", 3, 1,
        "a second compare line");
    row("compare after operation", "heap 8\nmalloc 1\ncompare first-fit best-fit\n", 3, 1,
        "compare must come before the first operation");
    row("narration at the end", "heap 8\nmalloc 1\n> and then?\n", 3, 1, "narration with no step after it");
    QTest::newRow("NUL byte") << QByteArray("heap 8\nmal\0loc 1\n", 17) << 2 << 4
                              << QStringLiteral("NUL byte");
}

void TestScenario::malformed()
{
    test::verifyMalformed();
}

void TestScenario::stepsAreCompact()
{
    // A trace imports a step a line: no string of its own, no narration or
    // expect list unless it has one.
    QVERIFY2(sizeof(ScenarioStep) <= 32, qPrintable(QString::number(sizeof(ScenarioStep))));
    const Scenario s = parsed("heap 64\n> first\na = malloc 8\nexpect a at 0\nfree a\n");
    QCOMPARE(formatStatement(s, s.steps[0]), std::string("a = malloc 8"));
    QCOMPARE(formatStatement(s, s.steps[1]), std::string("free a"));
    // Copies own their notes: changing one leaves the other alone.
    ScenarioStep copy = s.steps[0];
    copy.setNarration("changed");
    copy.addExpect(ScenarioExpect {});
    QCOMPARE(s.steps[0].narration(), std::string("first"));
    QCOMPARE(s.steps[0].expects().size(), std::size_t(1));
    QCOMPARE(copy.expects().size(), std::size_t(2));
    copy = s.steps[1];
    QVERIFY(copy.narration().empty());
    QVERIFY(copy.expects().empty());
}

void TestScenario::roundTrip()
{
    const Scenario first
        = parsed(std::string(kExample) + "policy best-fit\nd = malloc 1K\nexpect d at 112\n");
    const std::string text = formatScenario(first);
    Scenario second;
    ParseError e;
    QVERIFY2(parseScenario(text, second, e), e.message.c_str());
    QCOMPARE(formatScenario(second), text);
    QCOMPARE(second.steps.size(), first.steps.size());
    for (std::size_t i = 0; i < first.steps.size(); ++i) {
        QCOMPARE(second.steps[i].narration(), first.steps[i].narration());
        QCOMPARE(second.steps[i].expects().size(), first.steps[i].expects().size());
        QCOMPARE(second.steps[i].size, first.steps[i].size);
    }
    QCOMPARE(checkScenario(second), checkScenario(first));

    // After heap and the starting policy, a policy line is a step, so a
    // session that changed policy first saves and loads back.
    const Scenario policyFirst = parsed("heap 64\npolicy first-fit\npolicy best-fit\na = malloc 8\n");
    QCOMPARE(policyFirst.policy, Policy::FirstFit);
    QCOMPARE(policyFirst.steps.size(), std::size_t(2));
    QCOMPARE(policyFirst.steps[0].kind, ScenarioStep::Kind::SetPolicy);
    QCOMPARE(parsed(formatScenario(policyFirst)).steps.size(), std::size_t(2));

    // A lesson's layout is written back as it was read, and only when set.
    QCOMPARE(first.layout, ScenarioLayout::Default);
    QVERIFY(text.find("layout") == std::string::npos);
    for (const auto &[word, layout] :
         { std::pair { "strip", ScenarioLayout::Strip }, std::pair { "rows", ScenarioLayout::Rows } }) {
        const Scenario withLayout
            = parsed(std::string("title T\nheap 400\nlayout ") + word + "\na = malloc 8\n");
        QCOMPARE(withLayout.layout, layout);
        const std::string written = formatScenario(withLayout);
        QVERIFY(written.find(std::string("\nlayout ") + word + "\n") != std::string::npos);
        QCOMPARE(parsed(written).layout, layout);
        QCOMPARE(formatScenario(parsed(written)), written);
    }
}

void TestScenario::compareLine()
{
    // The panes' policies in the order written; the scenario's own run
    // takes the first when no policy line says otherwise.
    const Scenario three = parsed("heap 64\ncompare best-fit first-fit worst-fit\na = malloc 8\n");
    QCOMPARE(three.compare, (std::vector { Policy::BestFit, Policy::FirstFit, Policy::WorstFit }));
    QCOMPARE(three.policy, Policy::BestFit);
    const std::string written = formatScenario(three);
    QVERIFY2(written.find("\ncompare best-fit first-fit worst-fit\n") != std::string::npos, written.c_str());
    QCOMPARE(parsed(written).compare, three.compare);
    QCOMPARE(parsed(written).policy, Policy::BestFit);
    QCOMPARE(formatScenario(parsed(written)), written);
    // A policy line, before or after it, is the scenario's own policy.
    for (const char *text : { "heap 64\npolicy next-fit\ncompare first-fit best-fit\na = malloc 8\n",
                              "heap 64\ncompare first-fit best-fit\npolicy next-fit\na = malloc 8\n" }) {
        const Scenario s = parsed(text);
        QCOMPARE(s.policy, Policy::NextFit);
        QCOMPARE(s.compare, (std::vector { Policy::FirstFit, Policy::BestFit }));
        QCOMPARE(s.steps.size(), std::size_t(1));
        QCOMPARE(parsed(formatScenario(s)).policy, Policy::NextFit);
    }
    // Four is the most, and a handle may still be called compare.
    QCOMPARE(parsed("heap 64\ncompare first-fit next-fit best-fit worst-fit\n").compare.size(),
             std::size_t(4));
    const Scenario handle = parsed("heap 64\ncompare = malloc 8\nfree compare\n");
    QVERIFY(handle.compare.empty());
    QCOMPARE(handle.steps.size(), std::size_t(2));
    QVERIFY(parsed(formatScenario(handle)).compare.empty());
    QCOMPARE(formatScenario(parsed(formatScenario(handle))), formatScenario(handle));
}

void TestScenario::exampleExpectsHold()
{
    const std::vector<std::string> failures = checkScenario(parsed(kExample));
    QVERIFY2(failures.empty(), failures.empty() ? "" : failures.front().c_str());
}

void TestScenario::doubleFreeNeverFreesAnotherBlock()
{
    const Scenario s = parsed("heap 64\na = malloc 16\nfree a\nc = malloc 16\nfree a\n");
    Heap heap(s.heapSize, s.policy);
    ScenarioRunner runner(s);
    OpResult last;
    for (const ScenarioStep &step : s.steps)
        last = runner.apply(heap, step);
    QCOMPARE(last.error, ErrorCode::DoubleFree);
    const QString message = QString::fromStdString(last.message);
    QVERIFY2(message.contains(QStringLiteral("double free")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("now belongs to another block, c")), qPrintable(message));
    BlockInfo b;
    QVERIFY(heap.blockAt(0, b));
    QVERIFY(b.used); // c is still there

    // A handle whose malloc failed holds nothing.
    const Scenario f = parsed("heap 8\nx = malloc 100\nfree x\nexpect error invalid-pointer\n");
    QVERIFY(checkScenario(f).empty());
    // Even when it held a block before: like C's p = malloc(n), p is null
    // now (its old block leaks), not a pointer to a freed block.
    const Scenario g = parsed("heap 64\nx = malloc 16\nx = malloc 100\nfree x\nexpect error invalid-pointer\n"
                              "expect free 16+48\n");
    const std::vector<std::string> failures = checkScenario(g);
    QVERIFY2(failures.empty(), failures.empty() ? "" : failures.front().c_str());
}

void TestScenario::failedExpectNamesItsLine()
{
    const std::vector<std::string> failures = checkScenario(
        parsed("heap 64\na = malloc 16\nexpect a at 8\nexpect free 16+48\nexpect error out-of-memory\n"));
    QCOMPARE(failures.size(), std::size_t(2));
    QCOMPARE(QString::fromStdString(failures[0]), QStringLiteral("3: expect a at 8: found a at 0"));
    QCOMPARE(QString::fromStdString(failures[1]),
             QStringLiteral("5: expect error out-of-memory: found error none"));
}

void TestScenario::cliCheck()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("good.heap"), kExample));
    QVERIFY(writeFile(dir.filePath("bad.heap"), "heap 64\na = malloc 16\nexpect a at 8\n"));
    QVERIFY(writeFile(dir.filePath("broken.heap"), "heap 64\nfree nobody\n"));
    QCOMPARE(runCli({ "check", dir.filePath("good.heap") }).exitCode, 0);
    CliRun r = runCli({ "check", dir.filePath("good.heap"), dir.filePath("bad.heap") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("bad.heap:3: expect a at 8: found a at 0"), r.err.constData());
    r = runCli({ "check", dir.filePath("broken.heap") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("broken.heap:2:6: unknown handle 'nobody'"), r.err.constData());
    QCOMPARE(runCli({ "check" }).exitCode, 2);
    r = runCli({ "check", dir.filePath("missing.heap") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("no such file"));
}

void TestScenario::cliReplay()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.heap"));
    QVERIFY(writeFile(good, kExample));
    CliRun r = runCli({ "replay", good });
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 6); // five statements and the final line
    QCOMPARE(lines[0], QByteArray(R"({"step":0,"op":"malloc","id":"a","size":32,"ptr":0,"error":null})"));
    QCOMPARE(lines[2], QByteArray(R"({"step":2,"op":"free","id":"a","ptr":0,"error":null})"));
    QCOMPARE(lines[3], QByteArray(R"({"step":3,"op":"realloc","id":"b","size":80,"ptr":32,"error":null})"));
    QCOMPARE(lines[4], QByteArray(R"({"step":4,"op":"free","id":"7","ptr":null,"error":"invalid-pointer"})"));
    QVERIFY(lines[5].startsWith(R"({"final":true,"free":[[0,32],[112,144]],"used":[[32,80]])"));

    // The options override the scenario's heap and policy.
    r = runCli({ "replay", "--states", "--heap-size", "1K", good });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(R"("free":[[32,992]],"used":[[0,32]])"), r.out.left(300).constData());

    const QString broken = dir.filePath(QStringLiteral("broken.heap"));
    QVERIFY(writeFile(broken, "heap 64\na = malloc 16\nfree nobody\n"));
    r = runCli({ "replay", broken });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("broken.heap:3:6: unknown handle 'nobody'"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestScenario::bundledLessons_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = lessonFiles();
    QVERIFY2(files.size() >= 8, "the eight lesson topics of issue 6");
    for (const QString &f : files)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestScenario::bundledLessons()
{
    QFETCH(QString, path);
    const std::optional<QByteArray> text = readFile(path);
    QVERIFY(text);
    Scenario s;
    ParseError e;
    QVERIFY2(parseScenario(std::string_view(text->constData(), std::size_t(text->size())), s, e),
             qPrintable(
                 QStringLiteral("%1:%2:%3: %4").arg(path).arg(e.line).arg(e.column).arg(e.message.c_str())));
    QVERIFY(!s.title.empty());
    std::size_t expects = s.startExpects.size();
    for (std::size_t i = 0; i < s.steps.size(); ++i) {
        const ScenarioStep &step = s.steps[i];
        // Inside a group only the last step's narration is shown.
        QVERIFY2(!step.narration().empty() || groupRange(s, i).last != i,
                 qPrintable(QStringLiteral("%1:%2: step without narration").arg(path).arg(step.line)));
        expects += step.expects().size();
    }
    QVERIFY2(expects * 3 >= s.steps.size(), "at least one expect line for every three steps");
    for (const ScenarioStep &step : s.steps) {
        // True to C: `a = realloc a N` that fails sets a to NULL and leaks
        // the block; a lesson shows the temporary instead.
        const bool fails
            = std::any_of(step.expects().begin(), step.expects().end(), [](const ScenarioExpect &x) {
                  return x.kind == ScenarioExpect::Kind::Error && x.error != ErrorCode::None;
              });
        QVERIFY2(!(step.kind == ScenarioStep::Kind::Realloc && fails && step.result >= 0
                   && step.result == step.operand),
                 qPrintable(QStringLiteral("%1:%2: a failing realloc assigned to its own handle leaks in C")
                                .arg(path)
                                .arg(step.line)));
    }
    // One pair of direction words for addresses in every lesson: below and
    // above (issue 17), never "in front of" or "behind".
    for (const char *word : { "in front", "behind" })
        QVERIFY2(!text->contains(word), qPrintable(QStringLiteral("%1 says \"%2\"").arg(path, word)));
    const std::vector<std::string> failures = checkScenario(s);
    QVERIFY2(failures.empty(), failures.empty() ? "" : failures.front().c_str());
    // Saving what was loaded gives back an equivalent lesson.
    Scenario again;
    QVERIFY(parseScenario(formatScenario(s), again, e));
    QCOMPARE(formatScenario(again), formatScenario(s));
    QVERIFY(checkScenario(again).empty());
}

void TestScenario::cliChecksEveryLesson()
{
    const CliRun r = runCli(QStringList { "check" } + lessonFiles());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count("expect lines hold"), lessonFiles().size());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
