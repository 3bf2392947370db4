// SPDX-License-Identifier: MIT
#include "pyrandom.h"

#include <QTest>

using namespace heapboard;

// Known values printed by CPython 3.11:
//   python3 -c "import random; random.seed(S); print([repr(random.random()) for _ in range(3)])"
class TestPyRandom : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesPython_data();
    void matchesPython();
    void longRun();
    void rejectsNonNumbers();
};

void TestPyRandom::matchesPython_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QList<double>>("expected");
    QTest::newRow("0") << "0" << QList<double> { 0.8444218515250481, 0.7579544029403025, 0.420571580830845 };
    QTest::newRow("1") << "1" << QList<double> { 0.13436424411240122, 0.8474337369372327, 0.763774618976614 };
    QTest::newRow("42") << "42"
                        << QList<double> { 0.6394267984578837, 0.025010755222666936, 0.27502931836911926 };
    QTest::newRow("12345") << "12345"
                           << QList<double> { 0.41661987254534116, 0.010169169457068361, 0.8252065092537432 };
    QTest::newRow("-7") << "-7"
                        << QList<double> { 0.32383276483316237, 0.15084917392450192, 0.6509344730398537 };
    QTest::newRow("2^40+3") << "1099511627779"
                            << QList<double> { 0.21978710637116716, 0.5494687768352203, 0.09461190973523603 };
    QTest::newRow("2^64+5") << "18446744073709551621"
                            << QList<double> { 0.5105783769365112, 0.8797586528012199, 0.5149365298491138 };
}

void TestPyRandom::matchesPython()
{
    QFETCH(QString, seed);
    QFETCH(QList<double>, expected);
    PyRandom rng;
    QVERIFY(rng.seed(seed.toStdString()));
    for (const double e : expected)
        QCOMPARE(rng.random(), e); // bit for bit: the same double
    bool ok = false;
    const qlonglong small = seed.toLongLong(&ok);
    if (ok) {
        PyRandom fromInt(small);
        QCOMPARE(fromInt.random(), expected.first());
    }
}

// Past the first twist of the state (624 words): the 1001st number of seed 3.
void TestPyRandom::longRun()
{
    PyRandom rng(3);
    for (int i = 0; i < 1000; ++i)
        rng.random();
    QCOMPARE(rng.random(), 0.20235759117000895);
}

void TestPyRandom::rejectsNonNumbers()
{
    PyRandom rng(0);
    const double first = PyRandom(0).random();
    for (const char *bad : { "", "-", "12a", "1.5", " 3" })
        QVERIFY2(!rng.seed(std::string_view(bad)), bad);
    QCOMPARE(rng.random(), first); // a refused seed changes nothing
}

QTEST_APPLESS_MAIN(TestPyRandom)
#include "tst_pyrandom.moc"
