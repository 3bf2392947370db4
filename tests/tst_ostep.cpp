// SPDX-License-Identifier: MIT
// heapboard-cli ostep against what OSTEP's malloc.py printed (tests/data/ostep,
// docs/ostep.md): every policy x list order x coalescing, headers and
// alignment, list mode with invalid frees, seeds 0, 1, 2, 3, 42, 12345, -1.
#include "clirun.h"
#include "ostep.h"
#include "ostepscenario.h"
#include "scenario.h"
#include "scenariorunner.h"
#include "testfiles.h"

#include <QProcess>
#include <QtTest>

using namespace heapboard;

class TestOstep : public QObject
{
    Q_OBJECT
private slots:
    void matchesMallocPy_data();
    void matchesMallocPy();
    void commandLineMatches_data();
    void commandLineMatches();
    void errorsAsOptparse_data();
    void errorsAsOptparse();
    void optparseForms_data();
    void optparseForms();
    void refusesWhatMallocPyCrashesOn_data();
    void refusesWhatMallocPyCrashesOn();
    void scenarioHoldsEveryAnswer_data();
    void scenarioHoldsEveryAnswer();
    void scenarioFileWritten();

private:
    static QString dataDir()
    {
        return qEnvironmentVariable("HEAPBOARD_TEST_DATA") + QStringLiteral("/ostep/");
    }
    static void addCases();
};

namespace {

std::vector<std::string> split(const QString &arguments)
{
    std::vector<std::string> out;
    for (const QString &a : QProcess::splitCommand(arguments))
        out.push_back(a.toStdString());
    return out;
}

// Lines of a tab-separated data file, without its # comments.
QList<QStringList> rows(const QString &path)
{
    const std::optional<QByteArray> bytes = test::readFile(path);
    QList<QStringList> out;
    if (!bytes)
        return out;
    for (const QString &line : QString::fromUtf8(*bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1Char('#')))
            out.push_back(line.split(QLatin1Char('\t')));
    }
    return out;
}

} // namespace

void TestOstep::addCases()
{
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<QByteArray>("expected");
    const QList<QStringList> cases = rows(dataDir() + QStringLiteral("cases.txt"));
    QVERIFY2(cases.size() >= 50, "tests/data/ostep/cases.txt is missing or short");
    for (const QStringList &c : cases) {
        const std::optional<QByteArray> out = test::readFile(dataDir() + c[0] + QStringLiteral(".out"));
        QVERIFY2(out, qPrintable(c[0]));
        QTest::newRow(qPrintable(c[0])) << c[1] << *out;
    }
}

void TestOstep::matchesMallocPy_data()
{
    addCases();
}

void TestOstep::matchesMallocPy()
{
    QFETCH(QString, arguments);
    QFETCH(QByteArray, expected);
    OstepOptions options;
    std::string error;
    QVERIFY2(parseOstepOptions(split(arguments), options, error), error.c_str());
    OstepRun run;
    QVERIFY2(runOstep(options, run, error), error.c_str());
    QCOMPARE(QByteArray::fromStdString(ostepOutput(options, run)), expected);
}

void TestOstep::commandLineMatches_data()
{
    addCases();
}

void TestOstep::commandLineMatches()
{
    QFETCH(QString, arguments);
    QFETCH(QByteArray, expected);
    const test::CliRun r
        = test::runCli(QStringList { QStringLiteral("ostep") } + QProcess::splitCommand(arguments));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, expected);
    QVERIFY(r.err.isEmpty());
}

void TestOstep::errorsAsOptparse_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<QString>("message");
    const QList<QStringList> errors = rows(dataDir() + QStringLiteral("errors.txt"));
    QVERIFY(errors.size() >= 5);
    for (const QStringList &e : errors) {
        QCOMPARE(e[1], QStringLiteral("2"));
        QTest::newRow(qPrintable(e[0])) << e[0] << e[2].section(QStringLiteral("error: "), 1);
    }
}

void TestOstep::errorsAsOptparse()
{
    QFETCH(QString, arguments);
    QFETCH(QString, message);
    const test::CliRun r
        = test::runCli(QStringList { QStringLiteral("ostep") } + QProcess::splitCommand(arguments));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString last = QString::fromUtf8(r.err).trimmed().section(QLatin1Char('\n'), -1);
    QCOMPARE(last, QStringLiteral("heapboard-cli ostep: error: ") + message);
}

void TestOstep::optparseForms_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<QString>("same");
    QTest::newRow("attached short value") << "-s3 -n5 -c"
                                          << "-s 3 -n 5 -c";
    QTest::newRow("bundled flags") << "-cC -s 2"
                                   << "-c -C -s 2";
    QTest::newRow("flags then a value") << "-cs2"
                                        << "-c -s 2";
    QTest::newRow("long with =") << "--seed=4 --compute"
                                 << "-s 4 -c";
    QTest::newRow("long abbreviated") << "--se 4 --comp --coal"
                                      << "-s 4 -c -C";
    QTest::newRow("octal as optparse reads it") << "-s 010 -c"
                                                << "-s 8 -c";
    QTest::newRow("hexadecimal") << "-S 0x40 -c"
                                 << "-S 64 -c";
    QTest::newRow("stray arguments ignored") << "extra -c"
                                             << "-c";
}

void TestOstep::optparseForms()
{
    QFETCH(QString, arguments);
    QFETCH(QString, same);
    auto output = [](const QString &args) {
        OstepOptions options;
        OstepRun run;
        std::string error;
        if (!parseOstepOptions(split(args), options, error) || !runOstep(options, run, error))
            return QByteArray::fromStdString("error: " + error);
        // The preamble echoes the options: compare what follows it.
        const std::string out = ostepOutput(options, run);
        return QByteArray::fromStdString(out.substr(out.find("\n\n")));
    };
    const QByteArray a = output(arguments);
    QVERIFY2(!a.startsWith("error"), a.constData());
    QCOMPARE(a, output(same));
}

void TestOstep::refusesWhatMallocPyCrashesOn_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("ambiguous long option") << "--s 3"
                                           << "ambiguous option: --s";
    QTest::newRow("flag with a value") << "--coalesce=yes"
                                       << "--coalesce option does not take a value";
    QTest::newRow("unknown policy") << "-p NEXT"
                                    << "invalid policy";
    QTest::newRow("unknown order") << "-l RANDOM"
                                   << "invalid list order";
    QTest::newRow("zero alignment") << "-a 0"
                                    << "alignment";
    QTest::newRow("no allocations") << "-P 0"
                                    << "percentage";
    QTest::newRow("bad list entry") << "-A +10,x3"
                                    << "badly specified operand 'x3'";
    QTest::newRow("empty list entry") << "-A +10,"
                                      << "badly specified operand ''";
    QTest::newRow("free of a failed malloc") << "-S 10 -A +20,+5,-0"
                                             << "ptr[0] was never allocated";
    QTest::newRow("negative header") << "-H -1"
                                     << "header";
}

void TestOstep::refusesWhatMallocPyCrashesOn()
{
    QFETCH(QString, arguments);
    QFETCH(QString, mentions);
    const test::CliRun r
        = test::runCli(QStringList { QStringLiteral("ostep") } + QProcess::splitCommand(arguments));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
}

void TestOstep::scenarioHoldsEveryAnswer_data()
{
    addCases();
}

void TestOstep::scenarioHoldsEveryAnswer()
{
    // The scenario runs on Heapboard's heap with the same settings; its
    // expect lines are malloc.py's answers, so every one must hold.
    QFETCH(QString, arguments);
    OstepOptions options;
    std::string error;
    QVERIFY(parseOstepOptions(split(arguments), options, error));
    OstepRun run;
    QVERIFY(runOstep(options, run, error));
    const std::string text = ostepScenario(options, run);
    Scenario scenario;
    ParseError parseError;
    QVERIFY2(parseScenario(text, scenario, parseError), parseError.message.c_str());
    std::size_t expects = 0;
    for (const ScenarioStep &step : scenario.steps)
        expects += step.expects().size();
    QVERIFY(expects >= run.steps.size());
    const std::vector<std::string> failures = checkScenario(scenario);
    QVERIFY2(failures.empty(), failures.empty() ? "" : failures.front().c_str());
    QCOMPARE(formatScenario(scenario).find("heap " + std::to_string(options.size)) != std::string::npos,
             true);
}

void TestOstep::scenarioFileWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hw.heap"));
    const test::CliRun r = test::runCli({ QStringLiteral("ostep"), QStringLiteral("-s"), QStringLiteral("3"),
                                          QStringLiteral("-H"), QStringLiteral("4"), QStringLiteral("-p"),
                                          QStringLiteral("FIRST"), QStringLiteral("--scenario"), path });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("returned ?")); // no -c: the questions only
    const test::CliRun checked = test::runCli({ QStringLiteral("check"), path });
    QCOMPARE(checked.exitCode, 0);
    QVERIFY2(checked.out.contains("expect lines hold"), checked.out.constData());
    const std::optional<QByteArray> text = test::readFile(path);
    QVERIFY(text && text->contains("header 4\n") && text->contains("base 1000\n")
            && text->contains("coalesce none\n"));
}

QTEST_GUILESS_MAIN(TestOstep)
#include "tst_ostep.moc"
