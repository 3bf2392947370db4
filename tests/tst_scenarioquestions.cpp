// SPDX-License-Identifier: MIT
// Questions (`? TEXT`) and groups (`group TITLE` ... `end`) in scenarios:
// the parser on good and malformed input, the exact round trip, the group
// ranges the player steps by, heapboard-cli check's FILE:LINE:COLUMN, and
// the bundled lessons' questions and groups.
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

// As formatScenario() writes it: the round trip gives back these bytes.
const char *const kGrouped = R"(title Knuth
heap 2600
policy best-fit
group Two holes
a = malloc 1300
s = malloc 100
b = malloc 1100
t = malloc 100
free a
> Two holes.
free b
expect free 0+1300 1400+1100
end
? Where will x go?
> At 1400.
x = malloc 1000
expect x at 1400
? Will the next group fit?
group
y = malloc 1100
end
group Back
free x
free y
end
? And now?
free t
)";

Scenario parsedFile(const QString &path)
{
    const std::optional<QByteArray> text = readFile(path);
    return text ? parsed(std::string_view(text->constData(), std::size_t(text->size()))) : Scenario();
}

} // namespace

class TestScenarioQuestions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesQuestionsAndGroups();
    void roundTripIsExact();
    void equivalentSpellingsWriteTheSame_data();
    void equivalentSpellingsWriteTheSame();
    void groupRanges();
    void malformed_data();
    void malformed();
    void cliCheckNamesTheQuestion();
    void lessons_data();
    void lessons();
};

void TestScenarioQuestions::parsesQuestionsAndGroups()
{
    const Scenario s = parsed(kGrouped);
    QCOMPARE(s.steps.size(), std::size_t(11));
    QCOMPARE(s.policy, Policy::BestFit);
    QVERIFY(s.steps[0].startsGroup());
    QCOMPARE(s.steps[0].groupTitle(), std::string("Two holes"));
    for (std::size_t i = 1; i < 6; ++i)
        QVERIFY(s.steps[i].joinsGroup() && !s.steps[i].startsGroup());
    QCOMPARE(s.steps[5].narration(), std::string("Two holes."));
    QCOMPARE(s.steps[5].expects().size(), std::size_t(1));
    QCOMPARE(s.steps[6].question(), std::string("Where will x go?"));
    QVERIFY(!s.steps[6].startsGroup() && !s.steps[6].joinsGroup());
    // A question before `group` belongs to the group's first step.
    QCOMPARE(s.steps[7].question(), std::string("Will the next group fit?"));
    QVERIFY(s.steps[7].startsGroup());
    QVERIFY(s.steps[7].groupTitle().empty());
    QVERIFY(s.steps[8].startsGroup() && !s.steps[8].joinsGroup());
    QVERIFY(s.steps[9].joinsGroup());
    QCOMPARE(s.steps[10].question(), std::string("And now?"));
    QVERIFY(hasQuestions(s));
    QVERIFY(!hasQuestions(parsed(test::kReuseScenario)));
    QVERIFY(checkScenario(s).empty());
}

void TestScenarioQuestions::roundTripIsExact()
{
    QCOMPARE(formatScenario(parsed(kGrouped)), std::string(kGrouped));
}

void TestScenarioQuestions::equivalentSpellingsWriteTheSame_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("written");
    const QByteArray canonical
        = "heap 64\npolicy first-fit\n? Q?\ngroup G\n> N.\na = malloc 8\nexpect a at 0\nend\n";
    QTest::newRow("canonical") << canonical << canonical;
    QTest::newRow("question inside, before the first step")
        << QByteArray("heap 64\ngroup G\n? Q?\n> N.\na = malloc 8\nexpect a at 0\nend\n") << canonical;
    QTest::newRow("narration before the question")
        << QByteArray("heap 64\ngroup G\n> N.\n? Q?\na = malloc 8\nexpect a at 0\nend\n") << canonical;
    QTest::newRow("expect after end")
        << QByteArray("heap 64\n? Q?\ngroup G # setup\n> N.\na = malloc 8\nend\nexpect a at 0\n")
        << canonical;
    QTest::newRow("handles called group and end")
        << QByteArray("heap 64\ngroup = malloc 8\nend = malloc 8\nfree group\n")
        << QByteArray("heap 64\npolicy first-fit\ngroup = malloc 8\nend = malloc 8\nfree group\n");
    QTest::newRow("policy in a group is a step")
        << QByteArray("heap 64\ngroup\npolicy best-fit\nend\n")
        << QByteArray("heap 64\npolicy first-fit\ngroup\npolicy best-fit\nend\n");
    QTest::newRow("policy after a question is a step")
        << QByteArray("heap 64\n? Which?\npolicy best-fit\n")
        << QByteArray("heap 64\npolicy first-fit\n? Which?\npolicy best-fit\n");
}

void TestScenarioQuestions::equivalentSpellingsWriteTheSame()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, written);
    const std::string out
        = formatScenario(parsed(std::string_view(text.constData(), std::size_t(text.size()))));
    QCOMPARE(QByteArray::fromStdString(out), written);
    QCOMPARE(formatScenario(parsed(out)), out);
}

void TestScenarioQuestions::groupRanges()
{
    const Scenario s = parsed(kGrouped);
    const auto range = [&s](std::size_t i) {
        const ScenarioGroupRange r = groupRange(s, i);
        return std::pair(r.first, r.last);
    };
    using R = std::pair<std::size_t, std::size_t>;
    for (std::size_t i = 0; i <= 5; ++i)
        QCOMPARE(range(i), R(0, 5));
    QCOMPARE(range(6), R(6, 6));
    // Two groups side by side stay two.
    QCOMPARE(range(7), R(7, 7));
    QCOMPARE(range(8), R(8, 9));
    QCOMPARE(range(9), R(8, 9));
    QCOMPARE(range(10), R(10, 10));
    QCOMPARE(range(11), R(11, 11)); // past the end
    // A group cut short by an edit ends at the last step left.
    Scenario cut = s;
    cut.steps.resize(3);
    QCOMPARE(groupRange(cut, 1).last, std::size_t(2));
    QCOMPARE(formatScenario(parsed(formatScenario(cut))), formatScenario(cut));
}

void TestScenarioQuestions::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const char *text, int line, int column, const char *message) {
        QTest::newRow(name) << QByteArray(text) << line << column << QString::fromLatin1(message);
    };
    row("question at the end", "heap 8\nmalloc 1\n  ? and then?\n\n# the end\n", 3, 3,
        "question with no step after it");
    row("empty question", "heap 8\n?\nmalloc 1\n", 2, 1, "empty question");
    row("two questions", "heap 8\n? one\n? two\nmalloc 1\n", 3, 1, "a second question");
    row("question inside a group", "heap 8\ngroup\nmalloc 1\n? late\nmalloc 1\nend\n", 4, 1,
        "a question inside a group");
    row("group in a group", "heap 8\ngroup A\nmalloc 1\ngroup B\n", 4, 1, "a group inside a group");
    row("end without group", "heap 8\nmalloc 1\nend\n", 3, 1, "'end' with no group open");
    row("empty group", "heap 8\ngroup\nend\n", 3, 1, "an empty group");
    row("group not closed", "heap 8\n  group Setup\nmalloc 1\n", 2, 3, "a group with no 'end'");
    row("narration before group", "heap 8\n> Setup.\ngroup\nmalloc 1\nend\n", 3, 1,
        "narration before 'group'");
    row("narration before end", "heap 8\ngroup\nmalloc 1\n> then?\nend\n", 5, 1, "narration with no step");
    row("end with a word", "heap 8\ngroup\nmalloc 1\nend now\n", 4, 5, "unexpected 'now'");
}

void TestScenarioQuestions::malformed()
{
    test::verifyMalformed();
}

void TestScenarioQuestions::cliCheckNamesTheQuestion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("late.heap"));
    QVERIFY(writeFile(path, "heap 64\na = malloc 16\n\t? Where will b go?\nexpect a at 0\n"));
    const CliRun r = runCli({ "check", path });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("late.heap:3:2: question with no step after it").toUtf8()),
             r.err.constData());
}

void TestScenarioQuestions::lessons_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = lessonFiles();
    QVERIFY(files.size() >= 9);
    for (const QString &f : files)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestScenarioQuestions::lessons()
{
    QFETCH(QString, path);
    const Scenario s = parsedFile(path);
    QVERIFY(!s.steps.empty());
    QVERIFY2(hasQuestions(s), qPrintable(path + QStringLiteral(": no question (docs/lessons.md)")));
    // About a dozen key presses (docs/lessons.md): a group is one, a
    // question one more.
    std::size_t presses = 0;
    for (std::size_t i = 0; i < s.steps.size(); i = groupRange(s, i).last + 1)
        presses += s.steps[i].question().empty() ? 1 : 2;
    QVERIFY2(presses <= 13, qPrintable(QStringLiteral("%1: %2 key presses").arg(path).arg(presses)));
    // A group shows its last step's narration: that one must have one.
    for (std::size_t i = 0; i < s.steps.size(); ++i) {
        if (groupRange(s, i).last == i)
            QVERIFY2(!s.steps[i].narration().empty(),
                     qPrintable(QStringLiteral("%1:%2: no narration").arg(path).arg(s.steps[i].line)));
    }
    const std::string text = formatScenario(s);
    QCOMPARE(formatScenario(parsed(text)), text);
}

QTEST_GUILESS_MAIN(TestScenarioQuestions)
#include "tst_scenarioquestions.moc"
