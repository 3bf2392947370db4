// SPDX-License-Identifier: MIT
// ExportDialog: suggests a file in a folder that exists, exports what it is
// given at the size chosen, stays open with the whole reason when it cannot,
// and exportHeap() reports both.
#include "dialogwaiter.h"
#include "exportdialog.h"
#include "heapexport.h"
#include "heapmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFontMetrics>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace heapboard;

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void enterExportsToAFolderThatExists_data();
    void enterExportsToAFolderThatExists();
    void rememberedPathInAFolderThatIsGone();
    void exportsAtTheChosenSize();
    void exportsInTheChosenTheme_data();
    void exportsInTheChosenTheme();
    void staysOpenWhenItCannotWrite();
    void longErrorIsWhollyVisible();
    void unknownTypeIsRefused();
    void exportHeapReportsTheOutcome();
    void exportHeapCancelled();
    void legendIsDrawnAndRemembered();

private:
    QString picturesPath() const { return m_home.filePath(QStringLiteral("Pictures")); }

    QTemporaryDir m_home;
    HeapModel m_model;
};

namespace {

QLabel *problemLabel(const ExportDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("problem"));
}

// The label's text as a reader sees it: the zero-width spaces that let a
// long path wrap are not part of the message.
QString shownText(const QLabel *label)
{
    return label->text().remove(QChar(0x200B));
}

} // namespace

void TestExportDialog::initTestCase()
{
    // A fresh account: a home of our own, with no Pictures folder yet. With
    // test mode on, the Pictures location is $HOME/Pictures whatever the
    // user's XDG settings, and QSettings lives under this home too.
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(QDir::homePath(), QDir(m_home.path()).canonicalPath());
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation), picturesPath());
    QVERIFY(m_model.reset(1024, Policy::FirstFit));
    QVERIFY(m_model.allocate(300, QStringLiteral("a")).ok());
    QVERIFY(m_model.allocate(200, QStringLiteral("b")).ok());
}

void TestExportDialog::init()
{
    QSettings().clear(); // nothing remembered from the test before
    QDir(picturesPath()).removeRecursively();
}

void TestExportDialog::enterExportsToAFolderThatExists_data()
{
    QTest::addColumn<bool>("havePictures");
    QTest::newRow("no Pictures folder: home") << false;
    QTest::newRow("Pictures") << true;
}

void TestExportDialog::enterExportsToAFolderThatExists()
{
    // Ctrl+E then Enter on a fresh account must write a file.
    QFETCH(bool, havePictures);
    if (havePictures)
        QVERIFY(QDir().mkpath(picturesPath()));
    const QString folder = havePictures ? picturesPath() : QDir::homePath();
    DialogWaiter<ExportDialog> enter([&](ExportDialog *dialog) {
        QCOMPARE(QFileInfo(dialog->path()).absolutePath(), folder);
        QWidget *focus = dialog->focusWidget();
        QTest::keyClick(focus ? focus : dialog, Qt::Key_Return);
    });
    QString error;
    const bool exported
        = ExportDialog::exportHeap(nullptr, m_model, HeapPalette::byId(QStringLiteral("light")),
                                   { QStringLiteral("Two blocks") }, &error);
    QVERIFY2(enter.wait(), qPrintable(enter.failure()));
    QVERIFY2(exported, qPrintable(error));
    QCOMPARE(QImage(QDir(folder).filePath(QStringLiteral("heap.png"))).size(), QSize(1920, 1080));
    QCOMPARE(QSettings().value(QStringLiteral("export/path")).toString(),
             QDir(folder).filePath(QStringLiteral("heap.png")));
}

void TestExportDialog::rememberedPathInAFolderThatIsGone()
{
    const HeapPalette &palette = HeapPalette::byId(QStringLiteral("light"));
    QTemporaryDir elsewhere;
    const QString kept = elsewhere.filePath(QStringLiteral("talk.svg"));
    QSettings().setValue(QStringLiteral("export/path"), kept);
    QCOMPARE(QDir::fromNativeSeparators(ExportDialog(m_model.heap(), {}, palette, {}).path()), kept);

    // The folder is gone: the same name, in Pictures or else in the home.
    QSettings().setValue(QStringLiteral("export/path"), elsewhere.filePath(QStringLiteral("gone/talk.svg")));
    QCOMPARE(QDir::fromNativeSeparators(ExportDialog(m_model.heap(), {}, palette, {}).path()),
             QDir::home().filePath(QStringLiteral("talk.svg")));
    QVERIFY(QDir().mkpath(picturesPath()));
    QCOMPARE(QDir::fromNativeSeparators(ExportDialog(m_model.heap(), {}, palette, {}).path()),
             QDir(picturesPath()).filePath(QStringLiteral("talk.svg")));
}

void TestExportDialog::exportsAtTheChosenSize()
{
    QTemporaryDir dir;
    ExportDialog dialog(m_model.heap(), [this](quint32 tag) { return m_model.labelFor(tag); },
                        HeapPalette::byId(QStringLiteral("dark")), { QStringLiteral("Title") });
    QCOMPARE(dialog.pixelSize(), QSize(1920, 1080)); // the default
    QVERIFY(dialog.includesCaption());
    dialog.setPath(dir.filePath(QStringLiteral("slide.png")));
    dialog.setPixelSize({ 1280, 720 });
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.lastError().isEmpty());
    QCOMPARE(QImage(dir.filePath(QStringLiteral("slide.png"))).size(), QSize(1280, 720));
}

void TestExportDialog::exportsInTheChosenTheme_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("light window, dark picture") << QStringLiteral("light") << QStringLiteral("dark");
    QTest::newRow("dark window, light picture") << QStringLiteral("dark") << QStringLiteral("light");
    QTest::newRow("high contrast") << QStringLiteral("light") << QStringLiteral("high-contrast");
    QTest::newRow("the window's") << QStringLiteral("dark") << QString();
}

void TestExportDialog::exportsInTheChosenTheme()
{
    QFETCH(QString, window);
    QFETCH(QString, chosen);
    QTemporaryDir dir;
    ExportDialog dialog(m_model.heap(), {}, HeapPalette::byId(window), {});
    QCOMPARE(dialog.theme(), window); // the window's theme unless the user picks another
    auto *box = dialog.findChild<QComboBox *>(QStringLiteral("theme"));
    QVERIFY(box);
    QCOMPARE(box->count(), HeapPalette::ids().size());
    if (!chosen.isEmpty()) {
        box->setCurrentIndex(box->findData(chosen));
        QCOMPARE(dialog.theme(), chosen);
    }
    dialog.setPath(dir.filePath(QStringLiteral("theme.png")));
    dialog.setPixelSize({ 320, 180 });
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QImage image(dir.filePath(QStringLiteral("theme.png")));
    const HeapPalette &expected = HeapPalette::byId(chosen.isEmpty() ? window : chosen);
    QCOMPARE(image.pixelColor(1, 1).rgb(), expected.background.rgb());
    QCOMPARE(image.pixelColor(image.width() - 2, image.height() - 2).rgb(), expected.background.rgb());
}

void TestExportDialog::staysOpenWhenItCannotWrite()
{
    QTemporaryDir dir;
    ExportDialog dialog(m_model.heap(), {}, HeapPalette::byId(QStringLiteral("light")), {});
    QVERIFY(!dialog.includesCaption()); // nothing to put there
    const QString path = dir.filePath(QStringLiteral("missing/slide.pdf"));
    dialog.setPath(path);
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.lastError().startsWith(path + QStringLiteral(": cannot write: ")),
             qPrintable(dialog.lastError()));
    QLabel *problem = problemLabel(dialog);
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    QCOMPARE(shownText(problem), dialog.lastError());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestExportDialog::longErrorIsWhollyVisible()
{
    // A path far wider than the dialog, in folders that do not exist: the
    // message wraps, inside the screen, and every line of it is shown.
    QTemporaryDir dir;
    QString path = dir.path();
    for (int i = 0; i < 8; ++i)
        path += QStringLiteral("/a-folder-name-that-goes-on-and-on-%1").arg(i);
    path += QStringLiteral("/the-slide-for-the-lecture-on-coalescing-free-blocks.png");
    ExportDialog dialog(m_model.heap(), {}, HeapPalette::byId(QStringLiteral("light")), {});
    dialog.setPath(path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.accept();
    QVERIFY(dialog.lastError().startsWith(path + QStringLiteral(": cannot write: ")));
    QLabel *problem = problemLabel(dialog);
    QVERIFY(problem);
    QCOMPARE(shownText(problem), dialog.lastError());
    dialog.layout()->activate();
    const auto wrapped = [problem] {
        const QRect room = problem->contentsRect();
        return QFontMetrics(problem->font())
            .boundingRect(QRect(0, 0, room.width(), 1 << 20), Qt::TextWordWrap, problem->text());
    };
    QTRY_VERIFY2(problem->isVisible() && problem->height() >= problem->heightForWidth(problem->width())
                     && wrapped().height() <= problem->contentsRect().height(),
                 qPrintable(QStringLiteral("%1 px of text in %2 px")
                                .arg(wrapped().height())
                                .arg(problem->contentsRect().height())));
    QVERIFY2(wrapped().width() <= problem->contentsRect().width(),
             qPrintable(QStringLiteral("a line of %1 px in %2 px")
                            .arg(wrapped().width())
                            .arg(problem->contentsRect().width())));
    QVERIFY(wrapped().height() > 2 * problem->fontMetrics().height()); // it does wrap
    QVERIFY(dialog.rect().contains(problem->geometry()));
    QVERIFY2(dialog.width() <= dialog.screen()->availableGeometry().width(),
             qPrintable(QString::number(dialog.width())));
}

void TestExportDialog::unknownTypeIsRefused()
{
    QTemporaryDir dir;
    ExportDialog dialog(m_model.heap(), {}, HeapPalette::byId(QStringLiteral("light")), {});
    dialog.setPath(dir.filePath(QStringLiteral("slide.jpg")));
    dialog.accept();
    QVERIFY(dialog.lastError().contains(QStringLiteral("unknown file type")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

void TestExportDialog::exportHeapReportsTheOutcome()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("heap.svg"));
    DialogWaiter<ExportDialog> answer([&](ExportDialog *dialog) {
        dialog->setPath(path);
        dialog->accept();
    });
    QString error = QStringLiteral("not cleared");
    QVERIFY(ExportDialog::exportHeap(nullptr, m_model, HeapPalette::byId(QStringLiteral("color-blind")),
                                     { QStringLiteral("Two blocks") }, &error));
    QVERIFY2(answer.wait(), qPrintable(answer.failure()));
    QVERIFY(error.isEmpty());
    QVERIFY(QFile::exists(path));
}

void TestExportDialog::exportHeapCancelled()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/dir/heap.png"));
    bool stayedOpen = false;
    DialogWaiter<ExportDialog> answer([&](ExportDialog *dialog) {
        dialog->setPath(path);
        dialog->accept(); // fails, stays open
        stayedOpen = dialog->isVisible();
        dialog->reject();
    });
    QString error;
    QVERIFY(
        !ExportDialog::exportHeap(nullptr, m_model, HeapPalette::byId(QStringLiteral("light")), {}, &error));
    QVERIFY2(answer.wait(), qPrintable(answer.failure()));
    QVERIFY(stayedOpen);
    QVERIFY2(error.startsWith(path + QStringLiteral(": cannot write: ")), qPrintable(error));
}

void TestExportDialog::legendIsDrawnAndRemembered()
{
    QTemporaryDir dir;
    const HeapPalette &palette = HeapPalette::byId(QStringLiteral("light"));
    const auto exportTo = [&](const QString &name, bool legend) {
        ExportDialog dialog(m_model.heap(), {}, palette, {});
        dialog.setPath(dir.filePath(name));
        dialog.setPixelSize({ 640, 360 });
        if (legend) {
            QVERIFY(!dialog.includesLegend()); // off until asked for
            dialog.setIncludesLegend(true);
        }
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    };
    exportTo(QStringLiteral("plain.png"), false);
    QVERIFY(!QSettings().value(QStringLiteral("export/legend")).toBool());
    exportTo(QStringLiteral("legend.png"), true);
    QVERIFY(QSettings().value(QStringLiteral("export/legend")).toBool());
    QVERIFY(ExportDialog(m_model.heap(), {}, palette, {}).includesLegend());

    // The pictures differ, and only where the legend goes.
    HeapExport reference(m_model.heap(), palette, {});
    reference.setSize({ 640, 360 });
    reference.setLegend(true);
    const QRect area = reference.legendRect().toAlignedRect().adjusted(-2, -2, 2, 2);
    const QImage plain(dir.filePath(QStringLiteral("plain.png")));
    const QImage legend(dir.filePath(QStringLiteral("legend.png")));
    QCOMPARE(plain.size(), legend.size());
    int differ = 0;
    for (int y = 0; y < plain.height(); ++y) {
        for (int x = 0; x < plain.width(); ++x) {
            if (plain.pixel(x, y) != legend.pixel(x, y)) {
                QVERIFY2(area.contains(x, y), qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
                ++differ;
            }
        }
    }
    QVERIFY(differ > area.width() * area.height() / 4);
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
