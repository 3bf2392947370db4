// SPDX-License-Identifier: MIT
// ElidedLabel: as high as its lines whatever its text, text that needs more
// lines cut at the last one with an ellipsis and told in full in the
// tooltip; the height follows the font.
#include "elidedlabel.h"

#include <QTest>

class TestElidedLabel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void heightIsFixedByTheFont_data();
    void heightIsFixedByTheFont();
    void longTextIsCutAtTheLastLine_data();
    void longTextIsCutAtTheLastLine();
    void resizingRewraps();
};

void TestElidedLabel::heightIsFixedByTheFont_data()
{
    QTest::addColumn<int>("lines");
    QTest::addColumn<QString>("text");
    QTest::newRow("1 empty") << 1 << QString();
    QTest::newRow("1 long") << 1 << QStringLiteral("word ").repeated(100);
    QTest::newRow("3 empty") << 3 << QString();
    QTest::newRow("3 short") << 3 << QStringLiteral("split");
    QTest::newRow("3 long") << 3 << QStringLiteral("word ").repeated(100);
}

void TestElidedLabel::heightIsFixedByTheFont()
{
    QFETCH(int, lines);
    QFETCH(QString, text);
    ElidedLabel label(lines);
    label.resize(200, 10);
    label.setFullText(text);
    label.show();
    QCOMPARE(label.height(), label.fontMetrics().lineSpacing() * lines);
    QFont big = label.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    label.setFont(big);
    QCOMPARE(label.height(), QFontMetrics(big).lineSpacing() * lines);
    QVERIFY(label.height() > 0);
}

void TestElidedLabel::longTextIsCutAtTheLastLine_data()
{
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("words");
    QTest::addColumn<bool>("cut");
    QTest::newRow("fits one") << 1 << 2 << false;
    QTest::newRow("cut one") << 1 << 60 << true;
    QTest::newRow("fits three") << 3 << 3 << false;
    QTest::newRow("cut three") << 3 << 200 << true;
}

void TestElidedLabel::longTextIsCutAtTheLastLine()
{
    QFETCH(int, lines);
    QFETCH(int, words);
    QFETCH(bool, cut);
    const QString text = QStringLiteral("heap ").repeated(words).trimmed();
    ElidedLabel label(lines);
    label.resize(240, 10);
    label.setFullText(text);
    QCOMPARE(label.fullText(), text);
    QCOMPARE(label.isElided(), cut);
    QCOMPARE(label.toolTip(), cut ? text : QString());
    const QStringList shown = label.text().split(QLatin1Char('\n'));
    QVERIFY(shown.size() <= lines);
    if (cut) {
        QCOMPARE(shown.size(), lines);
        QVERIFY(shown.last().endsWith(QChar(0x2026)));
    }
    for (const QString &line : shown)
        QVERIFY2(label.fontMetrics().horizontalAdvance(line) <= 240, qPrintable(line));
}

void TestElidedLabel::resizingRewraps()
{
    const QString text = QStringLiteral("block ").repeated(40).trimmed();
    ElidedLabel label(2);
    label.resize(2000, 10);
    label.setFullText(text);
    label.show(); // a hidden label hears of its resizes only when shown
    QVERIFY(!label.isElided()); // two lines of 2000 px hold it
    label.resize(150, label.height());
    QVERIFY(label.isElided());
    QCOMPARE(ElidedLabel::elide(text, label.font(), 150, 2), label.text());
}

QTEST_MAIN(TestElidedLabel)
#include "tst_elidedlabel.moc"
