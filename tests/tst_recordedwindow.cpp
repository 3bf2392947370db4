// SPDX-License-Identifier: MIT
// A recording in the window (docs/hrec.md, "As recorded"): it opens as
// recorded, its blocks at the recorded addresses; hovering a block names the
// thread and the time of its call; the import dialog and the compare dialog
// offer "as-recorded"; a compare session puts it beside first fit; and an
// edit cannot place a block as recorded.
#include "comparedialog.h"
#include "comparesession.h"
#include "documentsession.h"
#include "heapsettingsdialog.h"
#include "historylistmodel.h"
#include "hrec.h"
#include "hrecevent.h"
#include "mainwindow.h"
#include "messagebar.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace heapboard;
using test::hrecCall;

namespace {

constexpr Addr kMain = 0x5555'5555'a000;
constexpr Addr kMapped = 0x7fff'f7d0'0000;

// Two small blocks in the main heap, a large one mapped far away by
// another thread, and a free.
std::string recording()
{
    HrecHeader header;
    header.pid = 77;
    header.program = "/usr/bin/demo";
    return writeHrec(header,
                     { hrecCall(HrecKind::Malloc, 1, 1'000'000, kMain + 0x2a0, 24),
                       hrecCall(HrecKind::Malloc, 1, 2'500'000, kMain + 0x2c0, 100),
                       hrecCall(HrecKind::Malloc, 2, 12'345'678, kMapped + 0x10, 200000),
                       hrecCall(HrecKind::Free, 1, 13'000'000, kMain + 0x2a0) });
}

std::vector<Addr> livePointers(const Heap &heap)
{
    std::vector<Addr> out;
    heap.forEachBlock([&](const BlockInfo &b) {
        if (b.used && b.tag != kGapTag)
            out.push_back(heap.pointerOf(b));
    });
    return out;
}

} // namespace

class TestRecordedWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HeapboardTest"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.hrec"));
        const std::string data = recording();
        QVERIFY(writeFile(m_path, QByteArray(data.data(), qsizetype(data.size()))));
    }

    void opensAsRecorded()
    {
        Session s;
        QVERIFY(s.document.open(m_path, false));
        const Heap &heap = s.model.heap();
        QCOMPARE(heap.policy(), Policy::AsRecorded);
        QCOMPARE(heap.settings().gaps.size(), std::size_t(1));
        QVERIFY(s.model.jumpTo(3));
        QCOMPARE(livePointers(s.model.heap()),
                 (std::vector<Addr> { kMain + 0x2a0, kMain + 0x2c0, kMapped + 0x10 }));
        QVERIFY(s.model.jumpTo(4));
        QCOMPARE(livePointers(s.model.heap()), (std::vector<Addr> { kMain + 0x2c0, kMapped + 0x10 }));
        QCOMPARE(s.document.sourcePath(), m_path);
    }

    void blocksNameTheirCall()
    {
        Session s;
        QVERIFY(s.document.open(m_path, false));
        QCOMPARE(s.model.recordedCallText(3), QStringLiteral("thread 2, 12.346 ms into the recording"));
        QCOMPARE(s.model.recordedCallText(1), QStringLiteral("thread 1, 1.000 ms into the recording"));
        QVERIFY(s.model.recordedCallText(0).isEmpty());
        QVERIFY(s.model.recordedCallText(9).isEmpty());
    }

    void anEditHasNoRecordedAddress()
    {
        Session s;
        QVERIFY(s.document.open(m_path, false));
        QVERIFY(s.model.jumpTo(4));
        QSignalSpy failed(&s.model, &HeapModel::failed);
        QVERIFY(s.editor.allocate(16));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.front().at(1).toString().contains(QStringLiteral("no recorded address")),
                 qPrintable(failed.front().at(1).toString()));
        QCOMPARE(livePointers(s.model.heap()).size(), std::size_t(2)); // nothing placed
        QCOMPARE(s.model.stepCount(), std::size_t(5)); // a failed step, as any failed malloc
        // A step beyond the recording names no call.
        QVERIFY(s.model.recordedCallText(5).isEmpty());
    }

    void theWindowAsksForAPolicyFirst()
    {
        MainWindow window;
        QVERIFY(window.openFile(m_path, false));
        auto *model = window.findChild<HeapModel *>();
        QVERIFY(model);
        const std::size_t steps = model->stepCount();
        QAction *malloc = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_M))
                malloc = a;
        }
        QVERIFY(malloc);
        malloc->trigger();
        QCOMPARE(model->stepCount(), steps); // no failed step: a message instead
        auto *bar = window.findChild<MessageBar *>();
        QVERIFY(bar && bar->isVisibleTo(&window));
        QVERIFY2(bar->text().contains(QStringLiteral("choose a policy")), qPrintable(bar->text()));
    }

    void savingAsAScenarioIsRefused()
    {
        Session s;
        QVERIFY(s.document.open(m_path, false));
        QSignalSpy failed(&s.document, &Document::failed);
        const QString out = m_dir.filePath(QStringLiteral("saved.heap"));
        QVERIFY(!s.document.saveTo(out));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.front().front().toString().contains(QStringLiteral("has no addresses")),
                 qPrintable(failed.front().front().toString()));
        QVERIFY(!QFile::exists(out));
        // A scenario cannot ask for it either.
        Scenario scenario;
        ParseError error;
        QVERIFY(!parseScenario("heap 100\npolicy as-recorded\n", scenario, error));
        QVERIFY(QString::fromStdString(error.message).contains(QStringLiteral("open the .hrec")));
    }

    void aCutRecordingSaysWhere()
    {
        const std::string data = recording();
        const QString cut = m_dir.filePath(QStringLiteral("cut.hrec"));
        QVERIFY(writeFile(cut, QByteArray(data.data(), qsizetype(data.size() - 3))));
        Session s;
        QVERIFY(s.document.open(cut, false));
        QVERIFY2(s.document.readWarning().contains(QStringLiteral("offset ")),
                 qPrintable(s.document.readWarning()));
        QVERIFY(s.model.stepCount() < 4);
        QVERIFY(s.document.open(m_path, false));
        QVERIFY(s.document.readWarning().isEmpty());
    }

    void theStartCountsNoGapAsFree()
    {
        Session s;
        QVERIFY(s.document.open(m_path, false));
        HistoryListModel list(&s.model);
        QVERIFY(s.model.jumpTo(0));
        QCOMPARE(list.describe(0),
                 QStringLiteral("start: %1 bytes free").arg(s.model.heap().stats().freeBytes));
    }

    void importDialogOffersAsRecorded()
    {
        HeapSettingsDialog dialog(QStringLiteral("Import"), {}, 1024, Policy::FirstFit);
        auto *policy = dialog.findChild<QComboBox *>();
        auto *size = dialog.findChild<QLineEdit *>();
        QCOMPARE(policy->count(), 4);
        dialog.offerAsRecorded();
        QCOMPARE(policy->count(), 5);
        QCOMPARE(dialog.policy(), Policy::AsRecorded);
        QVERIFY(!size->isEnabled());
        policy->setCurrentIndex(0);
        QCOMPARE(dialog.policy(), Policy::FirstFit);
        QVERIFY(size->isEnabled());
    }

    void compareDialogOffersAsRecorded()
    {
        CompareDialog dialog(HeapSettings {});
        auto *first = dialog.findChild<QComboBox *>(QStringLiteral("panePolicy0"));
        QCOMPARE(first->count(), 4);
        dialog.offerAsRecorded();
        QCOMPARE(first->count(), 5);
        const std::vector<PaneConfig> configs = dialog.configs();
        QCOMPARE(configs.size(), std::size_t(2));
        QCOMPARE(configs[0].policy, Policy::AsRecorded);
        QCOMPARE(configs[1].policy, Policy::FirstFit);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("paneSettings0"))->isEnabled());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("paneSettings1"))->isEnabled());
    }

    void comparedBesideFirstFit()
    {
        CompareWorkload workload;
        QString error;
        QVERIFY2(CompareWorkload::fromFile(m_path, workload, error), qPrintable(error));
        CompareSession session(workload, { { Policy::AsRecorded, {} }, { Policy::FirstFit, {} } });
        session.jumpTo(3);
        QCOMPARE(livePointers(session.model(0)->heap()),
                 (std::vector<Addr> { kMain + 0x2a0, kMain + 0x2c0, kMapped + 0x10 }));
        // First fit packs the same requests from 0 on its own heap.
        QCOMPARE(livePointers(session.model(1)->heap()), (std::vector<Addr> { 0, 24, 124 }));
        QVERIFY(session.model(1)->heap().settings().gaps.empty());
        QCOMPARE(session.summary(0).failedAllocations, std::uint64_t(0));
        QCOMPARE(session.summary(1).failedAllocations, std::uint64_t(0));
        // Their pointers live in different address spaces: only failures
        // would make them differ.
        QVERIFY(session.divergences().empty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestRecordedWindow)
#include "tst_recordedwindow.moc"
