// SPDX-License-Identifier: MIT
// heapboard-cli render end to end: files of the size and type asked for,
// headless, and every bad argument exits 2 with a message and no file.
#include "clirun.h"
#include "testfiles.h"

#include <QFile>
#include <QImage>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using heapboard::test::CliRun;
using heapboard::test::readFile;
using heapboard::test::runCli;
using heapboard::test::writeFile;

namespace {

QString lesson(const char *name)
{
    return QStringLiteral(HEAPBOARD_LESSONS "/") + QLatin1String(name);
}

QString trace(const char *name)
{
    return QStringLiteral(QT_TESTCASE_SOURCEDIR "/data/") + QLatin1String(name);
}

// The size of the picture in a file, whatever its type.
QSize pictureSize(const QString &path)
{
    const QByteArray data = readFile(path).value_or(QByteArray());
    if (path.endsWith(QLatin1String(".png")))
        return QImage::fromData(data, "PNG").size();
    if (path.endsWith(QLatin1String(".svg")))
        return QSvgRenderer(data).defaultSize();
    // PDF: one page, a pixel being 1/96 inch.
    static const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]"));
    const QRegularExpressionMatch m = box.match(QString::fromLatin1(data));
    if (!data.startsWith("%PDF-") || !m.hasMatch())
        return {};
    return QSize(qRound(m.captured(1).toDouble() * 96 / 72), qRound(m.captured(2).toDouble() * 96 / 72));
}

} // namespace

class TestCliRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rendersFile_data();
    void rendersFile();
    void stepsChangeThePicture();
    void chartMarksTheStep();
    void legendOnRequest();
    void badArguments_data();
    void badArguments();
    void unreadableInput_data();
    void unreadableInput();
    void help();
};

void TestCliRender::initTestCase()
{
    QLoggingCategory::setFilterRules(
        QStringLiteral("qt.svg.warning=false")); // no SVG patterns in Qt's renderer
}

void TestCliRender::rendersFile_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QSize>("size");
    const QSize fullHd(1920, 1080);
    QTest::newRow("scenario png") << lesson("02-splitting.heap") << QStringList() << "a.png" << fullHd;
    QTest::newRow("step 0") << lesson("02-splitting.heap") << QStringList { "--step", "0" } << "a.png"
                            << fullHd;
    QTest::newRow("size") << lesson("03-coalescing.heap")
                          << QStringList { "--step", "3", "--size", "1280x720" } << "a.png"
                          << QSize(1280, 720);
    QTest::newRow("svg") << lesson("04-fragmentation.heap") << QStringList { "--theme", "dark" } << "a.svg"
                         << fullHd;
    QTest::newRow("svg size") << lesson("04-fragmentation.heap") << QStringList { "--size", "800x800" }
                              << "a.svg" << QSize(800, 800);
    QTest::newRow("pdf") << lesson("05-policies.heap") << QStringList { "--theme", "high-contrast" }
                         << "a.pdf" << fullHd;
    QTest::newRow("pdf size") << lesson("05-policies.heap") << QStringList { "--size", "1024x768" } << "a.pdf"
                              << QSize(1024, 768);
    QTest::newRow("trace") << trace("short1-bal.rep")
                           << QStringList { "--step", "6", "--theme", "color-blind" } << "t.png" << fullHd;
    QTest::newRow("big trace") << trace("amptjp-bal.rep") << QStringList { "--step", "2000", "--no-caption" }
                               << "t.png" << fullHd;
    QTest::newRow("heap size and policy")
        << trace("short2-bal.rep") << QStringList { "--heap-size", "1M", "--policy", "best-fit" } << "t.pdf"
        << fullHd;
    QTest::newRow("chart png") << trace("amptjp-bal.rep") << QStringList { "--chart" } << "c.png" << fullHd;
    QTest::newRow("chart svg") << lesson("04-fragmentation.heap")
                               << QStringList { "--chart", "--size", "1280x720", "--theme", "dark" }
                               << "c.svg" << QSize(1280, 720);
    QTest::newRow("chart pdf") << trace("short1-bal.rep") << QStringList { "--chart", "--step", "3" }
                               << "c.pdf" << fullHd;
}

void TestCliRender::rendersFile()
{
    QFETCH(QString, input);
    QFETCH(QStringList, options);
    QFETCH(QString, output);
    QFETCH(QSize, size);
    QTemporaryDir dir;
    const QString path = dir.filePath(output);
    const CliRun r
        = runCli(QStringList { QStringLiteral("render"), input, QStringLiteral("-o"), path } + options);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(pictureSize(path), size);
}

void TestCliRender::stepsChangeThePicture()
{
    QTemporaryDir dir;
    QList<QImage> images;
    for (const char *step : { "0", "1", "2" }) {
        const QString path = dir.filePath(QStringLiteral("s%1.png").arg(QLatin1String(step)));
        const CliRun r
            = runCli({ QStringLiteral("render"), lesson("02-splitting.heap"), QStringLiteral("--step"),
                       QLatin1String(step), QStringLiteral("--no-caption"), QStringLiteral("-o"), path });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        images.append(QImage(path));
    }
    QVERIFY(images[0] != images[1]);
    QVERIFY(images[1] != images[2]);
    // The last step by default.
    const QString last = dir.filePath(QStringLiteral("last.png"));
    const QString five = dir.filePath(QStringLiteral("five.png"));
    QCOMPARE(runCli({ QStringLiteral("render"), lesson("02-splitting.heap"), QStringLiteral("-o"), last })
                 .exitCode,
             0);
    QCOMPARE(runCli({ QStringLiteral("render"), lesson("02-splitting.heap"), QStringLiteral("--step"),
                      QStringLiteral("5"), QStringLiteral("-o"), five })
                 .exitCode,
             0);
    QCOMPARE(QImage(last), QImage(five));
}

void TestCliRender::chartMarksTheStep()
{
    // The chart, not the heap; the marked step moves only its line: the
    // pictures differ, but only in a narrow band of columns each.
    QTemporaryDir dir;
    QList<QImage> images;
    for (const QStringList &options :
         { QStringList { "--chart", "--step", "1" }, QStringList { "--chart", "--step", "9" },
           QStringList { "--step", "1" } }) {
        const QString path = dir.filePath(QStringLiteral("%1.png").arg(images.size()));
        const CliRun r = runCli(QStringList { QStringLiteral("render"), lesson("04-fragmentation.heap"),
                                              QStringLiteral("-o"), path }
                                + options);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        images.append(QImage(path).convertToFormat(QImage::Format_RGB32));
    }
    QVERIFY(images[0] != images[2]);
    QVERIFY(images[0] != images[1]);
    int changedColumns = 0;
    for (int x = 0; x < images[0].width(); ++x) {
        for (int y = 0; y < images[0].height(); ++y) {
            if (images[0].pixel(x, y) != images[1].pixel(x, y)) {
                ++changedColumns;
                break;
            }
        }
    }
    QVERIFY2(changedColumns > 0 && changedColumns < 20, qPrintable(QString::number(changedColumns)));
}

void TestCliRender::legendOnRequest()
{
    // Only the bottom right corner changes (tst_heaplegend checks where).
    QTemporaryDir dir;
    QList<QImage> images;
    for (const bool legend : { false, true }) {
        const QString path
            = dir.filePath(legend ? QStringLiteral("legend.png") : QStringLiteral("plain.png"));
        QStringList arguments { QStringLiteral("render"), lesson("03-coalescing.heap"), QStringLiteral("-o"),
                                path };
        if (legend)
            arguments.append(QStringLiteral("--legend"));
        const CliRun r = runCli(arguments);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        images.append(QImage(path));
    }
    QCOMPARE(images[0].size(), QSize(1920, 1080));
    QCOMPARE(images[1].size(), images[0].size());
    const QRect topLeft(0, 0, 960, 540);
    QCOMPARE(images[1].copy(topLeft), images[0].copy(topLeft));
    const QRect corner(1920 - 200, 1080 - 60, 200, 60);
    QVERIFY(images[1].copy(corner) != images[0].copy(corner));
}

void TestCliRender::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString splitting = lesson("02-splitting.heap");
    QTest::newRow("step too far") << QStringList { splitting, "--step", "99", "-o", "a.png" }
                                  << "--step 99: " + splitting + " has 5 steps (0 to 5)";
    QTest::newRow("negative step") << QStringList { splitting, "--step", "-1", "-o", "a.png" }
                                   << "--step '-1' is not a step number";
    QTest::newRow("step not a number")
        << QStringList { splitting, "--step", "two", "-o", "a.png" } << "--step 'two' is not a step number";
    QTest::newRow("size not WxH") << QStringList { splitting, "--size", "1920", "-o", "a.png" }
                                  << "--size '1920' is not WIDTHxHEIGHT";
    QTest::newRow("size zero") << QStringList { splitting, "--size", "0x1080", "-o", "a.png" }
                               << "--size 0x1080: each side must be 16 to 16384 pixels";
    QTest::newRow("size huge") << QStringList { splitting, "--size", "100000x100000", "-o", "a.png" }
                               << "--size 100000x100000: each side must be";
    QTest::newRow("unknown theme") << QStringList { splitting, "--theme", "neon", "-o", "a.png" }
                                   << "unknown theme 'neon' (light, dark, high-contrast, color-blind)";
    QTest::newRow("unknown type") << QStringList { splitting, "-o", "a.gif" }
                                  << "a.gif: unknown output type '.gif'";
    QTest::newRow("no output") << QStringList { splitting } << "missing -o OUT.png|OUT.svg|OUT.pdf";
    QTest::newRow("no file") << QStringList { "-o", "a.png" } << "expected one FILE, got 0";
    QTest::newRow("unwritable") << QStringList { splitting, "-o", "no/such/dir/a.png" }
                                << "no/such/dir/a.png: cannot write: No such file or directory";
    QTest::newRow("directory") << QStringList { splitting, "-o", "taken.pdf" } << "taken.pdf: cannot write: ";
    QTest::newRow("unknown policy") << QStringList { splitting, "--policy", "luck", "-o", "a.png" }
                                    << "unknown policy 'luck'";
    QTest::newRow("unknown option") << QStringList { splitting, "--colour", "red", "-o", "a.png" }
                                    << "heapboard-cli render: Unknown option 'colour'";
}

void TestCliRender::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.pdf")));
    const CliRun r = runCli(QStringList { QStringLiteral("render") } + arguments, dir.path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestCliRender::unreadableInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("scenario") << QByteArray("heap 1K\nmalloc lots\n") << "bad.heap"
                              << "bad.heap:2:8: ";
    QTest::newRow("trace") << QByteArray("100\n1\n2\n1\na 0 10\nq 0\n") << "bad.rep"
                           << "bad.rep:6: ";
    QTest::newRow("missing") << QByteArray() << "none.rep"
                             << "none.rep: no such file";
}

void TestCliRender::unreadableInput()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, name);
    QFETCH(QString, message);
    QTemporaryDir dir;
    if (!text.isEmpty())
        QVERIFY(writeFile(dir.filePath(name), text));
    const CliRun r = runCli(
        { QStringLiteral("render"), name, QStringLiteral("-o"), QStringLiteral("out.png") }, dir.path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(message.toUtf8()), r.err.constData());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.png"))));
}

void TestCliRender::help()
{
    const CliRun usage = runCli({ QStringLiteral("--help") });
    QCOMPARE(usage.exitCode, 0);
    QVERIFY(usage.out.contains("render FILE [--step N] [--size WxH] [--theme NAME] -o OUT.png|.svg|.pdf"));
    const CliRun r = runCli({ QStringLiteral("render"), QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    for (const char *option : { "--step", "--size", "--theme", "--output", "--no-caption", "--legend" })
        QVERIFY2(r.out.contains(option), option);
}

QTEST_GUILESS_MAIN(TestCliRender)
#include "tst_clirender.moc"
