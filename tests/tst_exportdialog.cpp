// SPDX-License-Identifier: MIT
// ExportDialog: exports what it is given at the size chosen, stays open
// with the reason when it cannot, and exportHeap() reports both.
#include "exportdialog.h"
#include "heapmodel.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace heapboard;

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportsAtTheChosenSize();
    void staysOpenWhenItCannotWrite();
    void unknownTypeIsRefused();
    void exportHeapReportsTheOutcome();
    void exportHeapCancelled();

private:
    HeapModel m_model;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings away from the user's
    QSettings().clear(); // and from earlier runs
    QVERIFY(m_model.reset(1024, Policy::FirstFit));
    QVERIFY(m_model.allocate(300, QStringLiteral("a")).ok());
    QVERIFY(m_model.allocate(200, QStringLiteral("b")).ok());
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
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
                        [&](QLabel *l) { return l->isVisible() && l->text() == dialog.lastError(); }));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
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
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setPath(path);
        dialog->accept();
    });
    QString error = QStringLiteral("not cleared");
    QVERIFY(ExportDialog::exportHeap(nullptr, m_model, HeapPalette::byId(QStringLiteral("color-blind")),
                                     { QStringLiteral("Two blocks") }, &error));
    QVERIFY(error.isEmpty());
    QVERIFY(QFile::exists(path));
}

void TestExportDialog::exportHeapCancelled()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/dir/heap.png"));
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setPath(path);
        dialog->accept(); // fails, stays open
        QVERIFY(dialog->isVisible());
        dialog->reject();
    });
    QString error;
    QVERIFY(
        !ExportDialog::exportHeap(nullptr, m_model, HeapPalette::byId(QStringLiteral("light")), {}, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": cannot write: ")), qPrintable(error));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
