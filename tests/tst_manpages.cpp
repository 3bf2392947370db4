// SPDX-License-Identifier: MIT
// The manual pages and --help agree: heapboard(1) and heapboard-record(1)
// describe exactly the options of their --help; heapboard-cli(1) has a section for each
// command of `heapboard-cli --help`, describing exactly the options of
// `heapboard-cli COMMAND --help`, and its OPTIONS the top-level ones.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

QString runHelp(const QString &program, const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        p.kill();
        qWarning("%s %s did not exit 0", qPrintable(program), qPrintable(arguments.join(u' ')));
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Options (-x, --long-name) named in text, sorted, each once.
QStringList optionsIn(const QString &text)
{
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--?[A-Za-z][\\w-]*"));
    QStringList found;
    for (const QRegularExpressionMatch &m : option.globalMatch(text))
        found.append(m.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

// The lines of a --help block ("Options:", "Commands:") up to the blank line
// after it.
QStringList helpBlock(const QString &help, const QString &title)
{
    const QStringList lines = help.split(u'\n');
    const qsizetype start = lines.indexOf(title);
    if (start < 0)
        return {};
    QStringList block;
    for (qsizetype i = start + 1; i < lines.size() && !lines.at(i).trimmed().isEmpty(); ++i)
        block.append(lines.at(i));
    return block;
}

// The options a --help lists: the first column of its "Options:" block.
QStringList helpOptions(const QString &help)
{
    static const QRegularExpression column(QStringLiteral("^  (-\\S.*?)(?:\\s{2,}|$)"));
    QString firstColumn;
    for (const QString &line : helpBlock(help, QStringLiteral("Options:")))
        firstColumn += column.match(line).captured(1) + u' ';
    return optionsIn(firstColumn);
}

// The commands of heapboard-cli --help with the lines that describe each.
QMap<QString, QString> helpCommands(const QString &help)
{
    static const QRegularExpression command(QStringLiteral("^  ([a-z]+)\\b"));
    QMap<QString, QString> commands;
    QString current;
    for (const QString &line : helpBlock(help, QStringLiteral("Commands:"))) {
        if (const QRegularExpressionMatch m = command.match(line); m.hasMatch())
            current = m.captured(1);
        commands[current] += line + u'\n';
    }
    return commands;
}

// A manual page as lines of plain text: no comments, \- as -, no font changes.
QStringList manLines(const QString &name)
{
    QFile file(QStringLiteral(HEAPBOARD_MAN_DIR "/%1.in").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression font(QStringLiteral("\\\\f[BIRP]"));
    QStringList lines;
    for (QString line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(QLatin1String(".\\\"")))
            continue;
        lines.append(line.replace(QLatin1String("\\-"), QLatin1String("-")).remove(font));
    }
    return lines;
}

// The lines from the heading (".SH OPTIONS", ".SS render") to the next one.
QStringList manSection(const QStringList &lines, const QString &heading)
{
    const qsizetype start = lines.indexOf(heading);
    if (start < 0)
        return {};
    QStringList section;
    for (qsizetype i = start + 1; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(QLatin1String(".SH")) || lines.at(i).startsWith(QLatin1String(".SS")))
            break;
        section.append(lines.at(i));
    }
    return section;
}

// The options a section describes: those in the tag line of each .TP entry.
QStringList manOptions(const QStringList &section)
{
    QString tags;
    for (qsizetype i = 0; i + 1 < section.size(); ++i) {
        if (section.at(i) == QLatin1String(".TP"))
            tags += section.at(i + 1) + u' ';
    }
    return optionsIn(tags);
}

QString cliHelp(const QStringList &arguments)
{
    return runHelp(QStringLiteral(HEAPBOARD_CLI), arguments);
}

} // namespace

class TestManPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heapboard();
    void heapboardRecord();
    void cliOptions();
    void cliCommand_data();
    void cliCommand();
};

void TestManPages::heapboard()
{
    const QString help = runHelp(QStringLiteral(HEAPBOARD_GUI), { QStringLiteral("--help") });
    const QStringList options = helpOptions(help);
    QVERIFY2(options.contains(QLatin1String("--help")), qPrintable(help));
    const QStringList page = manLines(QStringLiteral("heapboard.1"));
    QVERIFY(!page.isEmpty());
    QCOMPARE(manOptions(manSection(page, QStringLiteral(".SH OPTIONS"))), options);
}

void TestManPages::heapboardRecord()
{
    const QString help = runHelp(QStringLiteral(HEAPBOARD_RECORD), { QStringLiteral("--help") });
    const QStringList options = helpOptions(help);
    QVERIFY2(options.contains(QLatin1String("--output")), qPrintable(help));
    const QStringList page = manLines(QStringLiteral("heapboard-record.1"));
    QVERIFY(!page.isEmpty());
    QCOMPARE(manOptions(manSection(page, QStringLiteral(".SH OPTIONS"))), options);
}

void TestManPages::cliOptions()
{
    const QString help = cliHelp({ QStringLiteral("--help") });
    const QStringList options = helpOptions(help);
    QVERIFY2(options.contains(QLatin1String("--version")), qPrintable(help));
    const QStringList page = manLines(QStringLiteral("heapboard-cli.1"));
    QVERIFY(!page.isEmpty());
    QCOMPARE(manOptions(manSection(page, QStringLiteral(".SH OPTIONS"))), options);

    const QStringList commands = helpCommands(help).keys();
    QVERIFY2(commands.size() >= 3, qPrintable(help));
    QStringList sections;
    for (const QString &line : page) {
        if (line.startsWith(QLatin1String(".SS ")))
            sections.append(line.mid(4));
    }
    sections.sort();
    QCOMPARE(sections, commands);
}

void TestManPages::cliCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("usage");
    const QMap<QString, QString> commands = helpCommands(cliHelp({ QStringLiteral("--help") }));
    for (auto it = commands.cbegin(); it != commands.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value();
}

void TestManPages::cliCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, usage);
    const QString help = cliHelp({ command, QStringLiteral("--help") });
    const QStringList options = helpOptions(help);
    QVERIFY2(options.contains(QLatin1String("--help")), qPrintable(help));
    // What the top-level help says of the command, the command has.
    for (const QString &option : optionsIn(usage))
        QVERIFY2(options.contains(option), qPrintable(command + u' ' + option));
    const QStringList page = manLines(QStringLiteral("heapboard-cli.1"));
    QCOMPARE(manOptions(manSection(page, QStringLiteral(".SS ") + command)), options);
}

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"
