// SPDX-License-Identifier: MIT
// The generic B+ tree (bptree.h) on its own, against std::map: a 16-bit key,
// a custom augment (the heaviest weight and the union of flag bits below
// each slot), nodes of 4 entries and 3 children so that a few thousand
// entries make a tree about 8 levels deep, and the same with wide nodes and
// without an augment. Random inserts, erases, updates, run replacements and
// bulk builds, with every lookup, walk and predicate descent compared after
// every change.
#include "bptree.h"

#include <QTest>
#include <algorithm>
#include <map>
#include <random>

using namespace heapboard;

class TestBPlusTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesMap_data();
    void matchesMap();
    void wideNodes();
    void withoutAugment();
    void descentSkipsFailingSlots();
};

namespace {

struct Item {
    std::uint16_t key = 0;
    std::uint32_t weight = 0;
    std::uint8_t flags = 0;
    friend bool operator==(const Item &, const Item &) = default;
};

struct Mark {
    std::uint32_t heaviest = 0;
    std::uint8_t flags = 0;
    friend bool operator==(const Mark &, const Mark &) = default;
};

struct MarkAugment {
    using Value = Mark;
    static Mark identity() { return {}; }
    static Mark of(const Item &e) { return { e.weight, e.flags }; }
    static Mark combine(Mark a, Mark b)
    {
        return { std::max(a.heaviest, b.heaviest), std::uint8_t(a.flags | b.flags) };
    }
};

struct SmallTraits {
    using Entry = Item;
    using Key = std::uint16_t;
    static Key keyOf(const Item &e) { return e.key; }
    static constexpr int kLeafCap = 4;
    static constexpr int kInnerCap = 3;
    using Augment = MarkAugment;
};

struct WideTraits : SmallTraits {
    static constexpr int kLeafCap = 32;
    static constexpr int kInnerCap = 32;
    static constexpr bool kLinearRoute = true;
};

struct PlainTraits {
    using Entry = std::uint16_t;
    using Key = std::uint16_t;
    static Key keyOf(Key k) { return k; }
    static constexpr int kLeafCap = 4;
    static constexpr int kInnerCap = 3;
};

using Model = std::map<std::uint16_t, Item>;
template<typename T> using Cursor = typename BPlusTree<T>::Cursor;

template<typename T>
bool same(const BPlusTree<T> &tree, Cursor<T> got, Model::const_iterator want, const Model &model)
{
    return want == model.end() ? !got : (got && tree[got] == want->second);
}

Model::const_iterator floorOf(const Model &model, std::uint16_t key)
{
    auto it = model.upper_bound(key);
    return it == model.begin() ? model.end() : std::prev(it);
}

// The lookups for one key: find, lowerBound, floor and a short walk.
template<typename T> QString lookupMismatch(const BPlusTree<T> &tree, const Model &model, std::uint16_t key)
{
    const auto found = model.find(key);
    if (!same(tree, tree.find(key), found, model))
        return QStringLiteral("find(%1)").arg(key);
    if (!same(tree, tree.lowerBound(key), model.lower_bound(key), model))
        return QStringLiteral("lowerBound(%1)").arg(key);
    const auto floor = floorOf(model, key);
    if (!same(tree, tree.floor(key), floor, model))
        return QStringLiteral("floor(%1)").arg(key);
    auto want = floor == model.end() ? model.begin() : floor;
    int steps = 0;
    bool ok = true;
    tree.walkFrom(key, [&](const Item &e) {
        ok = ok && want != model.end() && e == want->second;
        if (want != model.end())
            ++want;
        return ++steps < 5;
    });
    if (!ok
        || steps
            != int(std::min<std::size_t>(
                5, std::distance(floor == model.end() ? model.begin() : floor, model.end()))))
        return QStringLiteral("walkFrom(%1)").arg(key);
    return {};
}

// The first entry at or after from (anywhere when from is null) whose
// augment passes pred, by the tree and by a scan of the model.
template<typename T, typename Pred>
QString descentMismatch(const BPlusTree<T> &tree, const Model &model, const std::uint16_t *from, Pred pred)
{
    auto want = from ? model.lower_bound(*from) : model.begin();
    while (want != model.end() && !pred(MarkAugment::of(want->second)))
        ++want;
    const Cursor<T> got = from ? tree.firstWhere(*from, pred) : tree.firstWhere(pred);
    if (!same(tree, got, want, model))
        return QStringLiteral("firstWhere from %1").arg(from ? int(*from) : -1);
    return {};
}

template<typename T> QString mismatch(const BPlusTree<T> &tree, const Model &model, std::mt19937_64 &rng)
{
    std::vector<Item> items;
    Mark total;
    for (const auto &[key, e] : model) {
        items.push_back(e);
        total = MarkAugment::combine(total, MarkAugment::of(e));
    }
    if (tree.size() != model.size() || tree.entries() != items)
        return QStringLiteral("content differs (%1 entries, expected %2)").arg(tree.size()).arg(model.size());
    if (!(tree.total() == total))
        return QStringLiteral("total differs");
    // Backwards over every leaf boundary.
    std::vector<Item> backwards;
    for (Cursor<T> c = model.empty() ? Cursor<T> {} : tree.floor(model.rbegin()->first); c; c = tree.prev(c))
        backwards.push_back(tree[c]);
    if (!std::equal(backwards.begin(), backwards.end(), items.rbegin(), items.rend()))
        return QStringLiteral("prev() walk differs");
    for (int probe = 0; probe < 6; ++probe) {
        const auto key = std::uint16_t(rng());
        const std::uint32_t least = std::uint32_t(rng() % 1100);
        const auto bit = std::uint8_t(1u << (rng() % 8));
        const auto heavy = [least](Mark m) { return m.heaviest >= least; };
        const auto flagged = [bit](Mark m) { return (m.flags & bit) != 0; };
        // valueBelow(): the augment of every entry before key, in one descent.
        Mark below;
        for (auto it = model.begin(); it != model.end() && it->first < key; ++it)
            below = MarkAugment::combine(below, MarkAugment::of(it->second));
        if (!(tree.valueBelow(key) == below))
            return QStringLiteral("valueBelow(%1) differs").arg(key);
        for (const QString &bad :
             { lookupMismatch(tree, model, key), descentMismatch(tree, model, &key, heavy),
               descentMismatch(tree, model, &key, flagged), descentMismatch(tree, model, nullptr, heavy) }) {
            if (!bad.isEmpty())
                return bad;
        }
    }
    return {};
}

Item randomItem(std::mt19937_64 &rng, std::uint16_t key)
{
    return { key, std::uint32_t(rng() % 1000), std::uint8_t(rng()) };
}

// Replaces a run of 1-3 consecutive entries from `at` by 0-3 new ones with
// keys between the run's neighbours; first looks the run up half the time,
// as the heap does, so that the change starts from the finger.
template<typename T>
void replaceRun(BPlusTree<T> &tree, Model &model, Model::iterator at, std::mt19937_64 &rng)
{
    const int lowest = at == model.begin() ? 0 : std::prev(at)->first + 1;
    std::vector<Item> removed;
    auto it = at;
    while (it != model.end() && (removed.empty() || (removed.size() < 3 && rng() % 2)))
        removed.push_back((it++)->second);
    const int highest = it == model.end() ? 65535 : it->first - 1;
    std::vector<std::uint16_t> keys;
    for (int i = int(rng() % 4); i > 0; --i)
        keys.push_back(std::uint16_t(lowest + int(rng() % std::uint64_t(highest - lowest + 1))));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    std::vector<Item> added;
    for (std::uint16_t k : keys)
        added.push_back(randomItem(rng, k));
    if (rng() % 2)
        tree.find(removed.front().key);
    tree.replace(removed.data(), int(removed.size()), added.data(), int(added.size()));
    for (const Item &e : removed)
        model.erase(e.key);
    for (const Item &e : added)
        model[e.key] = e;
}

// One random change; inserts are twice as likely as erases when growing.
template<typename T>
bool change(BPlusTree<T> &tree, Model &model, bool grow, int keyRange, std::mt19937_64 &rng)
{
    const auto key = std::uint16_t(rng() % std::uint64_t(keyRange));
    const auto at = model.lower_bound(key);
    const unsigned what = unsigned(rng() % 12);
    if (what < 4 || model.empty()) {
        if (!grow && what % 2 == 0)
            return true;
        const Item e = randomItem(rng, key);
        return tree.insert(e) == model.emplace(key, e).second;
    }
    if (what < 8) {
        if (grow && what % 2 == 0)
            return true;
        const std::uint16_t victim = at == model.end() ? model.begin()->first : at->first;
        return tree.erase(victim) && model.erase(victim) == 1 && !tree.erase(victim);
    }
    if (at == model.end()) { // an absent key changes nothing
        const int absent = model.rbegin()->first + 1;
        return absent > 65535 || !tree.update(randomItem(rng, std::uint16_t(absent)));
    }
    if (what < 10) {
        at->second = randomItem(rng, at->first);
        return tree.update(at->second);
    }
    if (what == 10 && rng() % 50 == 0) {
        std::vector<Item> items;
        for (const auto &[k, e] : model)
            items.push_back(e);
        tree.build(items);
        return true;
    }
    replaceRun(tree, model, at, rng);
    return true;
}

template<typename T> void grownAndDrained(int keyRange, int target, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    BPlusTree<T> tree;
    Model model;
    for (int phase = 0; phase < 3; ++phase) {
        for (int i = 0; i < target * 3; ++i) {
            const bool grow = phase != 1 && (phase == 0 || model.size() < std::size_t(target) / 2);
            QVERIFY2(
                change(tree, model, grow, keyRange, rng),
                qPrintable(
                    QStringLiteral("seed %1 phase %2 step %3: wrong result").arg(seed).arg(phase).arg(i)));
            if (i % 53 == 0 || model.size() < 60) {
                const QString bad = mismatch(tree, model, rng);
                QVERIFY2(
                    bad.isEmpty(),
                    qPrintable(
                        QStringLiteral("seed %1 phase %2 step %3: %4").arg(seed).arg(phase).arg(i).arg(bad)));
            }
        }
        if (phase == 1) { // to nothing, and the tree must still work
            while (!model.empty()) {
                QVERIFY(tree.erase(model.begin()->first));
                model.erase(model.begin());
            }
            QCOMPARE(mismatch(tree, model, rng), QString());
        }
    }
}

} // namespace

void TestBPlusTree::matchesMap_data()
{
    QTest::addColumn<int>("keyRange");
    QTest::addColumn<int>("target");
    QTest::newRow("dense keys, churn at the root") << 40 << 30;
    QTest::newRow("dense keys") << 600 << 500;
    QTest::newRow("sparse keys, deep") << 65536 << 3000;
}

void TestBPlusTree::matchesMap()
{
    QFETCH(int, keyRange);
    QFETCH(int, target);
    for (std::uint64_t seed = 1; seed <= 6; ++seed)
        grownAndDrained<SmallTraits>(keyRange, target, seed);
}

void TestBPlusTree::wideNodes()
{
    for (std::uint64_t seed = 1; seed <= 3; ++seed)
        grownAndDrained<WideTraits>(65536, 4000, seed);
}

void TestBPlusTree::withoutAugment()
{
    static_assert(!BPlusTree<PlainTraits>::kAugmented);
    std::mt19937_64 rng(5);
    BPlusTree<PlainTraits> tree;
    std::map<std::uint16_t, std::uint16_t> model;
    for (int i = 0; i < 20000; ++i) {
        const auto key = std::uint16_t(rng() % 3000);
        if (rng() % 2)
            QCOMPARE(tree.insert(key), model.emplace(key, key).second);
        else
            QCOMPARE(tree.erase(key), model.erase(key) == 1);
        const auto probe = std::uint16_t(rng() % 3100);
        const auto want = model.lower_bound(probe);
        const auto got = tree.lowerBound(probe);
        QCOMPARE(bool(got), want != model.end());
        if (got)
            QCOMPARE(tree[got], want->first);
    }
    std::vector<std::uint16_t> keys;
    for (const auto &[k, v] : model)
        keys.push_back(k);
    QCOMPARE(tree.entries(), keys);
}

// A slot whose value fails the predicate is never entered: the one heavy
// entry among thousands is found from anywhere before it, and nothing
// after it.
void TestBPlusTree::descentSkipsFailingSlots()
{
    std::vector<Item> items;
    for (std::uint16_t k = 0; k < 6000; ++k)
        items.push_back({ k, k == 4321 ? 500u : 1u, 0 });
    BPlusTree<SmallTraits> tree;
    tree.build(items);
    const auto heavy = [](Mark m) { return m.heaviest >= 500; };
    for (std::uint16_t from : { 0, 1, 4000, 4321 }) {
        const auto at = tree.firstWhere(from, heavy);
        QVERIFY(at);
        QCOMPARE(int(tree[at].key), 4321);
    }
    QVERIFY(!tree.firstWhere(std::uint16_t(4322), heavy));
    // The descent leaves the finger on the found leaf: a change there needs none.
    const auto at = tree.firstWhere(heavy);
    const Item parts[2] = { { 4321, 2, 0 }, { 4322, 498, 0 } };
    Item old[2] = { tree[at], tree[tree.next(at)] };
    tree.replace(old, 2, parts, 2);
    QCOMPARE(tree.total().heaviest, 498u);
    const auto fits = [](Mark m) { return m.heaviest >= 400; };
    QCOMPARE(int(tree[tree.firstWhere(std::uint16_t(0), fits)].key), 4322);
}

QTEST_APPLESS_MAIN(TestBPlusTree)
#include "tst_bptree.moc"
