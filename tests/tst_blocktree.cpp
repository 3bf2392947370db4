// SPDX-License-Identifier: MIT
// The B+ tree under the heap against std::map: inserts, erases, updates and
// run replacements in random order, with content, count and the largest
// free size compared after every change, over trees deep enough to split
// and collapse nodes many times.
#include "blocktree.h"

#include <QTest>
#include <algorithm>
#include <map>
#include <random>

using namespace heapboard;

class TestBlockTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesMap_data();
    void matchesMap();
    void buildThenChange();
    void drainEveryLeaf();
    void walkFrom();
    void neighbours();
};

namespace {

QString mismatch(const BlockTree &tree, const std::map<Addr, BlockInfo> &model)
{
    const std::vector<BlockInfo> blocks = tree.inOrder();
    if (blocks.size() != model.size() || tree.size() != model.size())
        return QStringLiteral("size %1/%2, expected %3")
            .arg(blocks.size())
            .arg(tree.size())
            .arg(model.size());
    std::size_t i = 0;
    Size largest = 0;
    for (const auto &[start, b] : model) {
        if (!(blocks[i++] == b))
            return QStringLiteral("block %1 differs").arg(start);
        if (!b.used)
            largest = std::max(largest, b.size);
    }
    if (tree.maxFree() != largest)
        return QStringLiteral("largest free %1, expected %2").arg(tree.maxFree()).arg(largest);
    for (Size n : { Size(1), Size(20), Size(60), Size(99) }) {
        BlockInfo got;
        const bool found = tree.firstFit(n, 500, got);
        auto it = model.lower_bound(500);
        while (it != model.end() && (it->second.used || it->second.size < n))
            ++it;
        if (found != (it != model.end()) || (found && got.start != it->first))
            return QStringLiteral("firstFit(%1, 500) wrong").arg(n);
    }
    return {};
}

} // namespace

void TestBlockTree::matchesMap_data()
{
    QTest::addColumn<int>("keyRange");
    QTest::newRow("dense keys") << 300;
    QTest::newRow("sparse keys") << 5000;
}

void TestBlockTree::matchesMap()
{
    QFETCH(int, keyRange);
    for (int seed = 1; seed <= 30; ++seed) {
        std::mt19937_64 rng { std::uint64_t(seed) };
        BlockTree tree;
        std::map<Addr, BlockInfo> model;
        const auto randomBlock = [&](Addr start) {
            return BlockInfo { start, 1 + rng() % 100, rng() % 2 == 0, std::uint32_t(rng() % 9), 0 };
        };
        for (int i = 0; i < 3000; ++i) {
            const Addr key = rng() % Addr(keyRange);
            const auto at = model.lower_bound(key);
            switch (rng() % 4) {
            case 0:
                if (!model.count(key)) {
                    model[key] = randomBlock(key);
                    tree.insert(model[key]);
                }
                break;
            case 1:
                if (model.count(key)) {
                    tree.erase(key);
                    model.erase(key);
                }
                break;
            case 2:
                if (at != model.end()) {
                    at->second = randomBlock(at->first);
                    tree.update(at->second);
                }
                break;
            default: {
                if (at == model.end())
                    break;
                BlockInfo removed[3];
                int count = 0;
                auto it = at;
                while (count < 3 && it != model.end() && (count == 0 || rng() % 2))
                    removed[count++] = (it++)->second;
                const Addr limit = it == model.end() ? removed[count - 1].start + 1000 : it->first;
                BlockInfo added[2] = { randomBlock(removed[0].start), {} };
                int addedCount = 1;
                const Addr second = removed[0].start + 1 + rng() % (limit - removed[0].start);
                if (rng() % 2 && second < limit) {
                    added[1] = randomBlock(second);
                    addedCount = 2;
                }
                tree.replace(removed, count, added, addedCount);
                for (int k = 0; k < count; ++k)
                    model.erase(removed[k].start);
                for (int k = 0; k < addedCount; ++k)
                    model[added[k].start] = added[k];
            }
            }
            const QString wrong = mismatch(tree, model);
            if (!wrong.isEmpty())
                QFAIL(qPrintable(QStringLiteral("seed %1 step %2: %3").arg(seed).arg(i).arg(wrong)));
        }
    }
}

void TestBlockTree::buildThenChange()
{
    std::vector<BlockInfo> blocks;
    std::map<Addr, BlockInfo> model;
    for (Addr a = 0; a < 20000; a += 2) {
        blocks.push_back({ a, 2, a % 6 == 0, 0, 0 });
        model[a] = blocks.back();
    }
    BlockTree tree;
    tree.build(blocks);
    QCOMPARE(mismatch(tree, model), QString());
    for (Addr a = 1000; a < 15000; a += 4) {
        tree.erase(a);
        model.erase(a);
    }
    QCOMPARE(mismatch(tree, model), QString());
    BlockInfo b;
    QVERIFY(tree.floor(1001, b));
    QCOMPARE(b.start, Addr(998));
    QVERIFY(!tree.find(1000, b));
    QVERIFY(tree.find(1002, b));
}

void TestBlockTree::drainEveryLeaf()
{
    // Fill deep, then empty in random order: leaves and inner nodes empty,
    // get freed and reused many times, at every index.
    std::mt19937_64 rng { 99 };
    BlockTree tree;
    std::map<Addr, BlockInfo> model;
    std::vector<Addr> keys;
    for (Addr a = 0; a < 6000; ++a) {
        keys.push_back(a * 3);
        model[a * 3] = { a * 3, 3, a % 2 == 0, 0, 0 };
        tree.insert(model[a * 3]);
    }
    std::shuffle(keys.begin(), keys.end(), rng);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        tree.erase(keys[i]);
        model.erase(keys[i]);
        if (i % 97 == 0 || model.size() < 40)
            QCOMPARE(mismatch(tree, model), QString());
        BlockInfo b;
        if (!model.empty() && i % 13 == 0)
            QCOMPARE(tree.floor(model.rbegin()->first + 1, b) ? b.start : ~Addr(0), model.rbegin()->first);
    }
    QCOMPARE(tree.size(), std::size_t(0));
    tree.insert({ 5, 1, false, 0, 0 });
    QCOMPARE(tree.maxFree(), Size(1));
}

void TestBlockTree::walkFrom()
{
    std::vector<BlockInfo> blocks;
    for (Addr a = 0; a < 5000; a += 5)
        blocks.push_back({ a, 5, (a / 5) % 3 == 0, 0, 0 });
    BlockTree tree;
    tree.build(blocks);
    for (Addr from : { Addr(0), Addr(3), Addr(1234), Addr(4999), Addr(7000) }) {
        std::vector<Addr> seen;
        tree.forEachFrom(from, [&](const BlockInfo &b) {
            seen.push_back(b.start);
            return seen.size() < 4;
        });
        const Addr first = std::min<Addr>(from / 5 * 5, 4995);
        QCOMPARE(seen.front(), first);
        QCOMPARE(seen.size(), std::min<std::size_t>(4, (5000 - first) / 5));
        for (std::size_t i = 1; i < seen.size(); ++i)
            QCOMPARE(seen[i], seen[i - 1] + 5);
    }
}

void TestBlockTree::neighbours()
{
    // Inserted one by one and thinned out at random, so that neighbours
    // often sit in the leaf before or after.
    std::mt19937_64 rng { 7 };
    BlockTree tree;
    std::map<Addr, BlockInfo> model;
    for (Addr a = 0; a < 3000; ++a) {
        model[a * 4] = { a * 4, 4, a % 3 != 0, std::uint32_t(a), 0 };
        tree.insert(model[a * 4]);
    }
    for (Addr a = 0; a < 3000; ++a) {
        if (rng() % 3 == 0) {
            tree.erase(a * 4);
            model.erase(a * 4);
        }
    }
    for (auto it = model.begin(); it != model.end(); ++it) {
        const std::optional<BlockNeighbourhood> n = tree.around(it->first);
        QVERIFY(n.has_value());
        QVERIFY(n->self == it->second);
        QCOMPARE(n->prev.has_value(), it != model.begin());
        if (n->prev)
            QVERIFY(*n->prev == std::prev(it)->second);
        QCOMPARE(n->next.has_value(), std::next(it) != model.end());
        if (n->next)
            QVERIFY(*n->next == std::next(it)->second);
    }
    // Only a block's start finds it.
    QVERIFY(!tree.around(model.begin()->first + 1));
    QVERIFY(!tree.around(12000));
}

QTEST_APPLESS_MAIN(TestBlockTree)
#include "tst_blocktree.moc"
