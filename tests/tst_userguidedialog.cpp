// SPDX-License-Identifier: MIT
// Help > User Guide and Help > What's New: the guide is built in with its
// eight sections and its pictures (drawn by heapboard-cli render at build
// time), each menu item and key the help names exists in the window, and
// each menu entry opens one window.
#include "helpmarkup.h"
#include "mainwindow.h"
#include "testfiles.h"
#include "userguidedialog.h"
#include "whatsnewdialog.h"

#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <memory>

using namespace heapboard::test;

namespace {

QString guideHtml()
{
    return QString::fromUtf8(readFile(QStringLiteral(":/guide/guide.html")).value_or(QByteArray()));
}

QStringList matches(const QString &html, const QString &pattern)
{
    QStringList out;
    for (auto it = QRegularExpression(pattern).globalMatch(html); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

} // namespace

class TestUserGuideDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void guideHasItsSections();
    void sectionsAreInOrder();
    void translatedGuideFollowsTheLocale();
    void picturesAreDrawn();
    void exampleIsTheDrawnScenario();
    void menusTheHelpNamesExist_data();
    void menusTheHelpNamesExist();
    void keysTheHelpNamesExist_data();
    void keysTheHelpNamesExist();
    void helpMenuOpensOneWindowEach_data();
    void helpMenuOpensOneWindowEach();
    void whatsNewListsThisVersion();
    void followsTheWindowsTextSize();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestUserGuideDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeapboardTest"));
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
}

void TestUserGuideDialog::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->newHeap();
}

void TestUserGuideDialog::cleanup()
{
    m_window.reset();
}

void TestUserGuideDialog::guideHasItsSections()
{
    QVERIFY(UserGuideDialog::isGuideBuiltIn());
    UserGuideDialog dialog;
    QCOMPARE(dialog.browser()->source(), UserGuideDialog::guideUrl());
    const QString html = guideHtml();
    // The contents link to each section, in order, and each has its anchor.
    QStringList links = matches(html, QStringLiteral("<a href=\"#([a-z-]+)\">"));
    QCOMPARE(links, UserGuideDialog::sections());
    QCOMPARE(matches(html, QStringLiteral("<h2><a name=\"([a-z-]+)\">")), UserGuideDialog::sections());
    QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("The command line")));
}

void TestUserGuideDialog::sectionsAreInOrder()
{
    UserGuideDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QScrollBar *bar = dialog.browser()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    int last = -1;
    // A section that is not there would leave the scroll bar where it was.
    for (const QString &section : UserGuideDialog::sections()) {
        dialog.showSection(section);
        QVERIFY2(bar->value() > last || bar->value() == bar->maximum(), qPrintable(section));
        last = bar->value();
    }
    QVERIFY(last > 0);
    auto *contents = dialog.findChild<QPushButton *>(QStringLiteral("contents"));
    QVERIFY(contents);
    contents->click();
    QCOMPARE(bar->value(), 0);
}

// A guide_LANG.html beside guide.html is shown to those who read LANG; the
// others keep the English one.
void TestUserGuideDialog::translatedGuideFollowsTheLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Esperanto));
    const QUrl esperanto = UserGuideDialog::guideUrl();
    QLocale::setDefault(QLocale::c()); // a language no guide is written in
    const QUrl other = UserGuideDialog::guideUrl();
    QLocale::setDefault(QLocale(QLocale::Esperanto));
    UserGuideDialog dialog;
    const QString title = dialog.browser()->documentTitle();
    QLocale::setDefault(before);
    QCOMPARE(esperanto, QUrl(QStringLiteral("qrc:/guide/guide_eo.html")));
    QCOMPARE(other, QUrl(QStringLiteral("qrc:/guide/guide.html")));
    QCOMPARE(title, QStringLiteral("Gvidilo"));
}

void TestUserGuideDialog::picturesAreDrawn()
{
    UserGuideDialog dialog;
    const QStringList pictures = matches(guideHtml(), QStringLiteral("<img src=\"([a-z-]+\\.png)\""));
    QCOMPARE(pictures.size(), 7);
    for (const QString &name : pictures) {
        const QVariant resource
            = dialog.browser()->document()->resource(QTextDocument::ImageResource, QUrl(name));
        const QImage image = resource.value<QImage>().isNull() ? resource.value<QPixmap>().toImage()
                                                               : resource.value<QImage>();
        QVERIFY2(!image.isNull(), qPrintable(name));
        QCOMPARE(image.size(), QSize(720, 320));
        // A drawn heap, not an empty picture: many colors (blocks, text, hatching).
        QSet<QRgb> colors;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                colors.insert(image.pixel(x, y));
        }
        QVERIFY2(colors.size() > 8, qPrintable(name));
    }
}

// The scenario the guide shows is the file its picture was drawn from (and
// that heapboard-cli therefore parsed), comments aside.
void TestUserGuideDialog::exampleIsTheDrawnScenario()
{
    const QStringList pre = matches(guideHtml(), QStringLiteral("(?s)<pre>\\n(title .*?)</pre>"));
    QCOMPARE(pre.size(), 1);
    const QString shown
        = QTextDocumentFragment::fromHtml(QStringLiteral("<pre>") + pre.front() + QStringLiteral("</pre>"))
              .toPlainText()
              .trimmed();
    const auto file = readFile(QStringLiteral(HEAPBOARD_GUIDE_EXAMPLE));
    QVERIFY(file);
    QStringList lines = QString::fromUtf8(*file).split(QLatin1Char('\n'));
    lines.removeIf([](const QString &line) { return line.startsWith(QLatin1Char('#')); });
    QCOMPARE(shown, lines.join(QLatin1Char('\n')).trimmed());
}

void TestUserGuideDialog::menusTheHelpNamesExist_data()
{
    QTest::addColumn<QString>("path");
    QStringList paths = menuPaths(guideHtml());
    QVERIFY(paths.size() > 20);
    for (const WhatsNewDialog::Group &group : WhatsNewDialog::changes())
        paths += menuPaths(group.changes.join(QLatin1Char('\n')));
    paths.removeDuplicates();
    for (const QString &path : std::as_const(paths))
        QTest::newRow(qPrintable(path)) << path;
}

void TestUserGuideDialog::menusTheHelpNamesExist()
{
    QFETCH(QString, path);
    QVERIFY(menuAction(*m_window, path));
}

void TestUserGuideDialog::keysTheHelpNamesExist_data()
{
    QTest::addColumn<QString>("name");
    QStringList names = keyNames(guideHtml());
    QVERIFY(names.size() > 30);
    for (const WhatsNewDialog::Group &group : WhatsNewDialog::changes())
        names += keyNames(group.changes.join(QLatin1Char('\n')));
    names.removeDuplicates();
    for (const QString &name : std::as_const(names))
        QTest::newRow(qPrintable(name)) << name;
}

void TestUserGuideDialog::keysTheHelpNamesExist()
{
    QFETCH(QString, name);
    // Written as the menus and Help > Keyboard Shortcuts write it.
    const QKeySequence key = QKeySequence::fromString(name, QKeySequence::NativeText);
    QVERIFY2(!key.isEmpty() && key.toString(QKeySequence::NativeText) == name, qPrintable(key.toString()));
    if (key == QKeySequence(Qt::Key_Tab))
        return; // moves the focus, as in every window (tst_accessiblenames)
    QVERIFY(windowHasKey(*m_window, key));
}

void TestUserGuideDialog::helpMenuOpensOneWindowEach_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("title");
    QTest::newRow("guide") << QStringLiteral("Help > User Guide") << QStringLiteral("Heapboard User Guide");
    QTest::newRow("what's new") << QStringLiteral("Help > What's New")
                                << QStringLiteral("What's New in Heapboard");
}

void TestUserGuideDialog::helpMenuOpensOneWindowEach()
{
    QFETCH(QString, path);
    QFETCH(QString, title);
    QAction *action = menuAction(*m_window, path);
    QVERIFY(action);
    action->trigger();
    const auto dialogs = [this] { return m_window->findChildren<HelpDialog *>(); };
    QCOMPARE(dialogs().size(), 1);
    HelpDialog *dialog = dialogs().front();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), title);
    action->trigger(); // raises the same one
    QCOMPARE(dialogs().size(), 1);
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::Close)->click();
    QTRY_VERIFY(dialogs().isEmpty());
}

void TestUserGuideDialog::whatsNewListsThisVersion()
{
    WhatsNewDialog dialog;
    const QString text = dialog.browser()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("What's new in Heapboard 9.8.7")));
    int items = 0;
    for (const WhatsNewDialog::Group &group : WhatsNewDialog::changes()) {
        QVERIFY(!group.changes.isEmpty());
        QVERIFY(text.contains(group.title));
        for (const QString &change : group.changes) {
            ++items;
            QVERIFY2(text.contains(QTextDocumentFragment::fromHtml(change).toPlainText()),
                     qPrintable(change));
        }
    }
    QVERIFY(items >= 15);
}

void TestUserGuideDialog::followsTheWindowsTextSize()
{
    m_window->setTextScale(2.0);
    menuAction(*m_window, QStringLiteral("Help > User Guide"))->trigger();
    auto *dialog = m_window->findChild<UserGuideDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->font(), m_window->font());
    QVERIFY(QFontInfo(dialog->browser()->font()).pixelSize()
            > QFontInfo(QApplication::font()).pixelSize() * 3 / 2);
    // It still fits the screen it opens on.
    QVERIFY(dialog->width() <= dialog->screen()->availableGeometry().width());
    QVERIFY(dialog->height() <= dialog->screen()->availableGeometry().height());
}

QTEST_MAIN(TestUserGuideDialog)
#include "tst_userguidedialog.moc"
