// SPDX-License-Identifier: MIT
// The window in German: Heapboard's translation and Qt's own load for the
// locale, from the build tree; numbers take the locale's decimal separator.
// No user-visible string escapes tr(): lupdate over the sources finds
// exactly the translated messages of translations/heapboard_de.ts, none
// unfinished, and no prose is left in a string literal outside tr().
#include "heapmodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "numberformat.h"
#include "timelineeditor.h"
#include "translations.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

QStringList menuTitles(QMainWindow &window)
{
    QStringList titles;
    for (const QAction *a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

QString statusText(QMainWindow &window)
{
    QString text;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        text += label->text();
    return text;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Translations::install(QLocale::c()); }

    void germanWindow()
    {
        QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Germany)));
        MainWindow window;
        QCOMPARE(menuTitles(window),
                 QStringList({ "&Datei", "&Bearbeiten", "&Ansicht", "&Wiedergabe", "&Lektionen", "&Hilfe" }));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("playAction"))->text(),
                 QStringLiteral("&Abspielen"));
        // A failed malloc: the core's message in German, in the message bar.
        window.editor()->allocate(5000);
        QCOMPARE(window.model()->errorMessage(window.model()->position()),
                 QStringLiteral("malloc(5000): Speicher erschöpft, kein freier Block mit 5000 Byte (größter "
                                "freier Block 1024 Byte, insgesamt 1024 Byte frei)"));
        // The status bar: German words, a German decimal comma.
        window.editor()->allocate(100);
        const QString status = statusText(window);
        QVERIFY2(status.contains(QStringLiteral("Belegt 100 B")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Externe Fragmentierung 0,0 %")), qPrintable(status));
    }

    // A file that does not parse: the message bar says why in German.
    void germanParseError()
    {
        QVERIFY(Translations::install(QLocale(QLocale::German)));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.heap"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("heap 1K\nlayout diagonal\n");
        file.close();
        MainWindow window;
        QVERIFY(!window.openFile(path));
        QTRY_COMPARE(window.messageBar()->text(),
                     path + QStringLiteral(":2:8: unbekannte Darstellung 'diagonal' (rows, strip)"));
    }

    // Qt's own strings (standard buttons, dialogs) from qtbase_de.qm.
    void qtsOwnTranslation()
    {
        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                           + QStringLiteral("/qtbase_de.qm")))
            QSKIP("qtbase_de.qm is not installed (bash .ci/setup installs qt6-translations-l10n)");
        QVERIFY(Translations::install(QLocale(QLocale::German)));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), QStringLiteral("Abbrechen"));
    }

    void numbersFollowTheLocale_data()
    {
        QTest::addColumn<quint64>("bytes");
        QTest::addColumn<QString>("c");
        QTest::addColumn<QString>("german");
        QTest::newRow("exact") << quint64(65537) << "65537 B"
                               << "65537 B";
        QTest::newRow("unit") << quint64(64 * 1024) << "64 KiB"
                              << "64 KiB";
        QTest::newRow("rounded") << quint64(12900000) << "12.3 MiB"
                                 << "12,3 MiB";
    }
    void numbersFollowTheLocale()
    {
        QFETCH(quint64, bytes);
        QFETCH(QString, c);
        QFETCH(QString, german);
        Translations::install(QLocale::c());
        QCOMPARE(NumberFormat::size(bytes), c);
        Translations::install(QLocale(QLocale::German));
        QCOMPARE(NumberFormat::size(bytes), german);
    }

    // English plurals come from heapboard_en.qm; the C locale reads English.
    void englishPlurals()
    {
        QVERIFY(Translations::install(QLocale::c()));
        const char *text = "Heapboard ended without saving “%1”: %n step(s), autosaved %2.";
        QVERIFY(MainWindow::tr(text, nullptr, 1).contains(QStringLiteral(": 1 step,")));
        QVERIFY(MainWindow::tr(text, nullptr, 3).contains(QStringLiteral(": 3 steps,")));
        // A language with no translation falls back to English.
        QVERIFY(!Translations::install(QLocale(QLocale::French)));
        QVERIFY(MainWindow::tr(text, nullptr, 1).contains(QStringLiteral(": 1 step,")));
        QVERIFY(Translations::install(QLocale(QLocale::German)));
        QVERIFY(MainWindow::tr(text, nullptr, 1).contains(QStringLiteral(": 1 Schritt,")));
        QVERIFY(MainWindow::tr(text, nullptr, 3).contains(QStringLiteral(": 3 Schritte,")));
    }

    // The language comes from the system's locale: the environment of a
    // program that calls Translations::install() as heapboard does.
    void systemLocaleChoosesTheLanguage()
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(HEAPBOARD_CLI), { QStringLiteral("frobnicate") });
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(cli.readAllStandardError()).section(u'\n', 0, 0),
                 QStringLiteral("heapboard-cli: unbekannter Befehl 'frobnicate'"));
    }

    // lupdate over the sources into a copy of the .ts changes nothing: every
    // tr() string is in it, translated, and nothing in it is stale.
    void translationIsCompleteAndCurrent()
    {
        QTemporaryDir dir;
        const QString committed = QStringLiteral(HEAPBOARD_SOURCE_DIR "/translations/heapboard_de.ts");
        const QString copy = dir.filePath(QStringLiteral("heapboard_de.ts"));
        QVERIFY(QFile::copy(committed, copy));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(HEAPBOARD_SOURCE_DIR));
        lupdate.start(QStringLiteral(HEAPBOARD_LUPDATE),
                      { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                        QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), copy });
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const QString updated = read(copy);
        QVERIFY2(!updated.contains(QStringLiteral("type=\"unfinished\"")),
                 "untranslated strings: cmake --build build --target update_translations, then translate "
                 "translations/heapboard_de.ts");
        QCOMPARE(updated.count(QStringLiteral("<message")),
                 read(committed).count(QStringLiteral("<message")));
        QVERIFY(updated.count(QStringLiteral("<message")) > 300);
    }

    // What lupdate cannot see: prose in a string literal that never went
    // through tr(), or a literal handed straight to a widget.
    void noProseOutsideTr()
    {
        static const QRegularExpression prose(
            QStringLiteral("(?:QStringLiteral|QLatin1String|QString|QByteArrayLiteral)\\s*\\(\\s*"
                           "\"([^\"]*[A-Za-z]+ [a-z]+ [a-z]+[^\"]*)\""));
        static const QRegularExpression shown(QStringLiteral(
            "\\b(?:setText|setToolTip|setStatusTip|setWhatsThis|setWindowTitle|setPlaceholderText|"
            "setTitle|setLabelText|setSuffix|setPrefix|addAction|addMenu|addTab|showMessage|"
            "setAccessibleName|setAccessibleDescription|setFullText)\\s*\\(\\s*"
            "(?:QStringLiteral\\s*\\(|QLatin1String\\s*\\(|QString\\s*\\(|u)?\\s*\"([^\"]*)\""));
        // Not shown to anyone: Qt's own warning, matched to be filtered out.
        const QStringList allowed { QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR not set") };
        const QDir root(QStringLiteral(HEAPBOARD_SOURCE_DIR));
        QStringList files;
        for (const QString &folder : { QStringLiteral("ui"), QStringLiteral("app") }) {
            for (const QString &name : QDir(root.filePath(folder)).entryList({ QStringLiteral("*.cpp") }))
                files << folder + u'/' + name;
        }
        QVERIFY(files.size() > 40);
        QStringList escaped;
        for (const QString &file : files) {
            const QString text = read(root.filePath(file));
            for (const QRegularExpression *re : { &prose, &shown }) {
                for (const QRegularExpressionMatch &m : re->globalMatch(text)) {
                    if (!allowed.contains(m.captured(1)))
                        escaped << file + u':'
                                + QString::number(text.left(m.capturedStart()).count(u'\n') + 1)
                                + QStringLiteral(": ") + m.captured(1);
                }
            }
        }
        QVERIFY2(escaped.isEmpty(), qPrintable(escaped.join(u'\n')));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
