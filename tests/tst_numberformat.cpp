// SPDX-License-Identifier: MIT
// NumberFormat: the one number format (docs/number-format.md). Lesson
// numbers read exactly, whole multiples of a binary unit read in the unit,
// and only large numbers that are not whole multiples are rounded, to a
// tenth, with a decimal point that says so.
#include "numberformat.h"

#include <QTest>
#include <algorithm>
#include <vector>

class TestNumberFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void address_data();
    void address();
    void exactAddress();
    void size_data();
    void size();
    void roughSize_data();
    void roughSize();
    void exactUnlessThereIsADecimalPoint();
    void nothingIsWiderThanTheWidest();
};

void TestNumberFormat::address_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("lesson 100") << 100.0 << "100";
    QTest::newRow("lesson 300") << 300.0 << "300";
    QTest::newRow("1024 stays bytes") << 1024.0 << "1024";
    QTest::newRow("4096 stays bytes") << 4096.0 << "4096";
    QTest::newRow("10239, last plain") << 10239.0 << "10239";
    QTest::newRow("10 KiB whole") << 10240.0 << "10K";
    QTest::newRow("64 KiB whole") << 65536.0 << "64K";
    QTest::newRow("not a multiple, six digits") << 65537.0 << "65537";
    QTest::newRow("1.5 MiB is 1536K") << 1572864.0 << "1536K";
    QTest::newRow("1 MiB") << 1048576.0 << "1M";
    QTest::newRow("3 GiB") << 3.0 * 1073741824.0 << "3G";
    QTest::newRow("999999 still exact") << 999999.0 << "999999";
    QTest::newRow("1000000 rounds") << 1000000.0 << "976.6K";
    QTest::newRow("rounds up into the next unit") << 1048575.0 << "1.0M";
    QTest::newRow("12.3M") << 12.3 * 1048576.0 + 7 << "12.3M";
    QTest::newRow("negative is 0") << -5.0 << "0";
    QTest::newRow("fraction is cut") << 99.9 << "99";
    QTest::newRow("below 1 TiB, units") << 1099511627775.0 << "1.0T";
    QTest::newRow("1 TiB on, hexadecimal") << 1099511627776.0 << "0x10000000000";
    QTest::newRow("a recorded address") << double(0x5555'5555'92a0ull) << "0x5555555592a0";
    QTest::newRow("a mapped one") << double(0x7fff'f7d0'0010ull) << "0x7ffff7d00010";
}

void TestNumberFormat::address()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(NumberFormat::address(value), text);
}

void TestNumberFormat::exactAddress()
{
    QCOMPARE(NumberFormat::exactAddress(0), QStringLiteral("0"));
    QCOMPARE(NumberFormat::exactAddress(4294967295ull), QStringLiteral("4294967295"));
    QCOMPARE(NumberFormat::exactAddress(0x5555'5555'92a0ull), QStringLiteral("0x5555555592a0"));
}

void TestNumberFormat::size_data()
{
    QTest::addColumn<quint64>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("1 byte") << quint64(1) << "1 B";
    QTest::newRow("lesson 100") << quint64(100) << "100 B";
    QTest::newRow("lesson 1024") << quint64(1024) << "1024 B";
    QTest::newRow("9216") << quint64(9216) << "9216 B";
    QTest::newRow("16 KiB") << quint64(16384) << "16 KiB";
    QTest::newRow("16 KiB + 1") << quint64(16385) << "16385 B";
    QTest::newRow("2 MiB") << quint64(2097152) << "2 MiB";
    QTest::newRow("rounded MiB") << quint64(5000000) << "4.8 MiB";
    QTest::newRow("1 GiB") << (quint64(1) << 30) << "1 GiB";
}

void TestNumberFormat::size()
{
    QFETCH(quint64, value);
    QFETCH(QString, text);
    QCOMPARE(NumberFormat::size(value), text);
}

void TestNumberFormat::roughSize_data()
{
    QTest::addColumn<quint64>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("bytes") << quint64(20) << "20 B";
    QTest::newRow("1023") << quint64(1023) << "1023 B";
    QTest::newRow("1.5 KiB") << quint64(1536) << "1.5 KiB";
    QTest::newRow("exact KiB") << quint64(16384) << "16 KiB";
    QTest::newRow("2.1 GiB") << quint64(2254857830) << "2.1 GiB";
    QTest::newRow("a recording's gap") << quint64(45812590960) * 1024 << "42.7 TiB";
    QTest::newRow("1 TiB") << (quint64(1) << 40) << "1 TiB";
    QTest::newRow("rounds up to the next unit") << (quint64(1) << 30) - 1 << "1.0 GiB";
    QTest::newRow("beyond TiB") << (quint64(3000) << 40) + 5 << "3000.0 TiB";
}

void TestNumberFormat::roughSize()
{
    QFETCH(quint64, value);
    QFETCH(QString, text);
    QCOMPARE(NumberFormat::roughSize(value), text);
}

void TestNumberFormat::exactUnlessThereIsADecimalPoint()
{
    // Reading a number back: without a point it is the value exactly.
    for (quint64 v = 0; v < (quint64(1) << 24); v = v * 3 + 7) {
        const QString text = NumberFormat::number(v);
        const qsizetype unit = QStringLiteral("KMGT").indexOf(text.back());
        const double multiplier = unit < 0 ? 1 : std::pow(1024.0, double(unit + 1));
        const double back = (unit < 0 ? text : text.chopped(1)).toDouble() * multiplier;
        if (text.contains(QLatin1Char('.'))) {
            QVERIFY2(std::abs(back - double(v)) <= 0.05 * multiplier, qPrintable(text));
            QVERIFY(v >= 1000000);
        } else {
            QCOMPARE(back, double(v));
        }
    }
}

void TestNumberFormat::nothingIsWiderThanTheWidest()
{
    // Values around every form's edges: the unit thresholds, whole
    // multiples of each unit and their neighbours, and a dense spread.
    const quint64 maxHeap = heapboard::kMaxHeapSize;
    std::vector<quint64> sample { 0, 1, 9999, 10239, 10240, 999999, 1000000, 1048524, 1048525, 1048575 };
    for (quint64 v = 1; v < maxHeap; v = v + v / 97 + 1) {
        for (quint64 unit = 1; unit <= (quint64(1) << 40); unit *= 1024) {
            const quint64 whole = v / unit * unit;
            for (const quint64 w : { whole, whole + 1, whole - 1, whole + 1023 })
                sample.push_back(std::min(w, maxHeap));
        }
    }
    std::sort(sample.begin(), sample.end());
    sample.erase(std::unique(sample.begin(), sample.end()), sample.end());
    // The longest text of each prefix of the sample.
    std::vector<qsizetype> longestAddress(sample.size()), longestSize(sample.size());
    qsizetype a = 0, s = 0;
    for (std::size_t i = 0; i < sample.size(); ++i) {
        a = std::max(a, NumberFormat::address(double(sample[i])).size());
        s = std::max(s, sample[i] > 0 ? NumberFormat::size(sample[i]).size() : 0);
        longestAddress[i] = a;
        longestSize[i] = s;
    }
    const auto longest = [](const QStringList &texts) {
        qsizetype n = 0;
        for (const QString &t : texts)
            n = std::max(n, t.size());
        return n;
    };
    int heaps = 0;
    for (quint64 heap = 1; heap <= maxHeap; heap = heap + heap / 13 + 1) {
        for (const quint64 h :
             { heap, heap / 1024 * 1024, heap / 1024 * 1024 - 1, heap / 1048576 * 1048576 }) {
            if (h == 0 || h > maxHeap)
                continue;
            const auto end = std::upper_bound(sample.begin(), sample.end(), h);
            const std::size_t last = std::size_t(end - sample.begin()) - 1;
            const QString ctx = QString::number(h);
            QVERIFY2(longestAddress[last] <= longest(NumberFormat::widestAddresses(h)), qPrintable(ctx));
            QVERIFY2(NumberFormat::address(double(h)).size() <= longest(NumberFormat::widestAddresses(h)),
                     qPrintable(ctx));
            QVERIFY2(longestSize[last] <= longest(NumberFormat::widestSizes(h)), qPrintable(ctx));
            QVERIFY2(NumberFormat::size(h).size() <= longest(NumberFormat::widestSizes(h)), qPrintable(ctx));
            ++heaps;
        }
    }
    QVERIFY(heaps > 1000);
    // The widest are real texts of the heap, not padding: a lesson heap's
    // widest address is its own size.
    QCOMPARE(longest(NumberFormat::widestAddresses(400)), 3);
    QCOMPARE(longest(NumberFormat::widestSizes(400)), 5);
    // A 1 MiB heap: "1023.9 KiB" and "1023.9K" are possible, not only "1M".
    QVERIFY(NumberFormat::widestSizes(1 << 20).contains(QStringLiteral("1023.9 KiB")));
    QCOMPARE(longest(NumberFormat::widestAddresses(1 << 20)), 7);
}

QTEST_APPLESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
