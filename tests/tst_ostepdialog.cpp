// SPDX-License-Identifier: MIT
// The New OSTEP Workload dialog: malloc.py's defaults, the shown command
// line giving the very options of the fields, errors, remembered values.
#include "ostepdialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace heapboard;

namespace {

// The options as text, every field, for QCOMPARE.
QString describe(const OstepOptions &o)
{
    return QStringLiteral("seed %1 size %2 base %3 header %4 align %5 policy %6 order %7 coalesce %8 ops %9 "
                          "range %10 percent %11 list '%12' compute %13")
        .arg(QString::fromStdString(o.seed))
        .arg(o.size)
        .arg(o.base)
        .arg(o.header)
        .arg(o.alignment)
        .arg(QString::fromStdString(o.policy), QString::fromStdString(o.order))
        .arg(o.coalesce)
        .arg(o.numOps)
        .arg(o.range)
        .arg(o.percentAlloc)
        .arg(QString::fromStdString(o.allocList))
        .arg(o.compute);
}

// A list workload ignores the random workload's fields; so does the
// command line, which leaves them out.
OstepOptions relevant(OstepOptions o)
{
    if (!o.allocList.empty()) {
        const OstepOptions defaults;
        o.seed = defaults.seed;
        o.numOps = defaults.numOps;
        o.range = defaults.range;
        o.percentAlloc = defaults.percentAlloc;
    }
    return o;
}

// malloc.py's parser over the shown line, as a shell would split it.
bool parseShown(const QString &line, OstepOptions &out, std::string &error)
{
    QStringList words = QProcess::splitCommand(line);
    if (words.isEmpty() || words.takeFirst() != QLatin1String("malloc.py")) {
        error = "not a malloc.py line";
        return false;
    }
    std::vector<std::string> args;
    for (const QString &w : words)
        args.push_back(w.toStdString());
    return parseOstepOptions(args, out, error);
}

QPushButton *okButton(const OstepDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestOstepDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultsAreMallocPys();
    void commandLineGivesTheFieldsOptions_data();
    void commandLineGivesTheFieldsOptions();
    void typingUpdatesTheLineAtOnce();
    void listDisablesTheRandomFields();
    void badValuesShowAnErrorAndDisableOk_data();
    void badValuesShowAnErrorAndDisableOk();
    void copyPutsTheLineOnTheClipboard();
    void acceptedValuesAreRemembered();
};

void TestOstepDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("HeapboardTest"));
}

void TestOstepDialog::init()
{
    QSettings().clear(); // nothing remembered from the test before
}

void TestOstepDialog::defaultsAreMallocPys()
{
    OstepDialog dialog;
    // malloc.py: seed 0, size 100, base 1000, header 0, alignment -1, BEST,
    // ADDRSORT, no coalescing, 10 ops, range 10, 50 %, no list, no -c.
    OstepOptions expected;
    std::string error;
    QVERIFY(parseOstepOptions({}, expected, error));
    QCOMPARE(describe(dialog.options()), describe(expected));
    QCOMPARE(
        describe(dialog.options()),
        QStringLiteral("seed 0 size 100 base 1000 header 0 align -1 policy BEST order ADDRSORT coalesce 0 "
                       "ops 10 range 10 percent 50 list '' compute 0"));
    QCOMPARE(dialog.commandLine(), QStringLiteral("malloc.py -s 0 -n 10"));
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(dialog.workload().isQuiz());
    QVERIFY(dialog.findChild<QSpinBox *>()->isEnabled());
}

void TestOstepDialog::commandLineGivesTheFieldsOptions_data()
{
    QTest::addColumn<QString>("arguments"); // set through the fields
    QTest::addColumn<QString>("shown");
    QTest::newRow("brief") << "-s 3 -n 10 -H 4 -p FIRST"
                           << "malloc.py -s 3 -n 10 -H 4 -p FIRST";
    QTest::newRow("defaults") << ""
                              << "malloc.py -s 0 -n 10";
    QTest::newRow("everything")
        << "-s -12345678901234567890 -S 4096 -b 0 -H 8 -a 16 -p WORST -l SIZESORT- -C "
           "-n 40 -r 64 -P 70 -c"
        << "malloc.py -s -12345678901234567890 -n 40 -S 4096 -b 0 -H 8 -a 16 -p WORST "
           "-l SIZESORT- -C -r 64 -P 70 -c";
    QTest::newRow("insert front") << "-l INSERT-FRONT -s 42"
                                  << "malloc.py -s 42 -n 10 -l INSERT-FRONT";
    QTest::newRow("list") << "-A +10,+20,-0,+5 -H 2 -s 9"
                          << "malloc.py -H 2 -A +10,+20,-0,+5";
}

void TestOstepDialog::commandLineGivesTheFieldsOptions()
{
    QFETCH(QString, arguments);
    QFETCH(QString, shown);
    OstepWorkload given;
    QString error;
    QVERIFY2(OstepWorkload::fromCommandLine(arguments, given, &error), qPrintable(error));
    OstepDialog dialog;
    dialog.setOptions(given.options);
    QCOMPARE(describe(dialog.options()), describe(given.options));
    QCOMPARE(dialog.commandLine(), shown);
    OstepOptions parsed;
    std::string parseError;
    QVERIFY2(parseShown(dialog.commandLine(), parsed, parseError), parseError.c_str());
    QCOMPARE(describe(relevant(parsed)), describe(relevant(dialog.options())));
    // OK would open exactly that workload.
    QVERIFY(dialog.problem().isEmpty());
    QCOMPARE(describe(relevant(dialog.workload().options)), describe(relevant(parsed)));
    QCOMPARE(dialog.workload().scenario, given.scenario);
    QCOMPARE(dialog.workload().isQuiz(), !arguments.contains(QLatin1String("-c")));
}

void TestOstepDialog::typingUpdatesTheLineAtOnce()
{
    OstepDialog dialog;
    dialog.show();
    auto *seed = dialog.findChild<QLineEdit *>(QStringLiteral("ostepSeed"));
    seed->selectAll();
    QTest::keyClicks(seed, QStringLiteral("3"));
    QCOMPARE(dialog.commandLine(), QStringLiteral("malloc.py -s 3 -n 10"));
    auto *policy = dialog.findChild<QComboBox *>(QStringLiteral("ostepPolicy"));
    policy->setCurrentIndex(policy->findData(QStringLiteral("FIRST")));
    auto *compute = dialog.findChild<QCheckBox *>(QStringLiteral("ostepCompute"));
    compute->click();
    QCOMPARE(dialog.commandLine(), QStringLiteral("malloc.py -s 3 -n 10 -p FIRST -c"));
    QVERIFY(!dialog.workload().isQuiz());
}

void TestOstepDialog::listDisablesTheRandomFields()
{
    OstepDialog dialog;
    OstepOptions o;
    o.allocList = "+10,-0";
    dialog.setOptions(o);
    const QStringList random { QStringLiteral("ostepSeed"), QStringLiteral("ostepNumOps"),
                               QStringLiteral("ostepRange"), QStringLiteral("ostepPercent") };
    const auto fields = dialog.findChildren<QWidget *>(QRegularExpression(QStringLiteral("^ostep")));
    QCOMPARE(fields.size(), 16); // 13 options, the line, Copy and the problem
    for (QWidget *field : fields)
        QCOMPARE(field->isEnabled(), !random.contains(field->objectName()));
    o.allocList.clear();
    dialog.setOptions(o);
    for (QWidget *field : fields)
        QVERIFY(field->isEnabled());
}

void TestOstepDialog::badValuesShowAnErrorAndDisableOk_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<qint64>("alignment");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a number") << "+10,+x" << qint64(-1) << "x";
    // Quoted on the shown line; malloc.py takes no spaces in the list.
    QTest::newRow("spaces") << "+10, -0" << qint64(-1) << "' -0'";
    QTest::newRow("alignment 0") << "" << qint64(0) << "alignment";
}

void TestOstepDialog::badValuesShowAnErrorAndDisableOk()
{
    QFETCH(QString, list);
    QFETCH(qint64, alignment);
    QFETCH(QString, message);
    OstepDialog dialog;
    dialog.show();
    OstepOptions o;
    o.allocList = list.toStdString();
    o.alignment = alignment;
    dialog.setOptions(o);
    // The error is malloc.py's, as heapboard --ostep reports it.
    OstepWorkload workload;
    QString expected;
    QVERIFY(!OstepWorkload::fromCommandLine(dialog.commandLine().mid(10), workload, &expected));
    QCOMPARE(dialog.problem(), expected);
    QVERIFY(dialog.problem().contains(message));
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("ostepProblem"));
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), expected);
    QVERIFY(!okButton(dialog)->isEnabled());
    dialog.accept(); // Return in a field: the dialog stays, nothing is kept
    QVERIFY(dialog.isVisible());
    QVERIFY(!QSettings().contains(QStringLiteral("ostep/allocList")));
    dialog.setOptions(OstepOptions {});
    QVERIFY(!label->isVisible());
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestOstepDialog::copyPutsTheLineOnTheClipboard()
{
    OstepDialog dialog;
    OstepOptions o;
    o.seed = "3";
    o.header = 4;
    dialog.setOptions(o);
    QGuiApplication::clipboard()->clear();
    dialog.findChild<QPushButton *>(QStringLiteral("ostepCopy"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("malloc.py -s 3 -n 10 -H 4"));
}

void TestOstepDialog::acceptedValuesAreRemembered()
{
    OstepOptions o;
    o.seed = "7";
    o.size = 256;
    o.header = 8;
    o.alignment = 4;
    o.policy = "WORST";
    o.order = "INSERT-BACK";
    o.coalesce = true;
    o.numOps = 20;
    o.range = 30;
    o.percentAlloc = 60;
    o.allocList = "+3,-0";
    o.compute = true;
    {
        OstepDialog dialog;
        dialog.setOptions(o);
        dialog.reject(); // Cancel keeps nothing
    }
    QCOMPARE(describe(OstepDialog().options()), describe(OstepOptions {}));
    {
        OstepDialog dialog;
        dialog.setOptions(o);
        okButton(dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(describe(OstepDialog().options()), describe(o));
}

QTEST_MAIN(TestOstepDialog)
#include "tst_ostepdialog.moc"
