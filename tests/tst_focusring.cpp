// SPDX-License-Identifier: MIT
// FocusRing: shown while its widget has the focus, over the widget's edge
// in the highlight color, following its size; mouse events go through.
#include "focusring.h"

#include <QAccessible>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

namespace {

// A widget that takes the focus and paints itself one flat color.
class Plain : public QWidget
{
public:
    Plain() { setFocusPolicy(Qt::StrongFocus); }
    int presses = 0;

protected:
    void paintEvent(QPaintEvent *) override { QPainter(this).fillRect(rect(), Qt::white); }
    void mousePressEvent(QMouseEvent *) override { ++presses; }
};

} // namespace

class TestFocusRing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsWhileFocused();
    void noRingForTheMouse();
    void followsTheSize();
    void letsTheMouseThrough();
    void screenReadersDoNotSeeIt();
};

void TestFocusRing::showsWhileFocused()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *plain = new Plain;
    auto *other = new QLineEdit;
    layout->addWidget(plain);
    layout->addWidget(other);
    FocusRing *ring = FocusRing::install(plain);
    window.resize(300, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    other->setFocus();
    QVERIFY(!ring->isVisible());
    const QImage without = plain->grab().toImage();
    QTest::keyClick(other, Qt::Key_Backtab); // to plain
    QVERIFY(plain->hasFocus());
    QVERIFY(ring->isVisible());
    const QImage with = plain->grab().toImage();
    // The edge is the highlight color, the middle stays the widget's own.
    const QColor highlight = ring->palette().color(QPalette::Highlight);
    QCOMPARE(with.pixelColor(0, plain->height() / 2), highlight);
    QCOMPARE(with.pixelColor(plain->width() / 2, 0), highlight);
    QCOMPARE(with.pixelColor(plain->width() / 2, plain->height() / 2), QColor(Qt::white));
    QCOMPARE(without.pixelColor(0, plain->height() / 2), QColor(Qt::white));
    QTest::keyClick(plain, Qt::Key_Tab);
    QVERIFY(other->hasFocus());
    QVERIFY(!ring->isVisible());
}

// A click gives the focus without a ring, as the style draws no focus
// rectangle before the keyboard is used.
void TestFocusRing::noRingForTheMouse()
{
    Plain plain;
    FocusRing *ring = FocusRing::install(&plain);
    plain.resize(120, 80);
    plain.show();
    QVERIFY(QTest::qWaitForWindowActive(&plain));
    plain.setFocus(Qt::MouseFocusReason);
    QVERIFY(plain.hasFocus());
    QVERIFY(!ring->isVisible());
}

void TestFocusRing::followsTheSize()
{
    Plain plain;
    FocusRing *ring = FocusRing::install(&plain);
    plain.resize(120, 80);
    plain.show();
    QVERIFY(QTest::qWaitForWindowActive(&plain));
    QCOMPARE(ring->geometry(), plain.rect());
    plain.resize(200, 90);
    QTRY_COMPARE(ring->geometry(), plain.rect());
}

void TestFocusRing::letsTheMouseThrough()
{
    Plain plain;
    FocusRing::install(&plain);
    plain.resize(120, 80);
    plain.show();
    QVERIFY(QTest::qWaitForWindowActive(&plain));
    plain.setFocus();
    QTest::mouseClick(&plain, Qt::LeftButton, {}, QPoint(1, 40)); // on the ring
    QCOMPARE(plain.presses, 1);
}

void TestFocusRing::screenReadersDoNotSeeIt()
{
    QWidget window;
    auto *button = new QPushButton(QStringLiteral("Lesson"), &window);
    new QWidget(button); // a child that readers do see, for comparison
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
    QVERIFY(iface);
    const int before = iface->childCount();
    QCOMPARE(before, 1);
    FocusRing::install(button);
    button->setFocus();
    QCOMPARE(iface->childCount(), before);
}

QTEST_MAIN(TestFocusRing)
#include "tst_focusring.moc"
