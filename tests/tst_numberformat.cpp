// SPDX-License-Identifier: MIT
// NumberFormat: the one number format (docs/number-format.md). Lesson
// numbers read exactly, whole multiples of a binary unit read in the unit,
// and only large numbers that are not whole multiples are rounded, to a
// tenth, with a decimal point that says so.
#include "numberformat.h"

#include <QTest>

class TestNumberFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void address_data();
    void address();
    void size_data();
    void size();
    void exactUnlessThereIsADecimalPoint();
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
}

void TestNumberFormat::address()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(NumberFormat::address(value), text);
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

QTEST_APPLESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
