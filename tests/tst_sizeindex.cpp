// SPDX-License-Identifier: MIT
// The best-fit size index against std::set: random inserts and erases,
// growing to thousands of keys (several levels, many splits) and draining to
// nothing again, with the content and lowerBound for many sizes compared
// after every change.
#include "sizeindex.h"

#include <QTest>
#include <random>
#include <set>

using namespace heapboard;

class TestSizeIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesSet_data();
    void matchesSet();
    void emptyAndEdges();
};

namespace {

QString mismatch(const SizeIndex &index, const std::set<SizeKey> &model, std::mt19937_64 &rng, Size maxSize)
{
    if (index.size() != model.size())
        return QStringLiteral("size %1, expected %2").arg(index.size()).arg(model.size());
    if (index.inOrder() != std::vector<SizeKey>(model.begin(), model.end()))
        return QStringLiteral("keys differ");
    for (int probe = 0; probe < 8; ++probe) {
        const Size n = std::uniform_int_distribution<Size>(0, maxSize + 1)(rng);
        SizeKey got;
        const bool found = index.lowerBound(n, got);
        const auto it = model.lower_bound({ n, 0 });
        if (found != (it != model.end()) || (found && got != *it))
            return QStringLiteral("lowerBound(%1) wrong").arg(n);
    }
    return {};
}

} // namespace

void TestSizeIndex::matchesSet_data()
{
    QTest::addColumn<int>("sizes"); // distinct sizes: few means long runs of equal sizes
    QTest::addColumn<int>("target"); // how many keys to grow to
    QTest::addColumn<quint64>("seed");
    QTest::newRow("few sizes, 3 levels") << 4 << 6000 << quint64(1);
    QTest::newRow("many sizes, 3 levels") << 100000 << 6000 << quint64(2);
    QTest::newRow("small, churn at the root") << 50 << 40 << quint64(3);
}

void TestSizeIndex::matchesSet()
{
    QFETCH(int, sizes);
    QFETCH(int, target);
    QFETCH(quint64, seed);
    std::mt19937_64 rng(seed);
    SizeIndex index;
    std::set<SizeKey> model;
    const auto randomKey = [&] {
        return SizeKey { std::uniform_int_distribution<Size>(1, Size(sizes))(rng),
                         std::uniform_int_distribution<Addr>(0, 1u << 20)(rng) };
    };
    const auto eraseRandom = [&] {
        auto it = model.begin();
        std::advance(it, std::uniform_int_distribution<std::size_t>(0, model.size() - 1)(rng));
        index.erase(*it);
        model.erase(it);
    };
    // Grow (inserts twice as likely), then drain (erases twice as likely).
    for (int phase = 0; phase < 2; ++phase) {
        for (int i = 0; i < target * 3; ++i) {
            const bool grow = phase == 0 ? rng() % 3 != 0 : rng() % 3 == 0;
            if (grow || model.empty()) {
                const SizeKey k = randomKey();
                if (model.insert(k).second)
                    index.insert(k);
            } else {
                eraseRandom();
            }
            if (i % 97 == 0 || model.size() < 200) {
                const QString bad = mismatch(index, model, rng, Size(sizes));
                QVERIFY2(bad.isEmpty(),
                         qPrintable(QStringLiteral("seed %1, step %2: %3").arg(seed).arg(i).arg(bad)));
            }
        }
    }
    while (!model.empty())
        eraseRandom();
    QCOMPARE(index.size(), std::size_t(0));
    SizeKey none;
    QVERIFY(!index.lowerBound(0, none));
}

void TestSizeIndex::emptyAndEdges()
{
    SizeIndex index;
    SizeKey got;
    QVERIFY(!index.lowerBound(1, got));
    const Size big = Size(1) << 62;
    index.insert({ big, big - 1 });
    index.insert({ 1, 0 });
    QVERIFY(index.lowerBound(2, got));
    QCOMPARE(got, (SizeKey { big, big - 1 }));
    QVERIFY(index.lowerBound(0, got));
    QCOMPARE(got, (SizeKey { 1, 0 }));
    QVERIFY(!index.lowerBound(big + 1, got));
    index.clear();
    QCOMPARE(index.size(), std::size_t(0));
    QVERIFY(!index.lowerBound(0, got));
}

QTEST_APPLESS_MAIN(TestSizeIndex)
#include "tst_sizeindex.moc"
