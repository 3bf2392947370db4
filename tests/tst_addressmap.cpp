// SPDX-License-Identifier: MIT
// AddressMap: gaps collapse to breaks, regions keep their bytes one to one,
// the map is monotone and inverts, and without gaps it is the identity.
#include "addressmap.h"

#include <QRandomGenerator>
#include <QTest>

using namespace heapboard;

class TestAddressMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identityWithoutGaps();
    void regionsShiftAndBreaksCollapse();
    void alignedBreaksStartRegionsOnMultiples();
    void shortGapsStayAsTheyAre();
    void monotoneAndInverse();
    void breakLength_data();
    void breakLength();
};

void TestAddressMap::identityWithoutGaps()
{
    const AddressMap map;
    QVERIFY(map.isIdentity());
    for (const double a : { 0.0, 1.0, 4095.5, 93824992268288.0 }) {
        QCOMPARE(map.toLayout(a), a);
        QCOMPARE(map.toAddress(a), a);
        QVERIFY(!map.breakAt(a));
    }
    QVERIFY(AddressMap(1000, {}, 64).isIdentity());
}

void TestAddressMap::regionsShiftAndBreaksCollapse()
{
    // Two regions of 64 KiB around a gap of 1 TiB, and a third after a
    // second gap of 40 TiB.
    const Addr base = 0x555555559000;
    const Span gap1 { base + 0x10000, Size(1) << 40 };
    const Span gap2 { gap1.end() + 0x10000, Size(40) << 40 };
    const AddressMap map(base, { gap1, gap2 }, 4096);
    QCOMPARE(map.breaks().size(), std::size_t(2));
    // Before the first gap: the addresses themselves.
    QCOMPARE(map.toLayout(double(base)), double(base));
    QCOMPARE(map.toLayout(double(gap1.start) - 1), double(gap1.start) - 1);
    // The first gap is a break of 4 KiB, the region after it 4 KiB further on.
    const AddressMap::Break &b1 = map.breaks()[0];
    QCOMPARE(b1.layoutStart, double(gap1.start));
    QCOMPARE(b1.length, 4096.0);
    QCOMPARE(map.toLayout(double(gap1.end())), double(gap1.start) + 4096);
    QCOMPARE(map.toLayout(double(gap1.end()) + 100), double(gap1.start) + 4096 + 100);
    // The second region's bytes stay one to one up to the second break.
    const AddressMap::Break &b2 = map.breaks()[1];
    QCOMPARE(b2.layoutStart, double(gap1.start) + 4096 + 0x10000);
    QCOMPARE(map.toLayout(double(gap2.end()) + 7), b2.layoutEnd() + 7);
    // Back again, and nothing but the breaks is a break.
    QCOMPARE(map.toAddress(b2.layoutEnd() + 7), double(gap2.end()) + 7);
    QCOMPARE(map.toAddress(double(gap1.start) + 4096 + 5), double(gap1.end()) + 5);
    QVERIFY(map.breakAt(b1.layoutStart) == &b1);
    QVERIFY(map.breakAt(b1.layoutEnd() - 1) == &b1);
    QVERIFY(!map.breakAt(b1.layoutEnd()));
    QVERIFY(!map.breakAt(b1.layoutStart - 1));
    QVERIFY(map.breakFrom(b1.layoutStart + 1) == &b2);
    QVERIFY(!map.breakFrom(b2.layoutStart + 1));
    // A gap's own addresses spread over its break, in order.
    const double mid = map.toLayout(double(gap2.start) + double(gap2.size) / 2);
    QCOMPARE(mid, b2.layoutStart + b2.length / 2);
    QCOMPARE(map.toAddress(mid), double(gap2.start) + double(gap2.size) / 2);
}

void TestAddressMap::alignedBreaksStartRegionsOnMultiples()
{
    const Addr base = 0x10000;
    const Span gap { base + 1000, 1 << 30 };
    const Span gap2 { gap.end() + 5000, 1 << 30 };
    const AddressMap map(base, { gap, gap2 }, 100, 4096);
    for (const AddressMap::Break &b : map.breaks()) {
        QVERIFY(b.length >= 100);
        QVERIFY(b.length < 100 + 4096);
        QCOMPARE(std::fmod(b.layoutEnd() - double(base), 4096.0), 0.0);
    }
    QCOMPARE(map.toLayout(double(gap.end())), double(base) + 4096);
    QCOMPARE(map.toLayout(double(gap2.end())), double(base) + 4096 * 3);
}

void TestAddressMap::shortGapsStayAsTheyAre()
{
    const AddressMap map(0, { { 100, 50 } }, 64);
    QCOMPARE(map.breaks().front().length, 50.0);
    QCOMPARE(map.toLayout(200), 200.0);
    QVERIFY(map.breakAt(120));
}

void TestAddressMap::monotoneAndInverse()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator rng(seed);
    const Addr base = 0x400000;
    std::vector<Span> gaps;
    Addr at = base;
    for (int i = 0; i < 5; ++i) {
        at += 1 + rng.bounded(1 << 20);
        const Size size = 1 + (quint64(rng.generate()) << rng.bounded(12));
        gaps.push_back({ at, size });
        at += size;
    }
    const AddressMap map(base, gaps, 256, rng.bounded(2) ? 1 : 4096);
    double last = -1;
    for (int i = 0; i < 2000; ++i) {
        const double a = double(base) + double(rng.bounded(quint64(at - base + (1 << 20))));
        const double x = map.toLayout(a);
        // Exact in the regions. Inside a gap a layout byte stands for many
        // addresses: the way back lands in the same gap, near a.
        if (const AddressMap::Break *b = map.breakAt(x)) {
            const double back = map.toAddress(x);
            QVERIFY2(back >= double(b->gap.start) && back < double(b->gap.end()),
                     qPrintable(QString::number(a)));
            QVERIFY(std::abs(back - a) <= 1 + double(b->gap.size) * 1e-9);
        } else {
            QCOMPARE(map.toAddress(x), a);
        }
    }
    // Monotone along the address space, strictly within regions.
    for (double a = double(base); a < double(at); a += double(at - base) / 997) {
        const double x = map.toLayout(a);
        QVERIFY2(x > last, qPrintable(QString::number(a)));
        last = x;
    }
}

void TestAddressMap::breakLength_data()
{
    QTest::addColumn<double>("regions");
    QTest::addColumn<double>("expected");
    QTest::newRow("tiny") << 100.0 << 64.0;
    QTest::newRow("64 KiB") << 65536.0 << 1024.0;
    QTest::newRow("1.3 MiB") << 1.3 * 1024 * 1024 << 32768.0;
}

void TestAddressMap::breakLength()
{
    QFETCH(double, regions);
    QFETCH(double, expected);
    QCOMPARE(AddressMap::breakBytesFor(regions), expected);
}

QTEST_APPLESS_MAIN(TestAddressMap)
#include "tst_addressmap.moc"
